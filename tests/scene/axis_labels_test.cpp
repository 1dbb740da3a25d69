// The time axis's labels: chosen by priority (the first and last year, then the other years,
// then events, then months), never over one another, never under the date cursor, never cut at
// the edges.
#include <gtest/gtest.h>

#include <algorithm>

#include "scene/axis_labels.h"

namespace accord::scene {
namespace {

constexpr float text_height = 15;
constexpr float tick_row = 40;

AxisLabelCandidate year(float x) { return {AxisLabelKind::major_tick, x, tick_row, 32, text_height}; }
AxisLabelCandidate month(float x) { return {AxisLabelKind::minor_tick, x, tick_row, 24, text_height}; }
AxisLabelCandidate event(float x, float width) { return {AxisLabelKind::event, x, 16, width, text_height}; }

bool meets(const Rect& a, const Rect& b) { return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height; }

void expect_clear(const std::vector<PlacedAxisLabel>& placed, float left, float right, const std::vector<Rect>& obstacles) {
    for (std::size_t i = 0; i < placed.size(); ++i) {
        const Rect& a = placed[i].rect;
        EXPECT_GE(a.x, left) << "label " << placed[i].candidate << " is cut on the left";
        EXPECT_LE(a.x + a.width, right) << "label " << placed[i].candidate << " is cut on the right";
        for (const Rect& o : obstacles) EXPECT_FALSE(meets(a, o)) << "label " << placed[i].candidate << " is under the cursor";
        for (std::size_t j = i + 1; j < placed.size(); ++j) {
            EXPECT_FALSE(meets(a, placed[j].rect)) << placed[i].candidate << " and " << placed[j].candidate << " overlap";
        }
    }
}

bool shown(const std::vector<PlacedAxisLabel>& placed, std::size_t candidate) {
    return std::any_of(placed.begin(), placed.end(), [&](const PlacedAxisLabel& p) { return p.candidate == candidate; });
}

TEST(AxisLabels, TheLastYearMovesInsideTheRightEdgeRatherThanBeingCut) {
    const std::vector<AxisLabelCandidate> candidates{year(10), year(200), year(390)};
    const auto placed = place_axis_labels(candidates, 0, 400, {});
    ASSERT_EQ(placed.size(), 3u);
    EXPECT_FLOAT_EQ(placed[0].rect.x, 12) << "right of its tick";
    EXPECT_FLOAT_EQ(placed[2].rect.x + placed[2].rect.width, 390 - axis_label_tick_offset_css) << "left of its tick, inside the edge";
    expect_clear(placed, 0, 400, {});
}

TEST(AxisLabels, CrowdedYearsKeepTheFirstAndTheLast) {
    std::vector<AxisLabelCandidate> candidates;
    for (int i = 0; i < 8; ++i) candidates.push_back(year(5.0f + 30.0f * static_cast<float>(i)));  // labels wider than the spacing
    const auto placed = place_axis_labels(candidates, 0, 240, {});
    EXPECT_TRUE(shown(placed, 0));
    EXPECT_TRUE(shown(placed, 7));
    EXPECT_LT(placed.size(), candidates.size()) << "fewer when crowded";
    EXPECT_GE(placed.size(), 3u);
    expect_clear(placed, 0, 240, {});
}

TEST(AxisLabels, YearsGoBeforeMonthsAndEventsBeforeMonths) {
    const std::vector<AxisLabelCandidate> candidates{month(100), year(110), event(20, 60), month(50), year(300), event(40, 60)};
    const auto placed = place_axis_labels(candidates, 0, 400, {});
    EXPECT_TRUE(shown(placed, 1));
    EXPECT_FALSE(shown(placed, 0)) << "the month gives way to the year beside it (and does not move left of its tick)";
    EXPECT_TRUE(shown(placed, 2));
    EXPECT_FALSE(shown(placed, 5)) << "the second event's name would overlap the first's";
    expect_clear(placed, 0, 400, {});
}

TEST(AxisLabels, NoLabelSitsUnderTheDateCursor) {
    const std::vector<AxisLabelCandidate> candidates{year(10), year(200), year(360), event(190, 80)};
    const Rect cursor = axis_cursor_box(380, 0, 70, 9);  // the as-of date, just after the last year
    const auto placed = place_axis_labels(candidates, 0, 400, {cursor});
    EXPECT_TRUE(shown(placed, 2)) << "the last year goes to its tick's other side";
    const auto last = std::find_if(placed.begin(), placed.end(), [](const PlacedAxisLabel& p) { return p.candidate == 2; });
    EXPECT_LT(last->rect.x + last->rect.width, 360.0f);
    expect_clear(placed, 0, 400, {cursor});
    const Rect middle_cursor = axis_cursor_box(215, 0, 70, 9);
    const auto around_middle = place_axis_labels(candidates, 0, 400, {middle_cursor});
    EXPECT_FALSE(shown(around_middle, 1)) << "a year under the cursor is left out";
    EXPECT_FALSE(shown(around_middle, 3));
    expect_clear(around_middle, 0, 400, {middle_cursor});
}

TEST(AxisLabels, TooNarrowForALabelShowsNone) {
    EXPECT_TRUE(place_axis_labels({year(10)}, 0, 20, {}).empty());
    EXPECT_TRUE(place_axis_labels({year(-5), year(500)}, 0, 400, {}).empty()) << "ticks outside the axis have no label";
}

// Every width from a small embed to a desktop, years one to a few hundred pixels apart, the
// cursor anywhere: the rules hold.
TEST(AxisLabels, TheRulesHoldAtEveryWidthAndCursor) {
    for (float width = 280; width <= 1440; width += 20) {
        for (const float cursor_share : {0.0f, 0.13f, 0.5f, 0.97f, 1.0f}) {
            std::vector<AxisLabelCandidate> candidates;
            for (int y = 0; y < 5; ++y) {
                const float year_x = 4 + (width - 8) * (static_cast<float>(y) + 0.4f) / 5.0f;
                candidates.push_back(year(year_x));
                for (int m = 1; m < 4; ++m) candidates.push_back(month(year_x + (width - 8) / 20.0f * static_cast<float>(m)));
                candidates.push_back(event(year_x + 10, 90));
            }
            const std::vector<Rect> obstacles{axis_cursor_box(width * cursor_share, 0, 70, 9)};
            const auto placed = place_axis_labels(candidates, 0, width, obstacles);
            expect_clear(placed, 0, width, obstacles);
            EXPECT_GE(placed.size(), 2u) << width;
        }
    }
}

}  // namespace
}  // namespace accord::scene
