// Browser input for Dear ImGui: see web_input.h. Coordinates from html5.h are CSS pixels
// relative to the canvas (targetX/targetY), which is ImGui's display space.
#include "platform/web_input.h"

#include <emscripten/emscripten.h>
#include <emscripten/html5.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

#include "imgui.h"

namespace accord::platform {

namespace {

void (*g_on_input)() = nullptr;
void (*g_on_pinch)(const PinchStep&) = nullptr;
void (*g_on_activate)() = nullptr;
bool (*g_on_tab)(bool) = nullptr;
void (*g_on_blur)() = nullptr;

struct ActiveTouch {
    long id = 0;
    double x_css = 0, y_css = 0;
};
std::vector<ActiveTouch> g_touches;
bool g_pinching = false;
bool g_activation_needed = false;
// The page's hidden text field (web/atlas/text_input.js) has the focus for an ImGui text field:
// text, composed with an input method or pasted, arrives through it as `input` events.
bool g_text_input_focused = false;
int g_from_text_input = 0;  // the address marks key events that come from the hidden field
bool g_activated = false;
bool g_map_pannable = false;
double g_touch_start_x = 0, g_touch_start_y = 0;
bool g_touch_moved = false;
double g_pinch_distance = 0, g_pinch_x = 0, g_pinch_y = 0;

void pinch_geometry(double& cx, double& cy, double& distance) {
    cx = (g_touches[0].x_css + g_touches[1].x_css) / 2;
    cy = (g_touches[0].y_css + g_touches[1].y_css) / 2;
    distance = std::hypot(g_touches[0].x_css - g_touches[1].x_css, g_touches[0].y_css - g_touches[1].y_css);
}

void wake() {
    if (g_on_input) g_on_input();
}

EM_BOOL on_mouse(int type, const EmscriptenMouseEvent* event, void*) {
    ImGuiIO& io = ImGui::GetIO();
    io.AddMouseSourceEvent(ImGuiMouseSource_Mouse);
    // mouseup is heard on the whole document (a drag may end outside the canvas), where
    // targetX/Y are not canvas coordinates: only the button state is taken from it.
    if (type != EMSCRIPTEN_EVENT_MOUSEUP) io.AddMousePosEvent(static_cast<float>(event->targetX), static_cast<float>(event->targetY));
    const int button = event->button == 0 ? 0 : event->button == 2 ? 1 : event->button == 1 ? 2 : -1;
    if (type == EMSCRIPTEN_EVENT_MOUSEDOWN && button >= 0) io.AddMouseButtonEvent(button, true);
    if (type == EMSCRIPTEN_EVENT_MOUSEUP && button >= 0) io.AddMouseButtonEvent(button, false);
    if (type == EMSCRIPTEN_EVENT_MOUSELEAVE) io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
    wake();
    return type == EMSCRIPTEN_EVENT_MOUSEDOWN ? EM_FALSE : EM_TRUE;  // let mousedown focus the canvas
}

EM_BOOL on_wheel(int, const EmscriptenWheelEvent* event, void*) {
    ImGuiIO& io = ImGui::GetIO();
    // DOM_DELTA_PIXEL: ~100 px per notch; DOM_DELTA_LINE: ~3 lines per notch.
    const float scale = event->deltaMode == DOM_DELTA_PIXEL ? 1.0f / 100.0f : event->deltaMode == DOM_DELTA_LINE ? 1.0f / 3.0f : 1.0f;
    io.AddMouseWheelEvent(static_cast<float>(-event->deltaX) * scale, static_cast<float>(-event->deltaY) * scale);
    wake();
    return EM_TRUE;
}

EM_BOOL on_touch(int type, const EmscriptenTouchEvent* event, void*) {
    ImGuiIO& io = ImGui::GetIO();
    if (g_activation_needed && (!g_activated || !g_map_pannable) && event->numTouches == 1 && g_touches.empty()) {
        // Not yet activated, or at world zoom where there is nothing to pan: one finger belongs to
        // the page (scrolling the article). A tap that did not move activates the map; the tap
        // itself also selects, as any tap would.
        const EmscriptenTouchPoint& touch = event->touches[0];
        if (type == EMSCRIPTEN_EVENT_TOUCHSTART) {
            g_touch_start_x = static_cast<double>(touch.targetX);
            g_touch_start_y = static_cast<double>(touch.targetY);
            g_touch_moved = false;
        } else if (type == EMSCRIPTEN_EVENT_TOUCHMOVE) {
            g_touch_moved = g_touch_moved || std::hypot(static_cast<double>(touch.targetX) - g_touch_start_x,
                                                        static_cast<double>(touch.targetY) - g_touch_start_y) > 8.0;
        } else if (type == EMSCRIPTEN_EVENT_TOUCHEND && !g_touch_moved) {
            g_activated = true;
            if (g_on_activate) g_on_activate();
        }
        return EM_FALSE;
    }
    for (int i = 0; i < event->numTouches; ++i) {
        const EmscriptenTouchPoint& touch = event->touches[i];
        if (!touch.isChanged) continue;
        const auto it = std::find_if(g_touches.begin(), g_touches.end(), [&](const ActiveTouch& t) { return t.id == touch.identifier; });
        if (type == EMSCRIPTEN_EVENT_TOUCHEND || type == EMSCRIPTEN_EVENT_TOUCHCANCEL) {
            if (it != g_touches.end()) g_touches.erase(it);
        } else if (it != g_touches.end()) {
            it->x_css = static_cast<double>(touch.targetX);
            it->y_css = static_cast<double>(touch.targetY);
        } else {
            g_touches.push_back({touch.identifier, static_cast<double>(touch.targetX), static_cast<double>(touch.targetY)});
        }
    }
    if (g_touches.size() >= 2) {
        double cx = 0, cy = 0, distance = 0;
        pinch_geometry(cx, cy, distance);
        if (!g_pinching) {
            // The second finger turns a one-finger drag into a pinch: ImGui's pointer lets go.
            g_pinching = true;
            io.AddMouseButtonEvent(0, false);
        } else if (g_on_pinch && g_pinch_distance > 0) {
            g_on_pinch({cx, cy, distance > 0 ? distance / g_pinch_distance : 1.0, cx - g_pinch_x, cy - g_pinch_y});
        }
        g_pinch_x = cx;
        g_pinch_y = cy;
        g_pinch_distance = distance;
    } else if (g_pinching) {
        if (g_touches.empty()) g_pinching = false;  // lifting the last finger ends the gesture, without a tap
    } else {
        // One finger drives ImGui's single pointer, reported as a touch screen.
        for (int i = 0; i < event->numTouches; ++i) {
            const EmscriptenTouchPoint& touch = event->touches[i];
            if (!touch.isChanged) continue;
            io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
            io.AddMousePosEvent(static_cast<float>(touch.targetX), static_cast<float>(touch.targetY));
            if (type == EMSCRIPTEN_EVENT_TOUCHSTART) io.AddMouseButtonEvent(0, true);
            if (type == EMSCRIPTEN_EVENT_TOUCHEND || type == EMSCRIPTEN_EVENT_TOUCHCANCEL) io.AddMouseButtonEvent(0, false);
            break;
        }
    }
    wake();
    return EM_TRUE;  // no synthetic mouse events, no page scroll or zoom while touching the map
}

ImGuiKey key_from_code(const char* code) {
    struct Entry {
        const char* code;
        ImGuiKey key;
    };
    static constexpr Entry table[] = {
        {"Tab", ImGuiKey_Tab}, {"ArrowLeft", ImGuiKey_LeftArrow}, {"ArrowRight", ImGuiKey_RightArrow}, {"ArrowUp", ImGuiKey_UpArrow},
        {"ArrowDown", ImGuiKey_DownArrow}, {"PageUp", ImGuiKey_PageUp}, {"PageDown", ImGuiKey_PageDown}, {"Home", ImGuiKey_Home},
        {"End", ImGuiKey_End}, {"Insert", ImGuiKey_Insert}, {"Delete", ImGuiKey_Delete}, {"Backspace", ImGuiKey_Backspace},
        {"Space", ImGuiKey_Space}, {"Enter", ImGuiKey_Enter}, {"NumpadEnter", ImGuiKey_KeypadEnter}, {"Escape", ImGuiKey_Escape},
        {"ShiftLeft", ImGuiKey_LeftShift}, {"ShiftRight", ImGuiKey_RightShift}, {"ControlLeft", ImGuiKey_LeftCtrl},
        {"ControlRight", ImGuiKey_RightCtrl}, {"AltLeft", ImGuiKey_LeftAlt}, {"AltRight", ImGuiKey_RightAlt},
        {"MetaLeft", ImGuiKey_LeftSuper}, {"MetaRight", ImGuiKey_RightSuper}, {"Minus", ImGuiKey_Minus}, {"Equal", ImGuiKey_Equal},
        {"NumpadAdd", ImGuiKey_KeypadAdd}, {"NumpadSubtract", ImGuiKey_KeypadSubtract}, {"Digit0", ImGuiKey_0}, {"Numpad0", ImGuiKey_Keypad0},
        {"Comma", ImGuiKey_Comma}, {"Period", ImGuiKey_Period}, {"Slash", ImGuiKey_Slash}, {"Semicolon", ImGuiKey_Semicolon},
        {"Quote", ImGuiKey_Apostrophe}, {"BracketLeft", ImGuiKey_LeftBracket}, {"BracketRight", ImGuiKey_RightBracket},
        {"Backslash", ImGuiKey_Backslash}, {"Backquote", ImGuiKey_GraveAccent},
    };
    for (const Entry& e : table) {
        if (!std::strcmp(code, e.code)) return e.key;
    }
    if (!std::strncmp(code, "Key", 3) && code[3] >= 'A' && code[3] <= 'Z' && !code[4]) return static_cast<ImGuiKey>(ImGuiKey_A + (code[3] - 'A'));
    if (!std::strncmp(code, "Digit", 5) && code[5] >= '0' && code[5] <= '9' && !code[6]) return static_cast<ImGuiKey>(ImGuiKey_0 + (code[5] - '0'));
    if (code[0] == 'F' && code[1] >= '1' && code[1] <= '9') {
        const int n = code[2] ? (code[1] - '0') * 10 + (code[2] - '0') : code[1] - '0';
        if (n >= 1 && n <= 12) return static_cast<ImGuiKey>(ImGuiKey_F1 + n - 1);
    }
    return ImGuiKey_None;
}

EM_BOOL on_key(int type, const EmscriptenKeyboardEvent* event, void* user_data) {
    ImGuiIO& io = ImGui::GetIO();
    const bool down = type == EMSCRIPTEN_EVENT_KEYDOWN;
    const bool from_text_input = user_data == &g_from_text_input;
    // A key an input method is composing with ("Process"): the method's, not ImGui's (an Enter
    // that picks a candidate must not also press Enter in the field).
    if (!std::strcmp(event->key, "Process")) return EM_FALSE;
    // Paste into the hidden text field is the browser's (the reader's clipboard): its text arrives
    // as an input event. ImGui, which would paste its own clipboard too, does not see the key.
    if (from_text_input && (event->ctrlKey || event->metaKey) && !std::strcmp(event->code, "KeyV")) return EM_FALSE;
    // Tab is the scene's, not ImGui's (whose tabbing stays inside one panel): the focus moves
    // through every control of the canvas, and past the last one the browser takes it on.
    if (!std::strcmp(event->code, "Tab") && !event->ctrlKey && !event->altKey && !event->metaKey) {
        if (!down || !g_on_tab) return EM_FALSE;
        const bool stays = g_on_tab(event->shiftKey);
        wake();
        return stays ? EM_TRUE : EM_FALSE;
    }
    io.AddKeyEvent(ImGuiMod_Ctrl, event->ctrlKey);
    io.AddKeyEvent(ImGuiMod_Shift, event->shiftKey);
    io.AddKeyEvent(ImGuiMod_Alt, event->altKey);
    io.AddKeyEvent(ImGuiMod_Super, event->metaKey);
    const ImGuiKey key = key_from_code(event->code);
    if (key != ImGuiKey_None) io.AddKeyEvent(key, down);
    // A printable key produces text: DOM `key` holds the character (one UTF-8 code point).
    const bool printable = down && event->key[0] && (event->key[1] == 0 || static_cast<unsigned char>(event->key[0]) >= 0x80) &&
                           !event->ctrlKey && !event->metaKey;
    // In the hidden text field the browser types the character, and its `input` event brings it.
    if (printable && from_text_input) {
        wake();
        return EM_FALSE;
    }
    if (printable) io.AddInputCharactersUTF8(event->key);
    wake();
    // Keep browser shortcuts (reload, find) working. The scene's keys (arrows on the map, Space,
    // Home/End on the axis) and the page keys are kept from the page, and from an article around
    // an embed, which would scroll under them while the map has the focus.
    const bool scene_key = key == ImGuiKey_LeftArrow || key == ImGuiKey_RightArrow || key == ImGuiKey_UpArrow || key == ImGuiKey_DownArrow ||
                           key == ImGuiKey_Space || key == ImGuiKey_Home || key == ImGuiKey_End || key == ImGuiKey_PageUp || key == ImGuiKey_PageDown;
    return (io.WantCaptureKeyboard && (key != ImGuiKey_None || printable)) || (scene_key && !event->ctrlKey && !event->metaKey) ? EM_TRUE : EM_FALSE;
}

EM_BOOL on_focus(int type, const EmscriptenFocusEvent*, void*) {
    if (type == EMSCRIPTEN_EVENT_BLUR && g_text_input_focused) return EM_FALSE;  // to the hidden text field: still ours
    ImGui::GetIO().AddFocusEvent(type == EMSCRIPTEN_EVENT_FOCUS);
    if (type == EMSCRIPTEN_EVENT_BLUR && g_on_blur) g_on_blur();
    wake();
    return EM_FALSE;
}

}  // namespace

void set_touch_activation(bool needed) {
    g_activation_needed = needed;
    g_activated = false;
}

bool touch_active() { return !g_activation_needed || g_activated; }

void set_map_pannable(bool pannable) { g_map_pannable = pannable; }

void text_input_focus(bool focused, bool focus_left_atlas) {
    g_text_input_focused = focused;
    if (focus_left_atlas) {
        ImGui::GetIO().AddFocusEvent(false);
        if (g_on_blur) g_on_blur();
    }
    wake();
}

void text_input(const char* utf8) {
    // Text, not a shortcut: a paste arrives while Ctrl (Cmd) is still down, and ImGui's text
    // fields ignore characters typed with it held.
    ImGuiIO& io = ImGui::GetIO();
    io.AddKeyEvent(ImGuiMod_Ctrl, false);
    io.AddKeyEvent(ImGuiMod_Super, false);
    io.AddInputCharactersUTF8(utf8);
    wake();
}

void install_input_callbacks(const char* canvas_selector, const char* text_input_selector, const InputCallbacks& callbacks) {
    g_on_input = callbacks.on_input;
    g_on_pinch = callbacks.on_pinch;
    g_on_activate = callbacks.on_activate;
    g_on_tab = callbacks.on_tab;
    g_on_blur = callbacks.on_blur;
    emscripten_set_mousedown_callback(canvas_selector, nullptr, EM_FALSE, on_mouse);
    emscripten_set_mouseup_callback(EMSCRIPTEN_EVENT_TARGET_DOCUMENT, nullptr, EM_FALSE, on_mouse);
    emscripten_set_mousemove_callback(canvas_selector, nullptr, EM_FALSE, on_mouse);
    emscripten_set_mouseleave_callback(canvas_selector, nullptr, EM_FALSE, on_mouse);
    emscripten_set_wheel_callback(canvas_selector, nullptr, EM_FALSE, on_wheel);
    emscripten_set_touchstart_callback(canvas_selector, nullptr, EM_FALSE, on_touch);
    emscripten_set_touchmove_callback(canvas_selector, nullptr, EM_FALSE, on_touch);
    emscripten_set_touchend_callback(canvas_selector, nullptr, EM_FALSE, on_touch);
    emscripten_set_touchcancel_callback(canvas_selector, nullptr, EM_FALSE, on_touch);
    emscripten_set_keydown_callback(canvas_selector, nullptr, EM_FALSE, on_key);
    emscripten_set_keyup_callback(canvas_selector, nullptr, EM_FALSE, on_key);
    emscripten_set_focus_callback(canvas_selector, nullptr, EM_FALSE, on_focus);
    emscripten_set_blur_callback(canvas_selector, nullptr, EM_FALSE, on_focus);
    emscripten_set_keydown_callback(text_input_selector, &g_from_text_input, EM_FALSE, on_key);
    emscripten_set_keyup_callback(text_input_selector, &g_from_text_input, EM_FALSE, on_key);
}

}  // namespace accord::platform
