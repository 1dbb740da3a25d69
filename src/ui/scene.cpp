// Scene state changes and derived styles: see scene.h.
#include "ui/scene.h"

#include <algorithm>
#include <numeric>

namespace accord::ui {

namespace {
constexpr double flash_seconds = 1.4;
constexpr float timeline_height_css = 118.0f;
constexpr float wide_panel_width_css = 380.0f;
constexpr float narrow_breakpoint_css = 760.0f;
}  // namespace

Layout compute_layout(float width_css, float height_css, bool panel_open, bool touch) {
    Layout layout;
    layout.narrow = width_css < narrow_breakpoint_css;
    layout.touch_target = touch ? 44.0f : 28.0f;
    const float timeline_height = timeline_height_css + (touch ? 16.0f : 0.0f) + (layout.narrow ? 26.0f : 0.0f);
    layout.timeline = {0, height_css - timeline_height, width_css, timeline_height};
    if (!panel_open) {
        layout.map = {0, 0, width_css, height_css - timeline_height};
    } else if (layout.narrow) {
        const float sheet_height = std::round((height_css - timeline_height) * 0.48f);
        layout.panel = {0, height_css - timeline_height - sheet_height, width_css, sheet_height};
        layout.map = {0, 0, width_css, height_css - timeline_height - sheet_height};
    } else {
        layout.panel = {width_css - wide_panel_width_css, 0, wide_panel_width_css, height_css - timeline_height};
        layout.map = {0, 0, width_css - wide_panel_width_css, height_css - timeline_height};
    }
    layout.map.height = std::max(layout.map.height, 1.0f);
    return layout;
}

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
    const Status status = scene_status(scene, party).status;
    const StatusStyle& s = status_style(status, scene.theme);
    style.rgb = s.rgb;
    style.hatched = s.hatched;
    style.hatch_rgb = s.hatch_rgb;
    style.acted = status == Status::party || status == Status::declined || status == Status::not_signed || status == Status::withdrawn;
    return style;
}

void set_day(MapScene& scene, DayNumber day) {
    if (!scene.dataset || day == scene.day) return;
    const DayNumber previous = scene.day;
    scene.day = day;
    if (scene.commitment != no_index) {
        scene.step_delta = scene.dataset->party_count_on(scene.commitment, day) - scene.dataset->party_count_on(scene.commitment, previous);
        for (const StatusChange& change : status_changes(*scene.dataset, scene.commitment, previous, day)) {
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

void advance_scene(MapScene& scene, double dt_seconds) {
    scene.time_seconds += dt_seconds;
    if (scene.player.playing()) set_day(scene, scene.player.advance(dt_seconds));
    std::erase_if(scene.flashes, [&](const Flash& f) { return f.until_seconds <= scene.time_seconds; });
}

}  // namespace accord::ui
