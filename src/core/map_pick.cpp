// Markers and screen picking: see map_pick.h.
#include "core/map_pick.h"

#include <algorithm>
#include <cmath>

namespace accord {

namespace {

bool inside_rect(const CssRect& rect, CssPoint p) {
    return p.x >= rect.left && p.y >= rect.top && p.x <= rect.left + rect.width && p.y <= rect.top + rect.height;
}

// The on-screen size of a feature's bounding box, from its projected corners and centre.
double shape_size_css(const MeshFeature& f, const MapView& view) {
    double min_x = INFINITY, min_y = INFINITY, max_x = -INFINITY, max_y = -INFINITY;
    const double mid_lon = (f.min_lon_deg + f.max_lon_deg) / 2, mid_lat = (f.min_lat_deg + f.max_lat_deg) / 2;
    for (const double lon : {static_cast<double>(f.min_lon_deg), mid_lon, static_cast<double>(f.max_lon_deg)}) {
        for (const double lat : {static_cast<double>(f.min_lat_deg), mid_lat, static_cast<double>(f.max_lat_deg)}) {
            const auto p = view.css_of({lon, lat});
            if (!p) continue;
            min_x = std::min(min_x, p->x);
            max_x = std::max(max_x, p->x);
            min_y = std::min(min_y, p->y);
            max_y = std::max(max_y, p->y);
        }
    }
    if (min_x > max_x) return 0;
    // A tiny archipelago spread over a large box (Kiribati) is still tiny: use the area too.
    const double area_side = std::sqrt(std::max(f.area_deg2, 0.0)) * view.pixels_per_unit() * 3.14159265358979 / 180.0;
    return std::min(std::min(max_x - min_x, max_y - min_y), area_side);
}

}  // namespace

std::vector<ShownMarker> shown_markers(const WorldMesh& mesh, const MapView& view, const MarkerRules& rules,
                                       const std::vector<std::string>& parties) {
    std::vector<ShownMarker> out;
    for (std::size_t i = 0; i < mesh.markers.size(); ++i) {
        const WorldMarker& m = mesh.markers[i];
        if (std::find(parties.begin(), parties.end(), m.party) == parties.end()) continue;
        const bool always = std::find(rules.always.begin(), rules.always.end(), m.party) != rules.always.end();
        if (!always && (m.flags & WorldMarker::has_shape)) {
            const int f = mesh.feature_of_party(m.party);
            if (f >= 0 && shape_size_css(mesh.features[static_cast<std::size_t>(f)], view) >= rules.min_shape_css) continue;
        }
        const auto css = view.css_of({m.lon_deg, m.lat_deg});
        if (css && inside_rect(view.rect(), *css)) out.push_back({i, *css, *css, rules.marker_radius_css, rules.marker_radius_css});
    }
    // A shape whose label point lies under another party's marker gets a marker of its own, so that
    // it stays visible and pickable (France under Monaco's and the EU's markers on a phone). Until
    // nothing changes, as new markers can cover further label points (a few passes at most).
    for (int pass = 0; pass < 8; ++pass) {
        const std::size_t shown_before = out.size();
        for (std::size_t i = 0; i < mesh.markers.size(); ++i) {
            const WorldMarker& m = mesh.markers[i];
            if (!(m.flags & WorldMarker::has_shape) || std::find(parties.begin(), parties.end(), m.party) == parties.end()) continue;
            if (std::any_of(out.begin(), out.end(), [&](const ShownMarker& s) { return s.marker == i; })) continue;
            const auto css = view.css_of({m.lon_deg, m.lat_deg});
            if (!css || !inside_rect(view.rect(), *css)) continue;
            const bool covered = std::any_of(out.begin(), out.end(), [&](const ShownMarker& s) {
                return std::hypot(s.css.x - css->x, s.css.y - css->y) <= rules.marker_radius_css + 2.0;
            });
            if (covered) out.push_back({i, *css, *css, rules.marker_radius_css, rules.marker_radius_css});
        }
        if (out.size() == shown_before) break;
    }
    return out;
}

std::string party_at_css(const WorldMesh& mesh, const WorldPicker& picker, const MapView& view,
                         const std::vector<ShownMarker>& markers, const MarkerRules& rules, CssPoint css) {
    // 1. A marker's own disc; 2. the shape under the point; 3. over the sea (or land that is no
    // party), the nearest marker within the generous touch radius. So a marker never hides the
    // country around it beyond its dot, and a tiny island is easy to hit with a finger.
    const ShownMarker* nearest = nullptr;
    double nearest_distance = INFINITY;
    for (const ShownMarker& m : markers) {
        const double d = std::hypot(m.css.x - css.x, m.css.y - css.y);
        if (d < nearest_distance) {
            nearest_distance = d;
            nearest = &m;
        }
    }
    // A group marker's pill is hit anywhere on it (a state's dot only near its centre, as above).
    const auto on_pill = [&](const ShownMarker& m) {
        return (mesh.markers[m.marker].flags & WorldMarker::derived) && std::fabs(m.css.x - css.x) <= m.half_width_css + 2.0 &&
               std::fabs(m.css.y - css.y) <= m.half_height_css + 2.0;
    };
    if (nearest && (nearest_distance <= rules.marker_radius_css + 2.0 || on_pill(*nearest))) return mesh.markers[nearest->marker].party;
    if (inside_rect(view.rect(), css)) {
        if (const auto place = view.place_at(css)) {
            const int f = picker.feature_at(mesh, *place);
            if (f >= 0 && !mesh.features[static_cast<std::size_t>(f)].party.empty()) return mesh.features[static_cast<std::size_t>(f)].party;
        }
    }
    if (nearest && nearest_distance <= rules.hit_radius_css) return mesh.markers[nearest->marker].party;
    return {};
}

std::optional<CssPoint> css_position_of(const WorldMesh& mesh, const WorldPicker& picker, const MapView& view,
                                        const std::vector<ShownMarker>& markers, const MarkerRules& rules, const std::string& party) {
    for (const ShownMarker& m : markers) {
        if (mesh.markers[m.marker].party == party) return m.css;
    }
    const int f = mesh.feature_of_party(party);
    if (f < 0) return std::nullopt;
    const MeshFeature& feature = mesh.features[static_cast<std::size_t>(f)];
    const auto hits = [&](CssPoint css) {
        return inside_rect(view.rect(), css) && party_at_css(mesh, picker, view, markers, rules, css) == party;
    };
    // The label point first (the marker position), then a grid over the shape's box, finer and finer.
    for (const WorldMarker& m : mesh.markers) {
        if (m.party != party) continue;
        if (const auto css = view.css_of({m.lon_deg, m.lat_deg}); css && hits(*css)) return css;
    }
    for (int steps = 4; steps <= 64; steps *= 2) {
        for (int i = 0; i <= steps; ++i) {
            for (int j = 0; j <= steps; ++j) {
                const double lon = feature.min_lon_deg + (feature.max_lon_deg - feature.min_lon_deg) * (i + 0.5) / (steps + 1);
                const double lat = feature.min_lat_deg + (feature.max_lat_deg - feature.min_lat_deg) * (j + 0.5) / (steps + 1);
                if (const auto css = view.css_of({lon, lat}); css && hits(*css)) return css;
            }
        }
    }
    return std::nullopt;
}

}  // namespace accord
