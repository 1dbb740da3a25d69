// Scene state, its verbs and derived styles: see scene.h.
//
// Index
// [SECTION] frame: layout, playback, markers
// [SECTION] dataset switch
// [SECTION] verbs
// [SECTION] derived: statuses and map styles
#include "scene/scene.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <optional>
#include <utility>

#include "core/enum_names.h"
#include "core/fact_strength.h"

namespace accord::scene {

namespace {
constexpr double flash_seconds = 1.4;
constexpr double min_visible_days = 14;
constexpr double fly_zoom_min = 2.0, fly_zoom_max = 12.0, fly_zoom_markers_only = 6.0;
constexpr double fly_shape_share = 1.0 / 5.0;  // of the map a flown-to shape takes

constexpr std::array<std::pair<RecordPanel, const char*>, 3> panel_names{{
    {RecordPanel::none, "none"}, {RecordPanel::country, "country"}, {RecordPanel::commitment, "commitment"}}};

CssRect css_rect(const Rect& r) { return {r.x, r.y, r.width, r.height}; }
}  // namespace

const char* record_panel_name(RecordPanel panel) { return enum_name(panel_names, panel); }

// [SECTION] frame: layout, playback, markers

namespace {

// Where the selected party is drawn, if anywhere.
std::optional<CssPoint> selected_css(const MapScene& scene) {
    if (scene.selected.empty() || !scene.mesh || !scene.picker) return std::nullopt;
    return css_position_of(*scene.mesh, *scene.picker, *scene.view, scene.markers, scene.marker_rules, scene.selected);
}

}  // namespace

void update_layout(MapScene& scene, float canvas_width_css, float canvas_height_css) {
    const bool canvas_changed = canvas_width_css != scene.canvas_width_css || canvas_height_css != scene.canvas_height_css;
    scene.canvas_width_css = canvas_width_css;
    scene.canvas_height_css = canvas_height_css;
    const Rect previous_map = scene.layout.map, previous_home = scene.layout.home;
    scene.layout = compute_layout(canvas_width_css, canvas_height_css, scene.panel != RecordPanel::none && !scene.embed, scene.touch, !scene.embed,
                                  scene.panels.legend_height_css);
    if (scene.export_mode) scene.layout.map = scene.layout.home = {0, 0, canvas_width_css, canvas_height_css};
    const bool keep = !scene.view_just_placed && !canvas_changed && !scene.export_mode && !scene.laid_out_for_export && previous_map.width > 1;
    scene.view_just_placed = false;
    scene.laid_out_for_export = scene.export_mode;
    if (!scene.view || (previous_map == scene.layout.map && previous_home == scene.layout.home)) return;
    // Only the world's band moved (a longer legend) at world zoom: the world re-fits it.
    const bool refit_band = previous_map == scene.layout.map && scene.view->target_zoom() <= MapView::min_zoom;
    if (!keep || refit_band) {
        scene.view->set_rect(css_rect(scene.layout.map), css_rect(scene.layout.home));
        return;
    }
    const MapView before = *scene.view;
    scene.view->set_rect_keeping_content(css_rect(scene.layout.map), css_rect(scene.layout.home));
    const std::optional<CssPoint> at = selected_css(scene);
    if (at && !scene.layout.map.contains(static_cast<float>(at->x), static_cast<float>(at->y))) {
        *scene.view = before;  // the country would sit under the record: show the whole world instead
        scene.view->set_rect(css_rect(scene.layout.map), css_rect(scene.layout.home));
    }
}

void advance_scene(MapScene& scene, double dt_seconds) {
    scene.time_seconds += dt_seconds;
    if (scene.player.playing()) set_day(scene, scene.player.advance(dt_seconds));
    std::erase_if(scene.flashes, [&](const Flash& f) { return f.until_seconds <= scene.time_seconds; });
}

// [SECTION] dataset switch

PreviousView previous_view(const MapScene& scene, const Dataset* next) {
    PreviousView previous;
    const Dataset* shown = scene.dataset;
    if (!shown) return previous;
    if (scene.commitment != no_index) previous.commitment_id = shown->commitments[scene.commitment].id;
    if (scene.compare != no_index) previous.compare_id = shown->commitments[scene.compare].id;
    previous.same_edition = next && shown->info.id == next->info.id && shown->info.version == next->info.version;
    return previous;
}

void show_dataset(MapScene& scene, const Dataset* dataset, const PreviousView& previous) {
    scene.dataset = dataset;
    scene.overview_top_dataset = nullptr;
    scene.commitment = scene.compare = no_index;
    scene.flashes.clear();
    if (!previous.same_edition) {
        scene.player.pause();
        scene.panels = PanelMemory{};
    }
    scene.view_changed = true;
    scene.party_names = {};
    if (!dataset) return;
    if (!scene.party_names_text.empty()) scene.party_names = read_party_names(scene.party_names_text, *dataset).names;
    Index commitment = previous.commitment_id.empty() ? no_index : dataset->commitment_index(previous.commitment_id);
    if (commitment == no_index) commitment = dataset->commitment_index(std::string(default_commitment_id));
    if (commitment == no_index && !dataset->commitments.empty()) commitment = 0;
    scene.compare = previous.compare_id.empty() ? no_index : dataset->commitment_index(previous.compare_id);
    if (scene.mode == MapMode::compare && scene.compare == no_index) scene.mode = MapMode::single;
    if (!scene.selected.empty() && dataset->party_index(scene.selected) == no_index) {
        scene.selected.clear();
        if (scene.panel == RecordPanel::country) scene.panel = RecordPanel::none;
    }
    scene.event_days = event_days(*dataset);
    set_commitment(scene, commitment);
    if (previous.same_edition) return;  // day and time axis stay
    scene.day = dataset->info.as_of.last_day();
    reset_time_axis(scene);
}

// [SECTION] verbs

void set_day(MapScene& scene, DayNumber day) {
    if (!scene.dataset || day == scene.day) return;
    const DayNumber previous = scene.day;
    scene.day = day;
    if (scene.commitment != no_index) {
        scene.step_delta = scene.dataset->party_count_on(scene.commitment, day) - scene.dataset->party_count_on(scene.commitment, previous);
        // A flash is motion: with reduced motion the change is said by the count and the live region.
        const std::vector<StatusChange> changes = scene.reduced_motion ? std::vector<StatusChange>{} : status_changes(*scene.dataset, scene.commitment, previous, day);
        for (const StatusChange& change : changes) {
            const std::string& party = scene.dataset->parties[change.party].id;
            auto it = std::find_if(scene.flashes.begin(), scene.flashes.end(), [&](const Flash& f) { return f.party == party; });
            if (it == scene.flashes.end()) scene.flashes.push_back({party, scene.time_seconds + flash_seconds});
            else it->until_seconds = scene.time_seconds + flash_seconds;
        }
    }
    scene.view_changed = true;
}

void set_commitment(MapScene& scene, Index commitment) {
    if (!scene.dataset || commitment == scene.commitment || commitment >= scene.dataset->commitments.size()) return;
    scene.commitment = commitment;
    scene.step_delta = 0;
    scene.flashes.clear();
    scene.view_changed = true;
}

void set_mode(MapScene& scene, MapMode mode) {
    scene.mode = mode;
    if (mode == MapMode::compare && scene.compare == no_index && scene.dataset && scene.dataset->commitments.size() > 1) {
        scene.compare = scene.commitment == 0 ? 1 : 0;
    }
    scene.view_changed = true;
}

void set_compare(MapScene& scene, Index commitment) {
    if (!scene.dataset || commitment >= scene.dataset->commitments.size()) return;
    scene.compare = commitment;
    scene.view_changed = true;
}

void set_theme(MapScene& scene, Theme theme) {
    scene.theme = theme;
    scene.view_changed = true;
}

void set_ui_language(MapScene& scene, Language language, bool chosen) {
    if (chosen) scene.language_chosen = true;
    if (scene.language == language) return;
    scene.language = language;
    set_language(language);
    scene.view_changed = true;
}

void guess_ui_language(MapScene& scene, const std::vector<std::string>& browser_tags) {
    if (scene.language_chosen) return;
    for (const std::string& tag : browser_tags) {
        if (const std::optional<Language> language = language_from_tag(tag)) {
            set_ui_language(scene, *language, false);
            return;
        }
    }
    set_ui_language(scene, Language::en, false);
}

std::vector<Problem> load_party_names(MapScene& scene, std::string_view json_text) {
    if (!scene.dataset) {
        // Before any dataset: the file's shape is checked now, its parties when a dataset comes.
        static const Dataset no_parties;
        PartyNamesRead shape = read_party_names(json_text, no_parties);
        if (!shape.problems.empty()) return std::move(shape.problems);
        scene.party_names_text.assign(json_text);
        return {};
    }
    PartyNamesRead read = read_party_names(json_text, *scene.dataset);
    if (!read.problems.empty()) return std::move(read.problems);
    scene.party_names_text.assign(json_text);
    scene.party_names = std::move(read.names);
    scene.view_changed = true;
    return {};
}

const std::string& party_name(const MapScene& scene, Index party) {
    const std::string& english = scene.dataset->parties[party].name;
    if (scene.language == Language::en) return english;
    const std::vector<std::string>* names = scene.party_names.find(language_tag(scene.language), party);
    return names ? names->front() : english;
}

bool needs_party_names(const MapScene& scene) {
    return scene.party_names_text.empty() && (scene.language != Language::en || scene.search_active);
}

void set_reduced_motion(MapScene& scene, bool reduced) {
    scene.reduced_motion = reduced;
    if (scene.view) scene.view->set_motion(!reduced);
    if (reduced) scene.flashes.clear();
    scene.view_changed = true;
}

void click_party(MapScene& scene, const std::string& party) {
    scene.selected = party;
    if (!party.empty()) scene.panel = RecordPanel::country;
    else if (scene.panel == RecordPanel::country) scene.panel = RecordPanel::none;
    scene.view_changed = true;
}

void choose_party(MapScene& scene, const std::string& party, bool fly) {
    scene.selected = party;
    scene.panel = RecordPanel::country;
    if (fly) fly_to_party(scene, party);
    scene.view_changed = true;
}

void clear_selection(MapScene& scene) {
    scene.selected.clear();
    if (scene.panel == RecordPanel::country) scene.panel = RecordPanel::none;
    scene.view_changed = true;
}

void open_panel(MapScene& scene, RecordPanel panel) {
    scene.panel = panel;
    scene.view_changed = true;
}

void toggle_panel(MapScene& scene, RecordPanel panel) { open_panel(scene, scene.panel == panel ? RecordPanel::none : panel); }

void choose_search_commitment(MapScene& scene, Index commitment) {
    set_commitment(scene, commitment);
    open_panel(scene, RecordPanel::commitment);
}

void play(MapScene& scene) {
    if (!scene.dataset) return;
    scene.player.set_range(scene.dataset->first_day(), std::max(scene.dataset->info.as_of.last_day(), scene.day));
    scene.player.play(scene.day);
    scene.view_changed = true;
}

void pause(MapScene& scene) {
    if (!scene.player.playing()) return;
    scene.player.pause();
    scene.view_changed = true;
}

void toggle_play(MapScene& scene) {
    if (scene.player.playing()) pause(scene);
    else play(scene);
}

void jump_to_day(MapScene& scene, DayNumber day) {
    scene.player.pause();
    set_day(scene, day);
    const double span = scene.axis_last_day - scene.axis_first_day;
    if (day < scene.axis_first_day || day > scene.axis_last_day) {
        scene.axis_first_day = day - span / 2;
        scene.axis_last_day = day + span / 2;
    }
    scene.view_changed = true;
}

void step_to_previous_event(MapScene& scene) {
    if (const auto day = previous_day(scene.event_days, scene.day)) jump_to_day(scene, *day);
}

void step_to_next_event(MapScene& scene) {
    if (const auto day = next_day(scene.event_days, scene.day)) jump_to_day(scene, *day);
}

void jump_to_latest(MapScene& scene) {
    if (scene.dataset) jump_to_day(scene, scene.dataset->info.as_of.last_day());
}

void reset_time_axis(MapScene& scene) {
    if (!scene.dataset) return;
    const double first = scene.dataset->first_day(), last = scene.dataset->last_day();
    const double margin = std::max((last - first) * 0.02, 10.0);
    scene.axis_first_day = first - margin;
    scene.axis_last_day = last + margin;
    scene.view_changed = true;
}

void zoom_time_axis(MapScene& scene, double anchor_day, double factor) {
    if (!scene.dataset) return;
    const double first = scene.axis_first_day, old_span = scene.axis_last_day - scene.axis_first_day;
    const double dataset_span = static_cast<double>(scene.dataset->last_day() - scene.dataset->first_day());
    const double span = std::clamp(old_span * factor, min_visible_days, dataset_span * 1.5 + 60);
    scene.axis_first_day = anchor_day - (anchor_day - first) / old_span * span;
    scene.axis_last_day = scene.axis_first_day + span;
    scene.view_changed = true;
}

void pan_time_axis(MapScene& scene, double shift_days) {
    scene.axis_first_day += shift_days;
    scene.axis_last_day += shift_days;
    scene.view_changed = true;
}

void request_host(MapScene& scene, HostRequest request) {
    if (request.kind == HostRequestKind::open_link && !is_openable_link(request.url)) return;
    scene.host_requests.push_back(std::move(request));
}

void fly_to_party(MapScene& scene, const std::string& party) {
    if (!scene.mesh || !scene.view) return;
    for (const WorldMarker& m : scene.mesh->markers) {
        if (m.party != party) continue;
        double zoom = fly_zoom_markers_only;
        if (const int f = scene.mesh->feature_of_party(party); f >= 0) {
            const MeshFeature& feature = scene.mesh->features[static_cast<std::size_t>(f)];
            const double extent_deg = std::max(feature.max_lon_deg - feature.min_lon_deg, feature.max_lat_deg - feature.min_lat_deg);
            zoom = std::clamp(360.0 / std::max(extent_deg, 0.5) * fly_shape_share, fly_zoom_min, fly_zoom_max);
        }
        scene.view->fly_to({m.lon_deg, m.lat_deg}, zoom);
        scene.view_just_placed = true;
        scene.view_changed = true;
        return;
    }
}

// [SECTION] derived: statuses and map styles

StatusAt scene_status(const MapScene& scene, const std::string& party) {
    if (!scene.dataset || scene.commitment == no_index) return {};
    const Index p = scene.dataset->party_index(party);
    if (p == no_index) return {Status::not_applicable, no_index, false};
    return scene.dataset->status_of(p, scene.commitment, scene.day);
}

std::vector<Index> overview_commitments(const MapScene& scene) {
    std::vector<Index> all(scene.dataset ? scene.dataset->commitments.size() : 0);
    std::iota(all.begin(), all.end(), Index{0});
    return all;
}

std::vector<std::string> mapped_parties(const MapScene& scene) {
    std::vector<std::string> ids;
    if (!scene.dataset) return ids;
    for (const Party& p : scene.dataset->parties) {
        if (p.kind == PartyKind::state || p.kind == PartyKind::supranational) ids.push_back(p.id);
    }
    return ids;
}

const Party* party_by_id(const MapScene& scene, const std::string& id) {
    const Index p = scene.dataset ? scene.dataset->party_index(id) : no_index;
    return p == no_index ? nullptr : &scene.dataset->parties[p];
}

const char* group_marker_label(std::string_view party) {
    for (const GroupMarker& group : group_markers) {
        if (group.party == party) return group.label.data();
    }
    return nullptr;
}

int overview_scale_top(const MapScene& scene) {
    if (!scene.dataset) return 1;
    if (scene.overview_top_dataset != scene.dataset || scene.overview_top_day != scene.day) {
        scene.overview_top = max_joined_count(*scene.dataset, overview_commitments(scene), scene.day);
        scene.overview_top_dataset = scene.dataset;
        scene.overview_top_day = scene.day;
    }
    return scene.overview_top;
}

PartyStyle party_style(const MapScene& scene, const std::string& party) {
    PartyStyle style;
    const Index p = scene.dataset ? scene.dataset->party_index(party) : no_index;
    if (p == no_index) {
        style.rgb = map_colors(scene.theme).land_without_party_rgb;
        return style;
    }
    switch (scene.mode) {
        case MapMode::overview: {
            const std::vector<Index> shown = overview_commitments(scene);
            const int joined = joined_count(*scene.dataset, p, shown, scene.day);
            style.rgb = overview_rgb(joined, overview_scale_top(scene), scene.theme);
            style.acted = joined > 0;
            return style;
        }
        case MapMode::compare:
            if (scene.compare != no_index && scene.commitment != no_index) {
                const CompareClass c = compare_class(*scene.dataset, p, scene.commitment, scene.compare, scene.day);
                style.rgb = compare_rgb(static_cast<int>(c), scene.theme);
                style.hatched = c == CompareClass::unknown;
                style.hatch_rgb = status_style(Status::unknown, scene.theme).hatch_rgb;
                style.acted = c == CompareClass::both || c == CompareClass::only_a || c == CompareClass::only_b;
                return style;
            }
            break;
        case MapMode::single: break;
    }
    return status_party_style(scene, scene_status(scene, party));
}

PartyStyle status_party_style(const MapScene& scene, const StatusAt& at) {
    PartyStyle style;
    const Status status = at.status;
    const StatusStyle& s = status_style(status, scene.theme);
    style.rgb = s.rgb;
    style.hatched = s.hatched;
    style.hatch_rgb = s.hatch_rgb;
    style.weak = !s.hatched && scene.dataset && is_weak_status(*scene.dataset, at);
    style.acted = status == Status::party || status == Status::declined || status == Status::objected || status == Status::not_signed ||
                  status == Status::withdrawn;
    return style;
}

}  // namespace accord::scene
