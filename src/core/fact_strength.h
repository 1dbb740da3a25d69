// What makes a fact weak, defined once. A weak fact is drawn, listed and exported differently
// from a firm one (a lighter tint and a dotted outline on the map, its own legend line, a word in
// the tooltip, the record, the CSV and statusOf), so that, for example, Argentina "not among the
// signatories" of the Paris statement (one Italian analysis, low confidence) does not look like
// the United States' refusal of it (medium confidence, thirteen sources).
//
// An action is weak when its confidence is low, or when every source it cites is tertiary (a
// compilation or an encyclopaedia-style aggregator): nothing official, no wire or news report.
// Low confidence comes first when both hold. A status is weak when the action that decides it is.
#pragma once
#include <cstdint>

#include "core/dataset.h"

namespace accord {

enum class FactStrength : std::uint8_t {
    firm,
    weak_low_confidence,      // the action's confidence is low
    weak_tertiary_sources,    // every source it cites is tertiary
};

FactStrength fact_strength(const Dataset& dataset, const Action& action);
bool is_weak_fact(const Dataset& dataset, const Action& action);
// A status that an action decides (status.action set, not inside a date window) and whose action
// is weak. Statuses no action decides (unknown from a partial list, not a party, not applicable)
// are never weak: they say nothing about a source.
bool is_weak_status(const Dataset& dataset, const StatusAt& status);
// "firm", "low-confidence", "tertiary-sources-only" (CSV, statusOf).
const char* fact_strength_name(FactStrength strength);

}  // namespace accord
