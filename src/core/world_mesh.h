// GPU-ready world geometry built in the browser from geo/world.bin: triangulated country fills
// (longitude/latitude vertices tagged with their feature), border segments (each shared border
// once), per-feature outline segments (for highlights and the EU outline), the ocean sphere,
// the graticule, and the polygon/ring tables that picking uses. Everything stays in degrees;
// projecting is the vertex shader's job.
#pragma once
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/world_geometry.h"

namespace accord {

struct MeshRing {
    std::uint32_t first_point = 0;  // into WorldMesh::ring_points
    std::uint32_t point_count = 0;
};

struct MeshPolygon {
    std::uint32_t first_ring = 0;  // into WorldMesh::rings; the first ring is the outer one
    std::uint32_t ring_count = 0;
    float min_lon_deg = 0, min_lat_deg = 0, max_lon_deg = 0, max_lat_deg = 0;
};

struct MeshFeature {
    std::string party;  // party id, empty for land that is no party (e.g. disputed areas)
    std::string name;
    std::uint32_t first_polygon = 0;
    std::uint32_t polygon_count = 0;
    std::uint32_t first_outline_segment = 0;  // into WorldMesh::outline_segments
    std::uint32_t outline_segment_count = 0;
    float min_lon_deg = 0, min_lat_deg = 0, max_lon_deg = 0, max_lat_deg = 0;
    double area_deg2 = 0;  // planar, for "is it too small to see?"
};

struct WorldMesh {
    // Fill vertices: (lon_deg, lat_deg, feature index) triples; triangles index them.
    std::vector<float> fill_vertices;
    std::vector<std::uint32_t> fill_indices;
    // The same fills from outlines simplified like overview_border_segments, for small scales.
    std::vector<float> overview_fill_vertices;
    std::vector<std::uint32_t> overview_fill_indices;
    // Line segments as (lon0, lat0, lon1, lat1) quadruples.
    std::vector<float> border_segments;
    // The same borders simplified for small scales (see border_overview_tolerance_deg): at world
    // view most border points are sub-pixel, and fewer segments keep phones and software GL fast.
    std::vector<float> overview_border_segments;
    static constexpr double border_overview_tolerance_deg = 0.12;
    std::vector<float> outline_segments;
    std::vector<float> graticule_segments;
    std::vector<float> frame_segments;  // the flat maps' outline: the ±180° meridians and the poles
    // Ocean: a grid over the whole sphere, (lon, lat, 0) triples and indices.
    std::vector<float> sphere_vertices;
    std::vector<std::uint32_t> sphere_indices;

    std::vector<MeshFeature> features;
    std::vector<MeshPolygon> polygons;
    std::vector<MeshRing> rings;
    std::vector<LonLatDeg> ring_points;
    std::vector<WorldMarker> markers;

    int feature_of_party(const std::string& party) const;  // -1 when the party has no shape

    // Party id -> feature index, filled by build_world_mesh (markers ask for it every frame).
    std::unordered_map<std::string, int> feature_by_party;
};

struct MeshBuildStats {
    std::size_t triangles = 0;
    std::size_t rings_skipped = 0;
    bool budget_exhausted = false;  // a polygon could not be fully triangulated
};

WorldMesh build_world_mesh(const WorldGeometry& world, MeshBuildStats* stats = nullptr);

// Whether outlines simplified at border_overview_tolerance_deg look right at this scale (CSS
// pixels per projected unit): their error stays under `max_error_css_px`. The renderer draws the
// overview below that; the page fetches the detailed geometry file once it is exceeded.
bool overview_outlines_suffice(double css_px_per_projected_unit, double max_error_css_px = 0.6);

}  // namespace accord
