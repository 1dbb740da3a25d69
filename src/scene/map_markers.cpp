// The map's markers: see map_markers.h.
#include "scene/map_markers.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace accord::scene {

namespace {
constexpr float small_map_width_css = 600.0f;
constexpr int spread_rings = 1;  // a marker moves at most one marker away: further, it reads as another place

bool member_on(const Membership& m, DayNumber day) { return m.from.first_day() <= day && (!m.has_until || m.until.last_day() >= day); }

bool is_group(std::string_view party) { return group_marker_label(party) != nullptr; }

bool inside(const CssRect& area, const ShownMarker& m) {
    return m.css.x - m.half_width_css >= area.left && m.css.y - m.half_height_css >= area.top &&
           m.css.x + m.half_width_css <= area.left + area.width && m.css.y + m.half_height_css <= area.top + area.height;
}
}  // namespace

std::vector<std::string> union_members_shown(const MapScene& scene) {
    std::vector<std::string> members;
    const std::string union_id(outlined_union_id);
    if (!scene.dataset || scene_status(scene, union_id).status != Status::party) return members;
    for (const Membership& m : scene.dataset->parties[scene.dataset->party_index(union_id)].members) {
        if (member_on(m, scene.day)) members.push_back(scene.dataset->parties[m.party].id);
    }
    return members;
}

std::vector<std::string> marker_parties(const MapScene& scene) {
    std::vector<std::string> parties = mapped_parties(scene);
    if (!scene.view || scene.view->zoom() >= marker_spread_zoom) return parties;
    const std::vector<std::string> members = union_members_shown(scene);
    const std::uint32_t union_rgb = members.empty() ? 0 : party_style(scene, std::string(outlined_union_id)).rgb;
    std::erase_if(parties, [&](const std::string& party) {
        if (is_group(party) || party == scene.selected || party == scene.hovered) return false;
        const PartyStyle style = party_style(scene, party);
        if (!style.acted) return true;  // its status is unknown or none: nothing to tell at world zoom
        return style.rgb == union_rgb && std::find(members.begin(), members.end(), party) != members.end();  // said by the union's marker
    });
    return parties;
}

bool markers_overlap(const ShownMarker& a, const ShownMarker& b) {
    return std::fabs(a.css.x - b.css.x) < a.half_width_css + b.half_width_css + marker_gap_css &&
           std::fabs(a.css.y - b.css.y) < a.half_height_css + b.half_height_css + marker_gap_css;
}

std::vector<ShownMarker> spread_markers(const std::vector<ShownMarker>& markers, const std::vector<int>& priority, const CssRect& area,
                                        const std::vector<CssPoint>& keep_clear) {
    std::vector<std::size_t> order(markers.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return priority[a] < priority[b]; });
    std::vector<ShownMarker> placed;
    const auto fits = [&](const ShownMarker& m) {
        return inside(area, m) && std::none_of(placed.begin(), placed.end(), [&](const ShownMarker& p) { return markers_overlap(m, p); });
    };
    const auto covers_a_place = [&](const ShownMarker& m) {
        return std::any_of(keep_clear.begin(), keep_clear.end(), [&](const CssPoint& p) {
            return std::fabs(p.x - m.css.x) <= m.half_width_css + marker_gap_css && std::fabs(p.y - m.css.y) <= m.half_height_css + marker_gap_css;
        });
    };
    for (const std::size_t i : order) {
        ShownMarker m = markers[i];
        m.css = m.place_css;
        bool found = fits(m);
        // The spots around the place one marker apart (a square ring, as markers are boxes): first
        // above, right, below and left of it, then the corners.
        const double step = 2 * std::max(m.half_width_css, m.half_height_css) + marker_gap_css;
        for (int ring = 1; ring <= spread_rings && !found; ++ring) {
            std::vector<std::pair<int, int>> spots;
            for (int i = -ring; i <= ring; ++i) {
                for (int j = -ring; j <= ring; ++j) {
                    if (std::max(std::abs(i), std::abs(j)) == ring) spots.emplace_back(i, j);
                }
            }
            std::stable_sort(spots.begin(), spots.end(), [](auto a, auto b) { return std::abs(a.first) + std::abs(a.second) < std::abs(b.first) + std::abs(b.second); });
            for (std::size_t k = 0; k < spots.size() && !found; ++k) {
                m.css = {m.place_css.x + spots[k].first * step, m.place_css.y + spots[k].second * step};
                found = fits(m) && !covers_a_place(m);
            }
        }
        if (found) placed.push_back(m);
    }
    return placed;
}

