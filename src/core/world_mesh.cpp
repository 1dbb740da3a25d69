// Building the world mesh: see world_mesh.h.
#include "core/world_mesh.h"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "core/triangulate.h"

namespace accord {

namespace {

constexpr float graticule_step_deg = 30.0f;
constexpr float curve_sample_deg = 2.0f;  // lines are sampled finely enough to curve in any projection
constexpr float sphere_step_deg = 5.0f;

void add_segment(std::vector<float>& out, float lon0, float lat0, float lon1, float lat1) {
    out.insert(out.end(), {lon0, lat0, lon1, lat1});
}

// A segment that jumps across the antimeridian (|Δlon| > 180°) is split at ±180° into two.
// Segments lying on the ±180° cut line itself are seams made by clip_at_antimeridian, not borders.
void add_line_segment(std::vector<float>& out, const LonLatDeg& a, const LonLatDeg& b) {
    if (std::fabs(a.lon_deg) == 180.0 && a.lon_deg == b.lon_deg) return;
    if (std::fabs(b.lon_deg - a.lon_deg) <= 180.0) {
        add_segment(out, static_cast<float>(a.lon_deg), static_cast<float>(a.lat_deg), static_cast<float>(b.lon_deg), static_cast<float>(b.lat_deg));
        return;
    }
    const double edge = a.lon_deg > 0 ? 180.0 : -180.0;
    const double b_lon = b.lon_deg + (a.lon_deg > 0 ? 360.0 : -360.0);
    const double t = (edge - a.lon_deg) / (b_lon - a.lon_deg);
    const auto lat = static_cast<float>(a.lat_deg + t * (b.lat_deg - a.lat_deg));
    add_segment(out, static_cast<float>(a.lon_deg), static_cast<float>(a.lat_deg), static_cast<float>(edge), lat);
    add_segment(out, static_cast<float>(-edge), lat, static_cast<float>(b.lon_deg), static_cast<float>(b.lat_deg));
}

void add_polyline(std::vector<float>& out, const std::vector<LonLatDeg>& points, bool closed) {
    for (std::size_t i = 1; i < points.size(); ++i) add_line_segment(out, points[i - 1], points[i]);
    if (closed && points.size() > 2) add_line_segment(out, points.back(), points.front());
}

bool crosses_antimeridian(const std::vector<std::vector<LonLatDeg>>& rings) {
    for (const auto& ring : rings) {
        for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
            if (std::fabs(ring[i].lon_deg - ring[j].lon_deg) > 180.0) return true;
        }
    }
    return false;
}

// Sutherland-Hodgman against the vertical band [lo, hi] (a convex region), one ring at a time.
std::vector<LonLatDeg> clip_ring_to_band(const std::vector<LonLatDeg>& ring, double lo, double hi) {
    std::vector<LonLatDeg> current = ring;
    for (int side = 0; side < 2 && !current.empty(); ++side) {
        const auto inside = [&](const LonLatDeg& p) { return side == 0 ? p.lon_deg >= lo : p.lon_deg <= hi; };
        const double edge = side == 0 ? lo : hi;
        std::vector<LonLatDeg> next;
        for (std::size_t i = 0; i < current.size(); ++i) {
            const LonLatDeg& a = current[(i + current.size() - 1) % current.size()];
            const LonLatDeg& b = current[i];
            if (inside(a) != inside(b)) {
                const double t = (edge - a.lon_deg) / (b.lon_deg - a.lon_deg);
                next.push_back({edge, a.lat_deg + t * (b.lat_deg - a.lat_deg)});
            }
            if (inside(b)) next.push_back(b);
        }
        current = std::move(next);
    }
    return current;
}

// Natural Earth polygons that span the antimeridian (Russia's Chukotka, Fiji) are stored as
// rings that jump from +180 to -180. For flat projections they are cut there: each ring is made
// continuous (longitudes may leave [-180, 180]), clipped to the bands left of -180°, between, and
// right of 180°, and the outer bands are shifted back by 360°. Each band becomes its own polygon.
std::vector<std::vector<std::vector<LonLatDeg>>> clip_at_antimeridian(const std::vector<std::vector<LonLatDeg>>& rings) {
    std::vector<std::vector<LonLatDeg>> unwrapped;
    double outer_mean = 0;
    for (std::size_t r = 0; r < rings.size(); ++r) {
        std::vector<LonLatDeg> ring = rings[r];
        double mean = 0;
        for (std::size_t i = 1; i < ring.size(); ++i) {
            ring[i].lon_deg = ring[i - 1].lon_deg + std::remainder(ring[i].lon_deg - ring[i - 1].lon_deg, 360.0);
            mean += ring[i].lon_deg;
        }
        mean = (mean + ring[0].lon_deg) / static_cast<double>(ring.size());
        if (r == 0) outer_mean = mean;
        const double shift = 360.0 * std::round((outer_mean - mean) / 360.0);  // holes next to their outer ring
        for (LonLatDeg& p : ring) p.lon_deg += shift;
        unwrapped.push_back(std::move(ring));
    }
    std::vector<std::vector<std::vector<LonLatDeg>>> pieces;
    for (const double band_shift : {-360.0, 0.0, 360.0}) {
        std::vector<std::vector<LonLatDeg>> piece;
        for (const auto& ring : unwrapped) {
            std::vector<LonLatDeg> clipped = clip_ring_to_band(ring, -180.0 + band_shift, 180.0 + band_shift);
            if (clipped.size() < 3) {
                if (piece.empty()) break;  // no outer ring in this band: its holes do not matter
                continue;
            }
            for (LonLatDeg& p : clipped) p.lon_deg -= band_shift;
            piece.push_back(std::move(clipped));
        }
        if (!piece.empty()) pieces.push_back(std::move(piece));
    }
    return pieces;
}

void add_meridian(std::vector<float>& out, float lon, float lat_from, float lat_to) {
    for (float lat = lat_from; lat < lat_to - 1e-3f; lat += curve_sample_deg) add_segment(out, lon, lat, lon, std::min(lat + curve_sample_deg, lat_to));
}

void add_parallel(std::vector<float>& out, float lat, float lon_from, float lon_to) {
    for (float lon = lon_from; lon < lon_to - 1e-3f; lon += curve_sample_deg) add_segment(out, lon, lat, std::min(lon + curve_sample_deg, lon_to), lat);
}

double ring_area_deg2(const std::vector<LonLatDeg>& ring) {
    double sum = 0;
    for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
        sum += ring[j].lon_deg * ring[i].lat_deg - ring[i].lon_deg * ring[j].lat_deg;
    }
    return std::fabs(sum) / 2;
}

