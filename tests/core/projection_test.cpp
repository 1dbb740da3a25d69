// Map projections: published reference values, symmetry, forward/inverse round trips on a world
// grid, the empty map corners and the globe's back side picking nothing, bounds and names.
#include "core/projection.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>
#include <vector>

namespace accord {

namespace {

constexpr double pi = std::numbers::pi;
constexpr ProjectionKind flat_kinds[] = {ProjectionKind::equal_earth, ProjectionKind::natural_earth};

// The grid of the brief: away from the poles, where longitude stops meaning anything.
std::vector<LonLatDeg> world_grid() {
    std::vector<LonLatDeg> grid;
    for (int lon = -179; lon <= 179; lon += 7) {
        for (int lat = -85; lat <= 85; lat += 5) grid.push_back({double(lon), double(lat)});
    }
    return grid;
}

// Longitudes compare modulo 360 (the globe may hand back -180 for +180).
double lon_error_deg(double a_deg, double b_deg) { return std::abs(std::remainder(a_deg - b_deg, 360.0)); }

double equal_earth_y(double theta) {
    constexpr double a1 = 1.340264, a2 = -0.081106, a3 = 0.000893, a4 = 0.003796;
    return a4 * std::pow(theta, 9) + a3 * std::pow(theta, 7) + a2 * std::pow(theta, 3) + a1 * theta;
}

double natural_earth_pole_y() {
    const double p = pi / 2, p2 = p * p, p4 = p2 * p2;
    return p * (1.007226 + p2 * (0.015085 + p4 * (-0.044475 + 0.028874 * p2 - 0.005916 * p4)));
}

}  // namespace

TEST(ProjectionEqualEarth, MatchesReferencePoints) {
    const ProjectResult origin = project(ProjectionKind::equal_earth, {0, 0});
    EXPECT_EQ(origin.xy.x, 0.0);
    EXPECT_EQ(origin.xy.y, 0.0);
    EXPECT_TRUE(origin.visible);

    const double edge_x = 2 * std::sqrt(3.0) * pi / (3 * 1.340264);
    EXPECT_NEAR(project(ProjectionKind::equal_earth, {180, 0}).xy.x, edge_x, 1e-12);
    EXPECT_NEAR(edge_x, 2.7066, 1e-4);
    EXPECT_NEAR(project(ProjectionKind::equal_earth, {180, 0}).xy.y, 0.0, 1e-15);

    const ProjectResult pole = project(ProjectionKind::equal_earth, {0, 90});
    EXPECT_NEAR(pole.xy.y, equal_earth_y(pi / 3), 1e-12);
    EXPECT_NEAR(pole.xy.y, 1.3173627, 1e-7);
    EXPECT_NEAR(pole.xy.x, 0.0, 1e-15);
    // The pole is a line: at theta = pi/3 the half-width is half the equator's times A1/y'(pi/3).
    EXPECT_GT(project(ProjectionKind::equal_earth, {180, 90}).xy.x, 0.5 * edge_x);
}

TEST(ProjectionNaturalEarth, MatchesReferencePoints) {
    const ProjectResult origin = project(ProjectionKind::natural_earth, {0, 0});
    EXPECT_EQ(origin.xy.x, 0.0);
    EXPECT_EQ(origin.xy.y, 0.0);
    EXPECT_NEAR(project(ProjectionKind::natural_earth, {180, 0}).xy.x, pi * 0.8707, 1e-12);
    EXPECT_NEAR(pi * 0.8707, 2.7354, 1e-4);
    EXPECT_NEAR(project(ProjectionKind::natural_earth, {0, 90}).xy.y, natural_earth_pole_y(), 1e-12);
    EXPECT_NEAR(natural_earth_pole_y(), 1.4224, 1e-4);
}

TEST(ProjectionFlat, IsSymmetricAboutTheOrigin) {
    for (const ProjectionKind kind : flat_kinds) {
        for (const LonLatDeg p : world_grid()) {
            const ProjectedXY a = project(kind, p).xy;
            const ProjectedXY b = project(kind, {-p.lon_deg, -p.lat_deg}).xy;
            ASSERT_NEAR(a.x, -b.x, 1e-14) << projection_name(kind) << " " << p.lon_deg << "," << p.lat_deg;
            ASSERT_NEAR(a.y, -b.y, 1e-14) << projection_name(kind) << " " << p.lon_deg << "," << p.lat_deg;
        }
    }
}

TEST(ProjectionFlat, RoundTripsOnTheWorldGrid) {
    for (const ProjectionKind kind : flat_kinds) {
        for (const LonLatDeg p : world_grid()) {
            const ProjectResult forward = project(kind, p);
            ASSERT_TRUE(forward.visible);
            EXPECT_EQ(forward.cos_c, 1.0);
            const auto back = unproject(kind, forward.xy);
            ASSERT_TRUE(back) << projection_name(kind) << " " << p.lon_deg << "," << p.lat_deg;
            EXPECT_NEAR(back->lon_deg, p.lon_deg, 1e-9) << projection_name(kind) << " " << p.lat_deg;
            EXPECT_NEAR(back->lat_deg, p.lat_deg, 1e-9) << projection_name(kind) << " " << p.lon_deg;
        }
    }
}

TEST(ProjectionFlat, OutlineEdgesRoundTrip) {
    // A click exactly on the ±180° edge or the pole line still lands on the map.
    for (const ProjectionKind kind : flat_kinds) {
        for (const double lon : {-180.0, 180.0}) {
            for (double lat = -85; lat <= 85; lat += 5) {
                const auto back = unproject(kind, project(kind, {lon, lat}).xy);
                ASSERT_TRUE(back) << projection_name(kind) << " " << lon << "," << lat;
                EXPECT_NEAR(back->lon_deg, lon, 1e-9);
                EXPECT_NEAR(back->lat_deg, lat, 1e-9);
            }
        }
        for (const double lat : {-90.0, 90.0}) {
            const auto back = unproject(kind, project(kind, {100, lat}).xy);
            ASSERT_TRUE(back) << projection_name(kind);
            EXPECT_NEAR(back->lat_deg, lat, 1e-6);  // asin near 1 loses half the digits; still far below a pixel
            EXPECT_NEAR(back->lon_deg, 100, 1e-9);
        }
    }
}

TEST(ProjectionFlat, OutsideTheOutlinePicksNothing) {
    EXPECT_FALSE(unproject(ProjectionKind::equal_earth, {2.7, 1.2}));  // empty corner
    EXPECT_FALSE(unproject(ProjectionKind::natural_earth, {2.7, 1.2}));
    for (const ProjectionKind kind : flat_kinds) {
        const ProjectedBounds bounds = projection_bounds(kind);
        EXPECT_FALSE(unproject(kind, {0, bounds.max_y + 1e-6})) << projection_name(kind);  // above the pole line
        EXPECT_FALSE(unproject(kind, {0, bounds.min_y - 1e-6})) << projection_name(kind);
        EXPECT_FALSE(unproject(kind, {bounds.max_x + 1e-6, 0})) << projection_name(kind);
        EXPECT_FALSE(unproject(kind, {bounds.min_x - 1e-6, 0})) << projection_name(kind);
        EXPECT_FALSE(unproject(kind, {-2.6, -1.25})) << projection_name(kind);
        EXPECT_FALSE(unproject(kind, {std::nan(""), 0})) << projection_name(kind);
        EXPECT_TRUE(unproject(kind, {0, 0})) << projection_name(kind);
    }
}

TEST(ProjectionOrthographic, CentreHorizonAndAntipode) {
    for (const GlobeRotation rotation : {GlobeRotation{0, 0}, GlobeRotation{30, 45}, GlobeRotation{-120, -60}}) {
        const double lon0 = rotation.center_lon_deg, lat0 = rotation.center_lat_deg;
        const ProjectResult centre = project(ProjectionKind::orthographic, {lon0, lat0}, rotation);
        EXPECT_NEAR(centre.xy.x, 0.0, 1e-15);
        EXPECT_NEAR(centre.xy.y, 0.0, 1e-15);
        EXPECT_TRUE(centre.visible);
        EXPECT_NEAR(centre.cos_c, 1.0, 1e-15);

        // 90° away along the centre's meridian: on the horizon, on the rim.
        const ProjectResult horizon =
            project(ProjectionKind::orthographic, {lon0, lat0 >= 0 ? lat0 - 90 : lat0 + 90}, rotation);
        EXPECT_NEAR(horizon.cos_c, 0.0, 1e-15);
        EXPECT_NEAR(std::hypot(horizon.xy.x, horizon.xy.y), 1.0, 1e-15);

        const ProjectResult antipode = project(ProjectionKind::orthographic, {lon0 + 180, -lat0}, rotation);
        EXPECT_FALSE(antipode.visible);
        EXPECT_NEAR(antipode.cos_c, -1.0, 1e-15);
    }
    const ProjectResult east = project(ProjectionKind::orthographic, {90, 0});
    EXPECT_NEAR(east.xy.x, 1.0, 1e-15);  // east is +x
    EXPECT_NEAR(east.cos_c, 0.0, 1e-15);
    EXPECT_NEAR(project(ProjectionKind::orthographic, {0, 90}).xy.y, 1.0, 1e-15);  // north is +y
}

TEST(ProjectionOrthographic, UnprojectsKnownPointsAndRejectsOffGlobe) {
    const auto p = unproject(ProjectionKind::orthographic, {0.5, 0});
    ASSERT_TRUE(p);
    EXPECT_NEAR(p->lon_deg, 30, 1e-12);
    EXPECT_NEAR(p->lat_deg, 0, 1e-12);
    const auto centre = unproject(ProjectionKind::orthographic, {0, 0}, {170, -20});
    ASSERT_TRUE(centre);
    EXPECT_NEAR(centre->lon_deg, 170, 1e-12);
    EXPECT_NEAR(centre->lat_deg, -20, 1e-12);
    const auto north = unproject(ProjectionKind::orthographic, {0, 0.5}, {0, 0});
    ASSERT_TRUE(north);
    EXPECT_NEAR(north->lat_deg, 30, 1e-12);
    EXPECT_FALSE(unproject(ProjectionKind::orthographic, {0.8, 0.8}));
    EXPECT_FALSE(unproject(ProjectionKind::orthographic, {1.001, 0}));
    EXPECT_FALSE(unproject(ProjectionKind::orthographic, {0, -1.5}, {40, 40}));
}

TEST(ProjectionOrthographic, RoundTripsVisiblePoints) {
    const GlobeRotation rotations[] = {{0, 0}, {30, 45}, {-120, -60}, {170, 10}, {-175, -5}, {0, 90}, {45, -90}};
    for (const GlobeRotation rotation : rotations) {
        int checked = 0;
        for (const LonLatDeg p : world_grid()) {
            const ProjectResult forward = project(ProjectionKind::orthographic, p, rotation);
            EXPECT_EQ(forward.visible, forward.cos_c >= 0);
            // Right at the rim, rho = sin c carries no information about c (its slope is 0), so
            // any inverse loses digits there; 1e-4 keeps the recovered point within ~1e-12.
            if (forward.cos_c < 1e-4) continue;
            const auto back = unproject(ProjectionKind::orthographic, forward.xy, rotation);
            ASSERT_TRUE(back) << p.lon_deg << "," << p.lat_deg;
            EXPECT_LT(lon_error_deg(back->lon_deg, p.lon_deg), 1e-9) << p.lon_deg << "," << p.lat_deg;
            EXPECT_NEAR(back->lat_deg, p.lat_deg, 1e-9) << p.lon_deg << "," << p.lat_deg;
            EXPECT_GE(back->lon_deg, -180);
            EXPECT_LE(back->lon_deg, 180);
            ++checked;
        }
        EXPECT_GT(checked, 500) << rotation.center_lon_deg << "," << rotation.center_lat_deg;
    }
}

TEST(ProjectionBounds, ContainEveryProjectedPoint) {
    std::vector<LonLatDeg> points = world_grid();
    for (double lat = -90; lat <= 90; lat += 1) {
        points.push_back({-180, lat});
        points.push_back({180, lat});
    }
    for (const ProjectionKind kind : {ProjectionKind::equal_earth, ProjectionKind::natural_earth, ProjectionKind::orthographic}) {
        const ProjectedBounds bounds = projection_bounds(kind);
        EXPECT_EQ(bounds.min_x, -bounds.max_x);
        EXPECT_EQ(bounds.min_y, -bounds.max_y);
        for (const LonLatDeg p : points) {
            const ProjectedXY xy = project(kind, p, {25, 35}).xy;
            ASSERT_GE(xy.x, bounds.min_x - 1e-12) << projection_name(kind) << " " << p.lon_deg << "," << p.lat_deg;
            ASSERT_LE(xy.x, bounds.max_x + 1e-12) << projection_name(kind) << " " << p.lon_deg << "," << p.lat_deg;
            ASSERT_GE(xy.y, bounds.min_y - 1e-12) << projection_name(kind) << " " << p.lon_deg << "," << p.lat_deg;
            ASSERT_LE(xy.y, bounds.max_y + 1e-12) << projection_name(kind) << " " << p.lon_deg << "," << p.lat_deg;
        }
    }
    const ProjectedBounds ee = projection_bounds(ProjectionKind::equal_earth);
    EXPECT_NEAR(ee.max_x, 2.7066, 1e-4);
    EXPECT_NEAR(ee.max_y, 1.3173627, 1e-7);
    const ProjectedBounds globe = projection_bounds(ProjectionKind::orthographic);
    EXPECT_EQ(globe.max_x, 1.0);
    EXPECT_EQ(globe.max_y, 1.0);
}

TEST(ProjectionNames, RoundTrip) {
    for (const ProjectionKind kind : {ProjectionKind::equal_earth, ProjectionKind::natural_earth, ProjectionKind::orthographic}) {
        EXPECT_EQ(projection_from_name(projection_name(kind)), kind);
    }
    EXPECT_STREQ(projection_name(ProjectionKind::equal_earth), "equal-earth");
    EXPECT_STREQ(projection_name(ProjectionKind::natural_earth), "natural-earth");
    EXPECT_STREQ(projection_name(ProjectionKind::orthographic), "orthographic");
    EXPECT_FALSE(projection_from_name("mercator"));
    EXPECT_FALSE(projection_from_name("Equal-Earth"));
    EXPECT_FALSE(projection_from_name(""));
}

}  // namespace accord
