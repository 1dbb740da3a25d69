// TopoJSON reading and arc simplification: see topojson.h.
#include "core/topojson.h"

#include <algorithm>
#include <cmath>
#include <functional>

#include "core/json_text.h"

namespace accord {

namespace {

bool read_rings(const Json& rings, std::size_t arc_count, ArcPolygon& out, std::string& error) {
    if (!rings.is_array()) {
        error = "a polygon is not an array of rings";
        return false;
    }
    for (const Json& ring : rings) {
        if (!ring.is_array()) {
            error = "a ring is not an array of arc indices";
            return false;
        }
        ArcRing refs;
        for (const Json& ref : ring) {
            if (!ref.is_number_integer()) {
                error = "an arc reference is not an integer";
                return false;
            }
            const long long value = ref.get<long long>();
            const long long index = value < 0 ? ~value : value;
            if (index >= static_cast<long long>(arc_count)) {
                error = "arc reference " + std::to_string(value) + " is out of range";
                return false;
            }
            refs.push_back(static_cast<std::int32_t>(value));
        }
        out.push_back(std::move(refs));
    }
    return true;
}

}  // namespace

std::optional<TopoTopology> read_topojson(std::string_view json_text, std::string_view object_name, std::string& error) {
    JsonLimits limits;
    limits.max_bytes = 256u * 1024u * 1024u;
    JsonReadResult read = read_json(json_text, limits);
    if (read.error) {
        error = "byte " + std::to_string(read.error->byte_offset) + ": " + read.error->message;
        return std::nullopt;
    }
    const Json& root = read.value;
    if (!root.is_object() || root.value("type", "") != "Topology" || !root.contains("arcs") || !root["arcs"].is_array()) {
        error = "not a TopoJSON Topology with arcs";
        return std::nullopt;
    }
    double scale_x = 1, scale_y = 1, translate_x = 0, translate_y = 0;
    const bool quantized = root.contains("transform");
    if (quantized) {
        const Json& t = root["transform"];
        if (!t.is_object() || !t.contains("scale") || !t.contains("translate") || !t["scale"].is_array() || !t["translate"].is_array() ||
            t["scale"].size() != 2 || t["translate"].size() != 2 || !t["scale"][0].is_number() || !t["scale"][1].is_number() ||
            !t["translate"][0].is_number() || !t["translate"][1].is_number()) {
            error = "malformed transform";
            return std::nullopt;
        }
        scale_x = t["scale"][0].get<double>();
        scale_y = t["scale"][1].get<double>();
        translate_x = t["translate"][0].get<double>();
        translate_y = t["translate"][1].get<double>();
    }
    TopoTopology topology;
    for (const Json& arc : root["arcs"]) {
        std::vector<LonLatDeg> points;
        double x = 0, y = 0;
        if (!arc.is_array()) {
            error = "an arc is not an array";
            return std::nullopt;
        }
        for (const Json& position : arc) {
            if (!position.is_array() || position.size() < 2 || !position[0].is_number() || !position[1].is_number()) {
                error = "an arc position is not [x, y]";
                return std::nullopt;
            }
            if (quantized) {
                x += position[0].get<double>();
                y += position[1].get<double>();
                points.push_back({x * scale_x + translate_x, y * scale_y + translate_y});
            } else {
                points.push_back({position[0].get<double>(), position[1].get<double>()});
            }
        }
        topology.arcs.push_back(std::move(points));
    }
    const auto objects = root.find("objects");
    if (objects == root.end() || !objects->is_object() || !objects->contains(std::string(object_name))) {
        error = "no object \"" + std::string(object_name) + "\"";
        return std::nullopt;
    }
    const Json& object = (*objects)[std::string(object_name)];
    if (!object.contains("geometries") || !object["geometries"].is_array()) {
        error = "object \"" + std::string(object_name) + "\" has no geometries";
        return std::nullopt;
    }
    for (const Json& geometry : object["geometries"]) {
        TopoFeature feature;
        if (geometry.contains("id") && geometry["id"].is_string()) feature.id = geometry["id"].get<std::string>();
        if (geometry.contains("properties") && geometry["properties"].is_object()) feature.name = geometry["properties"].value("name", "");
        const std::string type = geometry.value("type", "");
        if (type == "Polygon") {
            ArcPolygon polygon;
            if (!read_rings(geometry.value("arcs", Json::array()), topology.arcs.size(), polygon, error)) return std::nullopt;
            feature.polygons.push_back(std::move(polygon));
        } else if (type == "MultiPolygon") {
            for (const Json& rings : geometry.value("arcs", Json::array())) {
                ArcPolygon polygon;
                if (!read_rings(rings, topology.arcs.size(), polygon, error)) return std::nullopt;
                feature.polygons.push_back(std::move(polygon));
            }
        } else if (!type.empty() && type != "null") {
            error = "unsupported geometry type \"" + type + "\"";
            return std::nullopt;
        }
        topology.features.push_back(std::move(feature));
    }
    return topology;
}

std::vector<LonLatDeg> ring_points(const std::vector<std::vector<LonLatDeg>>& arcs, const ArcRing& ring) {
    std::vector<LonLatDeg> points;
    for (const std::int32_t ref : ring) {
        const auto& arc = arcs[static_cast<std::size_t>(ref < 0 ? ~ref : ref)];
        if (arc.empty()) continue;
        const std::size_t count = arc.size();
        // Each arc's first point repeats the previous arc's last one.
        for (std::size_t i = points.empty() ? 0 : 1; i < count; ++i) points.push_back(ref < 0 ? arc[count - 1 - i] : arc[i]);
    }
    if (points.size() > 1 && points.front().lon_deg == points.back().lon_deg && points.front().lat_deg == points.back().lat_deg) {
        points.pop_back();
    }
    return points;
}

namespace {

double distance_to_segment_deg(const LonLatDeg& p, const LonLatDeg& a, const LonLatDeg& b) {
    const double dx = b.lon_deg - a.lon_deg, dy = b.lat_deg - a.lat_deg;
    const double length_sq = dx * dx + dy * dy;
    double t = length_sq > 0 ? ((p.lon_deg - a.lon_deg) * dx + (p.lat_deg - a.lat_deg) * dy) / length_sq : 0;
    t = std::fmax(0.0, std::fmin(1.0, t));
    const double ex = a.lon_deg + t * dx - p.lon_deg, ey = a.lat_deg + t * dy - p.lat_deg;
    return std::sqrt(ex * ex + ey * ey);
}

}  // namespace

std::vector<LonLatDeg> simplify_arc(const std::vector<LonLatDeg>& arc, double tolerance_deg, std::size_t min_points) {
    const std::size_t n = arc.size();
    if (n <= 2 || tolerance_deg <= 0) return arc;
    // Iterative Douglas-Peucker recording each point's importance (the distance at which it was
    // kept), so that a minimum point count can be honoured by lowering the threshold.
    std::vector<double> importance(n, 0.0);
    importance[0] = importance[n - 1] = INFINITY;
    std::vector<std::pair<std::size_t, std::size_t>> stack{{0, n - 1}};
    while (!stack.empty()) {
        const auto [first, last] = stack.back();
        stack.pop_back();
        if (last <= first + 1) continue;
        double best = -1;
        std::size_t best_index = first + 1;
        for (std::size_t i = first + 1; i < last; ++i) {
            const double d = distance_to_segment_deg(arc[i], arc[first], arc[last]);
            if (d > best) {
                best = d;
                best_index = i;
            }
        }
        importance[best_index] = best;
        stack.push_back({first, best_index});
        stack.push_back({best_index, last});
    }
    double threshold = tolerance_deg;
    std::size_t kept = 0;
    for (const double v : importance) kept += v >= threshold ? 1 : 0;
    if (kept < std::min(min_points, n)) {
        std::vector<double> sorted(importance);
        std::sort(sorted.begin(), sorted.end(), std::greater<>());
        threshold = sorted[std::min(min_points, n) - 1];
    }
    std::vector<LonLatDeg> out;
    for (std::size_t i = 0; i < n; ++i) {
        if (importance[i] >= threshold) out.push_back(arc[i]);
    }
    return out;
}

}  // namespace accord