void build_decorations(WorldMesh& mesh) {
    for (float lon = -180.0f + graticule_step_deg; lon < 180.0f; lon += graticule_step_deg) add_meridian(mesh.graticule_segments, lon, -90.0f, 90.0f);
    for (float lat = -90.0f + graticule_step_deg; lat < 90.0f; lat += graticule_step_deg) add_parallel(mesh.graticule_segments, lat, -180.0f, 180.0f);
    add_meridian(mesh.frame_segments, -180.0f, -90.0f, 90.0f);
    add_meridian(mesh.frame_segments, 180.0f, -90.0f, 90.0f);
    add_parallel(mesh.frame_segments, 90.0f, -180.0f, 180.0f);
    add_parallel(mesh.frame_segments, -90.0f, -180.0f, 180.0f);
    const int columns = static_cast<int>(360.0f / sphere_step_deg), rows = static_cast<int>(180.0f / sphere_step_deg);
    for (int row = 0; row <= rows; ++row) {
        for (int column = 0; column <= columns; ++column) {
            mesh.sphere_vertices.insert(mesh.sphere_vertices.end(),
                                        {-180.0f + static_cast<float>(column) * sphere_step_deg, -90.0f + static_cast<float>(row) * sphere_step_deg, 0.0f});
        }
    }
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < columns; ++column) {
            const auto at = [&](int r, int c) { return static_cast<std::uint32_t>(r * (columns + 1) + c); };
            mesh.sphere_indices.insert(mesh.sphere_indices.end(), {at(row, column), at(row, column + 1), at(row + 1, column + 1),
                                                                   at(row, column), at(row + 1, column + 1), at(row + 1, column)});
        }
    }
}

