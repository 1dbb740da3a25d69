// Label points: see geo_label_point.h.
#include "core/geo_label_point.h"

#include <algorithm>
#include <cmath>

namespace accord {

namespace {

double signed_area(const std::vector<LonLatDeg>& ring) {
    double sum = 0;
    for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
        sum += ring[j].lon_deg * ring[i].lat_deg - ring[i].lon_deg * ring[j].lat_deg;
    }
    return sum / 2;
}

}  // namespace

bool point_in_rings(const std::vector<std::vector<LonLatDeg>>& rings, LonLatDeg point) {
    bool inside = false;
    for (const auto& ring : rings) {
        for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
            const LonLatDeg& a = ring[i];
            const LonLatDeg& b = ring[j];
            if ((a.lat_deg > point.lat_deg) != (b.lat_deg > point.lat_deg) &&
                point.lon_deg < (b.lon_deg - a.lon_deg) * (point.lat_deg - a.lat_deg) / (b.lat_deg - a.lat_deg) + a.lon_deg) {
                inside = !inside;
            }
        }
    }
    return inside;
}

namespace {

// Longitudes made continuous along the ring (no jump of more than 180 degrees between points).
std::vector<LonLatDeg> unwrapped(std::vector<LonLatDeg> ring) {
    for (std::size_t i = 1; i < ring.size(); ++i) {
        ring[i].lon_deg = ring[i - 1].lon_deg + std::remainder(ring[i].lon_deg - ring[i - 1].lon_deg, 360.0);
    }
    return ring;
}

// Distance (degrees, longitude scaled by cos(latitude)) from a point to the nearest ring edge.
double distance_to_edges(const std::vector<std::vector<LonLatDeg>>& rings, LonLatDeg p, double lon_scale) {
    double best = INFINITY;
    for (const auto& ring : rings) {
        for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
            const double ax = (ring[j].lon_deg - p.lon_deg) * lon_scale, ay = ring[j].lat_deg - p.lat_deg;
            const double bx = (ring[i].lon_deg - p.lon_deg) * lon_scale, by = ring[i].lat_deg - p.lat_deg;
            const double dx = bx - ax, dy = by - ay;
            const double length_sq = dx * dx + dy * dy;
            const double t = length_sq > 0 ? std::clamp(-(ax * dx + ay * dy) / length_sq, 0.0, 1.0) : 0.0;
            const double ex = ax + t * dx, ey = ay + t * dy;
            best = std::min(best, ex * ex + ey * ey);
        }
    }
    return std::sqrt(best);
}

}  // namespace

LabelPoint label_point(const std::vector<std::vector<LonLatDeg>>& arcs, const std::vector<ArcPolygon>& polygons) {
    LabelPoint result;
    double best_area = -1;
    std::vector<std::vector<LonLatDeg>> best_rings;
    for (const ArcPolygon& polygon : polygons) {
        std::vector<std::vector<LonLatDeg>> rings;
        double area = 0, outer_mean = 0;
        for (std::size_t r = 0; r < polygon.size(); ++r) {
            std::vector<LonLatDeg> ring = unwrapped(ring_points(arcs, polygon[r]));
            if (ring.size() < 3) {
                if (r == 0) break;
                continue;
            }
            double mean = 0;
            for (const LonLatDeg& p : ring) mean += p.lon_deg;
            mean /= static_cast<double>(ring.size());
            if (r == 0) outer_mean = mean;
            const double shift = 360.0 * std::round((outer_mean - mean) / 360.0);  // a hole beside its outer ring
            for (LonLatDeg& p : ring) p.lon_deg += shift;
            area += (r == 0 ? 1 : -1) * std::fabs(signed_area(ring));
            rings.push_back(std::move(ring));
        }
        result.total_area_deg2 += std::max(area, 0.0);
        if (!rings.empty() && area > best_area) {
            best_area = area;
            best_rings = std::move(rings);
        }
    }
    if (best_rings.empty()) return result;
    const auto& outer = best_rings[0];
    double min_lon = INFINITY, max_lon = -INFINITY, min_lat = INFINITY, max_lat = -INFINITY;
    for (const LonLatDeg& p : outer) {
        min_lon = std::min(min_lon, p.lon_deg);
        max_lon = std::max(max_lon, p.lon_deg);
        min_lat = std::min(min_lat, p.lat_deg);
        max_lat = std::max(max_lat, p.lat_deg);
    }
    const double lon_scale = std::max(std::cos((min_lat + max_lat) / 2 * 3.14159265358979 / 180.0), 0.05);
    LonLatDeg best = outer[0];
    double best_distance = -1;
    double cell_lon = (max_lon - min_lon) / 24, cell_lat = (max_lat - min_lat) / 24;
    double from_lon = min_lon, from_lat = min_lat;
    int steps = 24;
    for (int round = 0; round < 3; ++round) {
        for (int i = 0; i <= steps; ++i) {
            for (int j = 0; j <= steps; ++j) {
                const LonLatDeg candidate{from_lon + cell_lon * i, from_lat + cell_lat * j};
                if (!point_in_rings(best_rings, candidate)) continue;
                const double d = distance_to_edges(best_rings, candidate, lon_scale);
                if (d > best_distance) {
                    best_distance = d;
                    best = candidate;
                }
            }
        }
        // Refine around the best point with a finer grid.
        from_lon = best.lon_deg - cell_lon;
        from_lat = best.lat_deg - cell_lat;
        cell_lon /= 4;
        cell_lat /= 4;
        steps = 8;
    }
    if (best_distance < 0) {  // a sliver no grid point fell into: its first vertex
        best = outer[0];
    }
    best.lon_deg = std::remainder(best.lon_deg, 360.0);
    result.point = best;
    return result;
}

}  // namespace accord
