// The JS API's replies as JSON: their shapes (documented in web/README.md) and their errors.
#include <gtest/gtest.h>

#include "core/dataset_csv.h"
#include "scene/host_replies.h"
#include "scene_fixture.h"

namespace accord::scene {
namespace {

using test::SceneSetup;
using test::small_dataset;
using Json = nlohmann::json;

TEST(HostReplies, StateSaysWhatIsShown) {
    SceneSetup s(small_dataset());
    DatasetStore store;
    ASSERT_TRUE(store.load("atlas.json", test::fixture_json().dump()));
    click_party(s.scene, "FRA");
    const Json state = state_json(s.scene, store, {12, "", 1440, 900, 2, 2880, 1800, true, {}});
    EXPECT_EQ(state["framesDrawn"], 12);
    EXPECT_TRUE(state["startupError"].is_null());
    EXPECT_EQ(state["viewport"]["pixelWidth"], 2880);
    EXPECT_EQ(state["dataset"]["name"], "atlas.json");
    EXPECT_EQ(state["dataset"]["counts"]["commitments"], 3);
    EXPECT_EQ(state["commitment"], "decl");
    EXPECT_EQ(state["date"], "2026-01-01");
    EXPECT_EQ(state["partyCount"], s.dataset->party_count_on(s.scene.commitment, s.scene.day));
    EXPECT_EQ(state["selected"], "FRA");
    EXPECT_EQ(state["panel"], "country");
    EXPECT_EQ(state["mode"], "single");
    EXPECT_EQ(state["theme"], "light");
    EXPECT_TRUE(state["compare"].is_null());
    EXPECT_EQ(state["map"]["geometry"], "overview");
    EXPECT_EQ(state["map"]["projection"], "equal-earth");
    EXPECT_EQ(state["layout"]["map"].size(), 4u);
    EXPECT_TRUE(state["layout"]["markers"].is_array()) << "each drawn marker's party and box";
    EXPECT_TRUE(state["layout"]["timelineLabels"].is_array()) << "each drawn axis label's text and box";
    EXPECT_EQ(state["timeAxis"].size(), 2u);
    EXPECT_TRUE(state["rejected"].is_null());
}

TEST(HostReplies, StatusOfNamesTheActionItsSourcesOrTheError) {
    const Dataset* d = small_dataset().get();
    const Json france = status_of_json(d, "FRA", "decl", "2024-01-01");
    EXPECT_EQ(france["status"], "party");
    EXPECT_EQ(france["action"], "signed");
    EXPECT_EQ(france["date"], "2023-11-01");
    EXPECT_EQ(france["confidence"], "high");
    EXPECT_EQ(france["sources"], Json::array({{{"url", "https://example.org/list"}, {"publisher", "Example Ministry"}}}));
    EXPECT_TRUE(france["note"].is_null());
    EXPECT_EQ(france["weak"], false);
    EXPECT_EQ(france["strength"], "firm");
    const Json usa = status_of_json(d, "USA", "decl", "2025-01-01");  // signed, low confidence
    EXPECT_EQ(usa["weak"], true);
    EXPECT_EQ(usa["strength"], "low-confidence");
    EXPECT_EQ(status_of_json(d, "GBR", "decl", "2024-01-01")["note"], "Stated reason.");
    const Json italy = status_of_json(d, "ITA", "decl", "2024-01-01");
    EXPECT_EQ(italy["status"], "unknown");
    EXPECT_FALSE(italy.contains("action"));
    EXPECT_EQ(status_of_json(d, "XXX", "decl", "2024-01-01"), Json({{"error", "unknown party XXX"}}));
    EXPECT_EQ(status_of_json(d, "FRA", "nope", "2024-01-01"), Json({{"error", "unknown commitment nope"}}));
    EXPECT_EQ(status_of_json(d, "FRA", "decl", "2024-01"), Json({{"error", "date must be YYYY-MM-DD, got 2024-01"}}));
    EXPECT_EQ(status_of_json(nullptr, "FRA", "decl", "2024-01-01"), Json({{"error", "unknown party FRA"}}));
}

TEST(HostReplies, PartiesSayWhetherTheMapShowsThem) {
    ACCORD_NEEDS_WORLD();
    const Json parties = parties_json(small_dataset().get(), &test::overview_world().mesh);
    ASSERT_EQ(parties.size(), small_dataset()->parties.size());
    EXPECT_EQ(parties[0], Json({{"id", "FRA"}, {"name", "France"}, {"englishName", "France"}, {"kind", "state"}, {"onMap", true}}));
    EXPECT_EQ(parties.back()["onMap"], false) << "a company has no place on the map";
    EXPECT_EQ(parties_json(nullptr, nullptr), Json::array());
}

TEST(HostReplies, ProblemsAndRepliesKeepTheirShapes) {
    EXPECT_EQ(problems_json({{"/parties/0/id", 3, 14, "expected a string"}}),
              Json::array({{{"path", "/parties/0/id"}, {"line", 3}, {"column", 14}, {"message", "expected a string"}}}));
    EXPECT_EQ(set_view_reply({}), Json({{"ok", true}, {"errors", Json::array()}}));
    EXPECT_EQ(set_view_reply({"bad"}), Json({{"ok", false}, {"errors", {"bad"}}}));
    EXPECT_EQ(link_reply({{}, {"old"}}), Json({{"ok", true}, {"errors", Json::array()}, {"warnings", {"old"}}}));
    EXPECT_EQ(hex_rgb(0x0a0b0c), "#0a0b0c");
    EXPECT_EQ(json_text(Json("caf\xc3")), "\"caf\xef\xbf\xbd\"") << "invalid UTF-8 is replaced, not thrown on";
}

TEST(HostReplies, TheCsvCoversWhatIsShown) {
    SceneSetup s(small_dataset());
    const Dataset& d = *s.dataset;
    EXPECT_EQ(view_csv(s.scene), actions_csv_header() + commitment_csv_rows(d, s.commitment("decl")));
    set_mode(s.scene, MapMode::compare);
    EXPECT_EQ(view_csv(s.scene), actions_csv_header() + commitment_csv_rows(d, s.commitment("decl")) + commitment_csv_rows(d, s.scene.compare));
    set_mode(s.scene, MapMode::overview);
    EXPECT_EQ(view_csv(s.scene), actions_csv_header() + actions_csv_rows(d));
    MapScene empty;
    EXPECT_EQ(view_csv(empty), actions_csv_header());
}

}  // namespace
}  // namespace accord::scene
