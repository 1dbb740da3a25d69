// The legend's entries in each mode: what the canvas draws, legend() returns and the PNG shows.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "scene/host_replies.h"
#include "scene/legend.h"
#include "scene_fixture.h"

namespace accord::scene {
namespace {

using test::SceneSetup;
using test::small_dataset;

std::vector<std::string> keys(const Legend& legend) {
    std::vector<std::string> list;
    for (const LegendEntry& e : legend.entries) list.push_back(e.key);
    return list;
}

TEST(Legend, OneCommitmentListsTheStatusesShownWithTheirCountsAndThePartialListInANote) {
    SceneSetup s(small_dataset());
    set_day(s.scene, s.day("2025-01-01"));
    const Legend legend = legend_entries(s.scene);
    EXPECT_TRUE(legend.heading.empty());
    EXPECT_FALSE(legend.one_row);
    // The statuses the map shows, counted over the mapped parties, in the palette's order.
    std::map<std::string, int> shown;
    for (const std::string& party : mapped_parties(s.scene)) ++shown[status_name(scene_status(s.scene, party).status)];
    std::vector<std::string> statuses;
    for (const StatusStyle& style : status_styles(Theme::light)) {
        if (shown.count(status_name(style.status))) statuses.push_back(status_name(style.status));
    }
    statuses.push_back("weak");  // the United States' low-confidence signature
    EXPECT_EQ(keys(legend), statuses) << "the statuses present, in the palette's order, then weak evidence";
    EXPECT_LT(statuses.size(), status_styles(Theme::light).size() + 1) << "a status no party has is left out";
    const auto entry = [&](const Legend& l, const char* key) {
        return *std::find_if(l.entries.begin(), l.entries.end(), [&](const LegendEntry& e) { return e.key == key; });
    };
    int total = 0;
    for (const LegendEntry& e : legend.entries) {
        if (e.key == "weak") continue;
        const StatusStyle& style = *std::find_if(status_styles(Theme::light).begin(), status_styles(Theme::light).end(),
                                                 [&](const StatusStyle& st) { return e.key == status_name(st.status); });
        EXPECT_EQ(e.rgb, style.rgb) << e.key;
        EXPECT_EQ(e.hatched, style.hatched) << e.key;
        ASSERT_TRUE(e.count) << e.key;
        EXPECT_EQ(*e.count, shown[e.key]) << e.key;
        total += *e.count;
    }
    EXPECT_EQ(total, static_cast<int>(mapped_parties(s.scene).size())) << "every mapped party in one entry";
    const LegendEntry& weak = legend.entries.back();
    EXPECT_TRUE(weak.dotted);
    EXPECT_EQ(weak.count, 1);
    EXPECT_EQ(weak.dot_rgb, status_style(Status::party, Theme::light).rgb);
    EXPECT_EQ(weak.rgb, weak_fill_rgb(weak.dot_rgb, Theme::light));
    EXPECT_EQ(legend_entry_text(weak), "Weak evidence (lighter, dotted): 1");
    const int count = s.dataset->party_count_on(s.scene.commitment, s.scene.day);
    EXPECT_EQ(entry(legend, "unknown").label, "Unknown: the source list is partial");
    EXPECT_EQ(legend.note, "Unknown: the list is partial (" + std::to_string(count) + " of about 5 known)");
    EXPECT_EQ(entry(legend, "party").label, "Signed, endorsed or joined");
    EXPECT_EQ(legend_entry_text(entry(legend, "party")), "Signed, endorsed or joined: " + std::to_string(shown["party"]));

    set_commitment(s.scene, s.commitment("treaty"));  // a complete list: no note
    EXPECT_EQ(legend_entries(s.scene).note, "");
}

TEST(Legend, AStatedCountBelowTheKnownPartiesGivesNoNote) {
    // The OECD case: the latest stated count is older than parties that joined since.
    SceneSetup s(small_dataset());
    set_day(s.scene, s.day("2025-01-01"));
    const int known = s.dataset->party_count_on(s.scene.commitment, s.scene.day);
    ASSERT_LT(known, latest_stated_count(s.dataset->commitments[s.scene.commitment])->count) << "the fixture's list is short of its stated count";
    EXPECT_NE(legend_entries(s.scene).note, "");

    auto stale = std::make_shared<Dataset>(*s.dataset);
    for (StatedCount& stated : stale->commitments[s.scene.commitment].stated_counts) stated.count = std::min(stated.count, known - 1);
    SceneSetup t(stale);
    set_commitment(t.scene, s.scene.commitment);
    set_day(t.scene, s.scene.day);
    EXPECT_EQ(legend_entries(t.scene).note, "") << "never \"49 of about 47 known\"";
}

TEST(Legend, CompareModeCountsEachClassOverTheMappedParties) {
    SceneSetup s(small_dataset());
    set_day(s.scene, s.day("2025-01-01"));
    set_mode(s.scene, MapMode::compare);
    const Legend legend = legend_entries(s.scene);
    std::vector<std::string> present;
    for (const std::string key : {"both", "only-a", "only-b", "neither", "unknown", "not-applicable"}) {
        const auto it = std::find_if(legend.entries.begin(), legend.entries.end(), [&](const LegendEntry& e) { return e.key == key; });
        if (it != legend.entries.end()) present.push_back(key);
    }
    EXPECT_EQ(keys(legend), present) << "the classes present, in order";
    int total = 0;
    for (const LegendEntry& e : legend.entries) {
        ASSERT_TRUE(e.count) << e.key;
        EXPECT_GT(*e.count, 0) << e.key << ": a class no party is in is left out";
        total += *e.count;
        EXPECT_EQ(e.hatched, e.key == "unknown");
    }
    EXPECT_EQ(total, static_cast<int>(mapped_parties(s.scene).size()));
    EXPECT_EQ(legend_entry_text(legend.entries[0]), "Both: " + std::to_string(*legend.entries[0].count));
}

TEST(Legend, OverviewShowsItsScaleInOneRowUnderAHeading) {
    SceneSetup s(test::shipped_dataset());
    set_mode(s.scene, MapMode::overview);
    const Legend legend = legend_entries(s.scene);
    EXPECT_TRUE(legend.one_row);
    EXPECT_EQ(legend.heading, "Commitments joined (of " + std::to_string(s.dataset->commitments.size()) + " shown)");
    const int top = overview_scale_top(s.scene);
    const int step = std::max(1, top / 5);
    ASSERT_EQ(legend.entries.size(), static_cast<std::size_t>(top / step + 1)) << "about six steps, not one per count";
    EXPECT_LE(legend.entries.size(), 7u);
    EXPECT_EQ(legend.entries.front().label, "0");
    EXPECT_EQ(legend.entries.back().rgb, overview_rgb(std::stoi(legend.entries.back().label), top, Theme::light));
}

TEST(Legend, TheJsonIsTheSameEntries) {
    SceneSetup s(test::shipped_dataset());
    set_commitment(s.scene, s.commitment("paris-statement-inclusive-sustainable-ai"));
    set_day(s.scene, s.day("2025-03-01"));  // Argentina's weak entry: a dotted line too
    for (const MapMode mode : {MapMode::single, MapMode::overview, MapMode::compare}) {
        set_mode(s.scene, mode);
        const Legend legend = legend_entries(s.scene);
        const nlohmann::json json = legend_json(legend);
        ASSERT_EQ(json.size(), legend.entries.size());
        for (std::size_t i = 0; i < legend.entries.size(); ++i) {
            const LegendEntry& e = legend.entries[i];
            EXPECT_EQ(json[i]["status"], e.key);
            EXPECT_EQ(json[i]["label"], e.label);
            EXPECT_EQ(json[i]["color"], hex_rgb(e.rgb));
            EXPECT_EQ(json[i]["hatched"], e.hatched);
            EXPECT_EQ(json[i].contains("hatchColor"), e.hatched);
            EXPECT_EQ(json[i].contains("count"), e.count.has_value());
            EXPECT_EQ(json[i].contains("heading"), !legend.heading.empty());
            EXPECT_EQ(json[i]["text"], legend_entry_text(e));
            EXPECT_EQ(json[i].contains("dotted"), e.dotted);
            if (e.dotted) EXPECT_EQ(json[i]["dotColor"], hex_rgb(e.dot_rgb));
        }
    }
}

TEST(Legend, NoDatasetNoLegend) {
    MapScene scene;
    EXPECT_TRUE(legend_entries(scene).entries.empty());
}

}  // namespace
}  // namespace accord::scene