// A feature's polygons as rings of points, cut at the antimeridian where they cross it.
std::vector<std::vector<std::vector<LonLatDeg>>> feature_polygons(const std::vector<std::vector<LonLatDeg>>& arcs, const TopoFeature& source) {
    std::vector<std::vector<std::vector<LonLatDeg>>> polygons;
    for (const ArcPolygon& polygon : source.polygons) {
        std::vector<std::vector<LonLatDeg>> rings;
        for (const ArcRing& ring : polygon) {
            std::vector<LonLatDeg> points = ring_points(arcs, ring);
            if (points.size() >= 3) rings.push_back(std::move(points));
            else if (rings.empty()) break;  // no outer ring
        }
        if (rings.empty()) continue;
        if (crosses_antimeridian(rings)) {
            for (auto& piece : clip_at_antimeridian(rings)) polygons.push_back(std::move(piece));
        } else {
            polygons.push_back(std::move(rings));
        }
    }
    return polygons;
}

// Appends triangulated fills of `polygons` tagged with `feature` to vertices/indices.
void append_fills(const std::vector<std::vector<std::vector<LonLatDeg>>>& polygons, std::size_t feature, std::vector<float>& vertices,
                  std::vector<std::uint32_t>& indices, TriangulateStats& stats) {
    PolygonRings polygon_rings;
    for (const auto& rings : polygons) {
        polygon_rings.rings.clear();
        const auto base = static_cast<std::uint32_t>(vertices.size() / 3);
        for (const auto& ring : rings) {
            auto& out = polygon_rings.rings.emplace_back();
            for (const LonLatDeg& p : ring) {
                out.push_back({p.lon_deg, p.lat_deg});
                vertices.insert(vertices.end(), {static_cast<float>(p.lon_deg), static_cast<float>(p.lat_deg), static_cast<float>(feature)});
            }
        }
        triangulate_polygon(polygon_rings, base, indices, stats);
    }
}

}  // namespace

int WorldMesh::feature_of_party(const std::string& party) const {
    const auto it = feature_by_party.find(party);
    return it == feature_by_party.end() ? -1 : it->second;
}

bool overview_outlines_suffice(double css_px_per_projected_unit, double max_error_css_px) {
    constexpr double degrees_per_unit = 180.0 / std::numbers::pi;  // projected units are radians on the sphere
    return css_px_per_projected_unit / degrees_per_unit * WorldMesh::border_overview_tolerance_deg < max_error_css_px;
}

