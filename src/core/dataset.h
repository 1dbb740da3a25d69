// The data model of Accord Atlas: parties, sources, events, commitments and the actions that tie
// a party to a commitment on a date, with the indexes the UI queries every frame. A Dataset is
// built once by the loader (dataset_loader.h) and is immutable afterwards; every query is a
// const method that allocates nothing on the hot paths (status of a party, counts on a date).
// Vocabulary and meaning of each field: data/SCHEMA.md.
#pragma once
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/iso_date.h"

namespace accord {

using Index = std::uint32_t;
inline constexpr Index no_index = 0xFFFFFFFFu;

enum class PartyKind : std::uint8_t { state, supranational, company, organisation };
enum class SourceKind : std::uint8_t { official, secondary, tertiary };
enum class Confidence : std::uint8_t { high, medium, low };
enum class ListCompleteness : std::uint8_t { complete, partial };
enum class EventStatus : std::uint8_t { held, announced };
enum class Basis : std::uint8_t { named, collective, derived };

// What a party did. The first group makes it a party; the rest do not. `objected` and
// `co_facilitated` exist only for texts adopted by consensus (Adoption::consensus), which have
// no signatories and no refusers (data/SCHEMA.md, "Texts adopted by consensus").
enum class ActionKind : std::uint8_t {
    signed_, endorsed, adhered, joined, member, subscribed, ratified, sponsored, co_sponsored,
    declined, not_signed, withdrew, disputed, objected, co_facilitated,
};
bool action_joins(ActionKind kind);  // signed … co-sponsored
// How the adopting body adopted a commitment, where a source says so.
enum class Adoption : std::uint8_t { unstated, consensus, vote };
// Whether an action kind makes sense for a commitment adopted that way: `objected` and
// `co-facilitated` only on consensus texts; `signed`, `not-signed` and `declined` never on them.
bool action_fits_adoption(ActionKind kind, Adoption adoption);

enum class DateForm : std::uint8_t { on, by, between };

struct ActionDate {
    DateForm form = DateForm::on;
    IsoDate first;   // the date for `on` and `by`, the window's start for `between`
    IsoDate second;  // the window's end for `between`
    std::string note;

