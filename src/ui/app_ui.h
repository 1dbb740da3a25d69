// One frame of the whole UI, from ImGui::NewFrame to ImGui::Render: the map's input, the header,
// the timeline, the record panel, the legend and the map's overlays, in that order, or a loading
// line until the dataset and the map are there. The platform sets ImGui's display size and
// input, calls this, and renders the map and ImGui's draw data; the native UI tests call it the
// same way with no GPU.
#pragma once
#include "scene/scene.h"

namespace accord::ui {

using namespace accord::scene;  // the panels draw a scene and call its verbs

void app_ui(MapScene& scene, float canvas_width_css, float canvas_height_css, double dt_seconds);

}  // namespace accord::ui
