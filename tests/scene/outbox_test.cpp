// The host page is told exactly what changed: the events (with their details, in order) for a
// sequence of verbs, each request once, and the page's needs (detail outlines, full edition)
// once until they change.
#include <gtest/gtest.h>

#include <set>

#include "scene/outbox.h"
#include "scene/view_request.h"
#include "scene_fixture.h"

namespace accord::scene {
namespace {

using test::SceneSetup;
using test::small_dataset;
using Json = nlohmann::json;

std::vector<std::string> names(const Outgoing& out) {
    std::vector<std::string> list;
    for (const HostEvent& e : out.events) list.push_back(host_event_name(e.kind));
    return list;
}

const HostEvent* find(const Outgoing& out, HostEventKind kind) {
    for (const HostEvent& e : out.events) {
        if (e.kind == kind) return &e;
    }
    return nullptr;
}

TEST(Outbox, ASequenceOfVerbsGivesExactlyItsEvents) {
    SceneSetup s(small_dataset());
    Outbox outbox;
    Outgoing out = collect_host_events(outbox, s.scene, true);
    EXPECT_EQ(names(out), (std::vector<std::string>{"datechange", "commitmentchange", "statechange", "firstmapframe"}));
    EXPECT_EQ(find(out, HostEventKind::datechange)->detail, Json({{"date", "2026-01-01"}}));
    EXPECT_EQ(find(out, HostEventKind::commitmentchange)->detail, Json({{"commitment", "decl"}}));
    EXPECT_EQ(find(out, HostEventKind::statechange)->detail["discrete"], true);

    EXPECT_TRUE(collect_host_events(outbox, s.scene, true).events.empty()) << "nothing changed, nothing told";

    click_party(s.scene, "FRA");
    out = collect_host_events(outbox, s.scene, true);
    EXPECT_EQ(names(out), (std::vector<std::string>{"select", "statechange"}));
    EXPECT_EQ(out.events[0].detail, Json({{"party", "FRA"}}));
    EXPECT_EQ(out.events[1].detail["discrete"], true);
    EXPECT_EQ(out.events[1].detail["hash"], format_url_state(view_url_state(s.scene)));

    set_day(s.scene, s.day("2024-03-01"));
    out = collect_host_events(outbox, s.scene, true);
    EXPECT_EQ(names(out), (std::vector<std::string>{"datechange", "statechange"}));
    EXPECT_EQ(out.events[1].detail["discrete"], false) << "a date change makes no history entry";

    clear_selection(s.scene);
    set_commitment(s.scene, s.commitment("treaty"));
    out = collect_host_events(outbox, s.scene, true);
    EXPECT_EQ(names(out), (std::vector<std::string>{"select", "commitmentchange", "statechange"}));
    EXPECT_EQ(out.events[0].detail, Json({{"party", nullptr}}));
}

TEST(Outbox, RequestsAreToldOnceAndLinksAreOpenedNotTold) {
    SceneSetup s(small_dataset());
    Outbox outbox;
    collect_host_events(outbox, s.scene, true);
    request_host(s.scene, {HostRequestKind::share, {}});
    request_host(s.scene, {HostRequestKind::download_png, {}});
    request_host(s.scene, {HostRequestKind::embed_code, {}});
    request_host(s.scene, {HostRequestKind::open_link, "https://example.org/list"});
    Outgoing out = collect_host_events(outbox, s.scene, true);
    EXPECT_EQ(names(out), (std::vector<std::string>{"share", "download", "download"}));
    EXPECT_EQ(out.events[0].detail, Json({{"hash", format_url_state(view_url_state(s.scene))}}));
    EXPECT_EQ(out.events[1].detail, Json({{"kind", "png"}}));
    EXPECT_EQ(out.events[2].detail, Json({{"kind", "embed-code"}}));
    EXPECT_EQ(out.links_to_open, std::vector<std::string>{"https://example.org/list"});
    EXPECT_TRUE(s.scene.host_requests.empty());
    EXPECT_TRUE(collect_host_events(outbox, s.scene, true).events.empty());
}

TEST(Outbox, TheViewsLinkWaitsUntilTheViewHasSettled) {
    ACCORD_NEEDS_WORLD();
    SceneSetup s(test::shipped_dataset());
    Outbox outbox;
    geometry_loaded(outbox, true);  // the detail is there: the flight asks for nothing
    s.scene.geometry.detailed = true;
    collect_host_events(outbox, s.scene, true);
    choose_party(s.scene, "FRA");  // flies
    ASSERT_TRUE(s.view.animating());
    Outgoing out = collect_host_events(outbox, s.scene, true);
    EXPECT_EQ(names(out), (std::vector<std::string>{"select"}));
    for (int frame = 0; frame < 200 && s.view.animate(1.0 / 60); ++frame) {}
    out = collect_host_events(outbox, s.scene, true);
    EXPECT_EQ(names(out), (std::vector<std::string>{"statechange"}));
}

TEST(Outbox, DetailOutlinesAreAskedForOnceWhenZoomedInAndAgainAfterBackingOut) {
    SceneSetup s(test::shipped_dataset());
    Outbox outbox;
    geometry_loaded(outbox, false);
    collect_host_events(outbox, s.scene, true);
    s.view.zoom_at(s.view.map_center_css(), 8.0, true);
    EXPECT_EQ(names(collect_host_events(outbox, s.scene, true)), (std::vector<std::string>{"needdetailgeometry", "statechange"}));
    s.view.zoom_at(s.view.map_center_css(), 1.2, true);
    EXPECT_EQ(names(collect_host_events(outbox, s.scene, true)), (std::vector<std::string>{"statechange"})) << "asked once";
    s.view.reset();
    s.view.animate(1.0);
    collect_host_events(outbox, s.scene, true);  // back out without the detail (the fetch failed)
    s.view.zoom_at(s.view.map_center_css(), 8.0, true);
    EXPECT_EQ(names(collect_host_events(outbox, s.scene, true)).front(), "needdetailgeometry") << "asked again";
    geometry_loaded(outbox, true);
    s.scene.geometry.detailed = true;
    s.view.zoom_at(s.view.map_center_css(), 1.5, true);
    EXPECT_EQ(names(collect_host_events(outbox, s.scene, true)), (std::vector<std::string>{"statechange"})) << "the detail is there";
}

TEST(Outbox, ARecordOfALeanEditionAsksForTheFullEditionOncePerEdition) {
    Json lean = test::fixture_json();
    lean["dataset"]["full_edition"] = "atlas.json";
    const LoadResult loaded = test::load_json(lean);
    ASSERT_TRUE(loaded.dataset);
    SceneSetup s(loaded.dataset);
    Outbox outbox;
    collect_host_events(outbox, s.scene, true);
    click_party(s.scene, "FRA");
    Outgoing out = collect_host_events(outbox, s.scene, true);
    const HostEvent* need = find(out, HostEventKind::needfulledition);
    ASSERT_NE(need, nullptr);
    EXPECT_EQ(need->detail, Json({{"file", "atlas.json"}}));
    open_panel(s.scene, RecordPanel::commitment);
    EXPECT_EQ(find(collect_host_events(outbox, s.scene, true), HostEventKind::needfulledition), nullptr) << "once while panels stay open";
    open_panel(s.scene, RecordPanel::none);
    collect_host_events(outbox, s.scene, true);
    open_panel(s.scene, RecordPanel::commitment);
    EXPECT_NE(find(collect_host_events(outbox, s.scene, true), HostEventKind::needfulledition), nullptr) << "asked again after closing";
    s.scene.embed = true;
    collect_host_events(outbox, s.scene, true);
    EXPECT_EQ(find(collect_host_events(outbox, s.scene, true), HostEventKind::needfulledition), nullptr) << "an embed shows no records";
}

TEST(Outbox, TheFirstMapFrameIsToldOnceAndOnlyWithTheMap) {
    SceneSetup s(small_dataset());
    Outbox outbox;
    EXPECT_EQ(find(collect_host_events(outbox, s.scene, false), HostEventKind::firstmapframe), nullptr);
    EXPECT_NE(find(collect_host_events(outbox, s.scene, true), HostEventKind::firstmapframe), nullptr);
    EXPECT_EQ(find(collect_host_events(outbox, s.scene, true), HostEventKind::firstmapframe), nullptr);
}

TEST(Outbox, PublicAndInternalEventsAreNamedOnce) {
    for (const HostEventKind kind : {HostEventKind::select, HostEventKind::datechange, HostEventKind::commitmentchange, HostEventKind::statechange,
                                     HostEventKind::share, HostEventKind::activate}) {
        EXPECT_TRUE(is_public_event(kind)) << host_event_name(kind);
    }
    for (const HostEventKind kind : {HostEventKind::download, HostEventKind::needdetailgeometry, HostEventKind::needfulledition, HostEventKind::firstmapframe}) {
        EXPECT_FALSE(is_public_event(kind)) << host_event_name(kind);
    }
    EXPECT_STREQ(host_event_name(HostEventKind::needfulledition), "needfulledition");
    std::set<std::string> names_seen;
    for (int k = 0; k <= static_cast<int>(HostEventKind::firstmapframe); ++k) {
        EXPECT_TRUE(names_seen.insert(host_event_name(static_cast<HostEventKind>(k))).second) << "every kind has its own name, " << k;
    }
}

}  // namespace
}  // namespace accord::scene
