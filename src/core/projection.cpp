// Projection formulas for projection.h. Equal Earth follows Šavrič, Patterson & Jenny (2018) and
// Natural Earth I follows d3-geo's geoNaturalEarth1 (Šavrič et al. 2011), both with Newton
// inverses; the orthographic globe is the textbook oblique form. shaders/projection.glsl repeats
// the forward formulas in float: keep both files in step when a constant changes.
#include "core/projection.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>
#include <utility>

#include "core/enum_names.h"

namespace accord {

namespace {

constexpr double pi = std::numbers::pi;
constexpr double half_pi = pi / 2;
constexpr double deg_to_rad = pi / 180;
constexpr double rad_to_deg = 180 / pi;

// Inputs a hair outside the outline (a projected edge point after rounding) still count as on the
// map; this is far below a pixel at any zoom the atlas allows.
constexpr double outline_tolerance = 1e-12;
constexpr double newton_tolerance = 1e-12;

// Equal Earth. M = sqrt(3)/2 maps the latitude to the parametric angle theta in [-pi/3, pi/3].
constexpr double ee_a1 = 1.340264;
constexpr double ee_a2 = -0.081106;
constexpr double ee_a3 = 0.000893;
constexpr double ee_a4 = 0.003796;
constexpr double ee_m = 0.86602540378443864676;  // sqrt(3)/2 (std::sqrt is not constexpr on clang)
constexpr double ee_theta_max = pi / 3;  // asin(M) exactly
constexpr int ee_max_iterations = 12;

double ee_y(double theta) {
    const double t2 = theta * theta;
    const double t6 = t2 * t2 * t2;
    return theta * (ee_a1 + ee_a2 * t2 + t6 * (ee_a3 + ee_a4 * t2));
}

// dy/dtheta, also the denominator of x.
double ee_dy(double theta) {
    const double t2 = theta * theta;
    const double t6 = t2 * t2 * t2;
    return ee_a1 + 3 * ee_a2 * t2 + t6 * (7 * ee_a3 + 9 * ee_a4 * t2);
}

ProjectedXY ee_forward(double lon_rad, double lat_rad) {
    const double theta = std::asin(ee_m * std::sin(lat_rad));
    // 2*sqrt(3)/3 == 1/M, which is how the paper's x formula reads once simplified.
    return {lon_rad * std::cos(theta) / (ee_m * ee_dy(theta)), ee_y(theta)};
}

std::optional<LonLatDeg> ee_inverse(ProjectedXY xy) {
    const double y_max = ee_y(ee_theta_max);
    if (!(std::abs(xy.y) <= y_max + outline_tolerance)) return std::nullopt;  // also rejects NaN
    const double y = std::clamp(xy.y, -y_max, y_max);
    // y(theta) is monotonic and nearly linear, so y/A1 starts Newton within a few 1e-2.
    double theta = y / ee_a1;
    for (int i = 0; i < ee_max_iterations; ++i) {
        const double delta = (ee_y(theta) - y) / ee_dy(theta);
        theta = std::clamp(theta - delta, -ee_theta_max, ee_theta_max);
        if (std::abs(delta) < newton_tolerance) break;
    }
    const double lon_rad = ee_m * xy.x * ee_dy(theta) / std::cos(theta);
    if (!(std::abs(lon_rad) <= pi + outline_tolerance)) return std::nullopt;
    const double lat_rad = std::asin(std::clamp(std::sin(theta) / ee_m, -1.0, 1.0));
    return LonLatDeg{std::clamp(lon_rad, -pi, pi) * rad_to_deg, lat_rad * rad_to_deg};
}

// Natural Earth I, polynomial coefficients as in d3-geo.
double ne_x_scale(double lat_rad) {
    const double p2 = lat_rad * lat_rad;
    const double p4 = p2 * p2;
    return 0.8707 - 0.131979 * p2 + p4 * (-0.013791 + p4 * (0.003971 * p2 - 0.001529 * p4));
}

double ne_y(double lat_rad) {
    const double p2 = lat_rad * lat_rad;
    const double p4 = p2 * p2;
    return lat_rad * (1.007226 + p2 * (0.015085 + p4 * (-0.044475 + 0.028874 * p2 - 0.005916 * p4)));
}

double ne_dy(double lat_rad) {
    const double p2 = lat_rad * lat_rad;
    const double p4 = p2 * p2;
    return 1.007226 + p2 * (3 * 0.015085 + p4 * (-7 * 0.044475 + 9 * 0.028874 * p2 - 11 * 0.005916 * p4));
}

constexpr int ne_max_iterations = 25;  // d3's bound; in practice 3 to 5 steps reach 1e-12

std::optional<LonLatDeg> ne_inverse(ProjectedXY xy) {
    const double y_max = ne_y(half_pi);
    if (!(std::abs(xy.y) <= y_max + outline_tolerance)) return std::nullopt;
    const double y = std::clamp(xy.y, -y_max, y_max);
    double lat_rad = y;  // y is close to phi: the leading coefficient is 1.007
    for (int i = 0; i < ne_max_iterations; ++i) {
        const double delta = (ne_y(lat_rad) - y) / ne_dy(lat_rad);
        lat_rad = std::clamp(lat_rad - delta, -half_pi, half_pi);
        if (std::abs(delta) < newton_tolerance) break;
    }
    const double lon_rad = xy.x / ne_x_scale(lat_rad);  // the scale stays above 0.47, even at the poles
    if (!(std::abs(lon_rad) <= pi + outline_tolerance)) return std::nullopt;
    return LonLatDeg{std::clamp(lon_rad, -pi, pi) * rad_to_deg, lat_rad * rad_to_deg};
}

double wrap_lon_deg(double lon_deg) {
    // remainder is exact and keeps ±180 as they are (the quotient 0.5 rounds to the even 0).
    return std::remainder(lon_deg, 360.0);
}

ProjectResult ortho_forward(double lon_rad, double lat_rad, GlobeRotation rotation) {
    const double lon0_rad = rotation.center_lon_deg * deg_to_rad;
    const double lat0_rad = std::clamp(rotation.center_lat_deg, -90.0, 90.0) * deg_to_rad;
    const double dlon = lon_rad - lon0_rad;
    const double cos_lat = std::cos(lat_rad);
    const double sin_lat = std::sin(lat_rad);
    const double cos_lat0 = std::cos(lat0_rad);
    const double sin_lat0 = std::sin(lat0_rad);
    const double cos_c = sin_lat0 * sin_lat + cos_lat0 * cos_lat * std::cos(dlon);
    ProjectResult result;
    result.xy = {cos_lat * std::sin(dlon), cos_lat0 * sin_lat - sin_lat0 * cos_lat * std::cos(dlon)};
    result.cos_c = cos_c;
    result.visible = cos_c >= 0;
    return result;
}

std::optional<LonLatDeg> ortho_inverse(ProjectedXY xy, GlobeRotation rotation) {
    const double rho2 = xy.x * xy.x + xy.y * xy.y;
    if (!(rho2 <= 1 + outline_tolerance)) return std::nullopt;
    const double lon0_rad = rotation.center_lon_deg * deg_to_rad;
    const double lat0_rad = std::clamp(rotation.center_lat_deg, -90.0, 90.0) * deg_to_rad;
    const double cos_lat0 = std::cos(lat0_rad);
    const double sin_lat0 = std::sin(lat0_rad);
    // Rebuild the unit vector (x, y, cos c) in the view frame and rotate it back to Earth's frame;
    // atan2 on its components stays accurate near the poles where asin would lose digits.
    const double cos_c = std::sqrt(std::max(0.0, 1 - rho2));
    const double sin_lat = sin_lat0 * cos_c + cos_lat0 * xy.y;
    const double cos_lat_cos_dlon = cos_lat0 * cos_c - sin_lat0 * xy.y;
    const double lat_rad = std::atan2(sin_lat, std::hypot(cos_lat_cos_dlon, xy.x));
    const double dlon = std::atan2(xy.x, cos_lat_cos_dlon);
    return LonLatDeg{wrap_lon_deg((lon0_rad + dlon) * rad_to_deg), lat_rad * rad_to_deg};
}

}  // namespace

ProjectResult project(ProjectionKind kind, LonLatDeg lonlat, GlobeRotation rotation) {
    const double lon_rad = wrap_lon_deg(lonlat.lon_deg) * deg_to_rad;
    const double lat_rad = std::clamp(lonlat.lat_deg, -90.0, 90.0) * deg_to_rad;
    switch (kind) {
        case ProjectionKind::equal_earth: return {ee_forward(lon_rad, lat_rad), true, 1.0};
        case ProjectionKind::natural_earth: return {{lon_rad * ne_x_scale(lat_rad), ne_y(lat_rad)}, true, 1.0};
        case ProjectionKind::orthographic: return ortho_forward(lon_rad, lat_rad, rotation);
    }
    return {};
}

std::optional<LonLatDeg> unproject(ProjectionKind kind, ProjectedXY xy, GlobeRotation rotation) {
    switch (kind) {
        case ProjectionKind::equal_earth: return ee_inverse(xy);
        case ProjectionKind::natural_earth: return ne_inverse(xy);
        case ProjectionKind::orthographic: return ortho_inverse(xy, rotation);
    }
    return std::nullopt;
}

ProjectedBounds projection_bounds(ProjectionKind kind) {
    // Both flat outlines are widest at the equator and tallest at the poles.
    switch (kind) {
        case ProjectionKind::equal_earth: {
            const double max_x = ee_forward(pi, 0).x;
            const double max_y = ee_y(ee_theta_max);
            return {-max_x, -max_y, max_x, max_y};
        }
        case ProjectionKind::natural_earth: {
            const double max_x = pi * ne_x_scale(0);
            const double max_y = ne_y(half_pi);
            return {-max_x, -max_y, max_x, max_y};
        }
        case ProjectionKind::orthographic: return {-1, -1, 1, 1};
    }
    return {};
}

namespace {
constexpr std::array<std::pair<ProjectionKind, const char*>, 3> projection_names{{
    {ProjectionKind::equal_earth, "equal-earth"}, {ProjectionKind::natural_earth, "natural-earth"}, {ProjectionKind::orthographic, "orthographic"}}};
}  // namespace

const char* projection_name(ProjectionKind kind) { return enum_name(projection_names, kind); }
std::optional<ProjectionKind> projection_from_name(std::string_view name) { return enum_from_name(projection_names, name); }

}  // namespace accord
