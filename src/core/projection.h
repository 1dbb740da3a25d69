// Map projections of the atlas: Equal Earth and Natural Earth I for the flat world map, and an
// orthographic globe for the 3D-looking view. All three work on the unit sphere (radius 1) and
// map degrees of longitude/latitude to a projected plane with y pointing north; the renderer
// scales that plane to the screen. The formulas here are the reference the vertex shaders copy
// (shaders/projection.glsl), and `unproject` is what turns a click back into a place on Earth.
#pragma once
#include <cstdint>
#include <optional>
#include <string_view>

#include "core/geo_types.h"

namespace accord {

enum class ProjectionKind : std::uint8_t { equal_earth, natural_earth, orthographic };

// Unit-sphere projected plane: y up (north positive), x east. Not screen pixels.
struct ProjectedXY {
    double x = 0;
    double y = 0;
};

// The globe's view: the place shown at the centre of the disk. Flat projections ignore it
// (their central meridian is always 0).
struct GlobeRotation {
    double center_lon_deg = 0;
    double center_lat_deg = 0;
};

struct ProjectResult {
    ProjectedXY xy;
    bool visible = true;       // false: on the back side of the globe (flat projections: always true)
    double cos_c = 1;          // globe: cosine of the angular distance from the centre, >= 0 on the
                               // front side, ~0 at the horizon (for fading); flat projections: 1
};

struct ProjectedBounds {
    double min_x = 0;
    double min_y = 0;
    double max_x = 0;
    double max_y = 0;
};

// Latitudes outside [-90, 90] are clamped; longitudes outside [-180, 180] are wrapped into it.
ProjectResult project(ProjectionKind kind, LonLatDeg lonlat, GlobeRotation rotation = {});

// nullopt outside the map: beyond the Equal Earth / Natural Earth outline (past the pole lines or
// the ±180° edges) or off the globe's disk. The globe returns the front-side point. Longitudes
// come back in [-180, 180].
std::optional<LonLatDeg> unproject(ProjectionKind kind, ProjectedXY xy, GlobeRotation rotation = {});

// The whole world's extent in projected units (globe: [-1, 1]^2), symmetric about the origin.
ProjectedBounds projection_bounds(ProjectionKind kind);

const char* projection_name(ProjectionKind kind);  // "equal-earth", "natural-earth", "orthographic"
std::optional<ProjectionKind> projection_from_name(std::string_view name);

}  // namespace accord
