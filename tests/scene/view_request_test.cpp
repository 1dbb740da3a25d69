// set(view) and links: every field's bad values are refused with a message naming the value, a
// request with any error changes nothing, good requests apply, and a link opens its view with
// the defaults for what it leaves out.
#include <gtest/gtest.h>

#include "scene/view_request.h"
#include "scene_fixture.h"

namespace accord::scene {
namespace {

using test::SceneSetup;
using test::small_dataset;
using Json = nlohmann::json;

struct BadField {
    const char* request;
    const char* error;
};

class BadViewRequest : public ::testing::TestWithParam<BadField> {};

TEST_P(BadViewRequest, IsRefusedWithItsValueAndChangesNothing) {
    SceneSetup s(small_dataset());
    click_party(s.scene, "FRA");
    const std::string hash_before = format_url_state(view_url_state(s.scene));
    const std::vector<std::string> errors = set_view(s.scene, Json::parse(GetParam().request));
    ASSERT_EQ(errors.size(), 1u) << GetParam().request;
    EXPECT_EQ(errors[0], GetParam().error);
    EXPECT_EQ(format_url_state(view_url_state(s.scene)), hash_before);
    EXPECT_EQ(s.scene.panel, RecordPanel::country);
}

INSTANTIATE_TEST_SUITE_P(
    EveryField, BadViewRequest,
    ::testing::Values(BadField{R"({"commitment": "nope"})", R"(unknown commitment "nope")"},
                      BadField{R"({"commitment": 3})", "unknown commitment 3"},
                      BadField{R"({"date": "2025-02-30"})", R"(date must be YYYY-MM-DD, got "2025-02-30")"},
                      BadField{R"({"date": "2025-02"})", R"(date must be YYYY-MM-DD, got "2025-02")"},
                      BadField{R"({"date": null})", "date must be YYYY-MM-DD, got null"},
                      BadField{R"({"projection": "mercator"})", R"(projection must be equal-earth, natural-earth or orthographic, got "mercator")"},
                      BadField{R"({"theme": "sepia"})", R"(theme must be light or dark, got "sepia")"},
                      BadField{R"({"theme": true})", "theme must be light or dark, got true"},
                      BadField{R"({"language": "de"})", R"(language must be one of en, fr, es, ru, zh-Hans, got "de")"},
                      BadField{R"({"language": "zh-TW"})", R"(language must be one of en, fr, es, ru, zh-Hans, got "zh-TW")"},
                      BadField{R"({"mode": "heatmap"})", R"(mode must be single, overview or compare, got "heatmap")"},
                      BadField{R"({"mode": "compare"})", R"(compare mode needs "compare": a commitment id)"},
                      BadField{R"({"compare": "nope"})", R"(unknown commitment to compare "nope")"},
                      BadField{R"({"selected": "XXX"})", R"(unknown party "XXX")"},
                      BadField{R"({"selected": 7})", "unknown party 7"},
                      BadField{R"({"fly": "yes"})", R"(fly must be true or false, got "yes")"}));

TEST(ViewRequest, NotAnObjectIsRefused) {
    SceneSetup s(small_dataset());
    for (const char* text : {"[]", "\"decl\"", "null"}) {
        EXPECT_EQ(parse_view_request(Json::parse(text), s.scene).errors, std::vector<std::string>{"expected an object"}) << text;
    }
    EXPECT_EQ(parse_view_request(Json::parse("not json", nullptr, false), s.scene).errors, std::vector<std::string>{"expected an object"});
}

TEST(ViewRequest, OneBadFieldAmongGoodOnesStopsAll) {
    SceneSetup s(small_dataset());
    EXPECT_EQ(set_view(s.scene, Json::parse(R"({"commitment": "treaty", "date": "2024-03-01", "selected": "DEU", "theme": "sepia"})")).size(), 1u);
    EXPECT_EQ(s.scene.commitment, s.commitment("decl"));
    EXPECT_EQ(format_day(s.scene.day), "2026-01-01");
    EXPECT_TRUE(s.scene.selected.empty());
    EXPECT_EQ(s.scene.theme, Theme::light);
    EXPECT_TRUE(set_view(s.scene, Json::parse(R"({"commitment": "treaty", "theme": "dark"})")).empty());
    EXPECT_EQ(s.scene.commitment, s.commitment("treaty"));
    EXPECT_EQ(s.scene.theme, Theme::dark);
}

TEST(ViewRequest, AGoodRequestAppliesEveryField) {
    SceneSetup s(small_dataset());
    const ViewRequestParse parsed = parse_view_request(
        Json::parse(R"({"commitment": "treaty", "date": "2024-03-01", "mode": "compare", "compare": "decl", "projection": "orthographic",
                        "theme": "dark", "selected": "DEU", "fly": false})"),
        s.scene);
    ASSERT_TRUE(parsed.errors.empty()) << parsed.errors[0];
    apply_view_request(s.scene, parsed.request);
    EXPECT_EQ(s.scene.commitment, s.commitment("treaty"));
    EXPECT_EQ(format_day(s.scene.day), "2024-03-01");
    EXPECT_EQ(s.scene.mode, MapMode::compare);
    EXPECT_EQ(s.scene.compare, s.commitment("decl"));
    EXPECT_EQ(s.view.projection(), ProjectionKind::orthographic);
    EXPECT_EQ(s.scene.theme, Theme::dark);
    EXPECT_EQ(s.scene.selected, "DEU");
    EXPECT_EQ(s.scene.panel, RecordPanel::country);
    EXPECT_DOUBLE_EQ(s.view.target_zoom(), 1.0) << "fly: false keeps the view";

