// Overview and compare modes held to hand-computed answers on the fixture (signatures on the day,
// month and window dates, a refusal, a withdrawal, a complete versus a partial list, party kinds
// a commitment is not open to), and on the shipped data to an independent reading of status_of.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <vector>

#include "core/dataset_loader.h"
#include "shipped_dataset.h"
#include "core/map_modes.h"
#include "dataset_fixture.h"

namespace accord {

namespace {

std::shared_ptr<const Dataset> shipped() { return test::shipped_dataset(); }

DayNumber day(int y, int m, int d) { return days_from_civil(y, m, d); }

class MapModes : public ::testing::Test {
protected:
    void SetUp() override {
        const LoadResult result = test::load_json(test::fixture_json());
        ASSERT_TRUE(result.ok());
        dataset = result.dataset;
        decl = dataset->commitment_index("decl");
        treaty = dataset->commitment_index("treaty");
        frontier = dataset->commitment_index("frontier");
        all = {decl, treaty, frontier};
    }
    int joined(const char* party, DayNumber on) const { return joined_count(*dataset, dataset->party_index(party), all, on); }
    CompareClass compare(const char* party, Index a, Index b, DayNumber on) const {
        return compare_class(*dataset, dataset->party_index(party), a, b, on);
    }
    std::shared_ptr<const Dataset> dataset;
    Index decl = no_index, treaty = no_index, frontier = no_index;
    std::vector<Index> all;
};

}  // namespace

TEST_F(MapModes, JoinedCountOnAdoptionDay) {
    // decl is adopted; DEU's "2023-11" and EUU's "by 2024-05" are still open, GBR declined.
    EXPECT_EQ(joined("FRA", day(2023, 11, 1)), 1);
    EXPECT_EQ(joined("DEU", day(2023, 11, 1)), 0);
    EXPECT_EQ(joined("GBR", day(2023, 11, 1)), 0);
    EXPECT_EQ(joined("EUU", day(2023, 11, 1)), 0);
    EXPECT_EQ(max_joined_count(*dataset, all, day(2023, 11, 1)), 1);
}

TEST_F(MapModes, JoinedCountCountsOnlyCertainSignatures) {
    const DayNumber on = day(2024, 2, 1);  // treaty signed by FRA and (that day) DEU; USA inside its window
    EXPECT_EQ(joined("FRA", on), 2);
    EXPECT_EQ(joined("DEU", on), 2);
    EXPECT_EQ(joined("USA", on), 0);
    EXPECT_EQ(joined("EUU", on), 0);
    EXPECT_EQ(joined("acme-ai", on), 0);  // frontier not adopted yet
    EXPECT_EQ(max_joined_count(*dataset, all, on), 2);
    EXPECT_EQ(joined("DEU", day(2024, 1, 31)), 1);
}

TEST_F(MapModes, JoinedCountAfterAWithdrawal) {
    EXPECT_EQ(joined("DEU", day(2025, 2, 28)), 2);
    const DayNumber on = day(2025, 3, 1);
    EXPECT_EQ(joined("DEU", on), 1);  // withdrew from the treaty
    EXPECT_EQ(joined("FRA", on), 2);
    EXPECT_EQ(joined("USA", on), 1);
    EXPECT_EQ(joined("EUU", on), 1);
    EXPECT_EQ(joined("acme-ai", on), 1);
    EXPECT_EQ(joined("ITA", on), 0);
    EXPECT_EQ(joined("GBR", on), 0);
    EXPECT_EQ(max_joined_count(*dataset, all, on), 2);
}

TEST_F(MapModes, MaxJoinedCountIsAtLeastOne) {
    EXPECT_EQ(max_joined_count(*dataset, all, day(2023, 10, 31)), 1);  // nothing adopted yet
    EXPECT_EQ(max_joined_count(*dataset, {}, day(2025, 1, 1)), 1);
    EXPECT_EQ(joined_count(*dataset, dataset->party_index("FRA"), {}, day(2025, 1, 1)), 0);
}

TEST_F(MapModes, CompareWhileADateWindowIsOpen) {
    const DayNumber on = day(2024, 2, 1);
    EXPECT_EQ(compare("FRA", decl, treaty, on), CompareClass::both);
    EXPECT_EQ(compare("DEU", decl, treaty, on), CompareClass::both);
    EXPECT_EQ(compare("GBR", decl, treaty, on), CompareClass::neither);         // declined, not on a complete list
    EXPECT_EQ(compare("USA", decl, treaty, on), CompareClass::unknown);         // decl in a window
    EXPECT_EQ(compare("ITA", decl, treaty, on), CompareClass::unknown);         // absent from a partial list
    EXPECT_EQ(compare("EUU", decl, treaty, on), CompareClass::not_applicable);  // treaty is for states only
    EXPECT_EQ(compare("acme-ai", decl, treaty, on), CompareClass::not_applicable);
    EXPECT_EQ(compare("DEU", decl, treaty, day(2024, 1, 15)), CompareClass::only_a);
    EXPECT_EQ(compare("DEU", treaty, decl, day(2024, 1, 15)), CompareClass::only_b);
}

TEST_F(MapModes, CompareAfterAWithdrawal) {
    const DayNumber on = day(2025, 3, 1);
    EXPECT_EQ(compare("FRA", decl, treaty, on), CompareClass::both);
    EXPECT_EQ(compare("DEU", decl, treaty, on), CompareClass::only_a);  // withdrew from B
    EXPECT_EQ(compare("USA", decl, treaty, on), CompareClass::only_a);
    EXPECT_EQ(compare("DEU", treaty, decl, on), CompareClass::only_b);
    EXPECT_EQ(compare("EUU", decl, treaty, on), CompareClass::not_applicable);  // a party of A, but B is not open to it
    EXPECT_EQ(compare("DEU", decl, treaty, day(2025, 2, 28)), CompareClass::both);
}

TEST_F(MapModes, CompareBeforeAdoptionIsNotApplicable) {
    for (const char* p : {"FRA", "DEU", "GBR", "USA", "ITA", "EUU"}) {
        EXPECT_EQ(compare(p, decl, treaty, day(2023, 12, 1)), CompareClass::not_applicable) << p;
    }
    EXPECT_EQ(compare("FRA", frontier, decl, day(2025, 1, 1)), CompareClass::not_applicable);
}

TEST_F(MapModes, CompareCountsOverStatesAndSupranationals) {
    const CompareCounts later = compare_counts(*dataset, decl, treaty, day(2025, 3, 1));
    EXPECT_EQ(later.both, 1);            // FRA
    EXPECT_EQ(later.only_a, 2);          // DEU, USA
    EXPECT_EQ(later.only_b, 0);
    EXPECT_EQ(later.neither, 1);         // GBR
    EXPECT_EQ(later.unknown, 1);         // ITA
    EXPECT_EQ(later.not_applicable, 1);  // EUU; acme-ai, a company, is not counted
    const CompareCounts window = compare_counts(*dataset, decl, treaty, day(2024, 2, 1));
    EXPECT_EQ(window.both, 2);
    EXPECT_EQ(window.only_a, 0);
    EXPECT_EQ(window.neither, 1);
    EXPECT_EQ(window.unknown, 2);  // USA, ITA
    EXPECT_EQ(window.not_applicable, 1);
    const CompareCounts mirrored = compare_counts(*dataset, treaty, decl, day(2025, 3, 1));
    EXPECT_EQ(mirrored.only_b, 2);
    EXPECT_EQ(mirrored.only_a, 0);
}

TEST_F(MapModes, NeverGuessesFromAnUnknownSide) {
    // ITA joins the treaty; the declaration's list is partial, so its absence there is unknown.
    Json value = test::fixture_json();
    value["commitments"][1]["actions"].push_back(
        Json::parse(R"({"party": "ITA", "action": "signed", "date": {"on": "2024-03-01"}, "confidence": "high", "sources": ["s1"]})"));
    value["commitments"][1]["completeness"]["stated_counts"][0]["count"] = 3;  // keeps the list complete
    const LoadResult result = test::load_json(value);
    ASSERT_TRUE(result.ok()) << format_problem("fixture", result.problems.front());
    const Dataset& d = *result.dataset;
    const Index ita = d.party_index("ITA");
    EXPECT_EQ(d.status_of(ita, treaty, day(2025, 1, 1)).status, Status::party);
    EXPECT_EQ(d.status_of(ita, decl, day(2025, 1, 1)).status, Status::unknown);
    EXPECT_EQ(compare_class(d, ita, treaty, decl, day(2025, 1, 1)), CompareClass::unknown);
    EXPECT_EQ(compare_class(d, ita, decl, treaty, day(2025, 1, 1)), CompareClass::unknown);
    // USA is a party of decl but inside its window on 2024-02-19: unknown against the treaty's "no" too.
    EXPECT_EQ(compare_class(d, d.party_index("USA"), treaty, decl, day(2024, 2, 19)), CompareClass::unknown);
}

TEST(MapModesNames, EveryClassHasItsName) {
    EXPECT_STREQ(compare_class_name(CompareClass::both), "both");
    EXPECT_STREQ(compare_class_name(CompareClass::only_a), "only-a");
    EXPECT_STREQ(compare_class_name(CompareClass::only_b), "only-b");
    EXPECT_STREQ(compare_class_name(CompareClass::neither), "neither");
    EXPECT_STREQ(compare_class_name(CompareClass::unknown), "unknown");
    EXPECT_STREQ(compare_class_name(CompareClass::not_applicable), "not-applicable");
}

class MapModesShipped : public ::testing::Test {
protected:
    void SetUp() override {
        d = shipped();
        ASSERT_TRUE(d) << "data/atlas.json did not load";
    }
    std::shared_ptr<const Dataset> d;
};

TEST_F(MapModesShipped, CompareCountsMatchAnIndependentReading) {
    const Index a = d->commitment_index("bletchley-declaration");
    const Index b = d->commitment_index("seoul-declaration");
    ASSERT_NE(a, no_index);
    ASSERT_NE(b, no_index);
    const DayNumber on = day(2025, 1, 1);
    const auto is_no = [](Status s) {
        switch (s) {
            case Status::declined: case Status::objected: case Status::not_signed: case Status::withdrawn: case Status::not_party: return true;
            default: return false;
        }
    };
    CompareCounts expected;
    int areas = 0;
    for (Index p = 0; p < d->parties.size(); ++p) {
        if (d->parties[p].kind != PartyKind::state && d->parties[p].kind != PartyKind::supranational) continue;
        ++areas;
        const Status sa = d->status_of(p, a, on).status;
        const Status sb = d->status_of(p, b, on).status;
        if (sa == Status::party && sb == Status::party) ++expected.both;
        else if (sa == Status::party && is_no(sb)) ++expected.only_a;
        else if (is_no(sa) && sb == Status::party) ++expected.only_b;
        else if (is_no(sa) && is_no(sb)) ++expected.neither;
        else if (sa == Status::not_applicable || sb == Status::not_applicable) ++expected.not_applicable;
        else ++expected.unknown;
    }
    const CompareCounts got = compare_counts(*d, a, b, on);
    EXPECT_EQ(got.both, expected.both);
    EXPECT_EQ(got.only_a, expected.only_a);
    EXPECT_EQ(got.only_b, expected.only_b);
    EXPECT_EQ(got.neither, expected.neither);
    EXPECT_EQ(got.unknown, expected.unknown);
    EXPECT_EQ(got.not_applicable, expected.not_applicable);
    EXPECT_EQ(got.both + got.only_a + got.only_b + got.neither + got.unknown + got.not_applicable, areas);
    EXPECT_GT(got.both, 0);  // the two summits share most of their signatories
}

TEST_F(MapModesShipped, MaxJoinedCountIsTheHighestOfAnyParty) {
    std::vector<Index> all;
    for (Index c = 0; c < d->commitments.size(); ++c) all.push_back(c);
    const DayNumber on = day(2026, 1, 1);
    int highest = 0;
    for (Index p = 0; p < d->parties.size(); ++p) highest = std::max(highest, joined_count(*d, p, all, on));
    EXPECT_EQ(max_joined_count(*d, all, on), std::max(highest, 1));
    EXPECT_GT(highest, 1);
    EXPECT_EQ(joined_count(*d, d->party_index("GBR"), std::vector<Index>{d->commitment_index("bletchley-declaration")}, on), 1);
}

}  // namespace accord
