// What is where on the map's screen: which small-state markers are shown at the current zoom,
// which party is under a CSS point (markers first, then shapes), and a CSS point that surely
// shows a given party (its marker, or a point inside its shape not covered by any marker).
// Used by the map UI (hover, tap) and by the JS API (partyAt, screenPos).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/map_view.h"
#include "core/world_mesh.h"
#include "core/world_picker.h"

namespace accord {

struct ShownMarker {
    std::size_t marker = 0;  // index into WorldMesh::markers
    CssPoint css;            // where it is drawn (and picked)
    CssPoint place_css;      // where its place is: the same, unless it was moved out of a crowd
    double half_width_css = 0, half_height_css = 0;  // the box it covers around `css`
};

struct MarkerRules {
    double min_shape_css = 7.0;    // a shape smaller than this (width or height) gets a marker
    double marker_radius_css = 5.0;
    double hit_radius_css = 11.0;  // generous for fingers; nearest marker wins
    std::vector<std::string> always;  // parties always shown as markers (e.g. the EU)
};

// Markers to draw now, for the parties in `parties` (ids; others are not drawn).
std::vector<ShownMarker> shown_markers(const WorldMesh& mesh, const MapView& view, const MarkerRules& rules,
                                       const std::vector<std::string>& parties);

// The party under `css` (empty when none): the nearest shown marker within the hit radius, else
// the shape that contains the place.
std::string party_at_css(const WorldMesh& mesh, const WorldPicker& picker, const MapView& view,
                         const std::vector<ShownMarker>& markers, const MarkerRules& rules, CssPoint css);

// A CSS point inside the map rectangle where `party_at_css` returns `party`, or nullopt when the
// party cannot be seen (off-screen, on the back of the globe, or not on the map).
std::optional<CssPoint> css_position_of(const WorldMesh& mesh, const WorldPicker& picker, const MapView& view,
                                        const std::vector<ShownMarker>& markers, const MarkerRules& rules, const std::string& party);

}  // namespace accord
