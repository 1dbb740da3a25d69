// Records where the last ImGui item was drawn as a named control of the scene (scene.controls),
// so that the layout can be checked from outside: no two controls overlap, none leaves the canvas.
#pragma once
#include "imgui.h"
#include "scene/scene.h"

namespace accord::ui {

inline void record_control(scene::MapScene& scene, const char* name) {
    const ImVec2 min = ImGui::GetItemRectMin(), size = ImGui::GetItemRectSize();
    scene.controls.push_back({name, {min.x, min.y, size.x, size.y}});
}

}  // namespace accord::ui
