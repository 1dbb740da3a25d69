// Queries and indexes of the data model: see dataset.h. Indexes are built once per load; queries
// are binary searches over sorted arrays (status, counts) or slices of prebuilt lists.
#include "core/dataset.h"

#include "core/enum_names.h"
#include "core/vocabulary.h"

#include <algorithm>
#include <climits>

namespace accord {

// [SECTION] vocabulary
bool action_joins(ActionKind kind) { return kind <= ActionKind::co_sponsored; }

bool action_fits_adoption(ActionKind kind, Adoption adoption) {
    switch (kind) {
        case ActionKind::objected:
        case ActionKind::co_facilitated: return adoption == Adoption::consensus;
        case ActionKind::signed_:
        case ActionKind::not_signed:
        case ActionKind::declined: return adoption != Adoption::consensus;
        case ActionKind::endorsed: case ActionKind::adhered: case ActionKind::joined: case ActionKind::member:
        case ActionKind::subscribed: case ActionKind::ratified: case ActionKind::sponsored: case ActionKind::co_sponsored:
        case ActionKind::withdrew: case ActionKind::disputed: return true;
    }
    return true;
}

const char* adoption_name(Adoption adoption) { return enum_name(adoption_names, adoption); }

const char* status_name(Status status) { return enum_name(status_names, status); }

Status status_after(ActionKind kind) {
    switch (kind) {
        case ActionKind::signed_: case ActionKind::endorsed: case ActionKind::adhered: case ActionKind::joined:
        case ActionKind::member: case ActionKind::subscribed: case ActionKind::ratified: case ActionKind::sponsored:
        case ActionKind::co_sponsored: return Status::party;
        case ActionKind::declined: return Status::declined;
        case ActionKind::not_signed: return Status::not_signed;
        case ActionKind::withdrew: return Status::withdrawn;
        case ActionKind::disputed: return Status::unknown;
        case ActionKind::objected: return Status::objected;
        // A role in the negotiation, not a position on the text: every state that did not object
        // is part of the consensus, and the map draws that for no state, so drawing the
        // facilitators would single them out as the only supporters. The record says what they did.
        case ActionKind::co_facilitated: return Status::unknown;
    }
    return Status::unknown;
}

const StatedCount* latest_stated_count(const Commitment& commitment) {
    const StatedCount* latest = nullptr;
    for (const StatedCount& sc : commitment.stated_counts) {
        if (!sc.has_count) continue;
        if (!latest || sc.as_of.last_day() > latest->as_of.last_day() ||
            (sc.as_of.last_day() == latest->as_of.last_day() && sc.count > latest->count)) {
            latest = &sc;
        }
    }
    return latest;
}

const char* party_kind_name(PartyKind kind) { return enum_name(party_kind_names, kind); }

const char* action_kind_name(ActionKind kind) { return enum_name(action_kind_names, kind); }

const char* confidence_name(Confidence confidence) { return enum_name(confidence_names, confidence); }

const char* source_kind_name(SourceKind kind) { return enum_name(source_kind_names, kind); }

// [SECTION] reading order of sources
bool source_reads_before(const Source& a, const Source& b) {
    if (a.kind != b.kind) return a.kind < b.kind;  // official < secondary < tertiary
    if (a.has_date != b.has_date) return a.has_date;
    if (a.has_date && a.date.first_day() != b.date.first_day()) return a.date.first_day() < b.date.first_day();
    if (a.has_date && a.date.precision != b.date.precision) return a.date.precision < b.date.precision;  // the exact day first
    return a.id < b.id;
}

void sort_sources_for_reading(const std::vector<Source>& all, std::vector<Index>& sources) {
    std::stable_sort(sources.begin(), sources.end(), [&](Index a, Index b) { return source_reads_before(all[a], all[b]); });
}

// [SECTION] dates of actions
DayNumber ActionDate::certain_day() const {
    switch (form) {
        case DateForm::on: return first.precision == DatePrecision::day ? first.first_day() : first.last_day();
        case DateForm::by: return first.last_day();
        case DateForm::between: return second.last_day();
    }
    return first.first_day();
}

DayNumber ActionDate::possible_day(DayNumber not_before_day) const {
    switch (form) {
        case DateForm::on: return first.first_day();
        case DateForm::by: return std::min(not_before_day, certain_day());
        case DateForm::between: return first.first_day();
    }
    return first.first_day();
}

std::string ActionDate::to_string() const {
    switch (form) {
        case DateForm::on: return first.to_string();
        case DateForm::by: return "by " + first.to_string();
        case DateForm::between: return first.to_string() + ".." + second.to_string();
    }
    return first.to_string();
}

// [SECTION] lookups
namespace {
Index find_in(const std::unordered_map<std::string, Index>& map, std::string_view id) {
    const auto it = map.find(std::string(id));
    return it == map.end() ? no_index : it->second;
}
}  // namespace

Index Dataset::party_index(std::string_view id) const { return find_in(party_by_id_, id); }
Index Dataset::source_index(std::string_view id) const { return find_in(source_by_id_, id); }
Index Dataset::event_index(std::string_view id) const { return find_in(event_by_id_, id); }
Index Dataset::commitment_index(std::string_view id) const { return find_in(commitment_by_id_, id); }

std::span<const Action> Dataset::actions_of(Index commitment) const {
    const Commitment& c = commitments[commitment];
    return {actions.data() + c.first_action, c.action_count};
}

std::span<const Index> Dataset::actions_of_party(Index party) const {
    return {party_action_indices_.data() + party_action_offsets_[party],
            party_action_offsets_[party + 1] - party_action_offsets_[party]};
}

std::span<const Index> Dataset::actions_between(DayNumber first_day, DayNumber last_day) const {
    const auto day_of = [this](Index a) { return actions[a].certain_day; };
    const auto begin = std::lower_bound(actions_by_day_.begin(), actions_by_day_.end(), first_day,
                                        [&](Index a, DayNumber d) { return day_of(a) < d; });
    const auto end = std::upper_bound(begin, actions_by_day_.end(), last_day,
                                      [&](DayNumber d, Index a) { return d < day_of(a); });
    return {actions_by_day_.data() + (begin - actions_by_day_.begin()), static_cast<std::size_t>(end - begin)};
}

const std::vector<CountStep>& Dataset::count_steps(Index commitment) const { return count_steps_[commitment]; }

int Dataset::party_count_on(Index commitment, DayNumber day) const {
    const auto& steps = count_steps_[commitment];
    const auto it = std::upper_bound(steps.begin(), steps.end(), day,
                                     [](DayNumber d, const CountStep& s) { return d < s.day; });
    return it == steps.begin() ? 0 : std::prev(it)->parties;
}

// [SECTION] status of a party on a day
StatusAt Dataset::status_of(Index party, Index commitment, DayNumber day) const {
    const Commitment& c = commitments[commitment];
    const Party& p = parties[party];
    if (std::find(c.party_kinds.begin(), c.party_kinds.end(), p.kind) == c.party_kinds.end()) {
        return {Status::not_applicable, no_index, false};
    }
    const std::span<const Action> all = actions_of(commitment);
    const auto range = std::equal_range(all.begin(), all.end(), party,
                                        [](const auto& a, const auto& b) {
                                            if constexpr (std::is_same_v<std::decay_t<decltype(a)>, Action>) return a.party < b;
                                            else return a < b.party;
                                        });
    StatusAt result;
    for (auto it = range.first; it != range.second; ++it) {
        if (it->certain_day <= day) {
            result.action = c.first_action + static_cast<Index>(it - all.begin());
            result.in_window = false;
        } else if (it->possible_day <= day) {
            result.in_window = true;  // a later action may already have happened
        }
    }
    if (result.in_window) {
        result.status = Status::unknown;
        return result;
    }
    if (result.action != no_index) {
        result.status = status_after(actions[result.action].kind);
        return result;
    }
    if (day < c.adopted.first_day()) result.status = Status::not_applicable;
    else result.status = c.completeness == ListCompleteness::complete ? Status::not_party : Status::unknown;
    return result;
}

// [SECTION] index building
void Dataset::build_indexes() {
    const auto index_ids = [](auto& map, const auto& items) {
        map.clear();
        map.reserve(items.size());
        for (Index i = 0; i < items.size(); ++i) map.emplace(items[i].id, i);
    };
    index_ids(party_by_id_, parties);
    index_ids(source_by_id_, sources);
    index_ids(event_by_id_, events);
    index_ids(commitment_by_id_, commitments);

    // Every record lists its sources in reading order (source_reads_before).
    const auto order = [this](std::vector<Index>& list) { sort_sources_for_reading(sources, list); };
    for (Party& p : parties) order(p.sources);
    for (Event& e : events) order(e.sources);
    for (Commitment& c : commitments) {
        order(c.sources);
        order(c.official_unread);
        for (StatedCount& sc : c.stated_counts) order(sc.sources);
    }
    for (Action& a : actions) order(a.sources);

    for (Action& a : actions) {
        a.certain_day = a.date.certain_day();
        a.possible_day = a.date.possible_day(commitments[a.commitment].adopted.first_day());
    }
    std::stable_sort(actions.begin(), actions.end(), [](const Action& a, const Action& b) {
        if (a.commitment != b.commitment) return a.commitment < b.commitment;
        if (a.party != b.party) return a.party < b.party;
        return a.certain_day < b.certain_day;
    });
    for (Commitment& c : commitments) c.action_count = 0;
    for (Index i = static_cast<Index>(actions.size()); i-- > 0;) {
        Commitment& c = commitments[actions[i].commitment];
        c.first_action = i;
        ++c.action_count;
    }

    // Actions per party (CSR), each list in day order.
    party_action_offsets_.assign(parties.size() + 1, 0);
    for (const Action& a : actions) ++party_action_offsets_[a.party + 1];
    for (std::size_t p = 0; p < parties.size(); ++p) party_action_offsets_[p + 1] += party_action_offsets_[p];
    party_action_indices_.assign(actions.size(), 0);
    std::vector<Index> fill(party_action_offsets_.begin(), party_action_offsets_.end() - 1);
    for (Index i = 0; i < actions.size(); ++i) party_action_indices_[fill[actions[i].party]++] = i;
    const auto by_day = [this](Index a, Index b) {
        if (actions[a].certain_day != actions[b].certain_day) return actions[a].certain_day < actions[b].certain_day;
        return a < b;
    };
    for (std::size_t p = 0; p < parties.size(); ++p) {
        std::sort(party_action_indices_.begin() + party_action_offsets_[p],
                  party_action_indices_.begin() + party_action_offsets_[p + 1], by_day);
    }
    actions_by_day_.resize(actions.size());
    for (Index i = 0; i < actions.size(); ++i) actions_by_day_[i] = i;
    std::sort(actions_by_day_.begin(), actions_by_day_.end(), by_day);

    // Running counts: a party counts from its first certain joining action until it withdraws.
    count_steps_.assign(commitments.size(), {});
    std::vector<std::pair<DayNumber, int>> deltas;
    for (Index ci = 0; ci < commitments.size(); ++ci) {
        deltas.clear();
        const std::span<const Action> list = actions_of(ci);
        bool joined = false;
        for (std::size_t i = 0; i < list.size(); ++i) {
            if (i == 0 || list[i].party != list[i - 1].party) joined = false;
            if (action_joins(list[i].kind) && !joined) {
                joined = true;
                deltas.emplace_back(list[i].certain_day, +1);
            } else if (list[i].kind == ActionKind::withdrew && joined) {
                joined = false;
                deltas.emplace_back(list[i].certain_day, -1);
            }
        }
        std::sort(deltas.begin(), deltas.end());
        auto& steps = count_steps_[ci];
        int running = 0;
        for (const auto& [day, delta] : deltas) {
            running += delta;
            if (!steps.empty() && steps.back().day == day) steps.back().parties = running;
            else steps.push_back({day, running});
        }
    }

    DayNumber first = INT_MAX, last = INT_MIN;
    const auto widen = [&](DayNumber lo, DayNumber hi) {
        first = std::min(first, lo);
        last = std::max(last, hi);
    };
    for (const Event& e : events) {
        if (e.has_start) widen(e.start.first_day(), e.end.last_day());
    }
    for (const Commitment& c : commitments) widen(c.adopted.first_day(), c.adopted.last_day());
    for (const Action& a : actions) widen(a.possible_day, a.certain_day);
    widen(info.as_of.first_day(), info.as_of.last_day());
    first_day_ = first;
    last_day_ = last;
}

}  // namespace accord
