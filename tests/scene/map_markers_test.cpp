// The map's markers at the default view: only where they add information (the states that acted,
// the selection, the group markers), the union's members folded into its marker while it is a
// party, spread out when zoomed in, and never two drawn over each other at any width, in any
// mode, for any commitment of the shipped dataset.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "scene/map_markers.h"
#include "scene/scene_fixture.h"

namespace accord::scene {
namespace {

using test::SceneSetup;
using test::shipped_dataset;

const std::string& party_of(const SceneSetup& s, const ShownMarker& m) { return s.scene.mesh->markers[m.marker].party; }

bool has_marker(const SceneSetup& s, const std::string& party) {
    return std::any_of(s.scene.markers.begin(), s.scene.markers.end(), [&](const ShownMarker& m) { return party_of(s, m) == party; });
}

// What a reader sees: each drawn marker's box inside the map and apart from every other.
void expect_apart(const SceneSetup& s, const std::string& where) {
    const std::vector<ShownMarker>& markers = s.scene.markers;
    const CssRect& area = s.view.rect();
    for (std::size_t i = 0; i < markers.size(); ++i) {
        const ShownMarker& a = markers[i];
        EXPECT_TRUE(a.css.x - a.half_width_css >= area.left && a.css.x + a.half_width_css <= area.left + area.width &&
                    a.css.y - a.half_height_css >= area.top && a.css.y + a.half_height_css <= area.top + area.height)
            << party_of(s, a) << " leaves the map " << where;
        for (std::size_t j = i + 1; j < markers.size(); ++j) {
            const ShownMarker& b = markers[j];
            const bool overlap = std::fabs(a.css.x - b.css.x) < a.half_width_css + b.half_width_css &&
                                 std::fabs(a.css.y - b.css.y) < a.half_height_css + b.half_height_css;
            EXPECT_FALSE(overlap) << party_of(s, a) << " overlaps " << party_of(s, b) << " " << where;
        }
    }
}

struct Canvas {
    float width, height;
};
constexpr Canvas canvases[] = {{300, 420}, {320, 568}, {390, 844}, {768, 1024}, {1024, 768}, {1440, 900}};

TEST(MapMarkers, NoTwoMarkersOverlapAtTheDefaultViewAtAnyWidthModeAndCommitment) {
    ACCORD_NEEDS_WORLD();
    const auto dataset = shipped_dataset();
    for (const Canvas canvas : canvases) {
        SceneSetup s(dataset, canvas.width, canvas.height);
        for (Index c = 0; c < dataset->commitments.size(); ++c) {
            set_commitment(s.scene, c);
            for (const MapMode mode : {MapMode::single, MapMode::compare, MapMode::overview}) {
                if (mode == MapMode::overview && c > 0) continue;  // the overview counts every commitment
                set_mode(s.scene, mode);
                if (mode == MapMode::compare) set_compare(s.scene, c == 0 ? 1 : 0);
                refresh_markers(s.scene);
                expect_apart(s, "at " + std::to_string(static_cast<int>(canvas.width)) + " px in " + map_mode_name(mode) + " for " + dataset->commitments[c].id);
            }
            set_mode(s.scene, MapMode::single);
        }
    }
}

TEST(MapMarkers, AtWorldZoomOnlyStatesThatActedTheSelectionAndTheGroups) {
    ACCORD_NEEDS_WORLD();
    SceneSetup s(shipped_dataset(), 390, 844);
    refresh_markers(s.scene);
    ASSERT_FALSE(s.scene.markers.empty());
    // A state too small to see without a marker: what a marker once was drawn for.
    const std::vector<ShownMarker> small = shown_markers(*s.scene.mesh, s.view, s.scene.marker_rules, mapped_parties(s.scene));
    for (const ShownMarker& m : s.scene.markers) {
        const std::string& party = party_of(s, m);
        const bool tiny = std::any_of(small.begin(), small.end(), [&](const ShownMarker& t) { return t.marker == m.marker; });
        // Else: a state big enough to see whose place another marker would cover.
        EXPECT_TRUE(group_marker_label(party) || party_style(s.scene, party).acted || !tiny) << party << " has nothing to tell at world zoom";
    }
    // A small state with no known status appears when chosen.
    std::string unshown;
    for (const char* id : {"TUV", "NRU", "SMR", "PLW", "MCO", "LIE", "AND", "KNA"}) {
        if (!party_style(s.scene, id).acted && !has_marker(s, id)) {
            unshown = id;
            break;
        }
    }
    ASSERT_FALSE(unshown.empty()) << "every tiny state acted on the default commitment";
    choose_party(s.scene, unshown, false);
    refresh_markers(s.scene);
    EXPECT_TRUE(has_marker(s, unshown)) << "the selection has its marker";
}

TEST(MapMarkers, FewerMarkersAtWorldZoomThanSmallStates) {
    ACCORD_NEEDS_WORLD();
    for (const Canvas canvas : canvases) {
        SceneSetup s(shipped_dataset(), canvas.width, canvas.height);
        for (const MapMode mode : {MapMode::single, MapMode::overview}) {
            set_mode(s.scene, mode);
            refresh_markers(s.scene);
            const std::size_t drawn = s.scene.markers.size();
            // What the map drew before: a marker for every state too small to see.
            const std::size_t small = shown_markers(*s.scene.mesh, s.view, s.scene.marker_rules, mapped_parties(s.scene)).size();
            std::printf("markers at %.0fx%.0f in %s: %zu drawn, %zu states too small to see\n", canvas.width, canvas.height, map_mode_name(mode), drawn, small);
            if (mode == MapMode::single) EXPECT_LT(drawn * 2, small) << drawn << " markers drawn of " << small << " small states";
        }
    }
}

TEST(MapMarkers, TheUnionsMembersFoldIntoItsMarkerWhileItIsAPartyAndSpreadOnZoom) {
    ACCORD_NEEDS_WORLD();
    SceneSetup s(shipped_dataset(), 1440, 900);
    // A commitment the union is a party to, with a small member state of the union's colour.
    std::string member;
    for (Index c = 0; c < s.dataset->commitments.size() && member.empty(); ++c) {
        set_commitment(s.scene, c);
        const std::vector<std::string> members = union_members_shown(s.scene);
        const std::uint32_t union_rgb = party_style(s.scene, std::string(outlined_union_id)).rgb;
        for (const char* id : {"LUX", "MLT", "CYP"}) {
            if (std::find(members.begin(), members.end(), id) != members.end() && party_style(s.scene, id).rgb == union_rgb) member = id;
        }
    }
    ASSERT_FALSE(member.empty()) << "no commitment with the union and Luxembourg, Malta or Cyprus as parties";
    refresh_markers(s.scene);
    EXPECT_FALSE(has_marker(s, member)) << member << " is said by the union's marker";
    EXPECT_TRUE(has_marker(s, std::string(outlined_union_id)));
    const auto member_marker = std::find_if(s.scene.mesh->markers.begin(), s.scene.mesh->markers.end(), [&](const WorldMarker& m) { return m.party == member; });
    ASSERT_NE(member_marker, s.scene.mesh->markers.end());
    const auto place = s.view.css_of({member_marker->lon_deg, member_marker->lat_deg});
    ASSERT_TRUE(place);
    s.view.zoom_at(*place, marker_spread_zoom + 0.5, true);
    refresh_markers(s.scene);
    expect_apart(s, "zoomed in");
    const bool needs_marker = !shown_markers(*s.scene.mesh, s.view, s.scene.marker_rules, {member}).empty();
    EXPECT_TRUE(has_marker(s, member) || !needs_marker) << "zoomed in, " << member << " has a marker of its own, or is big enough to need none";
}

TEST(MapMarkers, SpreadMovesACrowdApartAroundItsPlaces) {
    // Five markers on one spot: the first keeps it, the others take the spots around it.
    std::vector<ShownMarker> crowd;
    for (std::size_t i = 0; i < 5; ++i) crowd.push_back({i, {100, 100}, {100, 100}, 6, 6});
    const std::vector<ShownMarker> drawn = spread_markers(crowd, {3, 2, 2, 2, 1}, {0, 0, 200, 200});
    ASSERT_EQ(drawn.size(), 5u);
    EXPECT_EQ(drawn[0].marker, 4u) << "the highest priority goes first";
    EXPECT_DOUBLE_EQ(drawn[0].css.x, 100);
    EXPECT_DOUBLE_EQ(drawn[0].css.y, 100);
    for (std::size_t i = 0; i < drawn.size(); ++i) {
        EXPECT_LE(std::hypot(drawn[i].css.x - 100, drawn[i].css.y - 100), 13.0 * std::sqrt(2.0) + 0.01) << "one marker away at most";
        for (std::size_t j = i + 1; j < drawn.size(); ++j) EXPECT_FALSE(markers_overlap(drawn[i], drawn[j]));
    }
    // No room: the ones that find none are left out rather than drawn over the others.
    const std::vector<ShownMarker> cramped = spread_markers(crowd, {0, 0, 0, 0, 0}, {94, 94, 12, 12});
    EXPECT_EQ(cramped.size(), 1u);
}

// Fewer markers must not make what they tell unreachable: every drawn marker picks its party, and
// on a desktop every state that acted has a point on screen that picks it back (screenPos,
// partyAt); only tiny states with nothing to tell have none.
TEST(MapMarkers, EveryMarkerAndOnADesktopEveryStateThatActedCanBePicked) {
    ACCORD_NEEDS_WORLD();
    for (const Canvas canvas : {Canvas{1440, 900}, Canvas{390, 844}}) {
        SceneSetup s(shipped_dataset(), canvas.width, canvas.height);
        refresh_markers(s.scene);
        std::vector<std::string> unreachable;
        for (const std::string& party : mapped_parties(s.scene)) {
            const bool on_map = std::any_of(s.scene.mesh->markers.begin(), s.scene.mesh->markers.end(), [&](const WorldMarker& m) { return m.party == party; });
            if (!on_map) continue;
            const auto at = css_position_of(*s.scene.mesh, *s.scene.picker, s.view, s.scene.markers, s.scene.marker_rules, party);
            if (!at || party_at_css(*s.scene.mesh, *s.scene.picker, s.view, s.scene.markers, s.scene.marker_rules, *at) != party) unreachable.push_back(party);
        }
        // On a phone, a few states of a few pixels in a crowd (the Netherlands, Palestine) and the
        // tiny states with nothing to tell cannot be tapped at world zoom; search and zoom reach them.
        std::string list;
        for (const std::string& p : unreachable) list += p + " ";
        std::printf("not pickable at world zoom at %.0f px: %s\n", canvas.width, list.c_str());
        for (const std::string& party : unreachable) {
            EXPECT_FALSE(has_marker(s, party)) << party << "'s marker does not pick it";
            if (canvas.width >= 1024) EXPECT_FALSE(party_style(s.scene, party).acted) << party << " acted and cannot be picked at " << canvas.width;
        }
    }
}

}  // namespace
}  // namespace accord::scene
