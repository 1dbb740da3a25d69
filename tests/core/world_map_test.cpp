// The real world geometry (geo/world.bin and geo/world-overview.bin, built from Natural Earth by
// atlas-geo; the page starts with the overview): each decodes, triangulates with area preserved,
// and picking finds known places: Paris -> FRA, Beijing -> CHN, the open ocean -> nothing; every
// state of the dataset has a shape or a marker. Skipped, with the reason, in a build made without
// npm's world-atlas (scripts/test.sh --quick on a fresh clone).
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <iterator>
#include <map>
#include <string>

#include "core/triangulate.h"
#include "core/world_geometry.h"
#include "core/world_mesh.h"
#include "core/world_picker.h"

namespace accord {

namespace {

struct LoadedWorld {
    WorldMesh mesh;
    WorldPicker picker;
};

const LoadedWorld& load_world(const std::string& path) {
    static std::map<std::string, LoadedWorld> cache;
    auto [it, inserted] = cache.try_emplace(path);
    if (inserted) {
        std::ifstream file(path, std::ios::binary);
        const std::vector<std::uint8_t> bytes((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
        std::string error;
        const auto world = decode_world_geometry(bytes, error);
        if (!world) ADD_FAILURE() << path << ": " << error;
        if (world) it->second.mesh = build_world_mesh(*world);
        it->second.picker.build(it->second.mesh);
    }
    return it->second;
}

class WorldMap : public ::testing::TestWithParam<const char*> {
protected:
    void SetUp() override {
#ifdef ACCORD_WORLD_GEOMETRY_MISSING
        GTEST_SKIP() << "geo/world.bin was not built: npm world-atlas is missing from web/node_modules (scripts/bootstrap.sh installs it)";
#endif
    }
    const WorldMesh& world_mesh() const { return load_world(GetParam()).mesh; }
    std::string party_at(double lon, double lat) const {
        const LoadedWorld& world = load_world(GetParam());
        const int f = world.picker.feature_at(world.mesh, {lon, lat});
        return f < 0 ? "" : world.mesh.features[static_cast<std::size_t>(f)].party;
    }
};

}  // namespace

INSTANTIATE_TEST_SUITE_P(Files, WorldMap, ::testing::Values(ACCORD_WORLD_GEOMETRY, ACCORD_WORLD_GEOMETRY_OVERVIEW),
                         [](const auto& param) { return param.index == 0 ? std::string("Detail") : std::string("Overview"); });

TEST_P(WorldMap, DecodesAndTriangulatesWithAreaPreserved) {
    const WorldMesh& mesh = world_mesh();
    ASSERT_GT(mesh.features.size(), 200u);
    ASSERT_GT(mesh.fill_indices.size(), 3u * 10000u);
    EXPECT_EQ(mesh.fill_indices.size() % 3, 0u);
    const std::size_t vertex_count = mesh.fill_vertices.size() / 3;
    for (const std::uint32_t i : mesh.fill_indices) ASSERT_LT(i, vertex_count);
    // Sum of triangle areas per feature equals the feature's polygon area (outer minus holes).
    std::vector<double> triangle_area(mesh.features.size(), 0.0);
    for (std::size_t t = 0; t < mesh.fill_indices.size(); t += 3) {
        const float* a = &mesh.fill_vertices[mesh.fill_indices[t] * 3];
        const float* b = &mesh.fill_vertices[mesh.fill_indices[t + 1] * 3];
        const float* c = &mesh.fill_vertices[mesh.fill_indices[t + 2] * 3];
        triangle_area[static_cast<std::size_t>(a[2])] += std::fabs((b[0] - a[0]) * (c[1] - a[1]) - (c[0] - a[0]) * (b[1] - a[1])) / 2;
    }
    // The overview's 0.12 deg simplification can fold a thin neck (Gambia's river strip, a coast
    // beside a border) into a small self-overlap; at the scales it is drawn at that is under a
    // pixel, so there a feature may be 5% off, and the world as a whole 0.5%.
    const bool overview = std::string(GetParam()) == ACCORD_WORLD_GEOMETRY_OVERVIEW;
    const double feature_tolerance = overview ? 0.05 : 1e-3;
    int checked = 0;
    double triangles_total = 0, polygons_total = 0;
    for (std::size_t f = 0; f < mesh.features.size(); ++f) {
        if (mesh.features[f].area_deg2 < 0.5) continue;  // float rounding dominates for islets
        EXPECT_NEAR(triangle_area[f], mesh.features[f].area_deg2, feature_tolerance * mesh.features[f].area_deg2) << mesh.features[f].name;
        triangles_total += triangle_area[f];
        polygons_total += mesh.features[f].area_deg2;
        ++checked;
    }
    EXPECT_GT(checked, 150);
    EXPECT_NEAR(triangles_total, polygons_total, (overview ? 5e-3 : 1e-4) * polygons_total);
}

TEST_P(WorldMap, PicksKnownPlaces) {
    EXPECT_EQ(party_at(2.35, 48.86), "FRA");     // Paris
    EXPECT_EQ(party_at(116.40, 39.90), "CHN");   // Beijing
    EXPECT_EQ(party_at(-77.04, 38.90), "USA");   // Washington
    EXPECT_EQ(party_at(37.62, 55.75), "RUS");    // Moscow
    EXPECT_EQ(party_at(178.0, 66.0), "RUS");     // Chukotka, near the antimeridian
    EXPECT_EQ(party_at(178.0, -17.8), "FJI");    // inland Viti Levu, Fiji (the antimeridian country)
    EXPECT_EQ(party_at(-175.0, 67.0), "RUS");    // Chukotka west of it
    EXPECT_EQ(party_at(-47.9, -15.8), "BRA");    // Brasília
    EXPECT_EQ(party_at(21.0, 42.66), "XKX");     // Pristina: Kosovo has no ISO numeric code
    EXPECT_EQ(party_at(-30.0, 30.0), "");        // the open Atlantic
    EXPECT_EQ(party_at(-150.0, 0.0), "");        // the open Pacific
    EXPECT_EQ(party_at(12.5, 41.9), "ITA");      // Rome, around the Holy See
    EXPECT_EQ(party_at(12.45, 43.94), "SMR");    // San Marino, a hole in Italy
}

TEST_P(WorldMap, EveryStateHasAShapeOrAMarker) {
    const WorldMesh& mesh = world_mesh();
    for (const char* id : {"SGP", "MLT", "MCO", "VAT", "LUX", "BHR", "TUV", "NRU", "LIE", "SMR", "AND", "KNA", "FRA", "XKX"}) {
        const bool has_marker = std::any_of(mesh.markers.begin(), mesh.markers.end(), [&](const WorldMarker& m) { return m.party == id; });
        EXPECT_TRUE(has_marker) << id;
    }
    const auto eu = std::find_if(mesh.markers.begin(), mesh.markers.end(), [](const WorldMarker& m) { return m.party == "EUU"; });
    ASSERT_NE(eu, mesh.markers.end());
    EXPECT_TRUE(eu->flags & WorldMarker::derived);
    EXPECT_NEAR(eu->lon_deg, 12.0, 10.0);  // somewhere in central Europe
    EXPECT_NEAR(eu->lat_deg, 48.0, 6.0);
}

TEST(WorldGeometryFile, RoundTripsAndRejectsGarbage) {
    WorldGeometry world;
    world.arcs = {{{0, 0}, {1, 0}, {1, 1}, {0, 0}}};
    world.features.push_back({"ABC", "Abc", {{{0}}}});
    world.markers.push_back({"ABC", 0.5f, 0.25f, WorldMarker::has_shape});
    const auto bytes = encode_world_geometry(world);
    std::string error;
    const auto decoded = decode_world_geometry(bytes, error);
    ASSERT_TRUE(decoded) << error;
    EXPECT_EQ(decoded->features[0].id, "ABC");
    EXPECT_NEAR(decoded->arcs[0][2].lat_deg, 1.0, 1e-9);
    EXPECT_EQ(decoded->markers[0].party, "ABC");
    for (std::size_t cut = 0; cut < bytes.size(); ++cut) {
        EXPECT_FALSE(decode_world_geometry(std::span(bytes).first(cut), error)) << cut;
    }
    std::vector<std::uint8_t> garbage(bytes);
    garbage[6 + 32] = 0xFF;  // an absurd arc count
    EXPECT_FALSE(decode_world_geometry(garbage, error));
}

}  // namespace accord
