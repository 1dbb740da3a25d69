// Where things go on the canvas, from its size: the timeline along the bottom; records in a
// right-hand column on wide screens, a bottom sheet above the timeline on narrow ones.
#pragma once

namespace accord::scene {

struct Rect {
    float x = 0, y = 0, width = 0, height = 0;
    bool contains(float px, float py) const { return px >= x && py >= y && px < x + width && py < y + height; }
    friend bool operator==(const Rect&, const Rect&) = default;
};

struct Layout {
    bool narrow = false;
    Rect map, timeline, panel;
    float touch_target = 44.0f;  // CSS px: the smallest control on a touch screen
    friend bool operator==(const Layout&, const Layout&) = default;
};

// Below this width the layout is narrow (a phone): records open as a bottom sheet.
inline constexpr float narrow_breakpoint_css = 760.0f;
Layout compute_layout(float width_css, float height_css, bool panel_open, bool touch);

}  // namespace accord::scene
