// Country picking: see world_picker.h.
#include "core/world_picker.h"

#include <algorithm>
#include <cmath>

namespace accord {

namespace {
int column_of(double lon_deg, int columns, int cell) { return std::clamp(static_cast<int>(std::floor((lon_deg + 180.0) / cell)), 0, columns - 1); }
int row_of(double lat_deg, int rows, int cell) { return std::clamp(static_cast<int>(std::floor((lat_deg + 90.0) / cell)), 0, rows - 1); }
}  // namespace

void WorldPicker::build(const WorldMesh& mesh) {
    polygon_feature_.assign(mesh.polygons.size(), 0);
    for (std::uint32_t f = 0; f < mesh.features.size(); ++f) {
        const MeshFeature& feature = mesh.features[f];
        for (std::uint32_t p = 0; p < feature.polygon_count; ++p) polygon_feature_[feature.first_polygon + p] = f;
    }
    std::vector<std::vector<std::uint32_t>> cells(static_cast<std::size_t>(columns * rows));
    for (std::uint32_t p = 0; p < mesh.polygons.size(); ++p) {
        const MeshPolygon& polygon = mesh.polygons[p];
        const int c0 = column_of(polygon.min_lon_deg, columns, cell_deg), c1 = column_of(polygon.max_lon_deg, columns, cell_deg);
        const int r0 = row_of(polygon.min_lat_deg, rows, cell_deg), r1 = row_of(polygon.max_lat_deg, rows, cell_deg);
        for (int r = r0; r <= r1; ++r) {
            for (int c = c0; c <= c1; ++c) cells[static_cast<std::size_t>(r * columns + c)].push_back(p);
        }
    }
    cell_offsets_.assign(cells.size() + 1, 0);
    cell_polygons_.clear();
    for (std::size_t c = 0; c < cells.size(); ++c) {
        cell_polygons_.insert(cell_polygons_.end(), cells[c].begin(), cells[c].end());
        cell_offsets_[c + 1] = static_cast<std::uint32_t>(cell_polygons_.size());
    }
}

int WorldPicker::feature_at(const WorldMesh& mesh, LonLatDeg place) const {
    if (cell_offsets_.empty() || !std::isfinite(place.lon_deg) || !std::isfinite(place.lat_deg)) return -1;
    const int cell = row_of(place.lat_deg, rows, cell_deg) * columns + column_of(place.lon_deg, columns, cell_deg);
    for (std::uint32_t i = cell_offsets_[static_cast<std::size_t>(cell)]; i < cell_offsets_[static_cast<std::size_t>(cell) + 1]; ++i) {
        const MeshPolygon& polygon = mesh.polygons[cell_polygons_[i]];
        if (place.lon_deg < polygon.min_lon_deg || place.lon_deg > polygon.max_lon_deg || place.lat_deg < polygon.min_lat_deg ||
            place.lat_deg > polygon.max_lat_deg) {
            continue;
        }
        bool inside = false;
        for (std::uint32_t r = 0; r < polygon.ring_count; ++r) {
            const MeshRing& ring = mesh.rings[polygon.first_ring + r];
            const LonLatDeg* points = mesh.ring_points.data() + ring.first_point;
            for (std::uint32_t a = 0, b = ring.point_count - 1; a < ring.point_count; b = a++) {
                if ((points[a].lat_deg > place.lat_deg) != (points[b].lat_deg > place.lat_deg) &&
                    place.lon_deg < (points[b].lon_deg - points[a].lon_deg) * (place.lat_deg - points[a].lat_deg) /
                                            (points[b].lat_deg - points[a].lat_deg) + points[a].lon_deg) {
                    inside = !inside;
                }
            }
        }
        if (inside) return static_cast<int>(polygon_feature_[cell_polygons_[i]]);
    }
    return -1;
}

}  // namespace accord