WorldMesh build_world_mesh(const WorldGeometry& world, MeshBuildStats* stats) {
    WorldMesh mesh;
    for (const auto& arc : world.arcs) add_polyline(mesh.border_segments, arc, false);
    TriangulateStats triangulate_stats;
    std::vector<std::vector<LonLatDeg>> overview_arcs;
    for (const auto& arc : world.arcs) {
        const bool closed = arc.size() > 1 && arc.front().lon_deg == arc.back().lon_deg && arc.front().lat_deg == arc.back().lat_deg;
        overview_arcs.push_back(simplify_arc(arc, WorldMesh::border_overview_tolerance_deg, closed ? 4 : 2));
        add_polyline(mesh.overview_border_segments, overview_arcs.back(), false);
    }
    for (std::size_t f = 0; f < world.features.size(); ++f) {
        const TopoFeature& source = world.features[f];
        MeshFeature feature;
        feature.party = source.id;
        feature.name = source.name;
        feature.first_polygon = static_cast<std::uint32_t>(mesh.polygons.size());
        feature.first_outline_segment = static_cast<std::uint32_t>(mesh.outline_segments.size() / 4);
        feature.min_lon_deg = feature.min_lat_deg = INFINITY;
        feature.max_lon_deg = feature.max_lat_deg = -INFINITY;
        const auto polygons = feature_polygons(world.arcs, source);
        for (const auto& rings : polygons) {
            MeshPolygon mesh_polygon;
            mesh_polygon.first_ring = static_cast<std::uint32_t>(mesh.rings.size());
            mesh_polygon.min_lon_deg = mesh_polygon.min_lat_deg = INFINITY;
            mesh_polygon.max_lon_deg = mesh_polygon.max_lat_deg = -INFINITY;
            for (std::size_t r = 0; r < rings.size(); ++r) {
                const std::vector<LonLatDeg>& points = rings[r];
                feature.area_deg2 += (r == 0 ? 1 : -1) * ring_area_deg2(points);
                add_polyline(mesh.outline_segments, points, true);
                mesh.rings.push_back({static_cast<std::uint32_t>(mesh.ring_points.size()), static_cast<std::uint32_t>(points.size())});
                for (const LonLatDeg& p : points) {
                    mesh_polygon.min_lon_deg = std::min(mesh_polygon.min_lon_deg, static_cast<float>(p.lon_deg));
                    mesh_polygon.max_lon_deg = std::max(mesh_polygon.max_lon_deg, static_cast<float>(p.lon_deg));
                    mesh_polygon.min_lat_deg = std::min(mesh_polygon.min_lat_deg, static_cast<float>(p.lat_deg));
                    mesh_polygon.max_lat_deg = std::max(mesh_polygon.max_lat_deg, static_cast<float>(p.lat_deg));
                    mesh.ring_points.push_back(p);
                }
            }
            mesh_polygon.ring_count = static_cast<std::uint32_t>(mesh.rings.size()) - mesh_polygon.first_ring;
            feature.min_lon_deg = std::min(feature.min_lon_deg, mesh_polygon.min_lon_deg);
            feature.max_lon_deg = std::max(feature.max_lon_deg, mesh_polygon.max_lon_deg);
            feature.min_lat_deg = std::min(feature.min_lat_deg, mesh_polygon.min_lat_deg);
            feature.max_lat_deg = std::max(feature.max_lat_deg, mesh_polygon.max_lat_deg);
            mesh.polygons.push_back(mesh_polygon);
        }
        append_fills(polygons, f, mesh.fill_vertices, mesh.fill_indices, triangulate_stats);
        append_fills(feature_polygons(overview_arcs, source), f, mesh.overview_fill_vertices, mesh.overview_fill_indices, triangulate_stats);
        feature.polygon_count = static_cast<std::uint32_t>(mesh.polygons.size()) - feature.first_polygon;
        feature.outline_segment_count = static_cast<std::uint32_t>(mesh.outline_segments.size() / 4) - feature.first_outline_segment;
        if (feature.polygon_count == 0) feature.min_lon_deg = feature.min_lat_deg = feature.max_lon_deg = feature.max_lat_deg = 0;
        mesh.features.push_back(std::move(feature));
    }
    build_decorations(mesh);
    mesh.markers = world.markers;
    for (std::size_t f = 0; f < mesh.features.size(); ++f) {
        if (!mesh.features[f].party.empty()) mesh.feature_by_party.emplace(mesh.features[f].party, static_cast<int>(f));
    }
    if (stats) {
        stats->triangles = mesh.fill_indices.size() / 3;
        stats->rings_skipped = triangulate_stats.rings_skipped;
        stats->budget_exhausted = triangulate_stats.budget_exhausted;
    }
    return mesh;
}

}  // namespace accord
