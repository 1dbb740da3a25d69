// Browser input -> Dear ImGui, through emscripten/html5.h rather than GLFW: mouse, wheel, touch
// (reported to ImGui as a touch screen), keyboard and text. Every event calls `on_input`, which
// asks for frames, since the page draws only on demand.
#pragma once

namespace accord::platform {

// A two-finger gesture step: the fingers' centre (CSS px), the change of their distance (scale,
// 1 = none) and the move of their centre since the previous step.
struct PinchStep {
    double center_x_css = 0, center_y_css = 0;
    double scale = 1;
    double dx_css = 0, dy_css = 0;
};

// Embeds in articles: while touch activation is on and the map has not been tapped, one-finger
// touches are left to the browser (the article scrolls); a tap activates the map. Calling it
// again ends an activation (the reader scrolled the article on, or tapped outside the map).
void set_touch_activation(bool needed);
bool touch_active();
// Whether the map can pan (it is zoomed in): at world zoom one finger scrolls the article even
// after a tap, since there is nothing to pan. Told by the app each frame.
void set_map_pannable(bool pannable);

struct InputCallbacks {
    void (*on_input)() = nullptr;                   // any event: frames are wanted
    void (*on_pinch)(const PinchStep&) = nullptr;   // two fingers moved
    void (*on_activate)() = nullptr;                // an embed's map was tapped (touch activation)
    // Tab (Shift-Tab: backwards) pressed on the canvas: true when the focus moved to another of
    // its controls, false when it leaves the atlas (the browser then moves it on the page).
    bool (*on_tab)(bool backwards) = nullptr;
    void (*on_blur)() = nullptr;                    // the canvas lost the focus
};

// Registers the callbacks on the canvas (CSS selector, e.g. "#canvas") and the keys of the page's
// hidden text field (web/atlas/text_input.js). One finger drives ImGui's pointer (pan by drag,
// tap to select); two fingers call `on_pinch`.
void install_input_callbacks(const char* canvas_selector, const char* text_input_selector, const InputCallbacks& callbacks);

// While an ImGui text field is active, the page focuses a hidden text field over it, so input
// methods (Chinese, Japanese, Korean), paste and a phone's keyboard can type: its text arrives
// here, its keys (Backspace, Enter, arrows) through the key callbacks. `focused`: the hidden field
// has the focus (the canvas's blur is then not the atlas's); `focus_left_atlas`: it lost the focus
// to something outside the atlas.
void text_input_focus(bool focused, bool focus_left_atlas);
void text_input(const char* utf8);

}  // namespace accord::platform
