// Records where the last ImGui item was drawn as a named control of the scene (scene.controls),
// so that the layout can be checked from outside: no two controls overlap, none leaves the canvas.
// Every such control is also a stop of the keyboard's tab order (keyboard_ui.h).
#pragma once
#include "imgui.h"
#include "scene/scene.h"
#include "ui/keyboard_ui.h"

namespace accord::ui {

inline void record_control(scene::MapScene& scene, scene::FocusGroup group, const char* name, bool text_field = false) {
    const ImVec2 min = ImGui::GetItemRectMin(), size = ImGui::GetItemRectSize();
    scene.controls.push_back({name, {min.x, min.y, size.x, size.y}});
    focus_stop(scene, group, name, text_field);
}

}  // namespace accord::ui