void refresh_markers(MapScene& scene) {
    scene.markers.clear();
    if (!scene.mesh || !scene.view) return;
    scene.marker_rules.always.clear();
    for (const GroupMarker& group : group_markers) scene.marker_rules.always.emplace_back(group.party);
    const bool small_map = scene.view->rect().width < small_map_width_css;
    scene.marker_rules.marker_radius_css = small_map ? 4.0 : 5.0;
    scene.marker_rules.min_shape_css = small_map ? 5.0 : 7.0;
    const std::vector<std::string> parties = mapped_parties(scene);
    std::vector<ShownMarker> candidates = shown_markers(*scene.mesh, *scene.view, scene.marker_rules, marker_parties(scene));
    const bool world_zoom = scene.view->zoom() < marker_spread_zoom;
    // The places of the states on screen: a marker moved out of a crowd must not hide one.
    std::vector<CssPoint> places;
    std::vector<std::size_t> place_markers;
    for (std::size_t i = 0; i < scene.mesh->markers.size(); ++i) {
        const WorldMarker& w = scene.mesh->markers[i];
        if (!(w.flags & WorldMarker::has_shape) || std::find(parties.begin(), parties.end(), w.party) == parties.end()) continue;
        const auto css = scene.view->css_of({w.lon_deg, w.lat_deg});
        if (!css) continue;
        places.push_back(*css);
        place_markers.push_back(i);
    }
    // Sizes, and who takes its place first: the selection, the group markers, the states that
    // acted, then the rest (zoomed in).
    const auto size_and_rank = [&](ShownMarker& m) {
        const WorldMarker& w = scene.mesh->markers[m.marker];
        const bool group = w.flags & WorldMarker::derived;
        if (group && world_zoom) {
            for (const GroupMarker& g : group_markers) {
                if (g.party != w.party) continue;
                if (const auto at_sea = scene.view->css_of({g.world_lon_deg, g.world_lat_deg})) m.css = m.place_css = *at_sea;
            }
        }
        m.half_width_css = group ? group_marker_half_width_css : scene.marker_rules.marker_radius_css + marker_ring_css;
        m.half_height_css = group ? group_marker_half_height_css : scene.marker_rules.marker_radius_css + marker_ring_css;
        return w.party == scene.selected ? 0 : group ? 1 : party_style(scene, w.party).acted ? 2 : 3;
    };
    std::vector<int> priority;
    for (ShownMarker& m : candidates) priority.push_back(size_and_rank(m));
    // A state whose place a drawn marker covers gets a marker of its own (France under Monaco's on
    // a phone), until none is covered (a few rounds at most); not a tiny one with nothing to tell.
    const std::vector<ShownMarker> small = world_zoom ? shown_markers(*scene.mesh, *scene.view, scene.marker_rules, parties) : candidates;
    const auto quiet_and_small = [&](std::size_t i) {
        return !party_style(scene, scene.mesh->markers[i].party).acted &&
               std::any_of(small.begin(), small.end(), [&](const ShownMarker& m) { return m.marker == i; });
    };
    for (int round = 0; round < 4; ++round) {
        scene.markers = spread_markers(candidates, priority, scene.view->rect(), places);
        std::size_t added = 0;
        for (std::size_t k = 0; k < places.size(); ++k) {
            const std::size_t i = place_markers[k];
            if (std::any_of(candidates.begin(), candidates.end(), [&](const ShownMarker& c) { return c.marker == i; })) continue;
            if (world_zoom && quiet_and_small(i)) continue;
            const bool covered = std::any_of(scene.markers.begin(), scene.markers.end(), [&](const ShownMarker& m) {
                return std::fabs(places[k].x - m.css.x) <= m.half_width_css && std::fabs(places[k].y - m.css.y) <= m.half_height_css;
            });
            if (!covered) continue;
            ShownMarker m{i, places[k], places[k], 0, 0};
            priority.push_back(size_and_rank(m));
            candidates.push_back(m);
            ++added;
        }
        if (added == 0) break;
    }
}

}  // namespace accord::scene
