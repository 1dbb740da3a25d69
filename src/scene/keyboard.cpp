// Keyboard focus and arrow selection: see keyboard.h.
#include "scene/keyboard.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

#include "scene/scene.h"

namespace accord::scene {

namespace {

std::ptrdiff_t index_of(const std::vector<FocusStop>& stops, const std::string& name) {
    const auto it = std::find_if(stops.begin(), stops.end(), [&](const FocusStop& s) { return s.name == name; });
    return it == stops.end() ? -1 : it - stops.begin();
}

void focus_on(KeyboardFocus& focus, const std::string& name) {
    focus.focused = name;
    focus.visible = true;
    focus.pending = true;
}

}  // namespace

void begin_focus_frame(KeyboardFocus& focus) { focus.stops.clear(); }

void end_focus_frame(KeyboardFocus& focus) {
    // By group, in drawing order within a group: a pass per group (a handful), rather than a
    // stable sort, whose merge code the wasm would carry for this alone.
    focus.order.clear();
    for (int group = 0; group <= static_cast<int>(FocusGroup::dialog); ++group) {
        for (const FocusStop& stop : focus.stops) {
            if (static_cast<int>(stop.group) == group) focus.order.push_back(stop);
        }
    }
    // A stop that went away (its panel closed) hands the focus to the map, where the reader was.
    if (!focus.focused.empty() && !focus.order.empty() && index_of(focus.order, focus.focused) < 0) {
        focus.focused = index_of(focus.order, map_stop) >= 0 ? map_stop : "";
        focus.pending = !focus.focused.empty();
    }
}

bool move_focus(KeyboardFocus& focus, bool backwards) {
    const std::vector<FocusStop>& order = focus.order;
    const std::ptrdiff_t count = static_cast<std::ptrdiff_t>(order.size());
    const std::ptrdiff_t at = index_of(order, focus.focused);
    const std::ptrdiff_t next = at < 0 ? (backwards ? count - 1 : 0) : at + (backwards ? -1 : 1);
    if (next < 0 || next >= count) {
        focus.focused.clear();
        focus.visible = false;
        focus.pending = false;
        focus.shortcuts_open = false;
        return false;
    }
    focus_on(focus, order[static_cast<std::size_t>(next)].name);
    return true;
}

void enter_focus(KeyboardFocus& focus, bool backwards) {
    if (focus.order.empty()) return;
    focus_on(focus, backwards ? focus.order.back().name : focus.order.front().name);
}

void hide_focus_ring(KeyboardFocus& focus) { focus.visible = false; }

void follow_focus(KeyboardFocus& focus, const std::string& name) {
    if (focus.pending) return;  // the keyboard's move is still to be applied
    focus.focused = name;
}

bool scene_drives(const KeyboardFocus& focus) {
    return focus.focused.empty() || focus.focused == map_stop || focus.focused == time_axis_stop;
}

// [SECTION] arrows on the map

namespace {

struct Place {
    std::string party;
    CssPoint css;
};

// Where each party with a place is drawn: its marker where one is shown (a group's pill at sea),
// else its place projected; only those inside the map's area.
std::vector<Place> places_on_map(const MapScene& scene) {
    std::vector<Place> places;
    if (!scene.mesh || !scene.view || !scene.dataset) return places;
    const CssRect& area = scene.view->rect();
    std::vector<std::optional<CssPoint>> drawn(scene.mesh->markers.size());  // by marker, in one pass
    for (const ShownMarker& shown : scene.markers) {
        if (shown.marker < drawn.size()) drawn[shown.marker] = shown.css;
    }
    for (std::size_t i = 0; i < scene.mesh->markers.size(); ++i) {
        const WorldMarker& marker = scene.mesh->markers[i];
        if (!party_by_id(scene, marker.party)) continue;
        std::optional<CssPoint> css = drawn[i];
        if (!css) css = scene.view->css_of({marker.lon_deg, marker.lat_deg});
        if (!css || css->x < area.left || css->y < area.top || css->x > area.left + area.width || css->y > area.top + area.height) continue;
        places.push_back({marker.party, *css});
    }
    return places;
}

}  // namespace

std::string party_in_direction(const MapScene& scene, ArrowDirection direction) {
    const std::vector<Place> places = places_on_map(scene);
    const auto from = std::find_if(places.begin(), places.end(), [&](const Place& p) { return p.party == scene.selected; });
    std::string best;
    double best_score = std::numeric_limits<double>::infinity();
    if (from == places.end()) {
        const CssPoint center = scene.view ? scene.view->map_center_css() : CssPoint{};
        for (const Place& p : places) {
            const double d = std::hypot(p.css.x - center.x, p.css.y - center.y);
            if (d < best_score) best_score = d, best = p.party;
        }
        return best;
    }
    const double dx = direction == ArrowDirection::left ? -1 : direction == ArrowDirection::right ? 1 : 0;
    const double dy = direction == ArrowDirection::up ? -1 : direction == ArrowDirection::down ? 1 : 0;
    const double cone = 1.7320508075688772;  // tan 60°
    for (const Place& p : places) {
        if (p.party == from->party) continue;
        const double ox = p.css.x - from->css.x, oy = p.css.y - from->css.y;
        const double along = ox * dx + oy * dy;
        const double across = std::fabs(ox * dy - oy * dx);
        if (along <= 0.5 || across > along * cone) continue;
        const double score = along + 2 * across;
        if (score < best_score) best_score = score, best = p.party;
    }
    return best;
}

void select_in_direction(MapScene& scene, ArrowDirection direction) {
    const std::string party = party_in_direction(scene, direction);
    if (!party.empty()) choose_party(scene, party, false);
}

}  // namespace accord::scene
