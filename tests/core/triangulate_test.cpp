// Polygon triangulation: area is preserved for simple shapes with and without holes, large and
// awkward rings (spiral, 5,000-point star with holes) triangulate completely, and degenerate or
// malformed input (NaN, duplicates, collinear, < 3 points, self-touching) never crashes and never
// yields an index outside the polygon.
#include "core/triangulate.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <numbers>
#include <random>
#include <vector>

namespace accord {

namespace {

using Ring = std::vector<LonLatDeg>;

std::size_t point_count(const PolygonRings& polygon) {
    std::size_t count = 0;
    for (const Ring& ring : polygon.rings) count += ring.size();
    return count;
}

// Every index must address a point of the polygon (after the base offset).
void expect_indices_in_range(const PolygonRings& polygon, const std::vector<std::uint32_t>& indices,
                             std::uint32_t index_base) {
    ASSERT_EQ(indices.size() % 3, 0u);
    const std::size_t limit = point_count(polygon) + index_base;
    for (const std::uint32_t index : indices) {
        ASSERT_GE(index, index_base);
        ASSERT_LT(index, limit);
    }
}

struct Result {
    std::vector<std::uint32_t> indices;
    std::size_t triangles = 0;
    TriangulateStats stats;
    double deviation = 0.0;
};

Result triangulate_checked(const PolygonRings& polygon, std::uint32_t index_base = 0) {
    Result result;
    result.triangles = triangulate_polygon(polygon, index_base, result.indices, result.stats);
    EXPECT_EQ(result.indices.size(), result.triangles * 3);
    expect_indices_in_range(polygon, result.indices, index_base);
    result.deviation = triangulation_area_deviation(polygon, result.indices, index_base);
    return result;
}

Ring square(double x0, double y0, double side) {
    return {{x0, y0}, {x0 + side, y0}, {x0 + side, y0 + side}, {x0, y0 + side}};
}

Ring reversed(Ring ring) {
    std::reverse(ring.begin(), ring.end());
    return ring;
}

Ring regular_polygon(double cx, double cy, double radius, int sides) {
    Ring ring;
    for (int i = 0; i < sides; ++i) {
        const double angle = 2.0 * std::numbers::pi * i / sides;
        ring.push_back({cx + radius * std::cos(angle), cy + radius * std::sin(angle)});
    }
    return ring;
}

// Uniform in [0, 1) from the raw generator, so the shapes are the same with libstdc++ and libc++.
double unit(std::mt19937& rng) { return static_cast<double>(rng()) / 4294967296.0; }

double sum_of_triangle_areas(const PolygonRings& polygon, const std::vector<std::uint32_t>& indices) {
    Ring points;
    for (const Ring& ring : polygon.rings) points.insert(points.end(), ring.begin(), ring.end());
    double area = 0.0;
    for (std::size_t i = 0; i + 2 < indices.size(); i += 3) {
        const LonLatDeg& a = points[indices[i]];
        const LonLatDeg& b = points[indices[i + 1]];
        const LonLatDeg& c = points[indices[i + 2]];
        area += std::abs((b.lon_deg - a.lon_deg) * (c.lat_deg - a.lat_deg) - (c.lon_deg - a.lon_deg) * (b.lat_deg - a.lat_deg)) / 2.0;
    }
    return area;
}

}  // namespace

TEST(TriangulateArea, RingAreaIsPositiveCounterClockwise) {
    EXPECT_DOUBLE_EQ(ring_area_signed(square(0, 0, 2)), 4.0);
    EXPECT_DOUBLE_EQ(ring_area_signed(reversed(square(0, 0, 2))), -4.0);
    Ring closed = square(10, 10, 3);
    closed.push_back(closed.front());
    EXPECT_DOUBLE_EQ(ring_area_signed(closed), 9.0);
    EXPECT_EQ(ring_area_signed(Ring{{0, 0}, {1, 1}}), 0.0);
    EXPECT_EQ(ring_area_signed(Ring{}), 0.0);
}

TEST(TriangulatePolygon, Square) {
    const PolygonRings polygon{{square(0, 0, 1)}};
    const Result result = triangulate_checked(polygon);
    EXPECT_EQ(result.triangles, 2u);
    EXPECT_LT(result.deviation, 1e-12);
    EXPECT_FALSE(result.stats.budget_exhausted);
}

TEST(TriangulatePolygon, ConcaveCombPreservesArea) {
    // A comb: a spine along the bottom with ten teeth pointing up.
    Ring comb{{0, 0}, {20, 0}};
    for (int tooth = 9; tooth >= 0; --tooth) {
        const double x = 2.0 * tooth;
        comb.push_back({x + 2.0, 5.0});
        comb.push_back({x + 1.0, 5.0});
        comb.push_back({x + 1.0, 1.0});
        comb.push_back({x + 0.0, 1.0});
    }
    const PolygonRings polygon{{comb}};
    const Result result = triangulate_checked(polygon);
    EXPECT_EQ(result.triangles, comb.size() - 2);
    EXPECT_LT(result.deviation, 1e-9);
}

TEST(TriangulatePolygon, StarPreservesArea) {
    Ring star;
    for (int i = 0; i < 24; ++i) {
        const double angle = 2.0 * std::numbers::pi * i / 24;
        const double radius = i % 2 == 0 ? 10.0 : 3.0;
        star.push_back({radius * std::cos(angle), radius * std::sin(angle)});
    }
    const PolygonRings polygon{{star}};
    const Result result = triangulate_checked(polygon);
    EXPECT_EQ(result.triangles, star.size() - 2);
    EXPECT_LT(result.deviation, 1e-9);
}

TEST(TriangulatePolygon, SquareWithOneHole) {
    const PolygonRings polygon{{square(0, 0, 10), square(3, 3, 4)}};
    const Result result = triangulate_checked(polygon);
    EXPECT_EQ(result.triangles, 8u);  // n + 2h - 2 for a ring with bridged holes
    EXPECT_LT(result.deviation, 1e-9);
    EXPECT_EQ(result.stats.rings_used, 2u);
}

TEST(TriangulatePolygon, SquareWithSeveralHoles) {
    PolygonRings polygon{{square(0, 0, 20)}};
    for (int row = 0; row < 3; ++row) {
        for (int column = 0; column < 3; ++column) {
            // Alternate hole windings: input winding is arbitrary.
            Ring hole = row % 2 == 0 ? square(2 + 6 * column, 2 + 6 * row, 3) : regular_polygon(3.5 + 6 * column, 3.5 + 6 * row, 1.5, 7);
            if (column == 1) hole = reversed(hole);
            polygon.rings.push_back(hole);
        }
    }
    const Result result = triangulate_checked(polygon);
    EXPECT_LT(result.deviation, 1e-9);
    EXPECT_EQ(result.stats.rings_used, 10u);
}

TEST(TriangulatePolygon, HoleTouchingOuterRingAtVertex) {
    // The hole's leftmost point is the outer ring's vertex (0, 5).
    const PolygonRings polygon{{Ring{{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 5}}, Ring{{0, 5}, {3, 3}, {6, 5}, {3, 7}}}};
    const Result result = triangulate_checked(polygon);
    EXPECT_GT(result.triangles, 0u);
    EXPECT_LT(result.deviation, 1e-9);
}

TEST(TriangulatePolygon, HoleTouchingOuterEdge) {
    // The hole's leftmost point lies in the middle of the outer ring's left edge.
    const PolygonRings polygon{{square(0, 0, 10), Ring{{0, 5}, {3, 3}, {6, 5}, {3, 7}}}};
    const Result result = triangulate_checked(polygon);
    EXPECT_GT(result.triangles, 0u);
    EXPECT_LT(result.deviation, 1e-9);
}

TEST(TriangulatePolygon, DuplicateAndCollinearPoints) {
    // An L shape with repeated points and extra points along straight edges.
    const Ring ring{{0, 0}, {0, 0}, {2, 0}, {4, 0}, {4, 0}, {4, 0}, {4, 1}, {4, 2}, {2, 2},
                    {2, 2}, {2, 3}, {2, 4}, {1, 4}, {0, 4}, {0, 2}, {0, 0}};
    const PolygonRings polygon{{ring}};
    const Result result = triangulate_checked(polygon);
    EXPECT_GT(result.triangles, 0u);
    EXPECT_LT(result.deviation, 1e-9);
    EXPECT_GT(result.stats.points_dropped, 0u);
}

TEST(TriangulateDegenerate, CollinearRingGivesNoTriangles) {
    const PolygonRings polygon{{Ring{{0, 0}, {1, 1}, {2, 2}, {3, 3}, {1.5, 1.5}}}};
    const Result result = triangulate_checked(polygon);
    EXPECT_EQ(result.triangles, 0u);
    EXPECT_EQ(result.deviation, 0.0);
    // A zero-area spike (out and back) is just as empty.
    const PolygonRings spike{{Ring{{0, 0}, {5, 0}, {0, 0}, {5, 0}}}};
    EXPECT_EQ(triangulate_checked(spike).triangles, 0u);
}

TEST(TriangulateDegenerate, RingsWithFewerThanThreePoints) {
    for (const Ring& ring : {Ring{}, Ring{{1, 1}}, Ring{{1, 1}, {2, 2}}, Ring{{1, 1}, {1, 1}, {1, 1}}}) {
        const PolygonRings polygon{{ring}};
        EXPECT_EQ(triangulate_checked(polygon).triangles, 0u);
        // As holes they are ignored.
        const PolygonRings with_hole{{square(0, 0, 4), ring}};
        const Result result = triangulate_checked(with_hole);
        EXPECT_EQ(result.triangles, 2u);
        EXPECT_EQ(result.stats.rings_skipped, 1u);
    }
    EXPECT_EQ(triangulate_checked(PolygonRings{}).triangles, 0u);
}

TEST(TriangulateDegenerate, NanCoordinatesDoNotCrash) {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    std::vector<PolygonRings> cases;
    cases.push_back({{Ring{{0, 0}, {nan, 0}, {1, 0}, {1, 1}, {0, 1}}}});
    cases.push_back({{Ring{{nan, nan}, {nan, nan}, {nan, nan}}}});
    cases.push_back({{square(0, 0, 10), Ring{{2, 2}, {nan, 4}, {4, 4}, {4, 2}}}});
    cases.push_back({{Ring{{0, 0}, {inf, 0}, {1, 1}, {-inf, nan}, {0, 1}}}});
    Ring big = regular_polygon(0, 0, 5, 200);
    for (std::size_t i = 0; i < big.size(); i += 7) big[i].lat_deg = nan;
    cases.push_back({{big, regular_polygon(0, 0, 1, 12)}});
    for (const PolygonRings& polygon : cases) {
        const Result result = triangulate_checked(polygon);
        EXPECT_FALSE(result.stats.budget_exhausted);
    }
    // The NaN point is simply skipped in the first case: the remaining square is triangulated.
    std::vector<std::uint32_t> indices;
    EXPECT_EQ(triangulate_polygon(cases[0], 0, indices), 2u);
}

TEST(TriangulateDegenerate, SelfTouchingAndSelfIntersectingRings) {
    // A figure eight pinched at (2, 2), a bow tie and a ring that overlaps itself: any output is
    // acceptable as long as every index is valid and the call returns.
    const std::vector<PolygonRings> cases = {
        {{Ring{{0, 0}, {2, 2}, {4, 0}, {4, 4}, {2, 2}, {0, 4}}}},
        {{Ring{{0, 0}, {4, 4}, {4, 0}, {0, 4}}}},
        {{Ring{{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}, {5, 5}, {15, 5}, {15, 15}, {5, 15}}}},
        {{square(0, 0, 10), square(5, 5, 10)}},                 // hole sticking out of the outer ring
        {{square(0, 0, 10), square(20, 20, 2)}},                // hole entirely outside
        {{square(0, 0, 10), square(2, 2, 4), square(3, 3, 4)}},  // overlapping holes
        {{square(0, 0, 10), square(0, 0, 10)}},                  // hole equal to the outer ring
    };
    for (const PolygonRings& polygon : cases) {
        const Result result = triangulate_checked(polygon);
        EXPECT_FALSE(result.stats.budget_exhausted);
    }
}

TEST(TriangulateDegenerate, RandomGarbageNeverCrashes) {
    std::mt19937 rng(1234);
    for (int iteration = 0; iteration < 300; ++iteration) {
        PolygonRings polygon;
        const int ring_count = 1 + static_cast<int>(rng() % 4);
        for (int r = 0; r < ring_count; ++r) {
            Ring ring;
            const int count = static_cast<int>(rng() % (iteration % 3 == 0 ? 150 : 12));
            for (int i = 0; i < count; ++i) {
                // Coarse grid coordinates make duplicates, collinear runs and touching edges common.
                const double x = std::floor(unit(rng) * 6.0);
                const double y = std::floor(unit(rng) * 6.0);
                ring.push_back({x, y});
                if (rng() % 10 == 0) ring.push_back(ring.back());
            }
            polygon.rings.push_back(ring);
        }
        const Result result = triangulate_checked(polygon, static_cast<std::uint32_t>(iteration));
        EXPECT_FALSE(result.stats.budget_exhausted);
    }
}

TEST(TriangulatePolygon, BothWindingsGiveTheSameArea) {
    const Ring outer{{0, 0}, {6, 0}, {6, 2}, {3, 1}, {2, 5}, {1, 1}, {0, 3}};
    const Ring hole{{4.0, 0.5}, {5.0, 0.5}, {5.0, 1.0}};
    const PolygonRings ccw{{outer, hole}};
    const PolygonRings cw{{reversed(outer), reversed(hole)}};
    const Result a = triangulate_checked(ccw);
    const Result b = triangulate_checked(cw);
    EXPECT_EQ(a.triangles, b.triangles);
    EXPECT_LT(a.deviation, 1e-9);
    EXPECT_LT(b.deviation, 1e-9);
    EXPECT_NEAR(sum_of_triangle_areas(ccw, a.indices), sum_of_triangle_areas(cw, b.indices), 1e-12);
}

TEST(TriangulatePolygon, IndexBaseIsApplied) {
    const PolygonRings polygon{{square(0, 0, 10), square(3, 3, 4)}};
    std::vector<std::uint32_t> plain;
    triangulate_polygon(polygon, 0, plain);
    std::vector<std::uint32_t> shifted = {7, 7, 7};  // existing content is kept
    const std::size_t added = triangulate_polygon(polygon, 1000, shifted);
    ASSERT_EQ(shifted.size(), 3 + added * 3);
    ASSERT_EQ(plain.size(), added * 3);
    for (std::size_t i = 0; i < plain.size(); ++i) EXPECT_EQ(shifted[3 + i], plain[i] + 1000);
    const std::vector<std::uint32_t> appended(shifted.begin() + 3, shifted.end());
    expect_indices_in_range(polygon, appended, 1000);
    EXPECT_LT(triangulation_area_deviation(polygon, appended, 1000), 1e-9);
    // Indices that would not fit in 32 bits give no triangles rather than wrapped indices.
    std::vector<std::uint32_t> overflow;
    EXPECT_EQ(triangulate_polygon(polygon, std::numeric_limits<std::uint32_t>::max() - 3, overflow), 0u);
    EXPECT_TRUE(overflow.empty());
}

TEST(TriangulatePolygon, StatsAccumulateAcrossCalls) {
    // One stats object can total a whole map: counters add up, the return value is per call.
    TriangulateStats stats;
    std::vector<std::uint32_t> indices;
    EXPECT_EQ(triangulate_polygon(PolygonRings{{square(0, 0, 1)}}, 0, indices, stats), 2u);
    EXPECT_EQ(triangulate_polygon(PolygonRings{{square(0, 0, 10), square(3, 3, 4), Ring{{1, 1}}}}, 4, indices, stats), 8u);
    EXPECT_EQ(stats.triangles, 10u);
    EXPECT_EQ(stats.rings_used, 3u);
    EXPECT_EQ(stats.rings_skipped, 1u);
    EXPECT_EQ(indices.size(), 30u);
    EXPECT_FALSE(stats.budget_exhausted);
}

TEST(TriangulatePolygon, AntimeridianFragment) {
    // A coastline-like island east of 178°E reaching the antimeridian (in the style of Fiji's
    // Vanua Levu / Taveuni), with a lagoon hole; the input never crosses ±180.
    const Ring island{{178.48, -16.80}, {178.60, -16.63}, {178.72, -16.52}, {178.91, -16.48}, {179.10, -16.43},
                      {179.29, -16.41}, {179.41, -16.38}, {179.64, -16.30}, {179.87, -16.17}, {180.00, -16.15},
                      {180.00, -16.50}, {179.93, -16.56}, {179.71, -16.67}, {179.56, -16.70}, {179.42, -16.76},
                      {179.33, -16.81}, {179.09, -16.87}, {178.92, -16.85}, {178.73, -16.92}, {178.60, -16.95},
                      {178.52, -16.87}};
    const Ring lagoon{{179.20, -16.60}, {179.30, -16.58}, {179.35, -16.65}, {179.25, -16.68}};
    const PolygonRings polygon{{island, lagoon}};
    const Result result = triangulate_checked(polygon, 42);
    EXPECT_EQ(result.triangles, island.size() + lagoon.size());  // n + 2h - 2 with n = 25, h = 1
    EXPECT_LT(result.deviation, 1e-9);
}

TEST(TriangulateLarge, Spiral) {
    // A strip wound three and a half times around the origin: long, thin and deeply concave.
    Ring spiral;
    const int steps = 700;
    for (int i = 0; i <= steps; ++i) {
        const double angle = 7.0 * std::numbers::pi * i / steps;
        const double radius = 1.0 + 0.3 * angle;
        spiral.push_back({radius * std::cos(angle), radius * std::sin(angle)});
    }
    for (int i = steps; i >= 0; --i) {
        const double angle = 7.0 * std::numbers::pi * i / steps;
        const double radius = 1.2 + 0.3 * angle;
        spiral.push_back({radius * std::cos(angle), radius * std::sin(angle)});
    }
    const PolygonRings polygon{{spiral}};
    const Result result = triangulate_checked(polygon);
    EXPECT_EQ(result.triangles, spiral.size() - 2);
    EXPECT_LT(result.deviation, 1e-9);
    EXPECT_FALSE(result.stats.budget_exhausted);
}

TEST(TriangulateLarge, RandomStarWithTwentyHoles) {
    // 5,000-point star-shaped ring (random radius per angle step) around a 5 x 4 grid of small
    // 12-sided holes, all well inside the smallest radius.
    std::mt19937 rng(20240611);
    Ring outer;
    const int vertices = 5000;
    for (int i = 0; i < vertices; ++i) {
        const double angle = 2.0 * std::numbers::pi * i / vertices;
        const double radius = 10.0 * (0.6 + 0.4 * unit(rng));
        outer.push_back({radius * std::cos(angle), radius * std::sin(angle)});
    }
    PolygonRings polygon{{outer}};
    for (int row = 0; row < 4; ++row) {
        for (int column = 0; column < 5; ++column) {
            polygon.rings.push_back(regular_polygon(-4.0 + 2.0 * column, -3.0 + 2.0 * row, 0.5 + 0.3 * unit(rng), 12));
        }
    }
    const Result result = triangulate_checked(polygon);
    EXPECT_EQ(result.triangles, point_count(polygon) + 2 * 20 - 2);
    EXPECT_LT(result.deviation, 1e-6);
    EXPECT_FALSE(result.stats.budget_exhausted);
    EXPECT_EQ(result.stats.rings_used, 21u);
}

}  // namespace accord
