// The keyboard across the canvas's panels: see keyboard_ui.h.
#include "ui/keyboard_ui.h"

#include <algorithm>

#include "imgui.h"
#include "imgui_internal.h"
#include "scene/strings.h"
#include "ui/control_boxes.h"
#include "ui/map_ui.h"

namespace accord::ui {

namespace {

constexpr float ring_thickness_css = 3.0f;
constexpr double arrow_pan_css = 80.0;
constexpr const char* shortcuts_close_stop = "shortcuts-close";

bool any_mouse_click() {
    const ImGuiIO& io = ImGui::GetIO();
    return std::any_of(std::begin(io.MouseClicked), std::end(io.MouseClicked), [](bool c) { return c; });
}

bool typed(ImWchar c) {
    const ImGuiIO& io = ImGui::GetIO();
    return std::find(io.InputQueueCharacters.begin(), io.InputQueueCharacters.end(), c) != io.InputQueueCharacters.end();
}

void open_shortcuts(MapScene& scene, bool open) {
    KeyboardFocus& k = scene.keyboard;
    if (open == k.shortcuts_open) return;
    k.shortcuts_open = open;
    if (open) {
        k.return_to = k.focused;
        k.focused = shortcuts_close_stop;
        k.pending = true;
        k.visible = true;
    } else {
        k.focused = k.return_to;
        k.pending = !k.focused.empty();
    }
}

void shortcuts_ui(MapScene& scene) {
    const Strings& text = strings();
    const ImGuiIO& io = ImGui::GetIO();
    const float width = std::min(560.0f, io.DisplaySize.x - 24.0f);
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x / 2, io.DisplaySize.y / 2), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0), ImVec2(width, io.DisplaySize.y - 24.0f));
    ImGui::Begin("##shortcuts", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_AlwaysAutoResize |
                                             ImGuiWindowFlags_NoSavedSettings);
    ImGui::TextUnformatted(text.shortcuts_title);
    ImGui::Separator();
    const char* const rows[][2] = {
        {text.key_tab, text.key_tab_does},       {text.key_activate, text.key_activate_does},
        {text.key_arrows, text.key_arrows_does}, {text.key_shift_arrows, text.key_shift_arrows_does},
        {text.key_zoom, text.key_zoom_does},     {text.key_axis, text.key_axis_does},
        {text.key_events, text.key_events_does}, {text.key_play, text.key_play_does},
        {text.key_escape, text.key_escape_does}, {text.key_help, text.key_help_does},
    };
    // Two columns laid out by hand: ImGui's tables added about 9 KB gzip to the wasm for this one
    // list (measured; the record's party list avoids them too).
    const float keys_width = std::min(ImGui::GetContentRegionAvail().x * 0.42f, 230.0f);
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    for (const auto& row : rows) {
        const float top = ImGui::GetCursorPosY();
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + keys_width - spacing);
        ImGui::TextUnformatted(row[0]);
        ImGui::PopTextWrapPos();
        const float keys_bottom = ImGui::GetCursorPosY();
        ImGui::SetCursorPos(ImVec2(ImGui::GetCursorPosX() + keys_width, top));
        ImGui::PushTextWrapPos(0.0f);  // to the window's edge
        ImGui::TextUnformatted(row[1]);
        ImGui::PopTextWrapPos();
        ImGui::SetCursorPosY(std::max(ImGui::GetCursorPosY(), keys_bottom));
    }
    if (ImGui::Button(text.close, ImVec2(0, button_height_css(scene)))) open_shortcuts(scene, false);
    focus_stop(scene, FocusGroup::dialog, shortcuts_close_stop);
    ImGui::End();
}

// Keys of the map and the time axis (when neither a panel's control nor a text field has them).
void scene_keys(MapScene& scene) {
    const ImGuiIO& io = ImGui::GetIO();
    KeyboardFocus& k = scene.keyboard;
    if (io.WantTextInput || GImGui->NavWindow || !scene.view) return;
    const bool on_axis = k.focused == time_axis_stop;
    if (on_axis) {
        if (ImGui::IsKeyPressed(ImGuiKey_LeftArrow)) step_to_previous_event(scene);
        if (ImGui::IsKeyPressed(ImGuiKey_RightArrow)) step_to_next_event(scene);
        if (ImGui::IsKeyPressed(ImGuiKey_Home, false)) jump_to_day(scene, scene.dataset->first_day());
        if (ImGui::IsKeyPressed(ImGuiKey_End, false)) jump_to_latest(scene);
        return;
    }
    const struct {
        ImGuiKey key;
        ArrowDirection direction;
        double dx_css, dy_css;
    } arrows[] = {{ImGuiKey_LeftArrow, ArrowDirection::left, arrow_pan_css, 0},
                  {ImGuiKey_RightArrow, ArrowDirection::right, -arrow_pan_css, 0},
                  {ImGuiKey_UpArrow, ArrowDirection::up, 0, arrow_pan_css},
                  {ImGuiKey_DownArrow, ArrowDirection::down, 0, -arrow_pan_css}};
    for (const auto& a : arrows) {
        if (!ImGui::IsKeyPressed(a.key)) continue;
        if (io.KeyShift) {
            scene.view->pan_by(a.dx_css, a.dy_css, false);
            scene.view_changed = true;
        } else {
            select_in_direction(scene, a.direction);
        }
        if (k.focused.empty()) k.focused = map_stop;
    }
}

