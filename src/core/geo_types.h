// The one type for a place on Earth used across the core: longitude and latitude in degrees
// (WGS84, east and north positive). Geometry, projection, picking and triangulation share it.
#pragma once

namespace accord {

struct LonLatDeg {
    double lon_deg = 0;  // [-180, 180]
    double lat_deg = 0;  // [-90, 90]
};

}  // namespace accord
