// Time queries at their boundaries: the day before and of a signature, month-precision dates,
// date windows, "by" dates, withdrawals, complete versus partial lists, party kinds; running
// counts, per-party histories and date ranges; the reading order of sources.
#include <gtest/gtest.h>

#include "core/dataset.h"
#include "core/iso_date.h"
#include "dataset_fixture.h"

namespace accord {

namespace {

class DatasetQuery : public ::testing::Test {
protected:
    void SetUp() override {
        const LoadResult result = test::load_json(test::fixture_json());
        ASSERT_TRUE(result.ok());
        dataset = result.dataset;
    }
    StatusAt status(const char* party, const char* commitment, int y, int m, int d) const {
        return dataset->status_of(dataset->party_index(party), dataset->commitment_index(commitment), days_from_civil(y, m, d));
    }
    std::shared_ptr<const Dataset> dataset;
};

}  // namespace

TEST_F(DatasetQuery, ExactDaySignature) {
    EXPECT_EQ(status("FRA", "decl", 2023, 10, 31).status, Status::not_applicable);  // not adopted yet
    const StatusAt on_the_day = status("FRA", "decl", 2023, 11, 1);
    EXPECT_EQ(on_the_day.status, Status::party);
    ASSERT_NE(on_the_day.action, no_index);
    EXPECT_EQ(dataset->actions[on_the_day.action].kind, ActionKind::signed_);
    EXPECT_EQ(status("FRA", "decl", 2026, 1, 1).status, Status::party);
}

TEST_F(DatasetQuery, MonthPrecisionIsUnknownInsideTheMonth) {
    EXPECT_EQ(status("DEU", "decl", 2023, 11, 1).status, Status::unknown);
    EXPECT_TRUE(status("DEU", "decl", 2023, 11, 15).in_window);
    EXPECT_EQ(status("DEU", "decl", 2023, 11, 29).status, Status::unknown);
    EXPECT_EQ(status("DEU", "decl", 2023, 11, 30).status, Status::party);
}

TEST_F(DatasetQuery, DateWindow) {
    const StatusAt before = status("USA", "decl", 2024, 1, 9);
    EXPECT_EQ(before.status, Status::unknown);  // partial list: absence is unknown
    EXPECT_FALSE(before.in_window);
    EXPECT_TRUE(status("USA", "decl", 2024, 1, 10).in_window);
    EXPECT_EQ(status("USA", "decl", 2024, 2, 19).status, Status::unknown);
    EXPECT_EQ(status("USA", "decl", 2024, 2, 20).status, Status::party);
}

TEST_F(DatasetQuery, ByDateIsUnknownFromAdoptionUntilTheDate) {
    EXPECT_TRUE(status("EUU", "decl", 2023, 11, 1).in_window);
    EXPECT_EQ(status("EUU", "decl", 2024, 5, 30).status, Status::unknown);
    EXPECT_EQ(status("EUU", "decl", 2024, 5, 31).status, Status::party);
}

TEST_F(DatasetQuery, RefusalAndAbsence) {
    EXPECT_EQ(status("GBR", "decl", 2023, 11, 1).status, Status::declined);
    EXPECT_EQ(status("ITA", "decl", 2025, 1, 1).status, Status::unknown);  // partial list
    EXPECT_EQ(status("ITA", "treaty", 2025, 1, 1).status, Status::not_party);  // complete list
    EXPECT_EQ(status("ITA", "treaty", 2023, 12, 31).status, Status::not_applicable);
}

TEST_F(DatasetQuery, Withdrawal) {
    EXPECT_EQ(status("DEU", "treaty", 2024, 1, 31).status, Status::not_party);
    EXPECT_EQ(status("DEU", "treaty", 2024, 2, 1).status, Status::party);
    EXPECT_EQ(status("DEU", "treaty", 2025, 2, 28).status, Status::party);
    EXPECT_EQ(status("DEU", "treaty", 2025, 3, 1).status, Status::withdrawn);
}

TEST_F(DatasetQuery, PartyKindsOutsideTheCommitmentAreNotApplicable) {
    EXPECT_EQ(status("EUU", "treaty", 2025, 1, 1).status, Status::not_applicable);
    EXPECT_EQ(status("acme-ai", "decl", 2025, 1, 1).status, Status::not_applicable);
    EXPECT_EQ(status("FRA", "frontier", 2025, 1, 1).status, Status::not_applicable);
    EXPECT_EQ(status("acme-ai", "frontier", 2024, 5, 21).status, Status::party);
}

TEST_F(DatasetQuery, RunningCounts) {
    const Index treaty = dataset->commitment_index("treaty");
    const auto& steps = dataset->count_steps(treaty);
    ASSERT_EQ(steps.size(), 3u);
    EXPECT_EQ(format_day(steps[0].day), "2024-01-01");
    EXPECT_EQ(steps[0].parties, 1);
    EXPECT_EQ(steps[1].parties, 2);
    EXPECT_EQ(format_day(steps[2].day), "2025-03-01");
    EXPECT_EQ(steps[2].parties, 1);
    EXPECT_EQ(dataset->party_count_on(treaty, days_from_civil(2023, 12, 31)), 0);
    EXPECT_EQ(dataset->party_count_on(treaty, days_from_civil(2024, 1, 31)), 1);
    const Index decl = dataset->commitment_index("decl");
    EXPECT_EQ(dataset->party_count_on(decl, days_from_civil(2023, 11, 1)), 1);
    EXPECT_EQ(dataset->party_count_on(decl, days_from_civil(2023, 11, 30)), 2);
    EXPECT_EQ(dataset->party_count_on(decl, days_from_civil(2024, 2, 20)), 3);
    EXPECT_EQ(dataset->party_count_on(decl, days_from_civil(2024, 5, 31)), 4);  // a refusal never counts
}

TEST_F(DatasetQuery, EveryActionOfAPartyInDayOrder) {
    const auto list = dataset->actions_of_party(dataset->party_index("DEU"));
    ASSERT_EQ(list.size(), 3u);
    EXPECT_EQ(dataset->commitments[dataset->actions[list[0]].commitment].id, "decl");
    EXPECT_EQ(dataset->actions[list[1]].kind, ActionKind::signed_);
    EXPECT_EQ(dataset->actions[list[2]].kind, ActionKind::withdrew);
    EXPECT_TRUE(dataset->actions_of_party(dataset->party_index("ITA")).empty());
}

TEST_F(DatasetQuery, ActionsBetweenTwoDates) {
    const auto list = dataset->actions_between(days_from_civil(2024, 1, 1), days_from_civil(2024, 2, 29));
    ASSERT_EQ(list.size(), 3u);
    EXPECT_EQ(format_day(dataset->actions[list[0]].certain_day), "2024-01-01");
    EXPECT_EQ(format_day(dataset->actions[list[1]].certain_day), "2024-02-01");
    EXPECT_EQ(format_day(dataset->actions[list[2]].certain_day), "2024-02-20");
    EXPECT_TRUE(dataset->actions_between(days_from_civil(2022, 1, 1), days_from_civil(2022, 12, 31)).empty());
    EXPECT_EQ(dataset->actions_between(dataset->first_day(), dataset->last_day()).size(), dataset->actions.size());
}

TEST_F(DatasetQuery, TimeSpanIncludesAnnouncedEvents) {
    EXPECT_EQ(format_day(dataset->first_day()), "2023-11-01");
    EXPECT_EQ(format_day(dataset->last_day()), "2027-12-31");
}

TEST_F(DatasetQuery, Lookups) {
    EXPECT_EQ(dataset->parties[dataset->party_index("GBR")].aliases.size(), 2u);
    EXPECT_EQ(dataset->party_index("NOPE"), no_index);
    EXPECT_EQ(dataset->events[dataset->event_index("summit-2027")].status, EventStatus::announced);
    EXPECT_EQ(dataset->parties[dataset->party_index("EUU")].members.size(), 3u);
    EXPECT_EQ(dataset->parties[dataset->party_index("acme-ai")].headquarters, dataset->party_index("USA"));
}

// The reading order of sources (source_reads_before): official, secondary, tertiary; within a
// kind the earliest dated first, undated last; then by id.
TEST(SourceReadingOrder, OfficialThenNewsThenTertiaryEarliestFirst) {
    const auto source = [](const char* id, SourceKind kind, const char* date) {
        Source s;
        s.id = id;
        s.kind = kind;
        if (date) {
            s.has_date = true;
            s.date = *parse_iso_date(date);
        }
        return s;
    };
    const std::vector<Source> all = {
        source("wiki", SourceKind::tertiary, "2023-10-01"),   // 0
        source("news-late", SourceKind::secondary, "2023-11-07"),  // 1
        source("news-undated", SourceKind::secondary, nullptr),    // 2
        source("gov", SourceKind::official, nullptr),              // 3
        source("news-early", SourceKind::secondary, "2023-11-01"), // 4
        source("news-month", SourceKind::secondary, "2023-11"),    // 5: same first day as news-early, less exact
        source("github", SourceKind::tertiary, nullptr),           // 6
        source("a-news-undated", SourceKind::secondary, nullptr),  // 7
    };
    std::vector<Index> list = {0, 1, 2, 3, 4, 5, 6, 7};
    sort_sources_for_reading(all, list);
    EXPECT_EQ(list, (std::vector<Index>{3, 4, 5, 1, 7, 2, 0, 6}));
}

TEST(SourceReadingOrder, LoadedRecordsListSourcesInReadingOrder) {
    Json value = test::fixture_json();
    value["sources"].push_back({{"id", "s0"}, {"url", "https://compilation.example/x"}, {"publisher", "A compilation"},
                                {"kind", "tertiary"}, {"supports", "A list."}});
    value["sources"].push_back({{"id", "s3"}, {"url", "https://wire.example/2023/10/30/x"}, {"publisher", "A wire"},
                                {"kind", "secondary"}, {"date", "2023-10-30"}, {"supports", "A report."}});
    // DEU's record cites, in the file: the compilation, the undated news, the official list, the dated wire.
    value["commitments"][0]["actions"][1]["sources"] = {"s0", "s2", "s1", "s3"};
    value["commitments"][0]["sources"] = {"s0", "s2", "s1", "s3"};
    const LoadResult result = test::load_json(value);
    ASSERT_TRUE(result.ok()) << format_problem("x", result.problems.front());
    const Dataset& d = *result.dataset;
    const auto ids = [&](const std::vector<Index>& list) {
        std::vector<std::string> out;
        for (const Index s : list) out.push_back(d.sources[s].id);
        return out;
    };
    const Index decl = d.commitment_index("decl");
    const StatusAt germany = d.status_of(d.party_index("DEU"), decl, days_from_civil(2024, 1, 1));
    ASSERT_NE(germany.action, no_index);
    EXPECT_EQ(ids(d.actions[germany.action].sources), (std::vector<std::string>{"s1", "s3", "s2", "s0"}));
    EXPECT_EQ(ids(d.commitments[decl].sources), (std::vector<std::string>{"s1", "s3", "s2", "s0"}));
}

}  // namespace accord
