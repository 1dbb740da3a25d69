// Keyboard focus across the canvas: the panels record each control they draw as a focus stop, in
// a tab order (header, map, timeline, record panel); Tab and Shift-Tab move through the last
// frame's stops, and leave the atlas past either end so the browser takes the focus on to the
// page. The map and the time axis are stops the scene drives itself (arrows select the nearest
// country in their direction, or step through the timeline's events); the rest are ImGui items,
// which the UI focuses, draws with a ring and activates with Enter or Space. Pure C++: the rules
// are tested natively in tests/scene, the ImGui side in tests/ui.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "scene/layout.h"

namespace accord::scene {

struct MapScene;

// Tab order of the canvas's regions, as the issue and the page's reading order want them.
enum class FocusGroup : std::uint8_t { header, map, timeline, panel, dialog };

struct FocusStop {
    std::string name;              // "search", "map", "play", "row-FRA": what the JS API reports
    FocusGroup group = FocusGroup::header;
    std::uint32_t item_id = 0;     // the UI's id of the control (0: none, the map)
    bool scene_driven = false;     // the map, the time axis: the scene takes their keys
    Rect rect;                     // canvas CSS px
};

// The names of the two stops the scene drives itself.
inline constexpr const char* map_stop = "map";
inline constexpr const char* time_axis_stop = "time-axis";

struct KeyboardFocus {
    std::string focused;             // the focused stop's name; empty: none (the page has the focus)
    bool visible = false;            // draw the focus ring: the last move came from the keyboard
    bool pending = false;            // the UI is to move its own focus to `focused` this frame
    bool shortcuts_open = false;     // the list of shortcuts ("?")
    std::string return_to;           // where the focus goes back when that list closes
    bool popup_open = false;         // a list (a picker's) was open at the end of the last frame:
                                     // Escape closes it, not the record
    std::vector<FocusStop> stops;    // recorded while drawing this frame, in drawing order
    std::vector<FocusStop> order;    // the last frame's stops in tab order
};

// Called at the start and the end of each frame by the UI: `end_focus_frame` sorts the frame's
// stops into tab order (by group, drawing order within a group) and forgets a focused stop that
// is no longer drawn (a closed panel), falling back to the map.
void begin_focus_frame(KeyboardFocus& focus);
void end_focus_frame(KeyboardFocus& focus);

// Tab (or Shift-Tab): focuses the next (previous) stop and returns true, or returns false past
// the last (first) stop: the focus leaves the atlas and nothing is focused any more.
bool move_focus(KeyboardFocus& focus, bool backwards);
// The canvas took the focus from the keyboard: Tab from before it focuses the first stop,
// Shift-Tab from after it the last.
void enter_focus(KeyboardFocus& focus, bool backwards);
// The canvas lost the focus, or the pointer took over: the ring goes until the next key.
void hide_focus_ring(KeyboardFocus& focus);
// The UI's own focus moved (a click on a button, ImGui's arrows inside a panel): follow it.
void follow_focus(KeyboardFocus& focus, const std::string& name);
bool scene_drives(const KeyboardFocus& focus);  // the map, the time axis, or nothing is focused

// [SECTION] arrows on the map
enum class ArrowDirection : std::uint8_t { left, right, up, down };
// The country an arrow key moves the selection to: among the parties with a place on the map
// and inside its area, the nearest in the arrow's direction from the selected one (within 60°
// of it; distance across the direction counts double). With no selection, the one nearest the
// map's centre. Empty when there is none that way.
std::string party_in_direction(const MapScene& scene, ArrowDirection direction);
// The arrow's move: selects that party and opens its record, without flying (the map keeps its
// view, so the reader sees where the selection went).
void select_in_direction(MapScene& scene, ArrowDirection direction);

}  // namespace accord::scene