void escape_key(MapScene& scene) {
    KeyboardFocus& k = scene.keyboard;
    if (!ImGui::IsKeyPressed(ImGuiKey_Escape, false) || ImGui::GetIO().WantTextInput || k.popup_open) return;
    if (k.shortcuts_open) open_shortcuts(scene, false);
    else if (scene.panel != RecordPanel::none && !scene.embed) open_panel(scene, RecordPanel::none);
}

// ImGui's focus moved by itself (a click, its arrows inside a panel): the scene's focus follows,
// and a click on the map (no window focused) puts it on the map.
void follow_imgui_focus(MapScene& scene) {
    KeyboardFocus& k = scene.keyboard;
    const ImGuiContext& g = *GImGui;
    if (k.pending) return;
    if (g.NavWindow && g.NavId) {
        for (const FocusStop& stop : k.stops) {
            if (!stop.item_id || stop.item_id != g.NavId) continue;
            follow_focus(k, stop.name);
            // A click on the time axis: its keys are the scene's (once the press is over, so that
            // the drag keeps its item).
            if (stop.scene_driven && !ImGui::IsAnyItemActive()) ImGui::FocusWindow(nullptr);
        }
    } else if (!g.NavWindow && !scene_drives(k)) {
        follow_focus(k, map_stop);
    }
}

void draw_scene_ring(const MapScene& scene) {
    const KeyboardFocus& k = scene.keyboard;
    if (!k.visible || !scene_drives(k) || k.focused.empty()) return;
    for (const FocusStop& stop : k.stops) {
        if (stop.name != k.focused) continue;
        const float inset = ring_thickness_css / 2 + 1;
        ImGui::GetForegroundDrawList()->AddRect(ImVec2(stop.rect.x + inset, stop.rect.y + inset),
                                                ImVec2(stop.rect.x + stop.rect.width - inset, stop.rect.y + stop.rect.height - inset),
                                                to_imgui_color(map_colors(scene.theme).link_rgb), 4.0f, 0, ring_thickness_css);
    }
}

}  // namespace

void focus_stop(MapScene& scene, FocusGroup group, const std::string& name, bool text_field) {
    KeyboardFocus& k = scene.keyboard;
    const ImVec2 min = ImGui::GetItemRectMin(), size = ImGui::GetItemRectSize();
    k.stops.push_back({name, group, ImGui::GetItemID(), false, {min.x, min.y, size.x, size.y}});
    if (!k.pending || k.focused != name) return;
    // Focused at once (the ring shows in this frame, and a click's focus cannot overtake it) and
    // scrolled into view; a text field is also activated, on the next frame. A text field still
    // being edited in the same panel lets go first, else it would keep the keys (Enter would end
    // its editing instead of pressing the focused button). A press of the mouse is left alone.
    if (GImGui->ActiveId != 0 && GImGui->ActiveId == GImGui->InputTextState.ID && GImGui->ActiveId != ImGui::GetItemID()) ImGui::ClearActiveID();
    ImGui::FocusWindow(ImGui::GetCurrentWindow());
    ImGui::SetFocusID(ImGui::GetItemID(), ImGui::GetCurrentWindow());
    ImGui::ScrollToItem(ImGuiScrollFlags_KeepVisibleEdgeX | ImGuiScrollFlags_KeepVisibleEdgeY);
    if (text_field) {
        ImGui::ActivateItemByID(ImGui::GetItemID());
        GImGui->NavNextActivateFlags = ImGuiActivateFlags_PreferInput;  // editing, as a click starts it
    }
    k.pending = false;
}

void scene_stop(MapScene& scene, FocusGroup group, const char* name, const Rect& rect, ImGuiID item_id) {
    KeyboardFocus& k = scene.keyboard;
    k.stops.push_back({name, group, item_id, true, rect});
    if (!k.pending || k.focused != name) return;
    ImGui::FocusWindow(nullptr);
    k.pending = false;
}

void begin_keyboard_frame(MapScene& scene) {
    begin_focus_frame(scene.keyboard);
    if (any_mouse_click()) hide_focus_ring(scene.keyboard);
}

void keyboard_ui(MapScene& scene) {
    KeyboardFocus& k = scene.keyboard;
    escape_key(scene);
    if (!ImGui::GetIO().WantTextInput && typed('?')) open_shortcuts(scene, !k.shortcuts_open);
    if (k.shortcuts_open) shortcuts_ui(scene);
    scene_keys(scene);
    follow_imgui_focus(scene);
    // The ring of a control: ImGui's highlight, shown while the keyboard leads.
    if (k.visible && !scene_drives(k)) GImGui->NavDisableHighlight = false;
    draw_scene_ring(scene);
    k.popup_open = ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId);
    end_focus_frame(k);
}

}  // namespace accord::ui
