// The compact world geometry the page downloads (geo/world.bin), written at build time by
// atlas-geo from Natural Earth TopoJSON and decoded in the browser. It keeps TopoJSON's topology
// (rings refer to shared arcs, so each border is stored and drawn once) in a binary form:
// arc points on an integer grid, delta- and zigzag-varint-encoded; features with their ISO
// numeric id and name; and a label/marker position for every mapped party, including small
// states whose shape is missing or sub-pixel. Format (all integers LEB128 varints unless noted):
//   "AAGEO" u8 version(=1) | f64 scale_lon, scale_lat, origin_lon, origin_lat (little-endian)
//   arcs:     count, then per arc: point count, then (dx, dy) zigzag pairs on the grid
//   features: count, then per feature: id, name (length + UTF-8), polygon count,
//             per polygon: ring count, per ring: ref count, refs (zigzag)
//   markers:  count, then per marker: party id (length + bytes), f32 lon, f32 lat, u8 flags
#pragma once
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/topojson.h"

namespace accord {

struct WorldMarker {
    std::string party;  // party id of the dataset ("SGP", "EUU")
    float lon_deg = 0;
    float lat_deg = 0;
    std::uint8_t flags = 0;
    static constexpr std::uint8_t has_shape = 1;     // the party also has a shape among the features
    static constexpr std::uint8_t from_detail = 2;   // position taken from the 1:10m file (no 1:50m shape)
    static constexpr std::uint8_t derived = 4;       // not a state: derived from member states' shapes
};

struct WorldGeometry {
    std::vector<std::vector<LonLatDeg>> arcs;
    std::vector<TopoFeature> features;
    std::vector<WorldMarker> markers;
};

// Points are rounded to a grid of `grid_step_deg` (0.01 deg is about 1 km, a tenth of a pixel at
// 8x zoom on a 1440 px wide world map).
std::vector<std::uint8_t> encode_world_geometry(const WorldGeometry& world, double grid_step_deg = 0.01);
// Decodes; on malformed input returns nullopt and says where in `error` (never reads out of bounds).
std::optional<WorldGeometry> decode_world_geometry(std::span<const std::uint8_t> bytes, std::string& error);

}  // namespace accord
