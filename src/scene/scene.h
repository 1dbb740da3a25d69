// What the app shows and the rules that change it: the dataset, the map (mesh, picker, view), the
// chosen commitment, mode and date, the selection, timeline playback, the open record panel, the
// layout and what the panels remember between frames. The verbs below are the only way the
// panels (src/ui), the JS API (src/platform) and the tests change a scene, so each rule lives
// once: what survives a dataset switch, which commitment shows first, what a click on the map
// does, how far a flight zooms. Pure C++ (no ImGui, GL or Emscripten; CMake enforces it), tested
// natively in tests/scene.
#pragma once
#include <array>
#include <memory>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/dataset.h"
#include "core/map_modes.h"
#include "core/map_pick.h"
#include "core/map_view.h"
#include "core/party_list.h"
#include "core/party_names.h"
#include "core/status_palette.h"
#include "core/timeline.h"
#include "core/world_mesh.h"
#include "core/world_picker.h"
#include "scene/host_requests.h"
#include "scene/keyboard.h"
#include "scene/layout.h"
#include "scene/strings.h"

namespace accord::scene {

using accord::MapMode;  // core/map_modes.h
enum class RecordPanel : std::uint8_t { none, country, commitment };
const char* record_panel_name(RecordPanel panel);  // "none", "country", "commitment"

// [SECTION] dataset policy: choices about the shipped data, named here rather than in platform code
// The commitment a dataset opens on when the reader has not chosen one (the first summit
// declaration); a dataset without it opens on its first commitment.
inline constexpr std::string_view default_commitment_id = "bletchley-declaration";
// Supranational parties drawn as labelled markers at every zoom (they have no shape of their
// own), with the label the marker shows and where it stands at world zoom: at sea beside its
// members, since a pill over Europe or the Horn of Africa would hide a dozen states on a phone
// (zoomed in, it stands on its members' centre, given by the world geometry).
struct GroupMarker {
    std::string_view party;
    std::string_view label;
    double world_lon_deg = 0, world_lat_deg = 0;
};
inline constexpr std::array<GroupMarker, 2> group_markers{{{"EUU", "EU", -24.0, 46.0}, {"AUC", "AU", -8.0, -8.0}}};
// The party whose member states are outlined on the map while it is a party to the commitment.
inline constexpr std::string_view outlined_union_id = "EUU";

// A status change being shown on the map for a moment.
struct Flash {
    std::string party;
    double until_seconds = 0;
};

// What the panels remember between frames (text being typed, a sort order, a drag in progress).
// Kept here rather than in function-local statics so that a dataset switch or a test resets it.
struct PanelMemory {
    std::array<char, 96> search_query{};
    int search_cursor = 0;
    std::array<char, 64> commitment_filter{};
    std::array<char, 64> party_filter{};
    PartyListOrder party_order;
    bool dragging_time_axis = false;  // the press on the axis began away from the date cursor
    std::optional<Theme> styled_theme;  // the theme ImGui's style was last set for
    float legend_height_css = 0;        // the legend's height under the world when last drawn there (0: not yet)
};

// One line of the legend as the canvas drew it (a swatch and its text), recorded by the legend
// panel while drawing, so that the JS API and the tests can hold it to legend_entries().
struct DrawnLegendLine {
    std::uint32_t rgb = 0;
    bool hatched = false;
    bool dotted = false;
    std::string text;
    friend bool operator==(const DrawnLegendLine&, const DrawnLegendLine&) = default;
};

// A control the panels drew in the last frame and where, in canvas CSS px: the JS API's layout
// report (getState().layout.controls) and the tests hold the layout to "nothing overlaps".
struct ControlBox {
    const char* name = "";  // a literal: "embed", "mode-compare", "play"…
    Rect rect;
};

// A label the time axis drew in the last frame (a year, a month, an event's name) and where, for
// the layout report and the tests: no two overlap, none is cut, none sits under the date cursor.
struct DrawnLabel {
    Rect rect;
    std::string text;
};

// The world geometry the platform loaded (the mesh and picker themselves are owned by it).
struct GeometryState {
    bool loaded = false;
    bool detailed = false;  // false: the overview file; the detail is fetched on zoom
    std::string error;
};

struct MapScene {
    const Dataset* dataset = nullptr;
    const WorldMesh* mesh = nullptr;
    const WorldPicker* picker = nullptr;
    MapView* view = nullptr;
    GeometryState geometry;
    Index commitment = no_index;
    Index compare = no_index;  // commitment B in compare mode
    MapMode mode = MapMode::single;
    DayNumber day = 0;
    Theme theme = Theme::light;
    // The UI's language (strings() follows it) and the names of parties in other languages
    Language language = Language::en;
    bool language_chosen = false;   // by the reader's switch, a link or set(): the link then says l=
    std::string party_names_text;   // data/party-names.json as the host page gave it ("" until then)
    PartyNames party_names;         // read against the shown dataset
    bool search_active = false;     // the search field has the focus: it matches every language's names
    std::vector<std::string> glyph_runs;  // shaped runs in the font atlas (scene/glyphs.h)
    std::string hovered;
    std::string selected;
    RecordPanel panel = RecordPanel::none;
    MarkerRules marker_rules;
    std::vector<ShownMarker> markers;  // refreshed every frame
    bool full_edition_loading = false;  // the host page is fetching the full edition of a lean dataset
    float canvas_width_css = 1, canvas_height_css = 1;
    Layout layout;
    bool touch = false;                // the primary pointer is a finger (CSS pointer: coarse)
    bool embed = false;                // compact view for an article (embed.html): no header, no records
    bool export_mode = false;          // drawing a picture: the map and its markers only
    bool reduced_motion = false;       // prefers-reduced-motion: no flights, blends or flashes
    Rect search_box;                   // where the search field is (for the JS API and tests)
    PanelMemory panels;
    KeyboardFocus keyboard;            // which control has the keyboard's focus, the tab order
    std::vector<DrawnLegendLine> drawn_legend;  // last frame's; empty when not drawn
    Rect drawn_legend_rect;                      // last frame's legend, in canvas CSS px (empty when not drawn)
    std::vector<ControlBox> controls;            // last frame's
    std::vector<DrawnLabel> drawn_axis_labels;   // last frame's

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

