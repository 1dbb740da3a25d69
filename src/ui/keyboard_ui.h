// The keyboard across the canvas's panels (the rules are scene/keyboard.h's): each panel marks
// its controls as focus stops right after drawing them; a stop the keyboard moved to takes
// ImGui's focus there, with its ring (ImGui's navigation highlight, in the palette's link colour),
// and Enter or Space press it. The map and the time axis are stops the scene drives: their ring
// is drawn here, and so are their keys (arrows select the next country or step through events,
// Shift+arrows move the map, Home/End on the axis), Escape (a list, the shortcuts, the record)
// and "?", the list of shortcuts.
#pragma once
#include <string>

#include "imgui.h"
#include "scene/scene.h"

namespace accord::ui {

using namespace accord::scene;  // the panels draw a scene and call its verbs

// After an ImGui control: records it as a stop of `group` named `name` (unique in a frame), and
// focuses it if the keyboard just moved there. A text field is also activated, ready for typing.
void focus_stop(MapScene& scene, FocusGroup group, const std::string& name, bool text_field = false);
// A stop the scene drives (the map, the time axis) over `rect`.
// `item_id` is the UI's item under it, if any: a click there focuses the stop.
void scene_stop(MapScene& scene, FocusGroup group, const char* name, const Rect& rect, ImGuiID item_id = 0);

// At the start of the frame, and after every panel: keys of the scene's stops, Escape, "?", the
// list of shortcuts, the rings of the scene's stops, and the tab order for the next frame.
void begin_keyboard_frame(MapScene& scene);
void keyboard_ui(MapScene& scene);

}  // namespace accord::ui
