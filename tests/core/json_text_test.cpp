// JSON text utilities: locating a JSON pointer in the original text, line/column in code points.
#include "core/json_text.h"

#include <gtest/gtest.h>

namespace accord {

TEST(JsonText, LocatesPointers) {
    const std::string text = "{\n  \"a\": [1, {\"b\": \"x\"}, [2, 3]],\n  \"c/d\": {\"e~f\": true}\n}";
    const auto at = [&](const char* pointer) { return locate_json_pointer(text, pointer); };
    EXPECT_EQ(at(""), 0u);
    EXPECT_EQ(text.substr(*at("/a"), 2), "[1");
    EXPECT_EQ(text.substr(*at("/a/0"), 1), "1");
    EXPECT_EQ(text.substr(*at("/a/1/b"), 3), "\"x\"");
    EXPECT_EQ(text.substr(*at("/a/2/1"), 1), "3");
    EXPECT_EQ(text.substr(*at("/c~1d/e~0f"), 4), "true");
    EXPECT_FALSE(at("/a/3"));
    EXPECT_FALSE(at("/zzz"));
    EXPECT_FALSE(at("/a/x"));
}

TEST(JsonText, KeysAreMatchedAfterEscapes) {
    const std::string text = R"({"q\"k": 1, "k": {"inner": [true]}})";
    EXPECT_EQ(text.substr(*locate_json_pointer(text, "/k/inner/0"), 4), "true");
}

TEST(JsonText, PositionsCountCodePoints) {
    const std::string text = "{\"name\": \"Türkiye\", \"x\": 1}\n[]";
    const std::size_t x = text.find("1}");
    const TextPosition p = position_of_offset(text, x);
    EXPECT_EQ(p.line, 1);
    EXPECT_EQ(p.column, static_cast<int>(x));  // one two-byte ü before it: one column less than bytes + 1
    const TextPosition second = position_of_offset(text, text.find('['));
    EXPECT_EQ(second.line, 2);
    EXPECT_EQ(second.column, 1);
}

TEST(JsonText, PointerEscape) {
    EXPECT_EQ(json_pointer_escape("a/b~c"), "a~1b~0c");
}

TEST(JsonText, ReadsWithoutThrowing) {
    EXPECT_FALSE(read_json("{\"a\": 1}").error);
    const JsonReadResult bad = read_json("{\"a\": }");
    ASSERT_TRUE(bad.error);
    EXPECT_EQ(bad.error->byte_offset, 6u);
    EXPECT_TRUE(bad.value.is_null());
}

}  // namespace accord
