// The map's two derived modes besides "status of one commitment". Overview colours each party by
// how many of a chosen set of commitments it had joined on a day; compare sets two commitments
// side by side and sorts each party into both / only A / only B / neither. Both are built on
// Dataset::status_of so that they inherit its honesty rules: compare never turns an unknown into
// a "no", and a party a commitment is not open to is "not applicable", not "did not join".
#pragma once
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

#include "core/dataset.h"

namespace accord {

enum class MapMode : std::uint8_t { single, overview, compare };
const char* map_mode_name(MapMode mode);  // "single", "overview", "compare" (links and the JS API)
std::optional<MapMode> map_mode_from_name(std::string_view name);

// Overview mode: how many of `commitments` the party had joined (status_of == Status::party) by `day`.
int joined_count(const Dataset& dataset, Index party, std::span<const Index> commitments, DayNumber day);
// The highest joined_count over all parties (the top of the sequential colour scale), at least 1
// so that the scale never divides by zero on a day before anything was signed.
int max_joined_count(const Dataset& dataset, std::span<const Index> commitments, DayNumber day);

// Compare mode: commitment A against B on a day, for one party.
enum class CompareClass : std::uint8_t { both, only_a, only_b, neither, unknown, not_applicable };

// Party in both -> both. Party in A and definitely not in B (declined, not_signed, withdrawn,
// not_party) -> only_a; the mirror -> only_b. Definitely not in either -> neither.
// not_applicable in A or B -> not_applicable. Anything else -> unknown: a party in A whose B
// status is unknown is `unknown`, never `only_a`.
CompareClass compare_class(const Dataset& dataset, Index party, Index a, Index b, DayNumber day);
// The same rule from the party's two statuses, for a caller that already has them.
CompareClass compare_class(Status in_a, Status in_b);

struct CompareCounts {
    int both = 0, only_a = 0, only_b = 0, neither = 0, unknown = 0, not_applicable = 0;
};
// Over all parties of kind state or supranational (the ones the map draws as areas).
CompareCounts compare_counts(const Dataset& dataset, Index a, Index b, DayNumber day);

const char* compare_class_name(CompareClass c);  // "both", "only-a", "only-b", "neither", "unknown", "not-applicable"

}  // namespace accord
