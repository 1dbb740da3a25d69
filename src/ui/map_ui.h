// The map's interaction and overlays, drawn with Dear ImGui on top of the WebGL map: mouse and
// keyboard navigation, hover tooltip (name, status on the date, its date and source publisher),
// selection by click or tap, small-state and EU markers, and the legend for the current mode.
#pragma once
#include "imgui.h"
#include "ui/scene.h"

namespace accord::ui {

void refresh_markers(MapScene& scene);
// Mouse, wheel, keyboard on the map (only where ImGui windows do not want the input).
void map_input_ui(MapScene& scene);
void map_overlay_ui(MapScene& scene);  // markers, hover tooltip
void map_legend_ui(const MapScene& scene);
// ImGui's colours and spacing for a theme (only when the theme changed, unless forced).
void apply_theme_ui(Theme theme, bool force = false);
ImU32 to_imgui_color(std::uint32_t rgb, float alpha = 1.0f);

}  // namespace accord::ui
