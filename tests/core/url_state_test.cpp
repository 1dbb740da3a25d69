// URL state: full round trip, canonical form, every value checked, unknown keys ignored.
#include "core/url_state.h"

#include <gtest/gtest.h>

namespace accord {

TEST(UrlState, ParsesAFullLink) {
    const UrlStateParse parsed = parse_url_state(
        "#c=bletchley-declaration&d=2024-05-21&m=compare&b=seoul-declaration&s=FRA&p=orthographic&z=2.5&x=0.125&y=-0.5&r=10.5,-20"
        "&t=dark&v=2026-11-27&future=ignored");
    EXPECT_TRUE(parsed.problems.empty()) << parsed.problems.front();
    const UrlState& s = parsed.state;
    EXPECT_EQ(s.commitment, "bletchley-declaration");
    EXPECT_EQ(s.date, "2024-05-21");
    EXPECT_EQ(s.mode, "compare");
    EXPECT_EQ(s.compare, "seoul-declaration");
    EXPECT_EQ(s.selected, "FRA");
    EXPECT_EQ(s.projection, "orthographic");
    EXPECT_DOUBLE_EQ(*s.zoom, 2.5);
    EXPECT_DOUBLE_EQ(*s.center_x, 0.125);
    EXPECT_DOUBLE_EQ(*s.center_y, -0.5);
    EXPECT_DOUBLE_EQ(*s.rotation_lon_deg, 10.5);
    EXPECT_DOUBLE_EQ(*s.rotation_lat_deg, -20.0);
    EXPECT_EQ(s.theme, "dark");
    EXPECT_EQ(s.dataset_version, "2026-11-27");
}

TEST(UrlState, RoundTripsThroughTheCanonicalForm) {
    UrlState s;
    s.commitment = "paris-statement-inclusive-sustainable-ai";
    s.date = "2025-02-11";
    s.selected = "";
    s.zoom = 3.25;
    s.center_x = 0.3333;
    s.center_y = 1.0;
    s.projection = "equal-earth";
    s.dataset_version = "2026-11-27";
    const std::string text = format_url_state(s);
    EXPECT_EQ(text, "c=paris-statement-inclusive-sustainable-ai&d=2025-02-11&s=&p=equal-earth&z=3.25&x=0.3333&y=1&v=2026-11-27");
    const UrlStateParse back = parse_url_state(text);
    EXPECT_TRUE(back.problems.empty());
    EXPECT_EQ(back.state, s);
    EXPECT_EQ(format_url_state(UrlState{}), "");
}

TEST(UrlState, EveryValueIsChecked) {
    const UrlStateParse parsed = parse_url_state(
        "c=<script>&d=2025-02-30&m=party&s=F%20R&p=mercator&z=0.5&x=nan&y=1e9&r=200,0&t=blue&v=2026&b=%zz");
    EXPECT_EQ(parsed.problems.size(), 12u);
    EXPECT_EQ(parsed.state, UrlState{});
    EXPECT_EQ(parsed.problems[1], "d: not a real date YYYY-MM-DD (\"d=2025-02-30\")");
}

TEST(UrlState, PercentDecodingAndEmptyPieces) {
    const UrlStateParse parsed = parse_url_state("&&c=a%2Db&&s=&");
    EXPECT_TRUE(parsed.problems.empty());
    EXPECT_EQ(parsed.state.commitment, "a-b");
    EXPECT_EQ(parsed.state.selected, "");
}

TEST(UrlState, OverlongFragmentsAreIgnored) {
    const UrlStateParse parsed = parse_url_state("c=" + std::string(3000, 'a'));
    ASSERT_EQ(parsed.problems.size(), 1u);
    EXPECT_EQ(parsed.state, UrlState{});
}

}  // namespace accord
