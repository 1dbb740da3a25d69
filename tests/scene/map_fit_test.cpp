// The map's default view fits the land people live on (latitudes -57 to 84), not the empty
// Antarctic and polar ocean: the inhabited world is whole on a desktop, larger in a short map
// area (a phone in landscape, an embed), and the `0` key, links and the globe come back to it.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>

#include "scene/scene_fixture.h"

namespace accord::scene {
namespace {

using test::SceneSetup;
using test::shipped_dataset;

// The share of the canvas's height the map's land takes: from the north of Greenland to Tierra
// del Fuego, as drawn.
double land_height_share(const SceneSetup& s, float canvas_height) {
    const auto north = s.view.css_of({0, home_max_lat_deg});
    const auto south = s.view.css_of({0, home_min_lat_deg});
    return north && south ? (south->y - north->y) / canvas_height : 0;
}

bool inside(const CssRect& r, CssPoint p) { return p.x >= r.left && p.y >= r.top && p.x <= r.left + r.width && p.y <= r.top + r.height; }

TEST(MapFit, TheDesktopShowsTheWholeInhabitedWorld) {
    ACCORD_NEEDS_WORLD();
    for (const auto [width, height] : {std::pair{1440.0f, 900.0f}, std::pair{390.0f, 844.0f}, std::pair{844.0f, 390.0f}, std::pair{300.0f, 420.0f}}) {
        SceneSetup s(shipped_dataset(), width, height);
        for (const WorldMarker& m : s.scene.mesh->markers) {
            const auto at = s.view.css_of({m.lon_deg, m.lat_deg});
            ASSERT_TRUE(at);
            EXPECT_TRUE(inside(s.view.rect(), *at)) << m.party << " is off the map at " << width << "x" << height;
        }
        if (width < height || width == 1440) {  // where the width, not the height, limits the map
            const auto west = s.view.css_of({-180, 0}), east = s.view.css_of({180, 0});
            EXPECT_GT(east->x - west->x, 0.9 * s.view.rect().width) << "the world spans the map's width at " << width;
        }
    }
}

TEST(MapFit, AShortMapAreaShowsTheLandLarger) {
    ACCORD_NEEDS_WORLD();
    // Landscape phones and embeds are short: there the crop of the polar regions makes the land larger.
    for (const auto [width, height] : {std::pair{844.0f, 390.0f}, std::pair{932.0f, 430.0f}, std::pair{1440.0f, 900.0f}, std::pair{390.0f, 844.0f}}) {
        SceneSetup s(shipped_dataset(), width, height);
        const double share = land_height_share(s, height);
        // What a fit of the whole projection (the poles) would give.
        const ProjectedBounds whole = projection_bounds(ProjectionKind::equal_earth);
        const CssRect map = s.view.rect();
        const double whole_fit = std::min(map.width / (whole.max_x - whole.min_x), map.height / (whole.max_y - whole.min_y)) / 1.04;
        const double north = project(ProjectionKind::equal_earth, {0, home_max_lat_deg}).xy.y, south = project(ProjectionKind::equal_earth, {0, home_min_lat_deg}).xy.y;
        const double before = (north - south) * whole_fit / height;
        std::printf("land height share at %.0fx%.0f: %.1f%% (fitting the poles: %.1f%%)\n", width, height, share * 100, before * 100);
        EXPECT_GE(share, before - 1e-9);
        if (height < 500) {  // the height limits the map
            EXPECT_GT(share, before * 1.1) << width << "x" << height;
        }
    }
}

TEST(MapFit, ResetLinksAndTheGlobeComeBackToTheHomeView) {
    ACCORD_NEEDS_WORLD();
    SceneSetup s(shipped_dataset(), 1440, 900);
    const ProjectedXY home = s.view.center();
    EXPECT_NEAR(home.x, home_center(ProjectionKind::equal_earth).x, 1e-12);
    EXPECT_NEAR(home.y, home_center(ProjectionKind::equal_earth).y, 1e-12);
    EXPECT_GT(home.y, 0) << "more land in the north: the home centre is north of the equator";
    s.view.zoom_at({300, 200}, 4.0, true);
    s.view.pan_by(120, -40);
    s.view.reset();  // the `0` key
    for (int frame = 0; frame < 300 && s.view.animate(1.0 / 60); ++frame) {}
    EXPECT_DOUBLE_EQ(s.view.zoom(), 1.0);
    EXPECT_NEAR(s.view.center().x, home.x, 1e-9);
    EXPECT_NEAR(s.view.center().y, home.y, 1e-9);
    s.view.jump_to({0, 0}, 1.0, {});  // a link of the whole world, made before the crop
    EXPECT_NEAR(s.view.center().y, home.y, 1e-9);
    s.view.set_projection(ProjectionKind::orthographic);
    EXPECT_DOUBLE_EQ(s.view.center().y, 0) << "the globe's disk is centred";
    for (int frame = 0; frame < 300 && s.view.animate(1.0 / 60); ++frame) {}
    const double radius = s.view.pixels_per_unit();
    EXPECT_LE(2 * radius, s.view.rect().height) << "the whole disk fits";
    s.view.set_projection(ProjectionKind::natural_earth);
    EXPECT_NEAR(s.view.center().y, home_center(ProjectionKind::natural_earth).y, 1e-12);
}

}  // namespace
}  // namespace accord::scene
