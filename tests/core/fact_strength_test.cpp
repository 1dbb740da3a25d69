// Weak facts (fact_strength.h): low confidence, or only tertiary sources, make a fact weak; a
// status is weak only when a weak action decides it. Held to the example of issue 15 in the
// shipped data: Argentina "not among the signatories" of the Paris statement is weak, the US
// refusal of it is not.
#include "core/fact_strength.h"

#include <gtest/gtest.h>

#include "dataset_fixture.h"
#include "shipped_dataset.h"

namespace accord {

namespace {

const Action& action_of(const Dataset& d, const char* commitment, const char* party) {
    const Index p = d.party_index(party);
    for (const Action& a : d.actions_of(d.commitment_index(commitment))) {
        if (a.party == p) return a;
    }
    ADD_FAILURE() << "no action of " << party << " in " << commitment;
    return d.actions.front();
}

}  // namespace

TEST(FactStrength, LowConfidenceOrOnlyTertiarySourcesMakeAFactWeak) {
    Json value = test::fixture_json();
    value["sources"].push_back({{"id", "list-copy"}, {"url", "https://github.example/list"}, {"publisher", "A compilation"},
                                {"kind", "tertiary"}, {"supports", "A copy of the list."}});
    value["commitments"][0]["sources"].push_back("list-copy");
    value["commitments"][0]["actions"][4]["sources"] = {"list-copy"};  // EUU, medium, tertiary only
    const LoadResult result = test::load_json(value);
    ASSERT_TRUE(result.ok()) << format_problem("x", result.problems.front());
    const Dataset& d = *result.dataset;
    EXPECT_EQ(fact_strength(d, action_of(d, "decl", "FRA")), FactStrength::firm);          // high, official
    EXPECT_EQ(fact_strength(d, action_of(d, "decl", "GBR")), FactStrength::firm);          // high, one news report
    EXPECT_EQ(fact_strength(d, action_of(d, "decl", "USA")), FactStrength::weak_low_confidence);
    EXPECT_EQ(fact_strength(d, action_of(d, "decl", "EUU")), FactStrength::weak_tertiary_sources);
    EXPECT_TRUE(is_weak_fact(d, action_of(d, "decl", "EUU")));
    EXPECT_STREQ(fact_strength_name(FactStrength::weak_tertiary_sources), "tertiary-sources-only");
    // A status is weak when a weak action decides it; inside a date window, or with no action, it is not.
    const Index decl = d.commitment_index("decl");
    const auto status = [&](const char* party, int y, int m, int day) { return d.status_of(d.party_index(party), decl, days_from_civil(y, m, day)); };
    EXPECT_TRUE(is_weak_status(d, status("USA", 2024, 3, 1)));
    EXPECT_FALSE(is_weak_status(d, status("USA", 2024, 2, 1)));   // in its window: unknown, not a weak fact
    EXPECT_FALSE(is_weak_status(d, status("ITA", 2024, 3, 1)));   // partial list, no action
    EXPECT_FALSE(is_weak_status(d, status("FRA", 2024, 3, 1)));
}

TEST(FactStrength, ArgentinaOnParisIsWeakTheUsRefusalIsNot) {
    const auto d = test::shipped_dataset();
    ASSERT_TRUE(d);
    const Index paris = d->commitment_index("paris-statement-inclusive-sustainable-ai");
    const DayNumber day = days_from_civil(2025, 3, 1);
    const StatusAt argentina = d->status_of(d->party_index("ARG"), paris, day);
    const StatusAt usa = d->status_of(d->party_index("USA"), paris, day);
    EXPECT_EQ(argentina.status, Status::not_signed);
    EXPECT_EQ(usa.status, Status::declined);
    EXPECT_TRUE(is_weak_status(*d, argentina));  // one Italian analysis, low
    EXPECT_FALSE(is_weak_status(*d, usa));       // many sources, medium
    // A fact resting on the GitHub transcription alone is weak even at medium confidence.
    EXPECT_EQ(fact_strength(*d, action_of(*d, "reaim-2023-call-to-action", "AUS")), FactStrength::weak_tertiary_sources);
}

}  // namespace accord
