// Label points: where a country's marker and label go, and where the JS API's screenPos points.
// The point of its largest polygon farthest from the polygon's edges (an approximate pole of
// inaccessibility, found by a coarse grid search refined twice), so that the point is well
// inside even for crescents, narrow countries (Vietnam, Chile) and shapes with holes. Rings that
// jump across the antimeridian (Fiji, Russia) are made continuous first.
#pragma once
#include <vector>

#include "core/topojson.h"

namespace accord {

struct LabelPoint {
    LonLatDeg point;
    double total_area_deg2 = 0;  // planar area of all polygons, degrees^2 (holes subtracted)
};

LabelPoint label_point(const std::vector<std::vector<LonLatDeg>>& arcs, const std::vector<ArcPolygon>& polygons);

// Even-odd test of a point against rings (outer and holes together).
bool point_in_rings(const std::vector<std::vector<LonLatDeg>>& rings, LonLatDeg point);

}  // namespace accord
