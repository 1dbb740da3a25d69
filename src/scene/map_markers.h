// Which markers the map draws and where (refresh_markers, declared in scene.h, runs these each
// frame). A state too small to see gets a dot and a supranational party a labelled pill; at
// world zoom only where they add information: the states that acted in what is shown, the
// selected and the hovered one, and the group markers. The union's member states whose colour is
// the union's fold into its marker while it is a party. Where markers still crowd (the
// Caribbean, the Gulf, Europe on a phone) they move out of each other's way around their place,
// and those that find no room one marker away are left out, so that no two drawn markers
// overlap. A state whose place a marker covers gets a marker of its own, so that every state
// stays visible and pickable. Zoomed in, every small state has its marker and the folded ones
// spread out.
#pragma once
#include <string>
#include <vector>

#include "scene/scene.h"

namespace accord::scene {

// Below this zoom the map shows the world and its markers only where they add information.
inline constexpr double marker_spread_zoom = 3.0;
// A group marker's pill ("EU"), in CSS px: room for two letters of the UI's 15 px type.
inline constexpr double group_marker_half_width_css = 16.0;
inline constexpr double group_marker_half_height_css = 10.0;
inline constexpr double marker_ring_css = 1.5;  // the ring drawn around a state's dot
inline constexpr double marker_gap_css = 1.0;   // kept free between two markers

// The outlined union's member states on the scene's day while the union is a party to what is
// shown (empty otherwise): outlined on the map, folded into its marker at world zoom.
std::vector<std::string> union_members_shown(const MapScene& scene);

// The parties that may get a marker at the current view (shown_markers then keeps the ones too
// small to see, and the group markers).
std::vector<std::string> marker_parties(const MapScene& scene);

// True when the boxes of two drawn markers (with the gap between them) meet.
bool markers_overlap(const ShownMarker& a, const ShownMarker& b);

// Moves markers out of each other's way: in the order of `priority` (lower first, ties in the
// given order) each takes its place, else a free spot one marker away from it inside
// `area` that covers none of `keep_clear` (the places of states, so that a moved marker hides no
// state), else it is left out. Returns the drawn markers; none overlaps another.
std::vector<ShownMarker> spread_markers(const std::vector<ShownMarker>& markers, const std::vector<int>& priority, const CssRect& area,
                                        const std::vector<CssPoint>& keep_clear = {});

}  // namespace accord::scene