    // The action is certain from this day on (see data/SCHEMA.md, "How a date reads").
    DayNumber certain_day() const;
    // Before this day it had surely not happened; `by` dates start at `not_before_day`
    // (the commitment's adoption) because a `by` date says nothing about the start.
    DayNumber possible_day(DayNumber not_before_day) const;
    std::string to_string() const;  // "2023-11-01", "by 2024-05", "2025-09-03..2026-01-27"
};

struct Membership {
    Index party = no_index;
    IsoDate from;
    bool has_until = false;
    IsoDate until;
};

struct Party {
    std::string id;
    PartyKind kind = PartyKind::state;
    std::string name;
    std::vector<std::string> aliases;
    std::string iso_numeric;
    Index headquarters = no_index;
    std::vector<Membership> members;
    std::vector<Index> sources;  // for the party's own facts (memberships)
};

struct Source {
    std::string id;
    std::string url;
    std::string publisher;
    std::string title;
    SourceKind kind = SourceKind::secondary;
    std::string supports;
    bool has_date = false;
    IsoDate date;  // publication date, where known
};

// The order in which a record lists its sources, in one place: official, then secondary (wire
// and news), then tertiary (compilations, encyclopaedia-style aggregators); within a kind the
// earliest dated first, undated after dated; then by id, so the order is total. Every list of
// source indexes in a loaded Dataset (actions, commitments, stated counts, events, parties) is
// in this order: build_indexes() sorts them with it, so the records panel, the tooltip, the CSV
// and statusOf read them in this order without sorting again.
bool source_reads_before(const Source& a, const Source& b);
void sort_sources_for_reading(const std::vector<Source>& all, std::vector<Index>& sources);

struct Event {
    std::string id;
    std::string name;
    std::string kind;
    EventStatus status = EventStatus::held;
    std::string city;
    std::string venue;
    Index host = no_index;
    std::vector<std::string> hosts;
    bool has_location = false;
    double lat_deg = 0.0;
    double lon_deg = 0.0;
    bool has_start = false;
    IsoDate start;
    IsoDate end;
    std::vector<std::string> themes;
    std::vector<std::string> outputs;
    std::vector<Index> sources;
    std::string note;
};

struct StatedCount {
    bool has_count = false;
    int count = 0;
    std::string text;
    IsoDate as_of;
    std::vector<Index> sources;
};

struct Action {
    Index commitment = no_index;
    Index party = no_index;
    ActionKind kind = ActionKind::signed_;
    ActionDate date;
    Confidence confidence = Confidence::medium;
    bool has_basis = false;
    Basis basis = Basis::named;
    std::vector<Index> sources;
    std::string note;
    DayNumber certain_day = 0;   // cached from date
    DayNumber possible_day = 0;  // cached from date and the commitment's adoption
};

struct Commitment {
    std::string id;
    std::string official_title;
    std::string short_title;
    std::string kind;
    Index event = no_index;
    IsoDate adopted;
    std::string reference;
    Adoption adoption = Adoption::unstated;
    std::string summary;
    std::string text_url;
    std::vector<PartyKind> party_kinds;
    ListCompleteness completeness = ListCompleteness::partial;
    std::vector<StatedCount> stated_counts;
    std::string completeness_note;
    Confidence confidence = Confidence::medium;
    std::string confidence_note;
    std::vector<std::string> open_doubts;
    std::vector<Index> sources;
    // Official pages that hold the text or the party list but that the research could not read
    // (or read only in part): shown as "official text (not used as evidence here)" so a reader
    // can check at the source. Never evidence: no action of this commitment cites them.
    std::vector<Index> official_unread;
    Index first_action = 0;   // actions of this commitment are [first_action, first_action + action_count)
    Index action_count = 0;   // in Dataset::actions, sorted by party then certain day
};

struct DatasetInfo {
    int schema_version = 1;
    std::string id;
    std::string title;
    IsoDate version;
    IsoDate as_of;
    std::string description;
    std::string license;
    // Set in a lean edition (long texts left out): the file name of the full edition beside it.
    std::string full_edition;
};

// How a party stands towards a commitment on a given day, as the map colours it.
enum class Status : std::uint8_t {
    party,           // a joining action (signed, endorsed, …) is certain by that day
    declined,        // a stated refusal
    objected,        // objected to a text that was still adopted by consensus
    not_signed,      // a source says it was not among the signatories as of that day
    withdrawn,       // it withdrew
    unknown,         // the list is partial, the sources conflict, or the day falls in a date window
    not_party,       // the list is complete and the party is not on it
    not_applicable,  // the commitment is not open to this kind of party, or not adopted yet
};
const char* status_name(Status status);
// The status an action leaves its party in (signed… -> party, declined -> declined, …).
Status status_after(ActionKind kind);
// The stated count that describes the list as of the latest date: the latest `as_of` among the
// counts that have a number, and at equal dates the highest count. Null when none has a number.
const StatedCount* latest_stated_count(const Commitment& commitment);

struct StatusAt {
    Status status = Status::unknown;
    Index action = no_index;  // the action that decides it, if any
    bool in_window = false;   // unknown because the day lies inside an action's date window
};

// One step of the timeline's running count for a commitment.
struct CountStep {
    DayNumber day = 0;
    int parties = 0;  // parties whose joining action is certain by `day` (withdrawals subtract)
};

class Dataset {
public:
    DatasetInfo info;
    std::vector<Party> parties;
    std::vector<Source> sources;
    std::vector<Event> events;
    std::vector<Commitment> commitments;
    std::vector<Action> actions;

    Index party_index(std::string_view id) const;
    Index source_index(std::string_view id) const;
    Index event_index(std::string_view id) const;
    Index commitment_index(std::string_view id) const;

    std::span<const Action> actions_of(Index commitment) const;
    StatusAt status_of(Index party, Index commitment, DayNumber day) const;
    // Every action of a party across commitments, in order of certain day.
    std::span<const Index> actions_of_party(Index party) const;
    // Actions whose certain day lies in [first_day, last_day], in day order.
    std::span<const Index> actions_between(DayNumber first_day, DayNumber last_day) const;
    // Running count of parties per day for a commitment (one step per day on which it changes).
    const std::vector<CountStep>& count_steps(Index commitment) const;
    int party_count_on(Index commitment, DayNumber day) const;
    // Earliest and latest day in the dataset (events, adoptions, actions), for the time axis.
    DayNumber first_day() const { return first_day_; }
    DayNumber last_day() const { return last_day_; }

    // Called once by the loader after the vectors are filled: sorts and builds the indexes.
    void build_indexes();

private:
    std::unordered_map<std::string, Index> party_by_id_, source_by_id_, event_by_id_, commitment_by_id_;
    std::vector<Index> party_action_offsets_;  // CSR: actions of party p are [offsets[p], offsets[p+1])
    std::vector<Index> party_action_indices_;
    std::vector<Index> actions_by_day_;
    std::vector<std::vector<CountStep>> count_steps_;
    DayNumber first_day_ = 0;
    DayNumber last_day_ = 0;
};

const char* party_kind_name(PartyKind kind);
const char* action_kind_name(ActionKind kind);
const char* adoption_name(Adoption adoption);  // "consensus", "vote", "" when unstated
const char* confidence_name(Confidence confidence);
const char* source_kind_name(SourceKind kind);

}  // namespace accord
