// The canvas layout at the widths readers use (a small phone, a phone, a tablet, a desktop), with
// and without a record panel, with a mouse and with fingers.
#include <gtest/gtest.h>

#include "scene/layout.h"

namespace accord::scene {
namespace {

bool overlap(const Rect& a, const Rect& b) {
    return a.width > 0 && b.width > 0 && a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
bool inside(const Rect& r, float width, float height) { return r.x >= 0 && r.y >= 0 && r.x + r.width <= width + 0.01f && r.y + r.height <= height + 0.01f; }

struct Size {
    float width, height;
    bool narrow;
};

class LayoutAt : public ::testing::TestWithParam<Size> {};

TEST_P(LayoutAt, MapTimelineAndPanelTileTheCanvas) {
    const Size size = GetParam();
    for (const bool touch : {false, true}) {
        const Layout closed = compute_layout(size.width, size.height, false, touch);
        EXPECT_EQ(closed.narrow, size.narrow);
        EXPECT_EQ(closed.touch_target, touch ? 44.0f : 28.0f);
        EXPECT_EQ(closed.panel.width, 0);
        EXPECT_FLOAT_EQ(closed.map.height + closed.timeline.height, size.height) << "map and timeline fill the height";
        EXPECT_EQ(closed.map.width, size.width);
        EXPECT_FALSE(overlap(closed.map, closed.timeline));
        EXPECT_TRUE(inside(closed.timeline, size.width, size.height));

        const Layout open = compute_layout(size.width, size.height, true, touch);
        EXPECT_TRUE(inside(open.panel, size.width, size.height));
        EXPECT_TRUE(inside(open.map, size.width, size.height));
        EXPECT_FALSE(overlap(open.map, open.panel));
        EXPECT_FALSE(overlap(open.panel, open.timeline));
        EXPECT_EQ(open.timeline, closed.timeline) << "the timeline does not move when a record opens";
        if (size.narrow) {
            EXPECT_EQ(open.panel.width, size.width) << "a bottom sheet on a phone";
            EXPECT_FLOAT_EQ(open.panel.y + open.panel.height, open.timeline.y);
            EXPECT_GT(open.map.height, 100.0f);
        } else {
            EXPECT_EQ(open.panel.width, 380.0f) << "a column on the right";
            EXPECT_FLOAT_EQ(open.map.width + open.panel.width, size.width);
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Widths, LayoutAt,
                         ::testing::Values(Size{320, 568, true}, Size{390, 844, true}, Size{768, 1024, false}, Size{1440, 900, false}),
                         [](const ::testing::TestParamInfo<Size>& param) { return std::to_string(static_cast<int>(param.param.width)); });

TEST(Layout, NarrowScreensGiveTheRunningCountALineOfItsOwn) {
    EXPECT_GT(compute_layout(390, 844, false, false).timeline.height, compute_layout(1440, 900, false, false).timeline.height);
    EXPECT_GT(compute_layout(1440, 900, false, true).timeline.height, compute_layout(1440, 900, false, false).timeline.height);
}

// A phone held upright: the world sits in a band under the header, as high as it needs, with the
// legend's room below; the map itself still fills the height (for zooming in).
TEST(Layout, AnUprightPhoneFitsTheWorldUnderTheHeaderWithTheLegendBelow) {
    for (const bool touch : {false, true}) {
        const Layout layout = compute_layout(390, 844, false, touch);
        EXPECT_GE(layout.map.height / 844.0f, 0.55f) << "the map area is most of the phone's height";
        EXPECT_EQ(layout.home.x, layout.map.x);
        EXPECT_EQ(layout.home.width, layout.map.width);
        EXPECT_GE(layout.home.y, compact_header_height_css(layout.touch_target)) << "under the header";
        EXPECT_LE(layout.home.height, 390 * 0.5f) << "no taller than a world fitted to the width";
        const float below = layout.map.y + layout.map.height - (layout.home.y + layout.home.height);
        EXPECT_GE(below, narrow_legend_band_css) << "the legend's room";
        EXPECT_NEAR(layout.home.y - compact_header_height_css(layout.touch_target), below - narrow_legend_band_css, 1.0f)
            << "world and legend in the middle of the height under the header";
    }
    const Layout embed = compute_layout(390, 195 + 306, false, true, /*header=*/false);
    EXPECT_LT(embed.home.y, 20.0f) << "an embed has no header over its map";
    EXPECT_NE(embed.home, embed.map);
}

TEST(Layout, ALongLegendGetsItsRoomAndTheWorldShrinksUntilTooSmall) {
    const Layout usual = compute_layout(390, 844, false, true);
    const Layout long_legend = compute_layout(390, 844, false, true, true, 260);
    const float below = long_legend.map.y + long_legend.map.height - (long_legend.home.y + long_legend.home.height);
    EXPECT_GE(below, 260.0f) << "room under the world for the legend as drawn";
    EXPECT_LE(long_legend.home.height, usual.home.height);
    const Layout too_long = compute_layout(390, 844, false, true, true, 400);
    EXPECT_EQ(too_long.home, too_long.map) << "a world under a third of the width high: centred instead";
}

TEST(Layout, HomeIsTheMapWhereThereIsNoRoomForABandOrOnWideScreens) {
    EXPECT_EQ(compute_layout(1440, 900, false, false).home, compute_layout(1440, 900, false, false).map);
    EXPECT_EQ(compute_layout(768, 1024, true, true).home, compute_layout(768, 1024, true, true).map);
    EXPECT_EQ(compute_layout(390, 520, false, true).home, compute_layout(390, 520, false, true).map) << "too low under the header";
    EXPECT_NE(compute_layout(360, 640, false, true).home, compute_layout(360, 640, false, true).map) << "a common phone has the room";
    const Layout sheet = compute_layout(390, 844, true, true);
    EXPECT_EQ(sheet.home, sheet.map) << "with a record's sheet open the world fits what is left";
}

TEST(Layout, ATinyCanvasStillHasAMap) {
    const Layout layout = compute_layout(100, 50, true, true);
    EXPECT_GE(layout.map.height, 1.0f);
}

}  // namespace
}  // namespace accord::scene
