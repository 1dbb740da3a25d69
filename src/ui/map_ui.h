// The map's interaction and overlays, drawn with Dear ImGui on top of the WebGL map: mouse and
// keyboard navigation, hover tooltip (name, status on the date, its date and source publisher),
// selection by click or tap, small-state and EU markers, the legend, and the header with the
// commitment picker. The state it reads and changes is the MapScene the app owns.
#pragma once
#include <string>
#include <vector>

#include "core/dataset.h"
#include "core/map_pick.h"
#include "core/map_view.h"
#include "core/status_palette.h"
#include "core/world_mesh.h"
#include "core/world_picker.h"

namespace accord::ui {

struct MapScene {
    const Dataset* dataset = nullptr;
    const WorldMesh* mesh = nullptr;
    const WorldPicker* picker = nullptr;
    MapView* view = nullptr;
    Index commitment = no_index;
    DayNumber day = 0;
    Theme theme = Theme::light;
    std::string hovered;
    std::string selected;
    MarkerRules marker_rules;
    std::vector<ShownMarker> markers;  // refreshed by refresh_markers() every frame
    bool view_changed = false;         // set by input this frame (the app keeps drawing)
};

// Status of a party (by id) in the scene's commitment on its day.
StatusAt scene_status(const MapScene& scene, const std::string& party);
void refresh_markers(MapScene& scene);
// Mouse, wheel, keyboard on the map (only where ImGui windows do not want the input).
void map_input_ui(MapScene& scene);
void map_overlay_ui(MapScene& scene);  // markers, EU label, hover tooltip
void map_header_ui(MapScene& scene);   // title, commitment picker, date, source line
void map_legend_ui(const MapScene& scene);
// ImGui's colours and spacing for a theme (only when the theme changed, unless forced).
void apply_theme_ui(Theme theme, bool force = false);

}  // namespace accord::ui
