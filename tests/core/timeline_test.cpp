// The timeline's logic at its boundaries: the days the previous/next controls step to (exact
// lists on the fixture, including a `by` date, a month-precision date and a window), which
// parties change status between two days, the playback clock (speed, stopping on the last day,
// restarting, tiny and huge frames) and the time axis (unit per zoom, exact labels, no overlap,
// bounded work on absurd spans); plus the days of the shipped data the UI relies on.
#include <gtest/gtest.h>

#include <algorithm>
#include <climits>
#include <cmath>
#include <fstream>
#include <memory>
#include <sstream>

#include "core/timeline.h"
#include "dataset_fixture.h"
#include "shipped_dataset.h"

namespace accord {

namespace {

DayNumber ymd(int y, int m, int d) { return days_from_civil(y, m, d); }

std::vector<std::string> formatted(const std::vector<DayNumber>& days) {
    std::vector<std::string> out;
    for (const DayNumber d : days) out.push_back(format_day(d));
    return out;
}

class TimelineDays : public ::testing::Test {
protected:
    void SetUp() override {
        const LoadResult result = test::load_json(test::fixture_json());
        ASSERT_TRUE(result.ok());
        dataset = result.dataset;
    }
    Index commitment(const char* id) const { return dataset->commitment_index(id); }
    Index party(const char* id) const { return dataset->party_index(id); }
    std::shared_ptr<const Dataset> dataset;
};

}  // namespace

// [SECTION] days to step to
TEST_F(TimelineDays, EventDaysOfTheFixture) {
    // Event starts (2027 is year precision -> 1 Jan), adoptions, certain days: DEU's month-precision
    // signature is certain on 30 Nov, the USA's window on its end, the EU's `by` date on 31 May.
    const std::vector<std::string> expected = {"2023-11-01", "2023-11-30", "2024-01-01", "2024-02-01", "2024-02-20",
                                               "2024-05-21", "2024-05-31", "2025-03-01", "2027-01-01"};
    EXPECT_EQ(formatted(event_days(*dataset)), expected);
}

TEST_F(TimelineDays, ChangeDaysIncludeWindowsAndByDates) {
    // The `by` date opens its window at the adoption (2023-11-01), the month-precision one on the
    // 1st, the USA's window on 2024-01-10.
    const std::vector<std::string> declaration = {"2023-11-01", "2023-11-30", "2024-01-10", "2024-02-20", "2024-05-31"};
    EXPECT_EQ(formatted(change_days(*dataset, commitment("decl"))), declaration);
    const std::vector<std::string> treaty = {"2024-01-01", "2024-02-01", "2025-03-01"};
    EXPECT_EQ(formatted(change_days(*dataset, commitment("treaty"))), treaty);
    const std::vector<std::string> frontier = {"2024-05-21"};
    EXPECT_EQ(formatted(change_days(*dataset, commitment("frontier"))), frontier);
    EXPECT_TRUE(change_days(*dataset, no_index).empty());
}

TEST_F(TimelineDays, NextAndPreviousAtBoundaries) {
    const std::vector<DayNumber> days = change_days(*dataset, commitment("treaty"));
    const std::span<const DayNumber> list(days);
    EXPECT_EQ(next_day(list, ymd(2000, 1, 1)), ymd(2024, 1, 1));  // before the first
    EXPECT_EQ(previous_day(list, ymd(2000, 1, 1)), std::nullopt);
    EXPECT_EQ(previous_day(list, ymd(2024, 1, 1)), std::nullopt);  // on the first
    EXPECT_EQ(next_day(list, ymd(2024, 1, 1)), ymd(2024, 2, 1));   // on a day: strictly after
    EXPECT_EQ(previous_day(list, ymd(2024, 2, 1)), ymd(2024, 1, 1));
    EXPECT_EQ(next_day(list, ymd(2024, 1, 15)), ymd(2024, 2, 1));  // between two days
    EXPECT_EQ(previous_day(list, ymd(2024, 1, 15)), ymd(2024, 1, 1));
    EXPECT_EQ(next_day(list, ymd(2025, 3, 1)), std::nullopt);  // on the last
    EXPECT_EQ(previous_day(list, ymd(2025, 3, 1)), ymd(2024, 2, 1));
    EXPECT_EQ(next_day(list, ymd(2030, 1, 1)), std::nullopt);  // after the last
    EXPECT_EQ(previous_day(list, ymd(2030, 1, 1)), ymd(2025, 3, 1));
    EXPECT_EQ(next_day({}, 0), std::nullopt);
    EXPECT_EQ(previous_day({}, 0), std::nullopt);
}

// [SECTION] what changed
TEST_F(TimelineDays, StatusChangesOnTheDayOfASignature) {
    const auto changes = status_changes(*dataset, commitment("decl"), ymd(2023, 10, 31), ymd(2023, 11, 1));
    // Every state and the EU become applicable on adoption; the company never is.
    ASSERT_EQ(changes.size(), 6u);
    for (std::size_t i = 1; i < changes.size(); ++i) EXPECT_LT(changes[i - 1].party, changes[i].party);
    const auto find = [&](const char* id) {
        for (const StatusChange& c : changes) {
            if (c.party == party(id)) return c;
        }
        ADD_FAILURE() << id << " did not change";
        return StatusChange{};
    };
    EXPECT_EQ(find("FRA").before, Status::not_applicable);
    EXPECT_EQ(find("FRA").after, Status::party);
    EXPECT_EQ(find("GBR").after, Status::declined);
    EXPECT_EQ(find("DEU").after, Status::unknown);  // month-precision window opens
    EXPECT_EQ(find("EUU").after, Status::unknown);  // `by` window opens at adoption
    EXPECT_EQ(find("ITA").after, Status::unknown);  // partial list
    EXPECT_TRUE(status_changes(*dataset, commitment("decl"), ymd(2023, 11, 1), ymd(2023, 11, 1)).empty());
}

TEST_F(TimelineDays, StatusChangesAcrossAWindow) {
    // Entering the window keeps the USA unknown (only in_window changes): no change to report.
    EXPECT_TRUE(status_changes(*dataset, commitment("decl"), ymd(2024, 1, 9), ymd(2024, 1, 10)).empty());
    const auto changes = status_changes(*dataset, commitment("decl"), ymd(2024, 1, 9), ymd(2024, 2, 20));
    ASSERT_EQ(changes.size(), 1u);
    EXPECT_EQ(changes[0].party, party("USA"));
    EXPECT_EQ(changes[0].before, Status::unknown);
    EXPECT_EQ(changes[0].after, Status::party);
    // Backwards in time reports the reverse.
    const auto back = status_changes(*dataset, commitment("decl"), ymd(2024, 2, 20), ymd(2024, 1, 9));
    ASSERT_EQ(back.size(), 1u);
    EXPECT_EQ(back[0].before, Status::party);
    EXPECT_EQ(back[0].after, Status::unknown);
}

TEST_F(TimelineDays, StatusChangesAcrossAWithdrawal) {
    const auto changes = status_changes(*dataset, commitment("treaty"), ymd(2025, 2, 28), ymd(2025, 3, 1));
    ASSERT_EQ(changes.size(), 1u);
    EXPECT_EQ(changes[0].party, party("DEU"));
    EXPECT_EQ(changes[0].before, Status::party);
    EXPECT_EQ(changes[0].after, Status::withdrawn);
    EXPECT_TRUE(status_changes(*dataset, no_index, 0, 1).empty());
}

// [SECTION] playback
TEST(TimelinePlayback, AdvancesAtSpeed) {
    TimelinePlayer player;
    EXPECT_EQ(player.days_per_second(), 60.0);
    EXPECT_FALSE(player.playing());
    player.set_range(0, 1000);
    player.set_days_per_second(10.0);
    player.play(100);
    EXPECT_TRUE(player.playing());
    EXPECT_EQ(player.day(), 100);
    EXPECT_EQ(player.advance(0.25), 102);  // 102.5: the half day is kept
    EXPECT_EQ(player.advance(0.25), 105);
    EXPECT_EQ(player.day(), 105);
    EXPECT_TRUE(player.playing());
}

TEST(TimelinePlayback, StopsExactlyAtLastDay) {
    TimelinePlayer player;
    player.set_range(0, 100);
    player.play(95);
    EXPECT_EQ(player.advance(0.25), 100);  // 15 days asked, 5 left
    EXPECT_FALSE(player.playing());
    EXPECT_EQ(player.advance(0.25), 100);
    EXPECT_EQ(player.day(), 100);
}

TEST(TimelinePlayback, PlayAtTheEndRestartsFromTheStart) {
    TimelinePlayer player;
    player.set_range(10, 100);
    player.play(100);
    EXPECT_EQ(player.day(), 10);
    EXPECT_TRUE(player.playing());
    player.play(500);
    EXPECT_EQ(player.day(), 10);
    player.play(-500);  // before the range: from its start
    EXPECT_EQ(player.day(), 10);
    player.play(50);
    EXPECT_EQ(player.day(), 50);
    // A range of one day: playing stops at once on it.
    player.set_range(7, 7);
    player.play(7);
    EXPECT_EQ(player.advance(0.1), 7);
    EXPECT_FALSE(player.playing());
}

TEST(TimelinePlayback, PauseStops) {
    TimelinePlayer player;
    player.set_range(0, 1000);
    player.play(0);
    EXPECT_EQ(player.advance(0.1), 6);
    player.pause();
    EXPECT_FALSE(player.playing());
    EXPECT_EQ(player.advance(0.25), 6);
    player.play(player.day());  // resumes where it was
    EXPECT_EQ(player.day(), 6);
    EXPECT_TRUE(player.playing());
}

TEST(TimelinePlayback, TinyFramesStillMove) {
    TimelinePlayer player;
    player.set_range(0, 1000);
    player.set_days_per_second(1.0);
    player.play(0);
    for (int i = 0; i < 59; ++i) EXPECT_EQ(player.advance(1.0 / 60.0), 0);
    EXPECT_EQ(player.advance(1.0 / 60.0), 1);  // 60 frames of 1/60 s at 1 day/s: exactly one day
    for (int i = 0; i < 600; ++i) player.advance(1.0 / 600.0);
    EXPECT_EQ(player.day(), 2);
    EXPECT_EQ(player.advance(-1.0), 2);  // negative time does not rewind
    EXPECT_EQ(player.advance(std::nan("")), 2);
    EXPECT_TRUE(player.playing());
}

TEST(TimelinePlayback, HugeFramesAreClamped) {
    TimelinePlayer player;
    player.set_range(0, 100000);
    player.play(0);
    EXPECT_EQ(player.advance(1000.0), 15);  // 0.25 s at 60 days/s
    player.set_days_per_second(1e9);
    EXPECT_EQ(player.days_per_second(), 3650.0);
    EXPECT_EQ(player.advance(1e300), 15 + 912);  // 0.25 s * 3650 = 912.5
    player.set_days_per_second(0.0);
    EXPECT_EQ(player.days_per_second(), 1.0);
    player.set_days_per_second(std::nan(""));
    EXPECT_EQ(player.days_per_second(), 1.0);
}

TEST(TimelinePlayback, RangeClampsTheDay) {
    TimelinePlayer player;
    player.set_range(0, 1000);
    player.play(900);
    player.set_range(0, 500);
    EXPECT_EQ(player.day(), 500);
    player.set_range(600, 700);
    EXPECT_EQ(player.day(), 600);
}

// [SECTION] time axis
namespace {

std::vector<std::string> labels(const AxisTicks& axis) {
    std::vector<std::string> out;
    for (const AxisTick& t : axis.ticks) out.push_back(t.label);
    return out;
}

}  // namespace

TEST(TimelineAxis, Labels) {
    EXPECT_EQ(month_label(ymd(2023, 11, 12), true), "Nov 2023");
    EXPECT_EQ(month_label(ymd(2023, 11, 12), false), "Nov");
    EXPECT_EQ(month_label(ymd(2024, 1, 1), false), "Jan");
    EXPECT_EQ(month_label(ymd(2024, 12, 31), true), "Dec 2024");
    EXPECT_EQ(day_label(ymd(2023, 11, 12), false), "12 Nov");
    EXPECT_EQ(day_label(ymd(2023, 11, 12), true), "12 Nov 2023");
    EXPECT_EQ(day_label(ymd(2024, 2, 1), false), "1 Feb");
}

TEST(TimelineAxis, YearsForADecade) {
    const AxisTicks axis = axis_ticks(ymd(2020, 1, 1), ymd(2029, 12, 31), 0.2);
    EXPECT_EQ(axis.unit, TickUnit::year);
    const std::vector<std::string> expected = {"2020", "2021", "2022", "2023", "2024",
                                               "2025", "2026", "2027", "2028", "2029"};
    EXPECT_EQ(labels(axis), expected);
    for (const AxisTick& t : axis.ticks) EXPECT_TRUE(t.major);
    EXPECT_EQ(axis.ticks.front().day, ymd(2020, 1, 1));
    // A range that starts mid-year begins at the next 1 January.
    EXPECT_EQ(axis_ticks(ymd(2020, 1, 2), ymd(2029, 12, 31), 0.2).ticks.front().day, ymd(2021, 1, 1));
}

TEST(TimelineAxis, MonthsAtThreePixelsPerDay) {
    const AxisTicks axis = axis_ticks(ymd(2023, 10, 15), ymd(2024, 3, 10), 3.0);
    EXPECT_EQ(axis.unit, TickUnit::month);
    const std::vector<std::string> expected = {"Nov 2023", "Dec", "Jan 2024", "Feb", "Mar"};
    EXPECT_EQ(labels(axis), expected);
    EXPECT_FALSE(axis.ticks[0].major);
    EXPECT_TRUE(axis.ticks[2].major);
    EXPECT_EQ(axis.ticks[0].day, ymd(2023, 11, 1));
}

TEST(TimelineAxis, QuartersWeeksAndSeveralYears) {
    const AxisTicks quarters = axis_ticks(ymd(2023, 2, 1), ymd(2024, 12, 31), 1.0);
    EXPECT_EQ(quarters.unit, TickUnit::quarter);
    const std::vector<std::string> quarter_labels = {"Apr 2023", "Jul", "Oct", "Jan 2024", "Apr", "Jul", "Oct"};
    EXPECT_EQ(labels(quarters), quarter_labels);

    const AxisTicks weeks = axis_ticks(ymd(2023, 11, 1), ymd(2023, 11, 30), 10.0);
    EXPECT_EQ(weeks.unit, TickUnit::week);
    const std::vector<std::string> week_labels = {"6 Nov 2023", "13 Nov", "20 Nov", "27 Nov"};  // Mondays
    EXPECT_EQ(labels(weeks), week_labels);

    const AxisTicks decades = axis_ticks(ymd(1900, 1, 1), ymd(2100, 1, 1), 0.01);  // 3.65 px per year
    EXPECT_EQ(decades.unit, TickUnit::year);
    ASSERT_EQ(decades.ticks.size(), 11u);  // every 20th year
    EXPECT_EQ(decades.ticks[1].label, "1920");
}

TEST(TimelineAxis, DaysAtEightyPixelsPerDay) {
    const AxisTicks axis = axis_ticks(ymd(2023, 10, 30), ymd(2023, 11, 3), 80.0);
    EXPECT_EQ(axis.unit, TickUnit::day);
    const std::vector<std::string> expected = {"30 Oct 2023", "31 Oct", "1 Nov", "2 Nov", "3 Nov"};
    EXPECT_EQ(labels(axis), expected);
    EXPECT_FALSE(axis.ticks[1].major);
    EXPECT_TRUE(axis.ticks[2].major);  // a month start
}

TEST(TimelineAxis, LabelsNeverOverlapAtAnyZoom) {
    const double width_px = 1200.0;
    const double spacing_px = 56.0;
    for (double ppd = 1e-7; ppd < 1e5; ppd *= 1.37) {
        const DayNumber first = ymd(2023, 6, 17);
        const double span_days = std::min(width_px / ppd, 3.0e8);
        const DayNumber last = first + static_cast<DayNumber>(span_days);
        const AxisTicks axis = axis_ticks(first, last, ppd, spacing_px);
        const double visible_px = static_cast<double>(last - first) * ppd;
        EXPECT_LE(static_cast<double>(axis.ticks.size()), visible_px / spacing_px + 2.0) << ppd;
        for (std::size_t i = 0; i < axis.ticks.size(); ++i) {
            EXPECT_GE(axis.ticks[i].day, first);
            EXPECT_LE(axis.ticks[i].day, last);
            if (i > 0) {
                EXPECT_GE(static_cast<double>(axis.ticks[i].day - axis.ticks[i - 1].day) * ppd, spacing_px) << ppd;
            }
        }
    }
}

TEST(TimelineAxis, HugeSpansAndExtremeZoomsTerminate) {
    const DayNumber first = ymd(1000, 1, 1);
    const DayNumber last = ymd(11000, 1, 1);  // ten thousand years
    for (const double ppd : {1e-300, 1e-12, 0.2, 80.0, 1e12, 1e300}) {
        const AxisTicks axis = axis_ticks(first, last, ppd);
        EXPECT_LE(axis.ticks.size(), max_axis_ticks) << ppd;
        for (std::size_t i = 1; i < axis.ticks.size(); ++i) EXPECT_LT(axis.ticks[i - 1].day, axis.ticks[i].day);
    }
    EXPECT_LE(axis_ticks(INT_MIN, INT_MAX, 80.0).ticks.size(), max_axis_ticks);
    EXPECT_LE(axis_ticks(INT_MIN, INT_MAX, 1e-300).ticks.size(), max_axis_ticks);
    EXPECT_TRUE(axis_ticks(0, 10, 0.0).ticks.empty());
    EXPECT_TRUE(axis_ticks(0, 10, -1.0).ticks.empty());
    EXPECT_TRUE(axis_ticks(0, 10, std::nan("")).ticks.empty());
    EXPECT_TRUE(axis_ticks(10, 0, 1.0).ticks.empty());
    EXPECT_EQ(axis_ticks(ymd(2024, 3, 5), ymd(2024, 3, 5), 1e9).ticks.size(), 1u);
}

// [SECTION] shipped data
TEST(TimelineShippedData, KeyDaysArePresent) {
    const auto dataset = test::shipped_dataset();
    ASSERT_TRUE(dataset) << "data/atlas.json did not load";
    const Dataset& d = *dataset;
    const auto contains = [](const std::vector<DayNumber>& days, DayNumber day) {
        return std::binary_search(days.begin(), days.end(), day);
    };
    const std::vector<DayNumber> events = event_days(d);
    EXPECT_TRUE(std::is_sorted(events.begin(), events.end()));
    EXPECT_TRUE(contains(events, ymd(2023, 11, 1)));  // Bletchley
    EXPECT_TRUE(contains(events, ymd(2025, 2, 10)));  // Paris AI Action Summit opens
    const Index bletchley = d.commitment_index("bletchley-declaration");
    ASSERT_NE(bletchley, no_index);
    const std::vector<DayNumber> changes = change_days(d, bletchley);
    EXPECT_TRUE(contains(changes, ymd(2023, 11, 1)));
    EXPECT_TRUE(contains(changes, ymd(2024, 10, 23)));  // New Zealand
}

}  // namespace accord
