// Keyboard focus: the tab order by region, leaving the atlas past either end, entering from
// either side, a closed panel handing its focus to the map; and the arrows on the map, which
// move the selection to the nearest country in their direction.
#include <gtest/gtest.h>

#include <cmath>

#include "scene/keyboard.h"
#include "scene/map_markers.h"
#include "scene/scene_fixture.h"

namespace accord::scene {
namespace {

using test::SceneSetup;
using test::shipped_dataset;

// A frame's stops in drawing order: the header, then the timeline, then the record, and the map
// recorded first of all (its input is read before the panels are drawn).
KeyboardFocus drawn_frame(bool panel_open = true) {
    KeyboardFocus k;
    begin_focus_frame(k);
    k.stops.push_back({map_stop, FocusGroup::map, 0, true, {}});
    k.stops.push_back({"mode-single", FocusGroup::header, 11, false, {}});
    k.stops.push_back({"search", FocusGroup::header, 12, false, {}});
    k.stops.push_back({"play", FocusGroup::timeline, 21, false, {}});
    k.stops.push_back({time_axis_stop, FocusGroup::timeline, 22, true, {}});
    if (panel_open) k.stops.push_back({"close", FocusGroup::panel, 31, false, {}});
    end_focus_frame(k);
    return k;
}

std::vector<std::string> names(const std::vector<FocusStop>& stops) {
    std::vector<std::string> out;
    for (const FocusStop& s : stops) out.push_back(s.name);
    return out;
}

TEST(Keyboard, TabOrderIsHeaderMapTimelinePanelWhateverTheDrawingOrder) {
    const KeyboardFocus k = drawn_frame();
    EXPECT_EQ(names(k.order), (std::vector<std::string>{"mode-single", "search", "map", "play", "time-axis", "close"}));
}

TEST(Keyboard, TabWalksTheStopsAndLeavesTheAtlasPastTheLast) {
    KeyboardFocus k = drawn_frame();
    std::vector<std::string> visited;
    while (move_focus(k, false)) {
        visited.push_back(k.focused);
        EXPECT_TRUE(k.visible);
        EXPECT_TRUE(k.pending) << "the UI is to move its focus there";
        k.pending = false;
    }
    EXPECT_EQ(visited, names(k.order));
    EXPECT_TRUE(k.focused.empty()) << "past the last stop the page takes the focus";
    EXPECT_FALSE(k.visible);
}

TEST(Keyboard, ShiftTabWalksBackAndLeavesBeforeTheFirst) {
    KeyboardFocus k = drawn_frame();
    enter_focus(k, true);
    EXPECT_EQ(k.focused, "close") << "Shift-Tab from after the canvas enters at the last stop";
    ASSERT_TRUE(move_focus(k, true));
    EXPECT_EQ(k.focused, "time-axis");
    k.focused = "mode-single";
    EXPECT_FALSE(move_focus(k, true));
    EXPECT_TRUE(k.focused.empty());
}

TEST(Keyboard, EnteringForwardFocusesTheFirstStop) {
    KeyboardFocus k = drawn_frame();
    enter_focus(k, false);
    EXPECT_EQ(k.focused, "mode-single");
    EXPECT_TRUE(k.visible);
}

TEST(Keyboard, AStopThatWentAwayHandsTheFocusToTheMap) {
    KeyboardFocus k = drawn_frame(true);
    k.focused = "close";
    begin_focus_frame(k);
    k.stops = drawn_frame(false).stops;  // the record closed
    end_focus_frame(k);
    EXPECT_EQ(k.focused, map_stop);
    EXPECT_TRUE(k.pending);
}

TEST(Keyboard, FollowingTheUiWaitsForAKeyboardMoveToLand) {
    KeyboardFocus k = drawn_frame();
    ASSERT_TRUE(move_focus(k, false));
    follow_focus(k, "play");
    EXPECT_EQ(k.focused, "mode-single") << "the move is not applied yet";
    k.pending = false;
    follow_focus(k, "play");
    EXPECT_EQ(k.focused, "play");
    EXPECT_FALSE(scene_drives(k));
    k.focused = time_axis_stop;
    EXPECT_TRUE(scene_drives(k));
}

// [SECTION] arrows on the map

std::optional<CssPoint> place_of(const SceneSetup& s, const std::string& party) {
    for (const WorldMarker& m : s.scene.mesh->markers) {
        if (m.party == party) return s.view.css_of({m.lon_deg, m.lat_deg});
    }
    return std::nullopt;
}

TEST(Keyboard, WithNoSelectionAnArrowSelectsTheCountryNearestTheCentre) {
    ACCORD_NEEDS_WORLD();
    SceneSetup s(shipped_dataset());
    refresh_markers(s.scene);
    const std::string first = party_in_direction(s.scene, ArrowDirection::right);
    ASSERT_FALSE(first.empty());
    const CssPoint center = s.view.map_center_css();
    const auto at = place_of(s, first);
    ASSERT_TRUE(at);
    for (const WorldMarker& m : s.scene.mesh->markers) {
        const auto other = s.view.css_of({m.lon_deg, m.lat_deg});
        if (!other || !party_by_id(s.scene, m.party) || group_marker_label(m.party)) continue;
        EXPECT_LE(std::hypot(at->x - center.x, at->y - center.y), std::hypot(other->x - center.x, other->y - center.y) + 0.01) << m.party;
    }
}

TEST(Keyboard, EachArrowMovesTheSelectionThatWay) {
    ACCORD_NEEDS_WORLD();
    SceneSetup s(shipped_dataset());
    choose_party(s.scene, "FRA", false);
    refresh_markers(s.scene);
    const auto france = place_of(s, "FRA");
    ASSERT_TRUE(france);
    const struct {
        ArrowDirection direction;
        double dx, dy;
    } arrows[] = {{ArrowDirection::left, -1, 0}, {ArrowDirection::right, 1, 0}, {ArrowDirection::up, 0, -1}, {ArrowDirection::down, 0, 1}};
    for (const auto& a : arrows) {
        const std::string next = party_in_direction(s.scene, a.direction);
        ASSERT_FALSE(next.empty()) << static_cast<int>(a.direction);
        EXPECT_NE(next, "FRA");
        const auto at = place_of(s, next);
        ASSERT_TRUE(at) << next;
        const double along = (at->x - france->x) * a.dx + (at->y - france->y) * a.dy;
        const double across = std::fabs((at->x - france->x) * a.dy - (at->y - france->y) * a.dx);
        EXPECT_GT(along, 0) << next << " is that way of France";
        EXPECT_LE(across, along * std::tan(60.0 * 3.14159265358979 / 180.0) + 0.01) << next << " is within 60 degrees of the arrow";
    }
    select_in_direction(s.scene, ArrowDirection::right);
    EXPECT_NE(s.scene.selected, "FRA");
    EXPECT_EQ(s.scene.panel, RecordPanel::country) << "its record opens, as a click would";
}

TEST(Keyboard, NothingThatWayKeepsTheSelection) {
    ACCORD_NEEDS_WORLD();
    SceneSetup s(shipped_dataset());
    refresh_markers(s.scene);
    // Walk left until nothing is left of the selection: the selection then stays.
    std::string last;
    select_in_direction(s.scene, ArrowDirection::left);
    for (int i = 0; i < 400 && last != s.scene.selected; ++i) {
        last = s.scene.selected;
        select_in_direction(s.scene, ArrowDirection::left);
    }
    ASSERT_FALSE(s.scene.selected.empty());
    EXPECT_TRUE(party_in_direction(s.scene, ArrowDirection::left).empty());
    EXPECT_EQ(s.scene.selected, last);
}

}  // namespace
}  // namespace accord::scene
