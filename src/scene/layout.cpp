// The canvas layout: see layout.h.
#include "scene/layout.h"

#include <algorithm>
#include <cmath>

namespace accord::scene {

namespace {
constexpr float timeline_height_css = 118.0f;
constexpr float touch_extra_css = 16.0f;    // taller controls for fingers
constexpr float narrow_count_css = 26.0f;   // on a phone the running count gets a line of its own,
constexpr float row_spacing_css = 6.0f;     // and the speed one too, a control's height
constexpr float wide_panel_width_css = 380.0f;
constexpr float sheet_share = 0.48f;        // of the space above the timeline
constexpr float header_margin_css = 8.0f;   // header_ui's window: its offset and its padding
constexpr float header_padding_css = 10.0f;
constexpr float header_row_gap_css = 6.0f;  // ImGui's item spacing (apply_theme_ui)
// Below this share of the width a band would shrink the world too far: it is centred in the
// map instead, with the legend over its lower left corner.
constexpr float world_aspect_least = 0.3f;

// The frame the world fits at zoom 1: the map; or on a narrow map with the height for it, a band
// as tall as the world needs (less if a long legend needs the room) with the legend below it, the
// two together in the middle of the height under the header (if any).
Rect home_frame(const Layout& layout, bool header, float legend_height_css) {
    const Rect& map = layout.map;
    if (!layout.narrow || layout.panel.width > 0) return map;
    const float top = header ? compact_header_height_css(layout.touch_target) : 0.0f;
    const float room = map.height - top - (legend_height_css > 0 ? legend_height_css : narrow_legend_band_css);
    if (room < map.width * world_aspect_least) return map;
    const float band = std::min(room, map.width * world_band_aspect);
    return {map.x, std::round(map.y + top + (room - band) / 2), map.width, band};
}
}  // namespace

float compact_header_height_css(float touch_target_css) {
    return header_margin_css + header_padding_css * 2 + touch_target_css * 2 + header_row_gap_css;
}

Layout compute_layout(float width_css, float height_css, bool panel_open, bool touch, bool header, float legend_height_css) {
    Layout layout;
    layout.narrow = width_css < narrow_breakpoint_css;
    layout.touch_target = touch ? 44.0f : 28.0f;
    const float narrow_extra = narrow_count_css + layout.touch_target + row_spacing_css;
    const float timeline_height = timeline_height_css + (touch ? touch_extra_css : 0.0f) + (layout.narrow ? narrow_extra : 0.0f);
    layout.timeline = {0, height_css - timeline_height, width_css, timeline_height};
    if (!panel_open) {
        layout.map = {0, 0, width_css, height_css - timeline_height};
    } else if (layout.narrow) {
        const float sheet_height = std::round((height_css - timeline_height) * sheet_share);
        layout.panel = {0, height_css - timeline_height - sheet_height, width_css, sheet_height};
        layout.map = {0, 0, width_css, height_css - timeline_height - sheet_height};
    } else {
        layout.panel = {width_css - wide_panel_width_css, 0, wide_panel_width_css, height_css - timeline_height};
        layout.map = {0, 0, width_css - wide_panel_width_css, height_css - timeline_height};
    }
    layout.map.height = std::max(layout.map.height, 1.0f);
    layout.home = home_frame(layout, header, legend_height_css);
    return layout;
}

}  // namespace accord::scene
