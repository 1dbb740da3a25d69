// The map's interaction and overlays, drawn with Dear ImGui on top of the WebGL map: mouse and
// keyboard navigation, hover tooltip (name, status on the date, its date and source publisher),
// selection by click or tap, small-state and group markers, and the legend for the current mode
// (its entries come from scene/legend.h, like the JS API's legend() and the PNG export's).
#pragma once
#include "imgui.h"
#include "scene/scene.h"

namespace accord::ui {

using namespace accord::scene;  // the panels draw a scene and call its verbs

// Mouse, wheel, keyboard on the map (only where ImGui windows do not want the input).
void map_input_ui(MapScene& scene);
void map_overlay_ui(MapScene& scene);  // markers, hover tooltip
void map_legend_ui(MapScene& scene);  // records what it drew in scene.drawn_legend
// ImGui's colours and spacing for the scene's theme (only when the theme changed).
void apply_theme_ui(MapScene& scene);
ImU32 to_imgui_color(std::uint32_t rgb, float alpha = 1.0f);

}  // namespace accord::ui
