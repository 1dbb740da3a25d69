// One table per enum <-> name: every value has a name, every name reads back as its value, and
// an unknown name is refused.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "core/enum_names.h"
#include "core/map_modes.h"
#include "core/projection.h"
#include "core/status_palette.h"

namespace accord {
namespace {

template <typename E, typename Name, typename FromName>
void expect_round_trip(std::initializer_list<E> values, Name name, FromName from_name) {
    std::set<std::string> seen;
    for (const E value : values) {
        const std::string text = name(value);
        EXPECT_FALSE(text.empty());
        EXPECT_TRUE(seen.insert(text).second) << "two values named " << text;
        EXPECT_EQ(from_name(text), value) << text;
    }
    EXPECT_EQ(from_name("no-such-name"), std::nullopt);
    EXPECT_EQ(from_name(""), std::nullopt);
}

TEST(EnumNames, MapModesThemesAndProjectionsReadBack) {
    expect_round_trip({MapMode::single, MapMode::overview, MapMode::compare}, map_mode_name, map_mode_from_name);
    expect_round_trip({Theme::light, Theme::dark}, theme_name, theme_from_name);
    expect_round_trip({ProjectionKind::equal_earth, ProjectionKind::natural_earth, ProjectionKind::orthographic}, projection_name, projection_from_name);
}

TEST(EnumNames, ALookupMissesCleanly) {
    constexpr std::array<std::pair<int, const char*>, 2> table{{{1, "one"}, {2, "two"}}};
    EXPECT_STREQ(enum_name(table, 2), "two");
    EXPECT_STREQ(enum_name(table, 3), "");
    EXPECT_EQ(enum_from_name(table, "one"), 1);
    EXPECT_EQ(enum_from_name(table, "One"), std::nullopt) << "names match exactly";
    static_assert(enum_from_name(table, "two") == 2, "usable at compile time");
}

TEST(EnumNames, CompareClassesHaveTheirLinkNames) {
    EXPECT_STREQ(compare_class_name(CompareClass::only_a), "only-a");
    EXPECT_STREQ(compare_class_name(CompareClass::not_applicable), "not-applicable");
}

}  // namespace
}  // namespace accord
