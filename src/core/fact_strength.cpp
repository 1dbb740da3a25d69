// Weak facts: see fact_strength.h.
#include "core/fact_strength.h"

#include <algorithm>
#include <array>
#include <utility>

#include "core/enum_names.h"

namespace accord {

FactStrength fact_strength(const Dataset& dataset, const Action& action) {
    if (action.confidence == Confidence::low) return FactStrength::weak_low_confidence;
    const bool tertiary_only = !action.sources.empty() && std::all_of(action.sources.begin(), action.sources.end(), [&](Index s) {
        return dataset.sources[s].kind == SourceKind::tertiary;
    });
    return tertiary_only ? FactStrength::weak_tertiary_sources : FactStrength::firm;
}

bool is_weak_fact(const Dataset& dataset, const Action& action) { return fact_strength(dataset, action) != FactStrength::firm; }

bool is_weak_status(const Dataset& dataset, const StatusAt& status) {
    if (status.action == no_index || status.in_window) return false;
    return is_weak_fact(dataset, dataset.actions[status.action]);
}

namespace {
constexpr std::array<std::pair<FactStrength, const char*>, 3> fact_strength_names{{
    {FactStrength::firm, "firm"}, {FactStrength::weak_low_confidence, "low-confidence"}, {FactStrength::weak_tertiary_sources, "tertiary-sources-only"}}};
}  // namespace

const char* fact_strength_name(FactStrength strength) { return enum_name(fact_strength_names, strength); }

}  // namespace accord
