// Map projections for vertex shaders: the forward formulas of src/core/projection.cpp (Equal
// Earth, Natural Earth I, orthographic globe) in float, so geometry is projected on the GPU and
// switching projection or turning the globe needs no new vertex buffers. This is a snippet with no
// #version line: the build pastes it after the `#version 300 es` and precision lines of a vertex
// shader. Self-contained (no uniforms); every name starts with `projection_` / `PROJECTION_` to
// keep clear of the including shader. Keep the constants in step with projection.cpp.

const float PROJECTION_EE_A1 = 1.340264;
const float PROJECTION_EE_A2 = -0.081106;
const float PROJECTION_EE_A3 = 0.000893;
const float PROJECTION_EE_A4 = 0.003796;
const float PROJECTION_EE_M = 0.8660254037844386;  // sqrt(3)/2

// lonlat_rad = (longitude, latitude) in radians; returns unit-sphere (x, y), y north.
vec2 projection_equal_earth(vec2 lonlat_rad) {
    float theta = asin(PROJECTION_EE_M * sin(lonlat_rad.y));
    float t2 = theta * theta;
    float t6 = t2 * t2 * t2;
    float dy = PROJECTION_EE_A1 + 3.0 * PROJECTION_EE_A2 * t2 + t6 * (7.0 * PROJECTION_EE_A3 + 9.0 * PROJECTION_EE_A4 * t2);
    float y = theta * (PROJECTION_EE_A1 + PROJECTION_EE_A2 * t2 + t6 * (PROJECTION_EE_A3 + PROJECTION_EE_A4 * t2));
    // 2*sqrt(3)/3 == 1/M
    return vec2(lonlat_rad.x * cos(theta) / (PROJECTION_EE_M * dy), y);
}

// Natural Earth I with d3-geo's polynomial coefficients.
vec2 projection_natural_earth(vec2 lonlat_rad) {
    float p = lonlat_rad.y;
    float p2 = p * p;
    float p4 = p2 * p2;
    float x_scale = 0.8707 - 0.131979 * p2 + p4 * (-0.013791 + p4 * (0.003971 * p2 - 0.001529 * p4));
    float y = p * (1.007226 + p2 * (0.015085 + p4 * (-0.044475 + 0.028874 * p2 - 0.005916 * p4)));
    return vec2(lonlat_rad.x * x_scale, y);
}

// Orthographic globe centred on rotation_rad = (lon0, lat0). Returns (x, y, cos c): cos c >= 0 on
// the front side, 0 on the horizon; the caller discards or fades the back side with it.
vec3 projection_orthographic(vec2 lonlat_rad, vec2 rotation_rad) {
    float dlon = lonlat_rad.x - rotation_rad.x;
    float cos_lat = cos(lonlat_rad.y);
    float sin_lat = sin(lonlat_rad.y);
    float cos_lat0 = cos(rotation_rad.y);
    float sin_lat0 = sin(rotation_rad.y);
    float cos_dlon = cos(dlon);
    return vec3(cos_lat * sin(dlon),
                cos_lat0 * sin_lat - sin_lat0 * cos_lat * cos_dlon,
                sin_lat0 * sin_lat + cos_lat0 * cos_lat * cos_dlon);
}

// kind: 0 = equal earth, 1 = natural earth, 2 = orthographic; rotation in radians (lon0, lat0),
// used by the globe only. Returns (x, y, visibility): visibility = cos c for the globe (>= 0 on
// the front side), 1.0 for the flat projections.
vec3 project_lonlat(vec2 lonlat_rad, int kind, vec2 rotation_rad) {
    if (kind == 0) return vec3(projection_equal_earth(lonlat_rad), 1.0);
    if (kind == 1) return vec3(projection_natural_earth(lonlat_rad), 1.0);
    return projection_orthographic(lonlat_rad, rotation_rad);
}
