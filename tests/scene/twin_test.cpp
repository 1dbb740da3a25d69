// The HTML twin and the SVG map: what they say is what the canvas shows (the same statuses, the
// same legend, every fact with its source), escaped, in every mode.
#include <gtest/gtest.h>

#include <regex>

#include "scene/host_replies.h"
#include "scene/legend.h"
#include "scene/strings.h"
#include "scene/svg_map.h"
#include "scene/twin.h"
#include "scene_fixture.h"

namespace accord::scene {
namespace {

using test::SceneSetup;
using test::shipped_dataset;

constexpr const char* paris = "paris-statement-inclusive-sustainable-ai";

std::size_t occurrences(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
    return n;
}

TEST(Twin, EscapesEveryMarkupCharacter) {
    EXPECT_EQ(escape_html("<a href=\"x\">O'Neil & co</a>"), "&lt;a href=&quot;x&quot;&gt;O&#39;Neil &amp; co&lt;/a&gt;");
    EXPECT_EQ(escape_html("中国 · Китай"), "中国 · Китай") << "text outside markup passes as it is";
}

TEST(Twin, TheParisStatementSaysWhoSignedWhoDeclinedAndHowPartialTheListIs) {
    SceneSetup s(shipped_dataset());
    const Dataset& d = *s.dataset;
    set_commitment(s.scene, s.commitment(paris));
    set_day(s.scene, s.day("2025-03-01"));
    const Twin twin = make_twin(s.scene);
    EXPECT_EQ(twin.title, "Paris AI Action Summit Statement: who joined, who declined");
    EXPECT_NE(twin.subtitle.find("1 Mar 2025"), std::string::npos) << twin.subtitle;
    const int joined = d.party_count_on(s.commitment(paris), s.day("2025-03-01"));
    EXPECT_NE(twin.summary.find("On 1 Mar 2025, " + std::to_string(joined) + " parties had signed, endorsed or joined"), std::string::npos) << twin.summary;
    EXPECT_NE(twin.summary.find("United Kingdom and United States declined"), std::string::npos) << twin.summary;
    const StatedCount* stated = latest_stated_count(d.commitments[s.commitment(paris)]);
    ASSERT_NE(stated, nullptr);
    EXPECT_NE(twin.summary.find("the list is partial (about " + std::to_string(stated->count) + " known)"), std::string::npos) << twin.summary;
    EXPECT_NE(twin.html.find(escape_html(twin.summary)), std::string::npos) << "the summary opens the twin";
}

TEST(Twin, TheTableHasOneRowPerPartyWithARecordedActionAndEverySourceAsALink) {
    SceneSetup s(shipped_dataset());
    const Dataset& d = *s.dataset;
    const Index c = s.commitment(paris);
    set_commitment(s.scene, c);
    const DayNumber day = s.day("2025-03-01");
    set_day(s.scene, day);
    const std::string html = make_twin(s.scene).html;
    int rows = 0;
    for (Index p = 0; p < d.parties.size(); ++p) {
        const StatusAt status = d.status_of(p, c, day);
        const std::string button = "data-party=\"" + d.parties[p].id + "\"";
        if (status.action == no_index) {
            EXPECT_EQ(html.find(button), std::string::npos) << d.parties[p].id << ": a party without a record is not listed (unknown is not 'did not sign')";
            continue;
        }
        ++rows;
        EXPECT_NE(html.find(button), std::string::npos) << d.parties[p].id;
        for (const Index source : d.actions[status.action].sources) {
            EXPECT_NE(html.find("href=\"" + escape_html(d.sources[source].url) + "\""), std::string::npos) << d.parties[p].id << " " << d.sources[source].id;
        }
    }
    EXPECT_GT(rows, 50);
    EXPECT_EQ(static_cast<int>(occurrences(html, "<tr>")), rows + 1) << "a header row and one row per party";
    EXPECT_NE(html.find("The list is partial: a party not listed is unknown, not a refusal."), std::string::npos);
    // The statuses read as the legend says them.
    const std::size_t usa = html.find("data-party=\"USA\"");
    ASSERT_NE(usa, std::string::npos);
    EXPECT_NE(html.find(status_label(Status::declined), usa), std::string::npos);
}

TEST(Twin, TheLegendIsTheCanvasLegendAsText) {
    SceneSetup s(shipped_dataset());
    set_commitment(s.scene, s.commitment(paris));
    set_day(s.scene, s.day("2025-03-01"));
    const std::string html = make_twin(s.scene).html;
    for (const LegendEntry& e : legend_entries(s.scene).entries) {
        EXPECT_NE(html.find(escape_html(legend_entry_text(e))), std::string::npos) << e.key;
        EXPECT_NE(html.find("fill=\"" + hex_rgb(e.rgb) + "\""), std::string::npos) << e.key;
    }
}

TEST(Twin, TheLegendsNoteOnAPartialListFollowsItsEntries) {
    SceneSetup s(shipped_dataset());
    set_commitment(s.scene, s.commitment(paris));
    set_day(s.scene, s.day("2025-03-01"));
    const Legend legend = legend_entries(s.scene);
    ASSERT_FALSE(legend.note.empty()) << "the Paris list is partial";
    EXPECT_NE(make_twin(s.scene).html.find("<p class=\"twin-legend-note\">" + escape_html(legend.note) + "</p>"), std::string::npos);
}

// The graphic's source line (the embed's footer, the PNG): the dataset, its edition and the day its
// facts were checked to, in the UI's language.
TEST(Twin, TheSourceLineNamesTheDatasetItsEditionAndItsCheckedDay) {
    SceneSetup s(shipped_dataset());
    const DatasetInfo& info = s.dataset->info;
    const Twin twin = make_twin(s.scene);
    EXPECT_EQ(twin.source, "Source: " + info.title + ", edition " + info.version.to_string() + " (facts checked to " + day_text(info.as_of.last_day(), true) + ")");
    EXPECT_EQ(twin_json(s.scene)["source"], twin.source);
    set_ui_language(s.scene, Language::fr, true);
    EXPECT_EQ(make_twin(s.scene).source.rfind("Source\u00a0: " + info.title + ", édition ", 0), 0u) << make_twin(s.scene).source;
    set_ui_language(s.scene, Language::en, false);
}

TEST(Twin, TheSelectedPartysRecordListsEveryActionWithItsSources) {
    SceneSetup s(shipped_dataset());
    const Dataset& d = *s.dataset;
    set_commitment(s.scene, s.commitment(paris));
    choose_party(s.scene, "CHN", false);
    const std::string html = make_twin(s.scene).html;
    EXPECT_NE(html.find("Record of China"), std::string::npos);
    EXPECT_NE(html.find("data-party=\"CHN\" aria-pressed=\"true\""), std::string::npos) << "the row of the selection says so";
    const Index chn = d.party_index("CHN");
    const std::string record = html.substr(html.find("twin-record"));
    for (const Index a : d.actions_of_party(chn)) {
        EXPECT_NE(record.find(escape_html(d.commitments[d.actions[a].commitment].short_title)), std::string::npos) << a;
        for (const Index source : d.actions[a].sources) EXPECT_NE(record.find(escape_html(d.sources[source].url)), std::string::npos);
    }
}

TEST(Twin, TheAnnouncementSaysTheDateTheCountAndTheStep) {
    SceneSetup s(shipped_dataset());
    const Dataset& d = *s.dataset;
    const Index c = s.commitment(paris);
    set_commitment(s.scene, c);
    set_day(s.scene, s.day("2025-02-10"));
    set_day(s.scene, s.day("2025-02-11"));
    const int before = d.party_count_on(c, s.day("2025-02-10"));
    const int after = d.party_count_on(c, s.day("2025-02-11"));
    ASSERT_GT(after, before);
    EXPECT_EQ(make_twin(s.scene).announcement, "11 Feb 2025: " + std::to_string(after) + " parties, " + std::to_string(after - before) + " more");
    set_day(s.scene, s.day("2025-02-10"));
    EXPECT_EQ(make_twin(s.scene).announcement, "10 Feb 2025: " + std::to_string(before) + " parties, " + std::to_string(after - before) + " fewer");
}

TEST(Twin, CompareAndOverviewSayWhatTheirMapsCount) {
    SceneSetup s(shipped_dataset());
    set_commitment(s.scene, s.commitment(paris));
    set_day(s.scene, s.day("2025-03-01"));
    set_mode(s.scene, MapMode::compare);
    const Twin compare = make_twin(s.scene);
    EXPECT_NE(compare.title.find("compared with"), std::string::npos);
    for (const LegendEntry& e : legend_entries(s.scene).entries) {
        if (e.count && *e.count > 0) {
            EXPECT_NE(compare.summary.find(legend_entry_text(e)), std::string::npos) << e.key;
        }
    }
    set_mode(s.scene, MapMode::overview);
    const Twin overview = make_twin(s.scene);
    EXPECT_EQ(overview.title, strings().twin_overview_title);
    EXPECT_NE(overview.html.find("Commitments joined</button></th>"), std::string::npos);
    EXPECT_NE(overview.html.find("data-party=\"FRA\""), std::string::npos);
}

TEST(Twin, TheTextsAloneAreTheWholeTwinsTextsInEveryMode) {
    SceneSetup s(shipped_dataset());
    set_commitment(s.scene, s.commitment(paris));
    set_day(s.scene, s.day("2025-03-01"));
    for (const MapMode mode : {MapMode::single, MapMode::compare, MapMode::overview}) {
        set_mode(s.scene, mode);
        const Twin twin = make_twin(s.scene);
        const TwinTexts texts = twin_texts(s.scene);
        EXPECT_EQ(texts.title, twin.title) << map_mode_name(mode);
        EXPECT_EQ(texts.subtitle, twin.subtitle) << map_mode_name(mode);
        EXPECT_EQ(texts.summary, twin.summary) << map_mode_name(mode);
    }
    EXPECT_TRUE(twin_texts(MapScene{}).title.empty()) << "no dataset, no texts";
}

TEST(Twin, TheKeyChangesWithWhatTheTwinShowsAndNotWithThePan) {
    SceneSetup s(shipped_dataset());
    const std::string first = twin_key(s.scene);
    s.view.pan_by(120, 40);
    s.view.zoom_at({400, 300}, 2.0, true);
    EXPECT_EQ(twin_key(s.scene), first) << "a pan or a zoom leaves the text as it is";
    std::vector<std::string> keys{first};
    set_day(s.scene, s.day("2024-06-01"));
    keys.push_back(twin_key(s.scene));
    set_commitment(s.scene, s.commitment(paris));
    keys.push_back(twin_key(s.scene));
    choose_party(s.scene, "CHN", false);
    keys.push_back(twin_key(s.scene));
    set_mode(s.scene, MapMode::compare);
    keys.push_back(twin_key(s.scene));
    set_theme(s.scene, Theme::dark);
    keys.push_back(twin_key(s.scene));
    for (std::size_t i = 1; i < keys.size(); ++i) EXPECT_NE(keys[i], keys[i - 1]) << i;
}

TEST(Twin, NoDatasetMeansNoTwin) {
    MapScene scene;
    const Twin twin = make_twin(scene);
    EXPECT_TRUE(twin.html.empty());
    EXPECT_TRUE(twin.title.empty());
}

TEST(SvgMap, DrawsEveryPaintOnceWithTheCanvasColoursNorthUp) {
    ACCORD_NEEDS_WORLD();
    SceneSetup s(shipped_dataset());
    set_commitment(s.scene, s.commitment(paris));
    set_day(s.scene, s.day("2025-03-01"));
    const std::string svg = map_svg(s.scene, {.width_px = 960, .graticule = false, .title = "Paris", .description = ""});
    ASSERT_EQ(svg.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 960 ", 0), 0u) << svg.substr(0, 80);
    EXPECT_EQ(svg.substr(svg.size() - 6), "</svg>");
    EXPECT_NE(svg.find("<title id=\"map-svg-title\">Paris</title>"), std::string::npos);
    EXPECT_NE(svg.find("fill=\"" + hex_rgb(party_style(s.scene, "FRA").rgb) + "\""), std::string::npos) << "France's colour";
    EXPECT_NE(svg.find("fill=\"url(#p"), std::string::npos) << "the unknown hatching is a pattern";
    EXPECT_LT(svg.size(), 90'000u) << "small enough to write into a page";
    // The viewBox keeps the land: about 2:1 for Equal Earth cropped to 57° S - 84° N.
    const std::smatch m = [&] {
        std::smatch match;
        std::regex_search(svg, match, std::regex("viewBox=\"0 0 960 ([0-9]+)\""));
        return match;
    }();
    ASSERT_EQ(m.size(), 2u);
    const int height = std::stoi(m[1]);
    EXPECT_GT(height, 380);
    EXPECT_LT(height, 470);
}

}  // namespace
}  // namespace accord::scene
