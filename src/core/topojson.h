// TopoJSON reading for the geometry build tool: decodes quantized, delta-encoded arcs to
// longitude/latitude and keeps polygons as arc references, so that shared borders stay shared
// (simplifying an arc once simplifies both countries' outlines identically). Only what
// world-atlas's countries files use: Polygon and MultiPolygon geometries of one object.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/geo_types.h"

namespace accord {

// A ring is a list of arc references: i >= 0 is arc i as stored, i < 0 is arc ~i reversed.
using ArcRing = std::vector<std::int32_t>;
using ArcPolygon = std::vector<ArcRing>;  // [0] outer ring, the rest holes

struct TopoFeature {
    std::string id;    // ISO 3166-1 numeric as a string ("250"), empty when the file has none
    std::string name;  // properties.name
    std::vector<ArcPolygon> polygons;
};

struct TopoTopology {
    std::vector<std::vector<LonLatDeg>> arcs;
    std::vector<TopoFeature> features;
};

// Reads `object_name` (e.g. "countries"); on failure returns nullopt and explains in `error`.
std::optional<TopoTopology> read_topojson(std::string_view json_text, std::string_view object_name, std::string& error);

// The points of a ring, following its arc references (shared end points are not repeated; the
// first point is not repeated at the end).
std::vector<LonLatDeg> ring_points(const std::vector<std::vector<LonLatDeg>>& arcs, const ArcRing& ring);

// Douglas-Peucker on one arc, keeping both end points; tolerance in degrees. Keeps at least
// `min_points` (when the arc has them) so that tiny islands made of one arc stay polygons.
std::vector<LonLatDeg> simplify_arc(const std::vector<LonLatDeg>& arc, double tolerance_deg, std::size_t min_points);

}  // namespace accord
