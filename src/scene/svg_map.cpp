// The map as a static SVG: see svg_map.h.
#include "scene/svg_map.h"

#include <cmath>
#include <cstdio>
#include <algorithm>
#include <vector>
#include <utility>

#include "core/projection.h"
#include "scene/host_replies.h"
#include "scene/twin.h"

namespace accord::scene {

namespace {

// The latitudes that hold land worth showing (Tierra del Fuego to northern Greenland).
constexpr double south_crop_lat_deg = -57.0;
constexpr double north_crop_lat_deg = 84.0;
// A state smaller than this (planar square degrees) gets a marker as well as its shape: at the
// SVG's world scale it would be a few pixels at most.
constexpr double marker_below_area_deg2 = 2.0;
constexpr double marker_radius_px = 3.2;

struct Frame {
    ProjectionKind kind = ProjectionKind::equal_earth;
    double min_x = 0, max_y = 0, scale = 1;
    int width = 0, height = 0;
    std::pair<long, long> px(LonLatDeg lonlat) const {
        const ProjectedXY xy = project(kind, lonlat).xy;
        return {std::lround((xy.x - min_x) * scale), std::lround((max_y - xy.y) * scale)};
    }
};

Frame make_frame(const MapScene& scene, int width_px) {
    Frame f;
    if (scene.view && scene.view->projection() != ProjectionKind::orthographic) f.kind = scene.view->projection();
    const ProjectedBounds bounds = projection_bounds(f.kind);
    const double top = project(f.kind, {0, north_crop_lat_deg}).xy.y;
    const double bottom = project(f.kind, {0, south_crop_lat_deg}).xy.y;
    f.min_x = bounds.min_x;
    f.max_y = top;
    f.scale = width_px / (bounds.max_x - bounds.min_x);
    f.width = width_px;
    f.height = static_cast<int>(std::lround((top - bottom) * f.scale));
    return f;
}

// One feature's polygons as a path: integer pixels, relative moves, repeated points dropped.
std::string feature_path(const WorldMesh& mesh, const MeshFeature& feature, const Frame& frame) {
    std::string d;
    char buffer[32];
    for (std::uint32_t p = feature.first_polygon; p < feature.first_polygon + feature.polygon_count; ++p) {
        const MeshPolygon& polygon = mesh.polygons[p];
        for (std::uint32_t r = polygon.first_ring; r < polygon.first_ring + polygon.ring_count; ++r) {
            const MeshRing& ring = mesh.rings[r];
            std::pair<long, long> last{0, 0};
            int written = 0;
            for (std::uint32_t i = 0; i < ring.point_count; ++i) {
                const auto at = frame.px(mesh.ring_points[ring.first_point + i]);
                if (written > 0 && at == last) continue;
                if (written == 0) std::snprintf(buffer, sizeof buffer, "M%ld %ld", at.first, at.second);
                else std::snprintf(buffer, sizeof buffer, written == 1 ? "l%ld %ld" : " %ld %ld", at.first - last.first, at.second - last.second);
                d += buffer;
                last = at;
                ++written;
            }
            if (written > 0) d += 'z';
        }
    }
    return d;
}

}  // namespace

std::string map_svg(const MapScene& scene, const SvgMapOptions& options) {
    if (!scene.mesh || !scene.dataset) return {};
    const WorldMesh& mesh = *scene.mesh;
    const Frame frame = make_frame(scene, options.width_px);
    const MapColors& colors = map_colors(scene.theme);
    std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + std::to_string(frame.width) + " " + std::to_string(frame.height) +
                      "\" role=\"img\" aria-labelledby=\"map-svg-title\"><title id=\"map-svg-title\">" + escape_html(options.title) + "</title>";
    if (!options.description.empty()) svg += "<desc>" + escape_html(options.description) + "</desc>";
    svg += "<rect width=\"100%\" height=\"100%\" fill=\"" + hex_rgb(colors.ocean_rgb) + "\"/>";

    // Fills: features of the same paint share a <g>, so a colour is written once per paint.
    struct Paint {
        std::uint32_t rgb = 0, second_rgb = 0;
        char pattern = 's';  // solid, hatched, dotted
        bool operator==(const Paint&) const = default;
    };
    // (A vector searched linearly: a handful of paints, and no std::map code in the wasm.)
    std::vector<std::pair<Paint, std::string>> paths;
    for (const MeshFeature& feature : mesh.features) {
        Paint paint{colors.land_without_party_rgb, 0, 's'};
        if (!feature.party.empty()) {
            const PartyStyle style = party_style(scene, feature.party);
            paint = style.hatched ? Paint{style.rgb, style.hatch_rgb, 'h'} : style.weak ? Paint{weak_fill_rgb(style.rgb, scene.theme), style.rgb, 'd'} : Paint{style.rgb, 0, 's'};
        }
        auto it = std::find_if(paths.begin(), paths.end(), [&](const auto& p) { return p.first == paint; });
        if (it == paths.end()) it = paths.insert(paths.end(), {paint, std::string()});
        it->second += feature_path(mesh, feature, frame);
    }
    std::string defs;
    int pattern_id = 0;
    std::string fills;
    for (const auto& [paint, d] : paths) {
        std::string fill = hex_rgb(paint.rgb);
        if (paint.pattern != 's') {
            std::string id = "p";
            id += std::to_string(pattern_id++);
            defs += "<pattern id=\"" + id + "\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"><rect width=\"6\" height=\"6\" fill=\"" + fill + "\"/>";
            defs += paint.pattern == 'h' ? "<path d=\"M0 6L6 0M-1 1L1 -1M5 7L7 5\" stroke=\"" + hex_rgb(paint.second_rgb) + "\" stroke-width=\"1.2\"/>"
                                         : "<circle cx=\"3\" cy=\"3\" r=\"1\" fill=\"" + hex_rgb(paint.second_rgb) + "\"/>";
            defs += "</pattern>";
            fill = "url(#" + id + ")";
        }
        fills += "<path fill=\"" + fill + "\" d=\"" + d + "\"/>";
    }
    if (!defs.empty()) svg += "<defs>" + defs + "</defs>";
    svg += "<g stroke=\"" + hex_rgb(colors.border_rgb) + "\" stroke-width=\"0.4\" stroke-linejoin=\"round\">" + fills + "</g>";

    // Markers: small states with a status to show, and the group markers (EU, AU) labelled.
    std::string markers;
    char buffer[64];
    for (const WorldMarker& marker : mesh.markers) {
        const PartyStyle style = party_style(scene, marker.party);
        if (!style.acted) continue;
        const int f = mesh.feature_of_party(marker.party);
        const char* label = group_marker_label(marker.party);
        if (!label && f >= 0 && mesh.features[static_cast<std::size_t>(f)].area_deg2 >= marker_below_area_deg2) continue;
        const auto at = frame.px({marker.lon_deg, marker.lat_deg});
        std::snprintf(buffer, sizeof buffer, "<circle cx=\"%ld\" cy=\"%ld\" r=\"%.1f\" fill=\"", at.first, at.second, label ? marker_radius_px * 2.2 : marker_radius_px);
        markers += buffer + hex_rgb(style.rgb) + "\"/>";
        if (label) {
            std::snprintf(buffer, sizeof buffer, "<text x=\"%ld\" y=\"%ld\" fill=\"", at.first, at.second + 3);
            markers += buffer + hex_rgb(colors.text_rgb) + "\" stroke=\"none\">" + escape_html(label) + "</text>";
        }
    }
    if (!markers.empty()) {
        svg += "<g stroke=\"" + hex_rgb(colors.marker_ring_rgb) + "\" stroke-width=\"1\" font-family=\"sans-serif\" font-size=\"8\" text-anchor=\"middle\">" + markers + "</g>";
    }
    return svg + "</svg>";
}

}  // namespace accord::scene
