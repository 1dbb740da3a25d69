// The party list of a commitment's record: its actions filtered by what the reader typed (folded
// like search: "turkiye" finds "Türkiye", codes match too) and sorted by party name, action or
// date, ascending or descending. Ties are broken by party name, then date, both ascending, so a
// list sorted by date reads alphabetically within each day.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/dataset.h"

namespace accord {

enum class PartyListColumn : std::uint8_t { party, action, date };

struct PartyListOrder {
    PartyListColumn column = PartyListColumn::party;
    bool descending = false;
};

// Indices into Dataset::actions of the commitment's actions that match `filter` (empty: all).
std::vector<Index> party_list(const Dataset& dataset, Index commitment, std::string_view filter, PartyListOrder order);

// A click on a column header: the same column reverses, another starts ascending.
PartyListOrder toggle_order(PartyListOrder order, PartyListColumn clicked);

}  // namespace accord
