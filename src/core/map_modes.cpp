// Overview and compare modes: see map_modes.h. Each query is a loop over status_of, which is a
// binary search per party and commitment, so a whole map (~250 parties) costs microseconds and
// needs no cache that could go stale when the day changes.
#include "core/map_modes.h"

#include <algorithm>
#include <array>
#include <utility>

#include "core/enum_names.h"

namespace accord {

namespace {
constexpr std::array<std::pair<MapMode, const char*>, 3> map_mode_names{{
    {MapMode::single, "single"}, {MapMode::overview, "overview"}, {MapMode::compare, "compare"}}};
constexpr std::array<std::pair<CompareClass, const char*>, 6> compare_class_names{{
    {CompareClass::both, "both"}, {CompareClass::only_a, "only-a"}, {CompareClass::only_b, "only-b"},
    {CompareClass::neither, "neither"}, {CompareClass::unknown, "unknown"}, {CompareClass::not_applicable, "not-applicable"}}};
}  // namespace

const char* map_mode_name(MapMode mode) { return enum_name(map_mode_names, mode); }
std::optional<MapMode> map_mode_from_name(std::string_view name) { return enum_from_name(map_mode_names, name); }

int joined_count(const Dataset& dataset, Index party, std::span<const Index> commitments, DayNumber day) {
    int joined = 0;
    for (const Index c : commitments) {
        if (dataset.status_of(party, c, day).status == Status::party) ++joined;
    }
    return joined;
}

int max_joined_count(const Dataset& dataset, std::span<const Index> commitments, DayNumber day) {
    int highest = 1;
    for (Index p = 0; p < dataset.parties.size(); ++p) highest = std::max(highest, joined_count(dataset, p, commitments, day));
    return highest;
}

namespace {

// A stated or recorded "no" on that day. Unknown and not_applicable are not: the first may still
// be a yes, the second is no answer to the question at all.
bool definitely_not(Status s) {
    return s == Status::declined || s == Status::objected || s == Status::not_signed || s == Status::withdrawn || s == Status::not_party;
}

}  // namespace

CompareClass compare_class(const Dataset& dataset, Index party, Index a, Index b, DayNumber day) {
    return compare_class(dataset.status_of(party, a, day).status, dataset.status_of(party, b, day).status);
}

CompareClass compare_class(Status in_a, Status in_b) {
    if (in_a == Status::party && in_b == Status::party) return CompareClass::both;
    if (in_a == Status::party && definitely_not(in_b)) return CompareClass::only_a;
    if (definitely_not(in_a) && in_b == Status::party) return CompareClass::only_b;
    if (definitely_not(in_a) && definitely_not(in_b)) return CompareClass::neither;
    if (in_a == Status::not_applicable || in_b == Status::not_applicable) return CompareClass::not_applicable;
    return CompareClass::unknown;
}

CompareCounts compare_counts(const Dataset& dataset, Index a, Index b, DayNumber day) {
    CompareCounts counts;
    for (Index p = 0; p < dataset.parties.size(); ++p) {
        const PartyKind kind = dataset.parties[p].kind;
        if (kind != PartyKind::state && kind != PartyKind::supranational) continue;
        switch (compare_class(dataset, p, a, b, day)) {
            case CompareClass::both: ++counts.both; break;
            case CompareClass::only_a: ++counts.only_a; break;
            case CompareClass::only_b: ++counts.only_b; break;
            case CompareClass::neither: ++counts.neither; break;
            case CompareClass::unknown: ++counts.unknown; break;
            case CompareClass::not_applicable: ++counts.not_applicable; break;
        }
    }
    return counts;
}

const char* compare_class_name(CompareClass c) { return enum_name(compare_class_names, c); }

}  // namespace accord
