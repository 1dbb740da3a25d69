// The frame's UI: see app_ui.h.
#include "ui/app_ui.h"

#include "imgui.h"
#include "scene/strings.h"
#include "ui/header_ui.h"
#include "ui/keyboard_ui.h"
#include "ui/map_ui.h"
#include "ui/records_ui.h"
#include "ui/timeline_ui.h"

namespace accord::ui {

namespace {

void loading_ui(const MapScene& scene) {
    const Strings& text = strings();
    ImGui::SetNextWindowPos(ImVec2(12, 12));
    ImGui::Begin("##loading", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings);
    ImGui::TextUnformatted(!scene.geometry.error.empty() ? text.map_failed : scene.dataset ? text.loading_map : text.loading_data);
    ImGui::End();
}

// A picture of the map: markers, no panels, no hover (the host page adds title, legend, source).
void export_ui(MapScene& scene) {
    scene.hovered.clear();
    refresh_markers(scene);
    map_overlay_ui(scene);
}

void interactive_ui(MapScene& scene, float canvas_width_css, float canvas_height_css, double dt_seconds) {
    advance_scene(scene, dt_seconds);
    map_input_ui(scene);
    // A click on the map may have opened a record: lay it out now, so that the panel shows in
    // this frame and the map keeps what is under the pointer.
    update_layout(scene, canvas_width_css, canvas_height_css);
    scene.view->set_motion(!scene.reduced_motion);  // the view object may be new (a map loaded)
    scene.view->animate(dt_seconds);
    refresh_markers(scene);
    if (!scene.embed) header_ui(scene);
    timeline_ui(scene);
    if (!scene.embed) records_ui(scene);
    map_legend_ui(scene);
    map_overlay_ui(scene);
    keyboard_ui(scene);
}

}  // namespace

void app_ui(MapScene& scene, float canvas_width_css, float canvas_height_css, double dt_seconds) {
    apply_theme_ui(scene);
    update_layout(scene, canvas_width_css, canvas_height_css);
    scene.view_changed = false;
    scene.drawn_legend.clear();
    scene.drawn_legend_rect = {};
    scene.controls.clear();
    scene.drawn_axis_labels.clear();
    ImGui::NewFrame();
    begin_keyboard_frame(scene);
    if (!scene.geometry.loaded || !scene.dataset || !scene.view) loading_ui(scene);
    else if (scene.export_mode) export_ui(scene);
    else interactive_ui(scene, canvas_width_css, canvas_height_css, dt_seconds);
    ImGui::Render();
}

}  // namespace accord::ui
