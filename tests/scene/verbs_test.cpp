// Every scene verb on a known dataset: what a dataset switch keeps, what a click, a search choice,
// the timeline controls and the panels change, and that a panel opening keeps the map still.
#include <gtest/gtest.h>

#include <algorithm>

#include "scene/scene.h"
#include "scene_fixture.h"

namespace accord::scene {
namespace {

using test::SceneSetup;
using test::shipped_dataset;
using test::small_dataset;

bool flashing(const MapScene& scene, const std::string& party) {
    return std::any_of(scene.flashes.begin(), scene.flashes.end(), [&](const Flash& f) { return f.party == party; });
}

TEST(SceneDataset, OpensOnTheNamedDefaultCommitmentAtTheAsOfDate) {
    SceneSetup s(shipped_dataset());
    ASSERT_NE(s.scene.commitment, no_index);
    EXPECT_EQ(s.dataset->commitments[s.scene.commitment].id, default_commitment_id);
    EXPECT_EQ(s.scene.day, s.dataset->info.as_of.last_day());
    EXPECT_FALSE(s.scene.event_days.empty());
    EXPECT_LT(s.scene.axis_first_day, s.dataset->first_day());
    EXPECT_GT(s.scene.axis_last_day, s.dataset->last_day());
}

TEST(SceneDataset, WithoutTheDefaultCommitmentOpensOnTheFirst) {
    SceneSetup s(small_dataset());
    EXPECT_EQ(s.scene.commitment, 0u);
    EXPECT_EQ(format_day(s.scene.day), "2026-01-01");
}

TEST(SceneDataset, AnotherDatasetKeepsCommitmentAndSelectionByIdButResetsDayPlaybackAndPanels) {
    SceneSetup s(small_dataset());
    set_commitment(s.scene, s.commitment("treaty"));
    click_party(s.scene, "ITA");
    set_day(s.scene, s.day("2024-06-01"));
    play(s.scene);
    s.scene.panels.search_query[0] = 'x';
    LoadResult other = test::load_json([] {
        Json j = test::fixture_json();
        j["dataset"]["id"] = "other";
        j["parties"].erase(j["parties"].begin() + 4);  // no Italy
        return j;
    }());
    ASSERT_TRUE(other.dataset) << (other.problems.empty() ? "" : other.problems[0].message);
    const PreviousView previous = previous_view(s.scene, other.dataset.get());
    EXPECT_FALSE(previous.same_edition);
    show_dataset(s.scene, other.dataset.get(), previous);
    EXPECT_EQ(other.dataset->commitments[s.scene.commitment].id, "treaty");
    EXPECT_EQ(format_day(s.scene.day), "2026-01-01");
    EXPECT_FALSE(s.scene.player.playing());
    EXPECT_TRUE(s.scene.selected.empty()) << "Italy is not in the other dataset";
    EXPECT_EQ(s.scene.panel, RecordPanel::none);
    EXPECT_EQ(s.scene.panels.search_query[0], '\0');
}

TEST(SceneDataset, TheSameEditionAgainKeepsDayAxisPlaybackAndSelection) {
    SceneSetup s(small_dataset());
    click_party(s.scene, "DEU");
    set_day(s.scene, s.day("2024-06-01"));
    zoom_time_axis(s.scene, s.scene.day, 0.5);
    const double axis_first = s.scene.axis_first_day;
    play(s.scene);
    LoadResult again = test::load_json(test::fixture_json());
    const PreviousView previous = previous_view(s.scene, again.dataset.get());
    EXPECT_TRUE(previous.same_edition);
    show_dataset(s.scene, again.dataset.get(), previous);
    EXPECT_EQ(format_day(s.scene.day), "2024-06-01");
    EXPECT_EQ(s.scene.axis_first_day, axis_first);
    EXPECT_TRUE(s.scene.player.playing());
    EXPECT_EQ(s.scene.selected, "DEU");
    EXPECT_EQ(s.scene.panel, RecordPanel::country);
}

TEST(SceneDataset, CompareModeWithoutItsCommitmentFallsBackToOne) {
    SceneSetup s(small_dataset());
    set_mode(s.scene, MapMode::compare);
    show_dataset(s.scene, nullptr, previous_view(s.scene, nullptr));
    PreviousView previous;  // nothing to keep
    show_dataset(s.scene, small_dataset().get(), previous);
    EXPECT_EQ(s.scene.mode, MapMode::single);
}

TEST(SceneVerbs, SetDayCountsTheStepAndFlashesWhatChanged) {
    SceneSetup s(small_dataset());
    set_day(s.scene, s.day("2023-11-02"));
    s.scene.flashes.clear();
    set_day(s.scene, s.day("2023-12-05"));  // Germany's "November 2023" signature is now certain
    const Index decl = s.commitment("decl");
    EXPECT_EQ(s.scene.step_delta, s.dataset->party_count_on(decl, s.day("2023-12-05")) - s.dataset->party_count_on(decl, s.day("2023-11-02")));
    EXPECT_EQ(s.scene.step_delta, 1);
    EXPECT_TRUE(flashing(s.scene, "DEU"));
    EXPECT_FALSE(flashing(s.scene, "FRA")) << "France signed before";
    EXPECT_FALSE(flashing(s.scene, "GBR"));
    EXPECT_TRUE(s.scene.view_changed);
    advance_scene(s.scene, 2.0);
    EXPECT_TRUE(s.scene.flashes.empty()) << "flashes last a moment";
}

TEST(SceneVerbs, ReducedMotionJumpsInsteadOfFlyingAndFlashesNothing) {
    ACCORD_NEEDS_WORLD();
    SceneSetup s(small_dataset());
    set_day(s.scene, s.day("2023-11-02"));
    set_day(s.scene, s.day("2023-12-05"));
    ASSERT_TRUE(flashing(s.scene, "DEU"));
    set_reduced_motion(s.scene, true);
    EXPECT_TRUE(s.scene.reduced_motion);
    EXPECT_TRUE(s.scene.flashes.empty()) << "a flash running when the reader asks for less motion stops";
    set_day(s.scene, s.day("2023-11-02"));
    set_day(s.scene, s.day("2023-12-05"));
    EXPECT_EQ(s.scene.step_delta, 1) << "the count still says the step";
    EXPECT_TRUE(s.scene.flashes.empty()) << "but nothing flashes";
    fly_to_party(s.scene, "DEU");
    EXPECT_FALSE(s.view.animate(1.0 / 60)) << "one frame later the view is there: no flight";
    EXPECT_GT(s.view.zoom(), 1.5);
    s.view.set_projection(ProjectionKind::orthographic);
    s.view.animate(1.0 / 60);
    EXPECT_EQ(s.view.projection_mix(), 1.0) << "no blend between projections";
    set_reduced_motion(s.scene, false);
    fly_to_party(s.scene, "FRA");
    EXPECT_TRUE(s.view.animate(1.0 / 60)) << "with motion, the view flies again";
}

TEST(SceneVerbs, SetCommitmentClearsTheStepAndIgnoresAnUnknownIndex) {
    SceneSetup s(small_dataset());
    set_day(s.scene, s.day("2023-11-02"));
    set_day(s.scene, s.day("2023-12-05"));
    ASSERT_NE(s.scene.step_delta, 0);
    set_commitment(s.scene, s.commitment("treaty"));
    EXPECT_EQ(s.scene.commitment, s.commitment("treaty"));
    EXPECT_EQ(s.scene.step_delta, 0);
    EXPECT_TRUE(s.scene.flashes.empty());
    set_commitment(s.scene, 99);
    EXPECT_EQ(s.scene.commitment, s.commitment("treaty"));
}

TEST(SceneVerbs, CompareModePicksASecondCommitment) {
    SceneSetup s(small_dataset());
    set_mode(s.scene, MapMode::compare);
    EXPECT_EQ(s.scene.mode, MapMode::compare);
    EXPECT_EQ(s.scene.compare, 1u) << "the other of the first two";
    set_compare(s.scene, s.commitment("frontier"));
    EXPECT_EQ(s.scene.compare, s.commitment("frontier"));
    set_compare(s.scene, 42);
    EXPECT_EQ(s.scene.compare, s.commitment("frontier"));
    set_mode(s.scene, MapMode::overview);
    EXPECT_EQ(s.scene.mode, MapMode::overview);
}

TEST(SceneVerbs, AClickSelectsAndOpensTheRecordAndTheSeaClosesIt) {
    SceneSetup s(small_dataset());
    click_party(s.scene, "FRA");
    EXPECT_EQ(s.scene.selected, "FRA");
    EXPECT_EQ(s.scene.panel, RecordPanel::country);
    click_party(s.scene, "");
    EXPECT_TRUE(s.scene.selected.empty());
    EXPECT_EQ(s.scene.panel, RecordPanel::none);
    open_panel(s.scene, RecordPanel::commitment);
    click_party(s.scene, "");
    EXPECT_EQ(s.scene.panel, RecordPanel::commitment) << "the sea does not close a commitment's record";
}

TEST(SceneVerbs, ChoosingAPartyFliesToItUnlessAskedNotTo) {
    ACCORD_NEEDS_WORLD();
    SceneSetup s(shipped_dataset());
    choose_party(s.scene, "FRA", false);
    EXPECT_EQ(s.scene.selected, "FRA");
    EXPECT_EQ(s.scene.panel, RecordPanel::country);
    EXPECT_DOUBLE_EQ(s.view.target_zoom(), 1.0);
    choose_party(s.scene, "FRA");
    EXPECT_GE(s.view.target_zoom(), 2.0);
    EXPECT_LE(s.view.target_zoom(), 12.0);
    choose_party(s.scene, "MCO");  // Monaco: a marker, no shape worth zooming to a fifth of the map
    EXPECT_LE(s.view.target_zoom(), 12.0);
    clear_selection(s.scene);
    EXPECT_TRUE(s.scene.selected.empty());
    EXPECT_EQ(s.scene.panel, RecordPanel::none);
}

TEST(SceneVerbs, ASearchedCommitmentIsShownWithItsRecord) {
    SceneSetup s(small_dataset());
    choose_search_commitment(s.scene, s.commitment("treaty"));
    EXPECT_EQ(s.scene.commitment, s.commitment("treaty"));
    EXPECT_EQ(s.scene.panel, RecordPanel::commitment);
    toggle_panel(s.scene, RecordPanel::commitment);
    EXPECT_EQ(s.scene.panel, RecordPanel::none);
    toggle_panel(s.scene, RecordPanel::commitment);
    EXPECT_EQ(s.scene.panel, RecordPanel::commitment);
}

TEST(SceneVerbs, PlaybackRunsFromTheStartToTheAsOfDateAndPauses) {
    SceneSetup s(small_dataset());
    play(s.scene);  // at the as-of date: restarts from the first day
    EXPECT_TRUE(s.scene.player.playing());
    advance_scene(s.scene, 0.1);
    EXPECT_LT(s.scene.day, s.dataset->info.as_of.last_day());
    pause(s.scene);
    EXPECT_FALSE(s.scene.player.playing());
    toggle_play(s.scene);
    EXPECT_TRUE(s.scene.player.playing());
    toggle_play(s.scene);
    EXPECT_FALSE(s.scene.player.playing());
}

TEST(SceneVerbs, EventStepsJumpBetweenEventDaysAndKeepTheCursorOnTheAxis) {
    SceneSetup s(small_dataset());
    set_day(s.scene, s.day("2025-06-01"));
    play(s.scene);
    step_to_previous_event(s.scene);
    EXPECT_FALSE(s.scene.player.playing()) << "a step pauses";
    EXPECT_LT(s.scene.day, s.day("2025-06-01"));
    const DayNumber previous = s.scene.day;
    step_to_next_event(s.scene);
    EXPECT_GT(s.scene.day, previous);
    zoom_time_axis(s.scene, s.scene.day, 0.0001);  // as close as allowed: two weeks
    EXPECT_NEAR(s.scene.axis_last_day - s.scene.axis_first_day, 14.0, 1e-9);
    jump_to_day(s.scene, s.day("2025-06-01"));
    EXPECT_GE(s.day("2025-06-01"), s.scene.axis_first_day);
    EXPECT_LE(s.day("2025-06-01"), s.scene.axis_last_day);
    pan_time_axis(s.scene, 30);
    EXPECT_NEAR(s.scene.axis_last_day - s.scene.axis_first_day, 14.0, 1e-9);
    reset_time_axis(s.scene);
    EXPECT_LT(s.scene.axis_first_day, s.dataset->first_day());
}

TEST(SceneVerbs, OnlyHttpLinksAreQueuedForTheHost) {
    SceneSetup s(small_dataset());
    request_host(s.scene, {HostRequestKind::open_link, "javascript:alert(1)"});
    request_host(s.scene, {HostRequestKind::open_link, "data:text/html,hi"});
    request_host(s.scene, {HostRequestKind::open_link, "https://example.org/list"});
    request_host(s.scene, {HostRequestKind::download_csv, {}});
    ASSERT_EQ(s.scene.host_requests.size(), 2u);
    EXPECT_EQ(s.scene.host_requests[0].url, "https://example.org/list");
    EXPECT_EQ(s.scene.host_requests[1].kind, HostRequestKind::download_csv);
    EXPECT_STREQ(host_request_name(HostRequestKind::embed_code), "embed-code");
    EXPECT_EQ(host_request_from_name("embed-code"), HostRequestKind::embed_code);
    EXPECT_EQ(host_request_from_name("nonsense"), std::nullopt);
}

// A panel opening beside the map must not move what the map shows: France stays under the pointer.
// On a phone at world zoom the whole world still fits above the bottom sheet: it stays whole,
// centred in the smaller map area.
TEST(SceneLayout, APanelOpeningKeepsThePlacesOnTheMapWhereTheyWere) {
    ACCORD_NEEDS_WORLD();
    for (const float width : {1440.0f, 390.0f}) {
        SceneSetup s(shipped_dataset(), width, 844);
        refresh_markers(s.scene);
        const auto before = css_position_of(*s.scene.mesh, *s.scene.picker, s.view, s.scene.markers, s.scene.marker_rules, "FRA");
        ASSERT_TRUE(before);
        click_party(s.scene, "FRA");
        update_layout(s.scene, width, 844);
        refresh_markers(s.scene);  // as every frame does
        EXPECT_FALSE(s.scene.layout.panel.width == 0) << width;
        const auto after = css_position_of(*s.scene.mesh, *s.scene.picker, s.view, s.scene.markers, s.scene.marker_rules, "FRA");
        ASSERT_TRUE(after);
        if (s.scene.layout.narrow) {
            EXPECT_DOUBLE_EQ(s.view.target_zoom(), 1.0);
            EXPECT_NEAR(s.view.center().y, home_center(ProjectionKind::equal_earth).y, 1e-9);
            EXPECT_TRUE(s.scene.layout.map.contains(static_cast<float>(after->x), static_cast<float>(after->y)));
        } else {
            EXPECT_NEAR(after->x, before->x, 0.5) << width;
            EXPECT_NEAR(after->y, before->y, 0.5) << width;
        }
        open_panel(s.scene, RecordPanel::none);
        update_layout(s.scene, width, 844);
        EXPECT_NEAR(s.view.target_zoom(), 1.0, 1e-6) << "closing the panel gives the whole world back";
    }
}

TEST(SceneLayout, AFlightToAPartyEndsWithItInTheMiddleOfTheNewMapArea) {
    ACCORD_NEEDS_WORLD();
    SceneSetup s(shipped_dataset());
    choose_party(s.scene, "FRA");  // the search: the map flies while the record opens
    const double zoom = s.view.target_zoom();
    update_layout(s.scene, 1440, 900);
    EXPECT_DOUBLE_EQ(s.view.target_zoom(), zoom) << "the flight's zoom, not scaled for the narrower map";
    for (int frame = 0; frame < 200 && s.view.animate(1.0 / 60); ++frame) {}
    refresh_markers(s.scene);
    const auto france = css_position_of(*s.scene.mesh, *s.scene.picker, s.view, s.scene.markers, s.scene.marker_rules, "FRA");
    ASSERT_TRUE(france);
    EXPECT_NEAR(france->x, s.view.map_center_css().x, 40.0);
}

TEST(SceneLayout, ARecordOpenedByTheApiWithoutAFlightKeepsTheMapStill) {
    ACCORD_NEEDS_WORLD();
    SceneSetup s(shipped_dataset());
    refresh_markers(s.scene);
    const auto before = css_position_of(*s.scene.mesh, *s.scene.picker, s.view, s.scene.markers, s.scene.marker_rules, "FRA");
    choose_party(s.scene, "FRA", false);  // set({selected, fly: false}): a story step names a country
    update_layout(s.scene, 1440, 900);
    const auto after = css_position_of(*s.scene.mesh, *s.scene.picker, s.view, s.scene.markers, s.scene.marker_rules, "FRA");
    ASSERT_TRUE(before && after);
    EXPECT_NEAR(after->x, before->x, 0.5);
    clear_selection(s.scene);
    update_layout(s.scene, 1440, 900);
    EXPECT_NEAR(s.view.target_zoom(), 1.0, 1e-6) << "and closing it gives the whole world back";
}

TEST(SceneLayout, APictureLeavesTheMapAsItWas) {
    SceneSetup s(shipped_dataset());
    click_party(s.scene, "FRA");
    update_layout(s.scene, 1440, 900);
    const double zoom = s.view.target_zoom();
    const ProjectedXY center = s.view.center();
    s.scene.export_mode = true;
    update_layout(s.scene, 1440, 900);
    EXPECT_EQ(s.view.rect().width, 1440) << "the picture is the whole canvas";
    s.scene.export_mode = false;
    update_layout(s.scene, 1440, 900);
    EXPECT_DOUBLE_EQ(s.view.target_zoom(), zoom);
    EXPECT_DOUBLE_EQ(s.view.center().x, center.x);
    EXPECT_DOUBLE_EQ(s.view.center().y, center.y);
}

TEST(SceneLayout, ATapThatWouldEndUnderTheSheetShowsTheWholeWorldInstead) {
    ACCORD_NEEDS_WORLD();
    // A low phone (no band under the header): the world is centred, Australia low in the map.
    SceneSetup s(shipped_dataset(), 390, 520);
    refresh_markers(s.scene);
    const auto before = css_position_of(*s.scene.mesh, *s.scene.picker, s.view, s.scene.markers, s.scene.marker_rules, "AUS");
    ASSERT_TRUE(before);
    click_party(s.scene, "AUS");
    update_layout(s.scene, 390, 520);
    ASSERT_GT(before->y, s.scene.layout.map.y + s.scene.layout.map.height) << "Australia is below the sheet's top edge";
    refresh_markers(s.scene);
    const auto after = css_position_of(*s.scene.mesh, *s.scene.picker, s.view, s.scene.markers, s.scene.marker_rules, "AUS");
    ASSERT_TRUE(after);
    EXPECT_TRUE(s.scene.layout.map.contains(static_cast<float>(after->x), static_cast<float>(after->y))) << after->y;
    EXPECT_DOUBLE_EQ(s.view.target_zoom(), 1.0);
}

TEST(SceneVerbs, PausingWhatIsNotPlayingAsksForNothing) {
    SceneSetup s(small_dataset());
    s.scene.view_changed = false;
    pause(s.scene);
    EXPECT_FALSE(s.scene.view_changed) << "a held pointer on the axis pauses every frame";
}

TEST(SceneLayout, AResizeFitsTheWorldAgain) {
    SceneSetup s(shipped_dataset(), 1440, 900);
    update_layout(s.scene, 800, 600);
    EXPECT_DOUBLE_EQ(s.view.target_zoom(), 1.0);
    EXPECT_EQ(s.view.rect().width, 800);
}

TEST(SceneMarkers, GroupMarkersAreAlwaysShownAndLabelled) {
    ACCORD_NEEDS_WORLD();
    SceneSetup s(shipped_dataset());
    refresh_markers(s.scene);
    for (const GroupMarker& group : group_markers) {
        const bool shown = std::any_of(s.scene.markers.begin(), s.scene.markers.end(),
                                       [&](const ShownMarker& m) { return s.scene.mesh->markers[m.marker].party == group.party; });
        EXPECT_TRUE(shown) << group.party;
        EXPECT_STREQ(group_marker_label(group.party), group.label.data());
    }
    EXPECT_EQ(group_marker_label("FRA"), nullptr);
    const double wide_radius = s.scene.marker_rules.marker_radius_css;
    update_layout(s.scene, 390, 844);
    refresh_markers(s.scene);
    EXPECT_LT(s.scene.marker_rules.marker_radius_css, wide_radius) << "smaller markers on a small map";
}

TEST(SceneStyles, EachModeColoursPartiesFromThePalette) {
    SceneSetup s(small_dataset());
    set_day(s.scene, s.day("2025-01-01"));
    const PartyStyle france = party_style(s.scene, "FRA");
    EXPECT_EQ(france.rgb, status_style(Status::party, Theme::light).rgb);
    EXPECT_TRUE(france.acted);
    EXPECT_EQ(party_style(s.scene, "GBR").rgb, status_style(Status::declined, Theme::light).rgb);
    const PartyStyle italy = party_style(s.scene, "ITA");
    EXPECT_TRUE(italy.hatched) << "absent from a partial list: unknown, never 'did not sign'";
    EXPECT_FALSE(italy.acted);
    EXPECT_EQ(party_style(s.scene, "XXX").rgb, map_colors(Theme::light).land_without_party_rgb);
    set_theme(s.scene, Theme::dark);
    EXPECT_EQ(party_style(s.scene, "FRA").rgb, status_style(Status::party, Theme::dark).rgb);
    set_mode(s.scene, MapMode::overview);
    EXPECT_EQ(party_style(s.scene, "FRA").rgb, overview_rgb(joined_count(*s.dataset, s.dataset->party_index("FRA"), overview_commitments(s.scene), s.scene.day),
                                                           overview_scale_top(s.scene), Theme::dark));
    set_mode(s.scene, MapMode::compare);
    const CompareClass c = compare_class(*s.dataset, s.dataset->party_index("FRA"), s.scene.commitment, s.scene.compare, s.scene.day);
    EXPECT_EQ(party_style(s.scene, "FRA").rgb, compare_rgb(static_cast<int>(c), Theme::dark));
}

}  // namespace
}  // namespace accord::scene
