// The theme palette's text colours are readable: WCAG AA for small text (4.5:1) on the page, in
// light and dark, for the text, the secondary (muted) text and links; the ratio itself checked
// on known pairs.
#include <gtest/gtest.h>

#include "core/status_palette.h"

namespace accord {
namespace {

TEST(StatusPalette, ContrastRatioMatchesWcagOnKnownPairs) {
    EXPECT_NEAR(contrast_ratio(0x000000, 0xFFFFFF), 21.0, 1e-9);
    EXPECT_NEAR(contrast_ratio(0xFFFFFF, 0xFFFFFF), 1.0, 1e-9);
    EXPECT_NEAR(contrast_ratio(0x767676, 0xFFFFFF), 4.54, 0.01) << "the lightest grey that passes AA on white";
    EXPECT_NEAR(contrast_ratio(0xFFFFFF, 0x767676), contrast_ratio(0x767676, 0xFFFFFF), 1e-12) << "symmetric";
}

TEST(StatusPalette, TextMutedTextAndLinksReachAaOnThePageInBothThemes) {
    for (const Theme theme : {Theme::light, Theme::dark}) {
        const MapColors& colors = map_colors(theme);
        EXPECT_GE(contrast_ratio(colors.text_rgb, colors.background_rgb), 7.0) << theme_name(theme);
        EXPECT_GE(contrast_ratio(muted_text_rgb(theme), colors.background_rgb), 4.5) << theme_name(theme);
        EXPECT_GE(contrast_ratio(colors.link_rgb, colors.background_rgb), 4.5) << theme_name(theme);
    }
}

}  // namespace
}  // namespace accord
