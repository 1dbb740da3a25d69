// What the renderer is given: feature colours recomputed only when their inputs change, and the
// outlines (the union's member states while it is a party, flashes, hover, selection).
#include <gtest/gtest.h>

#include <algorithm>

#include "scene/map_paint.h"
#include "scene_fixture.h"

namespace accord::scene {
namespace {

using test::SceneSetup;
using test::small_dataset;

std::uint32_t feature_rgb(const FeaturePaint& paint, const MapScene& scene, const char* party) {
    const int f = scene.mesh->feature_of_party(party);
    return f < 0 ? 0 : paint.rgb()[static_cast<std::size_t>(f)];
}

TEST(MapPaint, FeatureColoursFollowTheSceneAndAreRecomputedOnlyOnChange) {
    ACCORD_NEEDS_WORLD();
    SceneSetup s(small_dataset());
    FeaturePaint paint;
    EXPECT_TRUE(paint.update(s.scene, 1));
    EXPECT_EQ(paint.rgb().size(), s.scene.mesh->features.size());
    EXPECT_EQ(feature_rgb(paint, s.scene, "FRA"), status_style(Status::party, Theme::light).rgb);
    const int italy = s.scene.mesh->feature_of_party("ITA");
    ASSERT_GE(italy, 0);
    EXPECT_EQ(paint.patterns()[static_cast<std::size_t>(italy)], FillPattern::hatched) << "unknown is hatched";
    EXPECT_FALSE(paint.update(s.scene, 1)) << "nothing changed";
    click_party(s.scene, "FRA");
    EXPECT_FALSE(paint.update(s.scene, 1)) << "a selection is an outline, not a fill";
    set_theme(s.scene, Theme::dark);
    EXPECT_TRUE(paint.update(s.scene, 1));
    EXPECT_EQ(feature_rgb(paint, s.scene, "FRA"), status_style(Status::party, Theme::dark).rgb);
    EXPECT_FALSE(paint.update(s.scene, 2)) << "a new generation with the same colours uploads nothing";
    paint.forget();
    EXPECT_TRUE(paint.update(s.scene, 2)) << "a new mesh gets its colours even when they are the same";
}

// Argentina "not among the signatories" of the Paris statement rests on one low-confidence
// analysis; the United States' refusal on many reports. They must not look alike.
TEST(MapPaint, AWeakFactIsDottedAndAFirmOneIsNot) {
    ACCORD_NEEDS_WORLD();
    SceneSetup s(test::shipped_dataset());
    set_commitment(s.scene, s.commitment("paris-statement-inclusive-sustainable-ai"));
    set_day(s.scene, s.day("2025-03-01"));
    FeaturePaint paint;
    paint.update(s.scene, 1);
    const auto pattern = [&](const char* party) { return paint.patterns()[static_cast<std::size_t>(s.scene.mesh->feature_of_party(party))]; };
    EXPECT_EQ(pattern("ARG"), FillPattern::dotted);
    EXPECT_EQ(pattern("USA"), FillPattern::solid);
    EXPECT_EQ(pattern("FRA"), FillPattern::solid);
    EXPECT_TRUE(party_style(s.scene, "ARG").weak);
    EXPECT_EQ(party_style(s.scene, "ARG").rgb, status_style(Status::not_signed, Theme::light).rgb) << "the status keeps its colour; the tint is drawn";
    EXPECT_NE(weak_fill_rgb(party_style(s.scene, "ARG").rgb, Theme::light), party_style(s.scene, "ARG").rgb);
    set_mode(s.scene, MapMode::overview);
    EXPECT_FALSE(party_style(s.scene, "ARG").weak) << "only one commitment's statuses rest on a fact";
}

TEST(MapPaint, TheUnionsMembersAreOutlinedWhileItIsAParty) {
    ACCORD_NEEDS_WORLD();
    SceneSetup s(small_dataset());
    const auto outlined = [&](const char* party) {
        const int f = s.scene.mesh->feature_of_party(party);
        const std::vector<OutlineRequest> outlines = map_outlines(s.scene);
        return f >= 0 && std::any_of(outlines.begin(), outlines.end(), [&](const OutlineRequest& o) {
                   return o.first_segment == s.scene.mesh->features[static_cast<std::size_t>(f)].first_outline_segment;
               });
    };
    set_day(s.scene, s.day("2024-03-01"));  // the EU's endorsement ("by May 2024") is not certain yet
    s.scene.flashes.clear();
    EXPECT_FALSE(outlined("FRA"));
    set_day(s.scene, s.day("2025-01-01"));
    s.scene.flashes.clear();
    EXPECT_TRUE(outlined("FRA"));
    EXPECT_TRUE(outlined("DEU"));
    EXPECT_FALSE(outlined("GBR")) << "no longer a member in 2025";
    EXPECT_FALSE(outlined("ITA")) << "not a member in the fixture";
    s.scene.hovered = "ITA";
    EXPECT_TRUE(outlined("ITA"));
    s.scene.hovered.clear();
    click_party(s.scene, "USA");
    EXPECT_TRUE(outlined("USA"));
    const std::vector<OutlineRequest> outlines = map_outlines(s.scene);
    EXPECT_EQ(outlines.back().rgb, map_colors(Theme::light).highlight_rgb);
    EXPECT_GT(outlines.back().half_width_css, outlines.front().half_width_css) << "the selection stands out most";
}

}  // namespace
}  // namespace accord::scene
