// Where things go on the canvas, from its size: the timeline along the bottom; records in a
// right-hand column on wide screens, a bottom sheet above the timeline on narrow ones. On a phone
// held upright the world, fitted to the width, would float in the middle of a tall map: there it
// sits under the header, and the legend reads under it (the map still fills the whole area when
// the reader zooms in).
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
    // Where the world fits at zoom 1 (MapView's home frame): the map itself, except on a narrow
    // map taller than wide, where it is the band under the header with room for the legend below.
    Rect home;
    float touch_target = 44.0f;  // CSS px: the smallest control on a touch screen
    friend bool operator==(const Layout&, const Layout&) = default;
};

// Below this width the layout is narrow (a phone): records open as a bottom sheet.
inline constexpr float narrow_breakpoint_css = 760.0f;
// The world fitted to the width is 0.42 of it high (Equal Earth and Natural Earth from 57° S to
// 84° N, with MapView's margin); its sea, drawn to the poles, reaches 0.47. A band of half the
// width holds it all, the globe coming out smaller in it (the layout's band; a PNG's map at world
// zoom, through getState().layout.worldAspect).
inline constexpr float world_band_aspect = 0.5f;
// The room kept under the world for the legend on a narrow map with the height for it, until the
// legend has been drawn there and its own height is known (its lines wrap there).
inline constexpr float narrow_legend_band_css = 96.0f;
// The compact header's height over the map (two rows of controls), for a layout with a header.
float compact_header_height_css(float touch_target_css);
// `legend_height_css`: the legend's height under the world as last drawn (0: not known yet).
Layout compute_layout(float width_css, float height_css, bool panel_open, bool touch, bool header = true, float legend_height_css = 0);

}  // namespace accord::scene
