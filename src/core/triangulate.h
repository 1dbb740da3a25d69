// Polygon triangulation for the world map's country shapes. Natural Earth country polygons arrive
// as rings of longitude/latitude degrees (an outer ring plus holes, treated as planar x = lon,
// y = lat); the renderer needs triangles, built once at load time in the browser. This is an
// ear-clipping triangulator in the manner of mapbox's earcut: holes are bridged into the outer
// ring from their leftmost points, ear tests use a z-order-curve index when the polygon has more
// than 80 points, and when no ear can be found the polygon is cleaned, its small self-intersections
// are cut off, and as a last resort it is split in two along a valid diagonal. It never throws and
// never reads out of bounds; a work budget (linear in the point count plus a small quadratic term)
// bounds the running time, so malformed rings (NaN, duplicates, self-crossing, zero area) give a
// partial or empty result instead of a hang.
#pragma once
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "core/geo_types.h"

namespace accord {

// Doubles, not floats: near ±180° a float resolves only ~1e-5°, coarser than the 1:50m data, and
// the orientation tests that decide ears must see the exact input geometry so that native and
// WebAssembly builds cut the same triangles. (The GPU copy of the vertices may still be float.)
// One polygon: rings[0] is the outer ring, the rest are holes. Each ring is closed implicitly
// (the first point is not repeated; a repeated last point is tolerated and ignored). Winding
// order is arbitrary. Holes are assumed to lie inside the outer ring and not to overlap.
struct PolygonRings {
    std::vector<std::vector<LonLatDeg>> rings;
};

// What triangulate_polygon did; for tests and load-time diagnostics. Each call adds to the
// counters (and ORs budget_exhausted), so one object can total a whole map's polygons.
struct TriangulateStats {
    std::size_t triangles = 0;
    std::size_t rings_used = 0;      // outer ring + holes that took part
    std::size_t rings_skipped = 0;   // rings with < 3 usable points or zero area
    std::size_t points_dropped = 0;  // non-finite coordinates and consecutive duplicates
    std::uint64_t work_steps = 0;    // inner-loop steps spent (ear tests, diagonal checks, ...)
    bool budget_exhausted = false;   // gave up early: the triangles cover only part of the polygon
};

// Appends triangles to `indices_out` as triples of indices into the concatenation of all rings of
// `polygon` exactly as given (ring 0's points first, then ring 1's, ...; dropped points still count),
// each offset by `index_base`. Returns the number of triangles added. Triangles are normally
// counter-clockwise in (lon, lat). An outer ring with < 3 usable points or zero area, or a point
// count that would overflow 32-bit indices, yields no triangles.
std::size_t triangulate_polygon(const PolygonRings& polygon, std::uint32_t index_base,
                                std::vector<std::uint32_t>& indices_out);
std::size_t triangulate_polygon(const PolygonRings& polygon, std::uint32_t index_base,
                                std::vector<std::uint32_t>& indices_out, TriangulateStats& stats);

// Shoelace area in degrees² (planar lon/lat, not a true surface area); positive when the ring is
// counter-clockwise. NaN if any coordinate is NaN.
double ring_area_signed(std::span<const LonLatDeg> ring);

// |sum of |triangle areas| - (|outer| - sum |holes|)| / (|outer| - sum |holes|): 0 for a perfect
// triangulation. 0 when both areas are 0; +infinity when only the expected area is 0, or when
// `indices` is not a whole number of triangles or holds an index outside the polygon's range.
double triangulation_area_deviation(const PolygonRings& polygon, std::span<const std::uint32_t> indices,
                                    std::uint32_t index_base);

}  // namespace accord
