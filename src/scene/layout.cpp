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
}  // namespace

Layout compute_layout(float width_css, float height_css, bool panel_open, bool touch) {
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
    return layout;
}

}  // namespace accord::scene
