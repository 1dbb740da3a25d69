// The shipped dataset (data/atlas.json) held to the research it was built from: it loads; every
// list marked complete matches its stated count; every action is sourced; the refusals the
// research records are there; leads the research marks unverified are not; partial lists
// show absence as unknown.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

#include "core/dataset_loader.h"
#include "shipped_dataset.h"

namespace accord {

namespace {

std::shared_ptr<const Dataset> shipped() { return test::shipped_dataset(); }

class ShippedData : public ::testing::Test {
protected:
    void SetUp() override {
        d = shipped();
        ASSERT_TRUE(d) << "data/atlas.json did not load";
    }
    Index commitment(const char* id) const {
        const Index c = d->commitment_index(id);
        EXPECT_NE(c, no_index) << id;
        return c;
    }
    // The actions of `party` in `commitment` of the given kind.
    std::vector<const Action*> actions(const char* commitment_id, const char* party, ActionKind kind) const {
        std::vector<const Action*> out;
        const Index p = d->party_index(party);
        for (const Action& a : d->actions_of(commitment(commitment_id))) {
            if (a.party == p && a.kind == kind) out.push_back(&a);
        }
        return out;
    }
    std::set<std::string> joined_parties(const char* commitment_id) const {
        std::set<std::string> out;
        for (const Action& a : d->actions_of(commitment(commitment_id))) {
            if (action_joins(a.kind)) out.insert(d->parties[a.party].id);
        }
        return out;
    }
    std::shared_ptr<const Dataset> d;
};

}  // namespace

TEST_F(ShippedData, CarriesTheResearchCommitmentsUnderTheirResearchIds) {
    for (const char* id : {"bletchley-declaration", "seoul-declaration", "seoul-statement-of-intent-ai-safety-science",
                           "seoul-ministerial-statement", "frontier-ai-safety-commitments", "paris-statement-inclusive-sustainable-ai",
                           "new-delhi-declaration-ai-impact", "new-delhi-frontier-ai-impact-commitments", "coe-framework-convention-ai",
                           "oecd-ai-recommendation", "gpai", "political-declaration-responsible-military-ai",
                           "international-network-ai-safety-institutes"}) {
        EXPECT_NE(d->commitment_index(id), no_index) << id;
    }
    for (const char* id : {"ai-safety-summit-2023", "ai-seoul-summit-2024", "ai-action-summit-2025", "ai-impact-summit-2026"}) {
        ASSERT_NE(d->event_index(id), no_index) << id;
        EXPECT_EQ(d->events[d->event_index(id)].status, EventStatus::held);
    }
    const Event& geneva = d->events[d->event_index("ai-summit-geneva-2027")];
    EXPECT_EQ(geneva.status, EventStatus::announced);
    EXPECT_EQ(geneva.start.precision, DatePrecision::year);  // no dates are in any source
}

TEST_F(ShippedData, CompleteListsMatchTheirStatedCount) {
    int complete = 0;
    for (Index c = 0; c < d->commitments.size(); ++c) {
        const Commitment& commitment = d->commitments[c];
        if (commitment.completeness != ListCompleteness::complete) continue;
        ++complete;
        const StatedCount* latest = latest_stated_count(commitment);
        ASSERT_TRUE(latest) << commitment.id << " is complete without a stated count";
        EXPECT_EQ(d->party_count_on(c, latest->as_of.last_day()), latest->count) << commitment.id;
    }
    EXPECT_GE(complete, 5);
}

TEST_F(ShippedData, EveryActionAndCountIsSourced) {
    for (const Action& a : d->actions) {
        EXPECT_FALSE(a.sources.empty()) << d->commitments[a.commitment].id << " " << d->parties[a.party].id;
    }
    for (const Commitment& c : d->commitments) {
        EXPECT_FALSE(c.sources.empty()) << c.id;
        for (const StatedCount& sc : c.stated_counts) EXPECT_FALSE(sc.sources.empty()) << c.id;
    }
    for (const Source& s : d->sources) EXPECT_TRUE(s.url.rfind("https://", 0) == 0 || s.url.rfind("http://", 0) == 0) << s.id;
}

TEST_F(ShippedData, RecordedRefusalsArePresent) {
    // Paris 2025: the United States and the United Kingdom did not sign (many sources); the UK's reason is kept.
    ASSERT_EQ(actions("paris-statement-inclusive-sustainable-ai", "USA", ActionKind::declined).size(), 1u);
    const auto uk = actions("paris-statement-inclusive-sustainable-ai", "GBR", ActionKind::declined);
    ASSERT_EQ(uk.size(), 1u);
    EXPECT_NE(uk[0]->note.find("practical clarity on global governance"), std::string::npos);
    // Seoul Ministerial: China attended and did not sign.
    EXPECT_EQ(actions("seoul-ministerial-statement", "CHN", ActionKind::not_signed).size(), 1u);
    // Bletchley: New Zealand not at adoption, joined in October 2024.
    EXPECT_EQ(actions("bletchley-declaration", "NZL", ActionKind::not_signed).size(), 1u);
    const auto nz = actions("bletchley-declaration", "NZL", ActionKind::joined);
    ASSERT_EQ(nz.size(), 1u);
    EXPECT_EQ(nz[0]->date.to_string(), "2024-10-23");
    // New Delhi: Colombia not among the endorsers as of 22 Feb 2026; REAIM 2024: China and Israel did not endorse.
    EXPECT_EQ(actions("new-delhi-declaration-ai-impact", "COL", ActionKind::not_signed).size(), 1u);
    EXPECT_EQ(actions("reaim-2024-blueprint-for-action", "CHN", ActionKind::not_signed).size(), 1u);
    EXPECT_EQ(actions("reaim-2024-blueprint-for-action", "ISR", ActionKind::not_signed).size(), 1u);
}

// Decisions of the fourth research pass (2026-12-01), one test each.
TEST_F(ShippedData, Reaim2026RefusalsReportedByReutersShow) {
    // Reuters: the US and China did not sign at the summit of 5 Feb 2026. No statement of either
    // government was read, so not-signed (as for the 2024 Blueprint), medium (one wire, several outlets).
    const Index reaim = commitment("reaim-2026-pathways-to-action");
    for (const char* party : {"USA", "CHN"}) {
        const auto not_signed = actions("reaim-2026-pathways-to-action", party, ActionKind::not_signed);
        ASSERT_EQ(not_signed.size(), 1u) << party;
        EXPECT_EQ(not_signed[0]->date.to_string(), "2026-02-05") << party;
        EXPECT_EQ(not_signed[0]->confidence, Confidence::medium) << party;
        EXPECT_GE(not_signed[0]->sources.size(), 3u) << party;
        EXPECT_EQ(d->status_of(d->party_index(party), reaim, days_from_civil(2026, 2, 5)).status, Status::not_signed) << party;
    }
    // The research doubt that said they were not recorded yet is gone.
    for (const std::string& doubt : d->commitments[reaim].open_doubts) EXPECT_EQ(doubt.find("NOT recorded in non_endorsers_noted"), std::string::npos);
}

TEST_F(ShippedData, Reaim2026UpgradedEntriesCarryTheSummitDate) {
    for (const char* party : {"CAN", "DEU", "FRA", "GBR", "NLD", "KOR", "UKR", "MAR"}) {
        const auto endorsed = actions("reaim-2026-pathways-to-action", party, ActionKind::endorsed);
        ASSERT_EQ(endorsed.size(), 1u) << party;
        EXPECT_EQ(endorsed[0]->date.to_string(), "2026-02-05") << party;
        EXPECT_EQ(endorsed[0]->confidence, Confidence::medium) << party;
    }
}

TEST_F(ShippedData, UnverifiedLeadsStayOut) {
    // Seoul Ministerial: the tertiary Brazil lead stays out (the fourth pass's full list has no Brazil).
    EXPECT_EQ(joined_parties("seoul-ministerial-statement").count("BRA"), 0u);
    // Paris: Vietnam is disputed, never a refusal; the unused tertiary list's leads are absent.
    EXPECT_EQ(actions("paris-statement-inclusive-sustainable-ai", "VNM", ActionKind::disputed).size(), 1u);
    EXPECT_TRUE(actions("paris-statement-inclusive-sustainable-ai", "VNM", ActionKind::declined).empty());
    const auto paris = joined_parties("paris-statement-inclusive-sustainable-ai");
    for (const char* lead : {"ARM", "COL", "EGY", "KAZ", "LIE", "MDA", "MCO", "PER", "SRB", "THA", "UKR", "URY", "ZWE"}) {
        EXPECT_EQ(paris.count(lead), 0u) << lead;
    }
    // New Delhi: unconfirmed leads (Suriname, Cuba) are not endorsers.
    const auto delhi = joined_parties("new-delhi-declaration-ai-impact");
    EXPECT_EQ(delhi.count("SUR"), 0u);
    EXPECT_EQ(delhi.count("CUB"), 0u);
    // OECD: Cambodia and Croatia (tertiary only) are not adherents.
    const auto oecd = joined_parties("oecd-ai-recommendation");
    EXPECT_EQ(oecd.count("KHM"), 0u);
    EXPECT_EQ(oecd.count("HRV"), 0u);
}

TEST_F(ShippedData, PartialListsShowAbsenceAsUnknown) {
    const Index paris = commitment("paris-statement-inclusive-sustainable-ai");
    EXPECT_EQ(d->commitments[paris].completeness, ListCompleteness::partial);
    const DayNumber day = days_from_civil(2025, 6, 1);
    EXPECT_EQ(d->status_of(d->party_index("PER"), paris, day).status, Status::unknown);
    EXPECT_EQ(d->status_of(d->party_index("VNM"), paris, day).status, Status::unknown);
    EXPECT_EQ(d->status_of(d->party_index("USA"), paris, day).status, Status::declined);
    EXPECT_EQ(d->status_of(d->party_index("FRA"), paris, day).status, Status::party);
    // Bletchley is complete: 29 parties at adoption, 30 once New Zealand joined.
    const Index bletchley = commitment("bletchley-declaration");
    EXPECT_EQ(d->party_count_on(bletchley, days_from_civil(2023, 11, 1)), 29);
    EXPECT_EQ(d->party_count_on(bletchley, days_from_civil(2024, 10, 23)), 30);
    EXPECT_EQ(d->status_of(d->party_index("PER"), bletchley, day).status, Status::not_party);
    EXPECT_EQ(d->status_of(d->party_index("NZL"), bletchley, days_from_civil(2024, 1, 1)).status, Status::not_signed);
}

TEST_F(ShippedData, PartiesCoverTheWorldWithCodesAndAliases) {
    int states = 0;
    for (const Party& p : d->parties) {
        if (p.kind != PartyKind::state) continue;
        ++states;
        if (p.id != "XKX") {  // Kosovo has no ISO numeric code
            EXPECT_EQ(p.iso_numeric.size(), 3u) << p.id;
        }
    }
    EXPECT_GE(states, 197);  // 193 UN members + Holy See, Palestine, Kosovo, Taiwan
    const auto known_as = [&](const char* id, const char* name) {
        const Party& p = d->parties[d->party_index(id)];
        return p.name == name || std::find(p.aliases.begin(), p.aliases.end(), name) != p.aliases.end();
    };
    EXPECT_TRUE(known_as("TUR", "Türkiye") && known_as("TUR", "Turkey"));
    EXPECT_TRUE(known_as("KOR", "Republic of Korea") && known_as("KOR", "South Korea"));
    EXPECT_TRUE(known_as("VAT", "Holy See") && known_as("VAT", "Vatican"));
    const Party& eu = d->parties[d->party_index("EUU")];
    EXPECT_EQ(eu.kind, PartyKind::supranational);
    EXPECT_EQ(std::count_if(eu.members.begin(), eu.members.end(), [](const Membership& m) { return !m.has_until; }), 27);
    EXPECT_FALSE(eu.sources.empty());
}

TEST_F(ShippedData, SeoulMinisterialHasAllTwentyEightSignatoriesAfterTheFourthPass) {
    // DPL News names all 27 states and the EU, matching the stated count: the list is complete and
    // its confidence reason no longer says "only the 8 verified entries".
    const std::set<std::string> expected{"ARE", "AUS", "CAN", "CHE", "CHL", "DEU", "ESP", "EUU", "FRA", "GBR",
                                         "IDN", "IND", "ISR", "ITA", "JPN", "KEN", "KOR", "MEX", "NGA", "NLD",
                                         "NZL", "PHL", "RWA", "SAU", "SGP", "TUR", "UKR", "USA"};
    EXPECT_EQ(joined_parties("seoul-ministerial-statement"), expected);
    const Commitment& c = d->commitments[commitment("seoul-ministerial-statement")];
    EXPECT_EQ(c.completeness, ListCompleteness::complete);
    EXPECT_EQ(c.confidence, Confidence::medium);
    EXPECT_EQ(c.confidence_note.find("only the 8"), std::string::npos);
    for (const std::string& doubt : c.open_doubts) {
        EXPECT_EQ(doubt.find("verified=false"), std::string::npos) << doubt;  // no stale exclusion or "verify the 20"
    }
    // The 20 that rest on DPL News alone are medium; China still did not sign.
    EXPECT_EQ(actions("seoul-ministerial-statement", "CAN", ActionKind::signed_)[0]->confidence, Confidence::medium);
    EXPECT_EQ(actions("seoul-ministerial-statement", "CHN", ActionKind::not_signed).size(), 1u);
}

TEST_F(ShippedData, NewDelhiGainsMaldivesAndSecondSources) {
    const auto maldives = actions("new-delhi-declaration-ai-impact", "MDV", ActionKind::endorsed);
    ASSERT_EQ(maldives.size(), 1u);
    EXPECT_EQ(maldives[0]->confidence, Confidence::medium);
    for (const char* party : {"BEL", "CHE", "SEN", "BRA"}) {
        const auto endorsed = actions("new-delhi-declaration-ai-impact", party, ActionKind::endorsed);
        ASSERT_EQ(endorsed.size(), 1u) << party;
        EXPECT_GE(endorsed[0]->sources.size(), 2u) << party;
    }
    for (const char* party : {"BEL", "KEN"}) {
        const auto signed_ = actions("paris-statement-inclusive-sustainable-ai", party, ActionKind::signed_);
        ASSERT_EQ(signed_.size(), 1u) << party;
        EXPECT_GE(signed_[0]->sources.size(), 2u) << party;
    }
}

TEST_F(ShippedData, ObjectionsToConsensusTextsAreNotRefusals) {
    // A/RES/79/325 and the Global Digital Compact were adopted by consensus: the US and Argentina
    // (79/325) and Russia (the Compact) objected; nobody declined, signed or endorsed them.
    const DayNumber day = days_from_civil(2026, 1, 1);
    const Index res = commitment("unga-a-res-79-325-scientific-panel-global-dialogue");
    const Index compact = commitment("un-global-digital-compact-2024");
    EXPECT_EQ(d->commitments[res].adoption, Adoption::consensus);
    EXPECT_EQ(d->commitments[compact].adoption, Adoption::consensus);
    for (const char* party : {"USA", "ARG"}) {
        EXPECT_EQ(actions("unga-a-res-79-325-scientific-panel-global-dialogue", party, ActionKind::objected).size(), 1u) << party;
        EXPECT_EQ(d->status_of(d->party_index(party), res, day).status, Status::objected) << party;
    }
    EXPECT_EQ(d->status_of(d->party_index("RUS"), compact, day).status, Status::objected);
    // The co-facilitators are recorded as what the source says, not as endorsers, and not drawn as parties.
    for (const char* party : {"CRI", "ESP"}) {
        EXPECT_EQ(actions("unga-a-res-79-325-scientific-panel-global-dialogue", party, ActionKind::co_facilitated).size(), 1u) << party;
        EXPECT_NE(d->status_of(d->party_index(party), res, day).status, Status::party) << party;
    }
    for (const Index c : {res, compact}) {
        EXPECT_EQ(d->party_count_on(c, day), 0);
        for (const Action& a : d->actions_of(c)) EXPECT_TRUE(action_fits_adoption(a.kind, Adoption::consensus));
    }
}

TEST_F(ShippedData, RecordsListOfficialSourcesFirstThenNewsThenTertiaryEarliestFirst) {
    const auto ids = [&](const std::vector<Index>& list) {
        std::vector<std::string> out;
        for (const Index s : list) out.push_back(d->sources[s].id);
        return out;
    };
    // A record with all three kinds: Canada's Bletchley signature (official Canadian release, then
    // the dated and the undated news report, then the two tertiary lists).
    const auto canada = actions("bletchley-declaration", "CAN", ActionKind::signed_);
    ASSERT_EQ(canada.size(), 1u);
    EXPECT_EQ(ids(canada[0]->sources), (std::vector<std::string>{"ised_cnw", "elespanol", "export", "aip", "pauseai"}));
    // China's: news first, earliest dated first (1, 7 Nov, 17 Dec 2023), undated after; the
    // encyclopaedia-style aggregator and the GitHub dataset last.
    const auto china = actions("bletchley-declaration", "CHN", ActionKind::signed_);
    ASSERT_EQ(china.size(), 1u);
    EXPECT_EQ(ids(china[0]->sources),
              (std::vector<std::string>{"hunton", "asiaplus", "cl_diario", "export", "nacion321", "aip", "pauseai"}));
    // The gov.uk text is linked as the official text, never as evidence of a signature.
    const Commitment& bletchley = d->commitments[commitment("bletchley-declaration")];
    EXPECT_EQ(ids(bletchley.official_unread), (std::vector<std::string>{"govuk_decl"}));
    EXPECT_EQ(d->sources[bletchley.sources.front()].kind, SourceKind::official);
    // Every list of sources in the dataset is in reading order, whatever kind of record holds it.
    const auto in_order = [&](const std::vector<Index>& list) {
        return std::is_sorted(list.begin(), list.end(), [&](Index a, Index b) { return source_reads_before(d->sources[a], d->sources[b]); });
    };
    for (const Action& a : d->actions) EXPECT_TRUE(in_order(a.sources)) << d->commitments[a.commitment].id << " " << d->parties[a.party].id;
    for (const Commitment& c : d->commitments) {
        EXPECT_TRUE(in_order(c.sources)) << c.id;
        EXPECT_TRUE(in_order(c.official_unread)) << c.id;
        for (const Index s : c.official_unread) EXPECT_EQ(d->sources[s].kind, SourceKind::official) << c.id;
    }
    for (const Event& e : d->events) EXPECT_TRUE(in_order(e.sources)) << e.id;
}

TEST_F(ShippedData, UnreadOfficialPagesTheResearchNamesAreLinked) {
    const auto unread = [&](const char* id) {
        std::set<std::string> out;
        for (const Index s : d->commitments[commitment(id)].official_unread) out.insert(d->sources[s].url);
        return out;
    };
    EXPECT_EQ(unread("paris-statement-inclusive-sustainable-ai").count(
                  "https://www.elysee.fr/en/emmanuel-macron/2025/02/11/statement-on-inclusive-and-sustainable-artificial-intelligence-for-people-and-the-planet"),
              1u);
    EXPECT_EQ(unread("reaim-2026-pathways-to-action").count("https://www.exteriores.gob.es/en/REAIM2026/Paginas/default.aspx"), 1u);
}

}  // namespace accord
