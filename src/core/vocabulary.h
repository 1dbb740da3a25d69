// The names of the dataset's enumerations, as datasets, the JSON Schema, CSV exports and the JS
// API spell them: one table per enum, read both ways through core/enum_names.h (the loader
// accepts exactly these names and lists them when a value is wrong; *_name() in dataset.h print
// them). A new value is added to its enum and to its table here, nowhere else.
#pragma once
#include <array>
#include <utility>

#include "core/dataset.h"

namespace accord {

template <typename E, std::size_t N>
using NameTable = std::array<std::pair<E, const char*>, N>;

inline constexpr NameTable<PartyKind, 4> party_kind_names{{
    {PartyKind::state, "state"}, {PartyKind::supranational, "supranational"}, {PartyKind::company, "company"}, {PartyKind::organisation, "organisation"}}};
inline constexpr NameTable<SourceKind, 3> source_kind_names{{
    {SourceKind::official, "official"}, {SourceKind::secondary, "secondary"}, {SourceKind::tertiary, "tertiary"}}};
inline constexpr NameTable<Confidence, 3> confidence_names{{{Confidence::high, "high"}, {Confidence::medium, "medium"}, {Confidence::low, "low"}}};
inline constexpr NameTable<ListCompleteness, 2> list_completeness_names{{{ListCompleteness::complete, "complete"}, {ListCompleteness::partial, "partial"}}};
inline constexpr NameTable<EventStatus, 2> event_status_names{{{EventStatus::held, "held"}, {EventStatus::announced, "announced"}}};
inline constexpr NameTable<Basis, 3> basis_names{{{Basis::named, "named"}, {Basis::collective, "collective"}, {Basis::derived, "derived"}}};
inline constexpr NameTable<ActionKind, 15> action_kind_names{{
    {ActionKind::signed_, "signed"}, {ActionKind::endorsed, "endorsed"}, {ActionKind::adhered, "adhered"},
    {ActionKind::joined, "joined"}, {ActionKind::member, "member"}, {ActionKind::subscribed, "subscribed"},
    {ActionKind::ratified, "ratified"}, {ActionKind::sponsored, "sponsored"}, {ActionKind::co_sponsored, "co-sponsored"},
    {ActionKind::declined, "declined"}, {ActionKind::not_signed, "not-signed"}, {ActionKind::withdrew, "withdrew"},
    {ActionKind::disputed, "disputed"}, {ActionKind::objected, "objected"}, {ActionKind::co_facilitated, "co-facilitated"}}};
// Adoption::unstated has no name: a dataset says nothing rather than "unstated".
inline constexpr NameTable<Adoption, 2> adoption_names{{{Adoption::consensus, "consensus"}, {Adoption::vote, "vote"}}};
inline constexpr NameTable<Status, 8> status_names{{
    {Status::party, "party"}, {Status::declined, "declined"}, {Status::objected, "objected"}, {Status::not_signed, "not-signed"},
    {Status::withdrawn, "withdrawn"}, {Status::unknown, "unknown"}, {Status::not_party, "not-party"}, {Status::not_applicable, "not-applicable"}}};
// Kinds the dataset keeps as text (the UI groups by them); the loader accepts only these.
inline constexpr std::array<const char*, 4> event_kind_names{"summit", "conference", "session", "meeting"};
inline constexpr std::array<const char*, 9> commitment_kind_names{"declaration", "statement", "treaty", "recommendation", "resolution",
                                                                  "voluntary-commitment", "membership", "code-of-conduct", "initiative"};

}  // namespace accord
