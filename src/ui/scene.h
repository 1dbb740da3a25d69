// What the app shows, shared by every panel: the dataset, the map (mesh, picker, view), the
// chosen commitment, mode and date, selection, timeline playback, the open record panel and
// the layout. The app (src/platform/web_main.cpp) owns one MapScene; panels read and change it.
#pragma once
#include <string>
#include <vector>

#include "core/dataset.h"
#include "core/map_modes.h"
#include "core/map_pick.h"
#include "core/map_view.h"
#include "core/status_palette.h"
#include "core/timeline.h"
#include "core/world_mesh.h"
#include "core/world_picker.h"

namespace accord::ui {

using accord::MapMode;  // core/map_modes.h
enum class RecordPanel : std::uint8_t { none, country, commitment };

struct Rect {
    float x = 0, y = 0, width = 0, height = 0;
};

// Where things go, from the canvas size: the timeline along the bottom; records in a right-hand
// column on wide screens, a bottom sheet above the timeline on narrow ones.
struct Layout {
    bool narrow = false;
    Rect map, timeline, panel;
    float touch_target = 44.0f;  // CSS px: the smallest control on a touch screen
};
Layout compute_layout(float width_css, float height_css, bool panel_open, bool touch);

// A status change being shown on the map for a moment.
struct Flash {
    std::string party;
    double until_seconds = 0;
};

struct MapScene {
    const Dataset* dataset = nullptr;
    const WorldMesh* mesh = nullptr;
    const WorldPicker* picker = nullptr;
    MapView* view = nullptr;
    Index commitment = no_index;
    Index compare = no_index;  // commitment B in compare mode
    MapMode mode = MapMode::single;
    DayNumber day = 0;
    Theme theme = Theme::light;
    std::string hovered;
    std::string selected;
    RecordPanel panel = RecordPanel::none;
    MarkerRules marker_rules;
    std::vector<ShownMarker> markers;  // refreshed every frame
    bool full_edition_loading = false;  // the host page is fetching the full edition of a lean dataset
    Layout layout;
    bool touch = false;                // the primary pointer is a finger (CSS pointer: coarse)
    bool embed = false;                // compact view for an article (embed.html): no header, no records
    bool export_mode = false;          // drawing a picture: the map and its markers only
    Rect search_box;                   // where the search field is (for the JS API and tests)

    // Timeline
    TimelinePlayer player;
    std::vector<DayNumber> event_days;        // whole dataset
    double axis_first_day = 0, axis_last_day = 1;  // visible span of the time axis (zoom/pan)
    int step_delta = 0;                       // party count change at the latest change of date
    std::vector<Flash> flashes;
    double time_seconds = 0;
    mutable const Dataset* overview_top_dataset = nullptr;  // cache of overview_scale_top
    mutable DayNumber overview_top_day = 0;
    mutable int overview_top = 1;

    // Set by panels during a frame; the app reacts (frames, events to JS, map colours).
    bool view_changed = false;
    bool share_requested = false;  // the Share control was used; the host page copies the link
    const char* download_requested = nullptr;  // "csv", "json", "png", "offline" or "embed-code": the host page acts
    void (*open_link)(const char* url) = nullptr;
    void (*fly_to_party)(const std::string& party) = nullptr;
};

// Overview mode's scale top (the most commitments any party had joined by the day), cached per
// dataset and day: computing it is a pass over every party and commitment, too much per feature.
int overview_scale_top(const MapScene& scene);

// Colour of a party on the map in the scene's mode.
struct PartyStyle {
    std::uint32_t rgb = 0;
    bool hatched = false;
    std::uint32_t hatch_rgb = 0;
    bool acted = false;  // drawn as a full-size marker
};
PartyStyle party_style(const MapScene& scene, const std::string& party);
StatusAt scene_status(const MapScene& scene, const std::string& party);
// The commitments the overview mode counts (all of the dataset's).
std::vector<Index> overview_commitments(const MapScene& scene);

// Changes the date (from any control): records the step for the running count and flashes the
// parties whose status changed.
void set_day(MapScene& scene, DayNumber day);
void set_commitment(MapScene& scene, Index commitment);
void advance_scene(MapScene& scene, double dt_seconds);  // playback and flashes

}  // namespace accord::ui
