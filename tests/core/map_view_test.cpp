// The map view's home frame: the world fits a frame inside the map's rectangle at zoom 1 (a phone
// held upright puts it under the header), and zooming, panning and screen <-> place stay exact.
#include <gtest/gtest.h>

#include "core/map_view.h"

namespace accord {
namespace {

constexpr CssRect map_rect{0, 0, 390, 582};
constexpr CssRect home_rect{0, 122, 390, 242};

TEST(MapViewHome, TheWorldFitsTheHomeFrameAtZoomOne) {
    MapView view;
    view.set_rect(map_rect, home_rect);
    EXPECT_DOUBLE_EQ(view.map_center_css().y, home_rect.top + home_rect.height / 2);
    const ProjectedBounds b = home_bounds(view.projection());
    const CssPoint top_left = view.to_css({b.min_x, b.max_y});
    const CssPoint bottom_right = view.to_css({b.max_x, b.min_y});
    EXPECT_GE(top_left.x, home_rect.left - 0.01);
    EXPECT_LE(bottom_right.x, home_rect.left + home_rect.width + 0.01);
    EXPECT_GE(top_left.y, home_rect.top - 0.01) << "the world starts under the header";
    EXPECT_LE(bottom_right.y, home_rect.top + home_rect.height + 0.01) << "and ends above the legend's room";

    MapView whole;
    whole.set_rect(map_rect);
    EXPECT_DOUBLE_EQ(whole.map_center_css().y, map_rect.height / 2) << "without a frame the world is centred in the map";
}

TEST(MapViewHome, ZoomKeepsThePlaceUnderTheAnchorAndScreenPlaceRoundTrips) {
    MapView view;
    view.set_rect(map_rect, home_rect);
    const CssPoint anchor{300, 330};  // in the world, off the frame's centre
    const ProjectedXY before = view.to_projected(anchor);
    view.zoom_at(anchor, 3.0, /*immediate=*/true);
    view.animate(1.0);
    const ProjectedXY after = view.to_projected(anchor);
    EXPECT_NEAR(after.x, before.x, 1e-9);
    EXPECT_NEAR(after.y, before.y, 1e-9);
    const CssPoint back = view.to_css(view.to_projected({120, 40}));
    EXPECT_NEAR(back.x, 120, 1e-9);
    EXPECT_NEAR(back.y, 40, 1e-9);
}

TEST(MapViewHome, KeepingContentWhenTheFrameMovesLeavesPlacesWhereTheyWere) {
    MapView view;
    view.set_rect(map_rect, home_rect);
    view.zoom_at({200, 200}, 2.0, true);
    view.animate(1.0);
    const ProjectedXY place = view.to_projected({150, 300});
    view.set_rect_keeping_content({0, 0, 390, 400}, {0, 0, 390, 400});  // a record's sheet opened
    const CssPoint at = view.to_css(place);
    EXPECT_NEAR(at.x, 150, 1e-6);
    EXPECT_NEAR(at.y, 300, 1e-6);
}

}  // namespace
}  // namespace accord