    apply_view_request(s.scene, parse_view_request(Json::parse(R"({"selected": null})"), s.scene).request);
    EXPECT_TRUE(s.scene.selected.empty());
    EXPECT_EQ(s.scene.panel, RecordPanel::none);
}

TEST(ViewRequest, CompareModeIsAcceptedOnceACommitmentIsCompared) {
    SceneSetup s(small_dataset());
    set_compare(s.scene, s.commitment("treaty"));
    EXPECT_TRUE(parse_view_request(Json::parse(R"({"mode": "compare"})"), s.scene).errors.empty());
}

TEST(Link, TheViewMakesALinkThatOpensTheSameView) {
    SceneSetup a(small_dataset());
    set_commitment(a.scene, a.commitment("treaty"));
    set_day(a.scene, a.day("2024-03-01"));
    set_mode(a.scene, MapMode::compare);
    click_party(a.scene, "FRA");
    set_theme(a.scene, Theme::dark);
    a.view.zoom_at({700, 400}, 3.0, true);
    const std::string hash = format_url_state(view_url_state(a.scene));
    EXPECT_NE(hash.find("c=treaty"), std::string::npos);
    EXPECT_NE(hash.find("s=FRA"), std::string::npos);
    EXPECT_NE(hash.find("z=3"), std::string::npos);

    SceneSetup b(small_dataset());
    const LinkResult result = apply_link(b.scene, "#" + hash);
    EXPECT_TRUE(result.errors.empty()) << result.errors[0];
    EXPECT_TRUE(result.warnings.empty());
    EXPECT_EQ(format_url_state(view_url_state(b.scene)), hash);
    update_layout(b.scene, 1440, 900);  // the link opened a record: the next frame lays it out
    EXPECT_EQ(format_url_state(view_url_state(b.scene)), hash) << "opening a link's record does not change the view it says";
}

TEST(Link, WhatALinkLeavesOutIsTheDefaultAndBadPartsDoNotStopTheRest) {
    SceneSetup s(small_dataset());
    click_party(s.scene, "FRA");
    set_mode(s.scene, MapMode::overview);
    s.view.zoom_at({700, 400}, 3.0, true);
    const LinkResult result = apply_link(s.scene, "c=nope&d=2024-03-01&v=2020-01-01");
    ASSERT_EQ(result.errors.size(), 1u);
    EXPECT_EQ(result.errors[0], R"(unknown commitment "nope")");
    ASSERT_EQ(result.warnings.size(), 1u);
    EXPECT_EQ(result.warnings[0], "this link was made with dataset edition 2020-01-01; the page shows edition 2026-01-01");
    EXPECT_EQ(format_day(s.scene.day), "2024-03-01");
    EXPECT_TRUE(s.scene.selected.empty()) << "no selection in the link: none shown";
    EXPECT_EQ(s.scene.mode, MapMode::single);
    EXPECT_DOUBLE_EQ(s.view.target_zoom(), 1.0);
}

TEST(Link, ADateOrAPanIsNotADiscreteChangeButASelectionIs) {
    SceneSetup s(small_dataset());
    const UrlState before = view_url_state(s.scene);
    set_day(s.scene, s.day("2024-03-01"));
    EXPECT_FALSE(is_discrete_change(before, view_url_state(s.scene)));
    click_party(s.scene, "FRA");
    EXPECT_TRUE(is_discrete_change(before, view_url_state(s.scene)));
}

// The UI's language: a link or set() chooses it (and the link then says l=); the page's guess
// from the browser's languages does not put it in links, and never overrides a choice.
TEST(Language, AChosenLanguageIsInTheLinkAndAGuessIsNot) {
    SceneSetup s(small_dataset());
    guess_ui_language(s.scene, {"de-DE", "fr-CA", "en"});
    EXPECT_EQ(s.scene.language, Language::fr);
    EXPECT_EQ(current_language(), Language::fr) << "the string table follows the scene";
    EXPECT_EQ(view_url_state(s.scene).language, std::nullopt) << "a guess does not travel in links";
    const UrlState before = view_url_state(s.scene);
    EXPECT_TRUE(set_view(s.scene, Json::parse(R"({"language": "zh-CN"})")).empty());
    EXPECT_EQ(s.scene.language, Language::zh_hans);
    EXPECT_EQ(view_url_state(s.scene).language, "zh-Hans");
    EXPECT_TRUE(is_discrete_change(before, view_url_state(s.scene)));
    guess_ui_language(s.scene, {"ru"});
    EXPECT_EQ(s.scene.language, Language::zh_hans) << "the reader's choice stays";
    set_ui_language(s.scene, Language::en, false);
}

TEST(Language, ALinkOpensInItsLanguage) {
    SceneSetup s(small_dataset());
    const LinkResult result = apply_link(s.scene, "#c=decl&l=ru");
    EXPECT_TRUE(result.errors.empty());
    EXPECT_EQ(s.scene.language, Language::ru);
    EXPECT_NE(format_url_state(view_url_state(s.scene)).find("l=ru"), std::string::npos);
    const LinkResult bad = apply_link(s.scene, "#c=decl&l=x");
    ASSERT_EQ(bad.errors.size(), 1u);
    EXPECT_EQ(bad.errors[0], "l: language must be a tag such as fr or zh-Hans (\"l=x\")");
    EXPECT_EQ(s.scene.language, Language::ru) << "a refused language keeps the one shown";
    set_ui_language(s.scene, Language::en, false);
}

TEST(Language, PartyNamesFollowTheLanguageAndTheDataset) {
    SceneSetup s(small_dataset());
    EXPECT_TRUE(needs_party_names(s.scene) == false);
    set_ui_language(s.scene, Language::fr, true);
    EXPECT_TRUE(needs_party_names(s.scene));
    EXPECT_TRUE(load_party_names(s.scene, R"({"languages": {"fr": {"DEU": ["Allemagne"]}}})").empty());
    EXPECT_FALSE(needs_party_names(s.scene));
    const Index germany = s.scene.dataset->party_index("DEU");
    EXPECT_EQ(party_name(s.scene, germany), "Allemagne");
    EXPECT_EQ(party_name(s.scene, s.scene.dataset->party_index("ITA")), "Italy") << "no source names it: English";
    EXPECT_FALSE(load_party_names(s.scene, "{").empty()) << "a bad file is refused";
    EXPECT_EQ(party_name(s.scene, germany), "Allemagne") << "and the names stay";
    set_ui_language(s.scene, Language::en, false);
    EXPECT_EQ(party_name(s.scene, germany), "Germany");
}

}  // namespace
}  // namespace accord::scene