    // Set by verbs during a frame; the platform reacts (frames, host events, map colours).
    bool view_changed = false;
    // The view was just placed for what is shown (a flight to a party, a link's view): the next
    // layout change fits it to the new map area rather than keeping what was on screen.
    bool view_just_placed = false;
    bool laid_out_for_export = false;  // the last layout was a picture's (the whole canvas)
    std::vector<HostRequest> host_requests;  // drained by the platform after each frame
};

// [SECTION] frame
// Lays the canvas out for the open panel. When a record opens or closes, the map keeps its scale
// and the screen position of every place (a clicked country stays under the pointer, and closing
// gives back exactly the view before), unless the view was just placed for the new layout (a
// flight, a link) or keeping it would leave the selection outside the map (under a bottom sheet).
// A resize, or a picture's layout and back, fits the map to its new area.
void update_layout(MapScene& scene, float canvas_width_css, float canvas_height_css);
void advance_scene(MapScene& scene, double dt_seconds);  // playback and flashes
// Markers to draw at the current view (small states, the group markers), sized for the map and
// moved out of each other's way: see map_markers.h.
void refresh_markers(MapScene& scene);

// [SECTION] dataset
// Moves the scene to `dataset` (the previous one may already be freed by the store, so its
// commitment ids are passed in). The same edition again (the full texts of the lean edition the
// page started with) keeps the date, the time axis and playback; another dataset starts at its
// as-of date. The commitment, compared commitment and selection are kept where they exist.
struct PreviousView {
    std::string commitment_id, compare_id;
    bool same_edition = false;
};
PreviousView previous_view(const MapScene& scene, const Dataset* next);
void show_dataset(MapScene& scene, const Dataset* dataset, const PreviousView& previous);

// [SECTION] verbs
// Changes the date (from any control): records the step for the running count and flashes the
// parties whose status changed.
void set_day(MapScene& scene, DayNumber day);
void set_commitment(MapScene& scene, Index commitment);
// Switching to compare mode without a second commitment picks one (the other of the first two).
void set_mode(MapScene& scene, MapMode mode);
void set_compare(MapScene& scene, Index commitment);
void set_theme(MapScene& scene, Theme theme);
// The UI's language. `chosen`: by the reader, a link or the JS API (links then carry l=), not
// the page's guess from the browser's languages.
void set_ui_language(MapScene& scene, Language language, bool chosen);
// The page's guess from the browser's languages (navigator.languages, most wanted first): the
// first the UI has, else English. A language chosen by the reader or a link stays.
void guess_ui_language(MapScene& scene, const std::vector<std::string>& browser_tags);
// data/party-names.json from the host page: read against the shown dataset (and again when the
// dataset changes); a refused text keeps the names the scene had.
std::vector<Problem> load_party_names(MapScene& scene, std::string_view json_text);
// A party's name in the UI's language: the names file's, else the dataset's (English).
const std::string& party_name(const MapScene& scene, Index party);
// The host page should fetch data/party-names.json: the UI is not in English, or the reader is searching.
bool needs_party_names(const MapScene& scene);
// The reader's prefers-reduced-motion: views jump rather than fly or blend, and a status change
// is not flashed (the live region and the count still say it).
void set_reduced_motion(MapScene& scene, bool reduced);
// A click or tap on the map: selects what is there and opens its record, or, on empty sea,
// clears the selection and closes its record.
void click_party(MapScene& scene, const std::string& party);
// A choice from the search, the party list or the JS API: selects the party and opens its record;
// `fly` moves the map to it.
void choose_party(MapScene& scene, const std::string& party, bool fly = true);
void clear_selection(MapScene& scene);
void open_panel(MapScene& scene, RecordPanel panel);
void toggle_panel(MapScene& scene, RecordPanel panel);
void choose_search_commitment(MapScene& scene, Index commitment);  // shows it with its record
// Playback over the dataset's span (up to its as-of date, or the shown day if later).
void play(MapScene& scene);
void pause(MapScene& scene);
void toggle_play(MapScene& scene);
// Jumps to a day (an event step, a click on the axis): pauses and keeps the cursor on the axis.
void jump_to_day(MapScene& scene, DayNumber day);
void step_to_previous_event(MapScene& scene);
void step_to_next_event(MapScene& scene);
void jump_to_latest(MapScene& scene);  // the dataset's as-of date: what is known today
void reset_time_axis(MapScene& scene);  // the whole dataset span
// The time axis: zoom by `factor` around `anchor_day` (span kept between two weeks and the
// dataset's span and a half), pan by `shift_days`.
void zoom_time_axis(MapScene& scene, double anchor_day, double factor);
void pan_time_axis(MapScene& scene, double shift_days);
void request_host(MapScene& scene, HostRequest request);
// Moves the map to a party: zoomed so that its shape is about a fifth of the map, between 2x and 12x.
void fly_to_party(MapScene& scene, const std::string& party);

// [SECTION] derived
// Overview mode's scale top (the most commitments any party had joined by the day), cached per
// dataset and day: computing it is a pass over every party and commitment, too much per feature.
int overview_scale_top(const MapScene& scene);

// Colour of a party on the map in the scene's mode.
struct PartyStyle {
    std::uint32_t rgb = 0;
    bool hatched = false;
    std::uint32_t hatch_rgb = 0;
    bool acted = false;  // drawn as a full-size marker
    bool weak = false;   // one commitment's status resting on weak evidence: a lighter tint, dotted with `rgb`
};
PartyStyle party_style(const MapScene& scene, const std::string& party);
// The style of a status of the scene's commitment (what party_style gives in one-commitment mode),
// for a caller that has the status already.
PartyStyle status_party_style(const MapScene& scene, const StatusAt& at);
StatusAt scene_status(const MapScene& scene, const std::string& party);
// The commitments the overview mode counts (all of the dataset's).
std::vector<Index> overview_commitments(const MapScene& scene);
// The parties the map draws (states and supranational parties).
std::vector<std::string> mapped_parties(const MapScene& scene);
const Party* party_by_id(const MapScene& scene, const std::string& id);
// The label of a group marker ("EU"), or null for a party that has none.
const char* group_marker_label(std::string_view party);

}  // namespace accord::scene
