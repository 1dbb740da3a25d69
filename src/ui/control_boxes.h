// The panels' controls: record_control records where the last ImGui item was drawn as a named
// control of the scene (scene.controls), so that the layout can be checked from outside (no two
// controls overlap, none leaves the canvas), and makes it a stop of the keyboard's tab order
// (keyboard_ui.h); TouchFrames and the row and button heights make every control a touch target
// (44 CSS px) on a touch screen.
#pragma once
#include <algorithm>

#include "imgui.h"
#include "scene/scene.h"
#include "ui/keyboard_ui.h"

namespace accord::ui {

// While alive, ImGui's framed controls (buttons, fields, pickers, radio buttons) are at least the
// layout's touch target tall on a touch screen (44 CSS px), by the frame padding around the text.
class TouchFrames {
public:
    explicit TouchFrames(const scene::MapScene& scene) : pushed_(scene.touch) {
        if (!pushed_) return;
        const float padding_y = std::max(ImGui::GetStyle().FramePadding.y, (scene.layout.touch_target - ImGui::GetFontSize()) / 2);
        ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(ImGui::GetStyle().FramePadding.x, padding_y));
    }
    ~TouchFrames() {
        if (pushed_) ImGui::PopStyleVar();
    }
    TouchFrames(const TouchFrames&) = delete;
    TouchFrames& operator=(const TouchFrames&) = delete;

private:
    bool pushed_;
};

// A list row's height: a touch target on a touch screen, a compact line for a mouse.
inline float row_height_css(const scene::MapScene& scene) { return scene.touch ? scene.layout.touch_target : scene.layout.touch_target * 0.7f; }
// Text put beside a row (SameLine after a Selectable of `row_height` CSS px) sits in its middle,
// as the row's own label does (ImGuiStyle::SelectableTextAlign).
inline void centre_text_in_row(float row_height) {
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + std::max(0.0f, (row_height - ImGui::GetTextLineHeight()) / 2));
}
// A panel button's height (Close, the downloads): a touch target on a touch screen.
inline float button_height_css(const scene::MapScene& scene) { return scene.touch ? scene.layout.touch_target : scene.layout.touch_target * 0.8f; }

// A button's width for its label: at least a touch target wide on a touch screen.
inline float button_width_css(const scene::MapScene& scene, const char* label) {
    const float fit = ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
    return scene.touch ? std::max(fit, scene.layout.touch_target) : fit;
}

inline void record_control(scene::MapScene& scene, scene::FocusGroup group, const char* name, bool text_field = false) {
    const ImVec2 min = ImGui::GetItemRectMin(), size = ImGui::GetItemRectSize();
    scene.controls.push_back({name, {min.x, min.y, size.x, size.y}});
    focus_stop(scene, group, name, text_field);
}

}  // namespace accord::ui
