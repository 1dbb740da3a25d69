// The party list of a commitment's record: see party_list.h.
#include "core/party_list.h"

#include <algorithm>
#include <string>

#include "core/search.h"

namespace accord {

std::vector<Index> party_list(const Dataset& dataset, Index commitment, std::string_view filter, PartyListOrder order) {
    std::vector<Index> rows;
    if (commitment >= dataset.commitments.size()) return rows;
    const std::string folded = fold_for_search(filter);
    const std::span<const Action> actions = dataset.actions_of(commitment);
    for (const Action& a : actions) {
        const Party& party = dataset.parties[a.party];
        if (folded.empty() || fold_for_search(party.name + " " + party.id).find(folded) != std::string::npos) {
            rows.push_back(static_cast<Index>(&a - dataset.actions.data()));
        }
    }
    // -1, 0, 1 by one column; the others break ties in a fixed reading order (name, then date).
    const auto compare = [&](Index x, Index y, PartyListColumn column) {
        const Action& a = dataset.actions[x];
        const Action& b = dataset.actions[y];
        switch (column) {
        case PartyListColumn::party: return dataset.parties[a.party].name.compare(dataset.parties[b.party].name);
        case PartyListColumn::action: return std::string_view(action_kind_name(a.kind)).compare(action_kind_name(b.kind));
        case PartyListColumn::date: return a.certain_day < b.certain_day ? -1 : a.certain_day > b.certain_day ? 1 : 0;
        }
        return 0;
    };
    std::stable_sort(rows.begin(), rows.end(), [&](Index x, Index y) {
        if (const int c = compare(x, y, order.column)) return order.descending ? c > 0 : c < 0;
        if (const int c = compare(x, y, PartyListColumn::party)) return c < 0;
        return compare(x, y, PartyListColumn::date) < 0;
    });
    return rows;
}

PartyListOrder toggle_order(PartyListOrder order, PartyListColumn clicked) {
    if (order.column == clicked) return {clicked, !order.descending};
    return {clicked, false};
}

}  // namespace accord
