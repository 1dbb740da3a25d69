// The glyphs the UI font lacks: which characters the browser must draw, which words of shaped
// scripts are drawn whole, and how a text is rewritten for ImGui (runs swapped in, right-to-left
// phrases in visual order). Every language's UI texts and the shipped data are covered.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "core/utf8.h"
#include "scene/glyphs.h"
#include "scene/strings.h"
#include "scene_fixture.h"

namespace accord::scene {
namespace {

// The private-use character of run `index`, right to left (Arabic) or not (Devanagari).
std::string pua(std::size_t index, bool rtl = true) {
    std::string out;
    append_utf8(out, (rtl ? first_rtl_run_cp : first_ltr_run_cp) + static_cast<char32_t>(index));
    return out;
}

bool drawable(const GlyphNeeds& needs, std::string_view text) {
    for (std::size_t at = 0; at < text.size();) {
        const Utf8Decoded d = decode_utf8(text, at);
        if (d.length == 0) return false;
        at += d.length;
        if (needs_shaping(d.cp) || d.cp < 0x20) continue;
        if (!std::binary_search(needs.codepoints.begin(), needs.codepoints.end(), d.cp)) return false;
    }
    return true;
}

TEST(Glyphs, PrintableAsciiIsAlwaysDrawnTheRestAsTextsNeedIt) {
    EXPECT_TRUE(always_drawn(U'A'));
    EXPECT_TRUE(always_drawn(U'~'));
    EXPECT_TRUE(always_drawn(U'…'));
    EXPECT_FALSE(always_drawn(U'é'));
    EXPECT_FALSE(always_drawn(U'中'));
    GlyphNeeds needs;
    needs.add_text("Côte d’Ivoire");
    needs.finish();
    EXPECT_EQ(needs.codepoints, (std::vector<char32_t>{U'ô', U'’'}));
}

TEST(Glyphs, CjkCharactersAreDrawnOneByOne) {
    GlyphNeeds needs;
    needs.add_text("China (中国) and Korea (한국), 中国");
    needs.finish();
    EXPECT_EQ(needs.codepoints, (std::vector<char32_t>{U'中', U'国', U'국', U'한'}));  // in code point order; ASCII is always drawn
    EXPECT_TRUE(needs.runs.empty());
}

TEST(Glyphs, ArabicWordsAreShapedWholeAndReadRightToLeft) {
    GlyphNeeds needs;
    const std::string text = "Arabic: \u0627\u0644\u0633\u0639\u0648\u062f\u064a\u0629 \u062a\u0646\u0636\u0645 (joins).";  // "السعودية تنضم"
    needs.add_text(text);
    ASSERT_EQ(needs.runs.size(), 2u);
    EXPECT_EQ(needs.runs[0], "\u0627\u0644\u0633\u0639\u0648\u062f\u064a\u0629");
    EXPECT_TRUE(needs.codepoints.empty());
    // The phrase's first word is drawn on the right: the second run comes first.
    EXPECT_EQ(shown_text(needs.runs, text), "Arabic: " + pua(1) + " " + pua(0) + " (joins).");
}

TEST(Glyphs, DevanagariWordsAreShapedWholeLeftToRight) {
    GlyphNeeds needs;
    const std::string text = "minister \u092e\u0902\u0924\u094d\u0930\u0940 \u0928\u0947 said";  // "मंत्री ने"
    needs.add_text(text);
    ASSERT_EQ(needs.runs.size(), 2u);
    EXPECT_EQ(shown_text(needs.runs, text), "minister " + pua(0, false) + " " + pua(1, false) + " said");
}

// Lines are ordered after line breaking: a right-to-left phrase wrapped over two lines reads
// from its first words on the first line, each line right to left.
TEST(Glyphs, RightToLeftPhrasesAreOrderedLineByLine) {
    const std::vector<std::string> runs = {"\u0623", "\u0628", "\u062a", "\u062b"};  // four one-letter Arabic words
    const std::string logical = logical_text(runs, "A: \u0623 \u0628 \u062a \u062b.");
    EXPECT_EQ(logical, "A: " + pua(0) + " " + pua(1) + " " + pua(2) + " " + pua(3) + ".");
    EXPECT_EQ(visual_line(logical), "A: " + pua(3) + " " + pua(2) + " " + pua(1) + " " + pua(0) + ".");
    // Wrapped after the second word: each line keeps its own words.
    const std::size_t second_end = logical.find(pua(2)) - 1;
    EXPECT_EQ(visual_line(logical.substr(0, second_end)), "A: " + pua(1) + " " + pua(0));
    EXPECT_EQ(visual_line(logical.substr(second_end + 1)), pua(3) + " " + pua(2) + ".");
}

TEST(Glyphs, TextsWithoutShapedScriptsAreUnchanged) {
    const std::vector<std::string> runs = {"\u0627\u0644"};
    EXPECT_EQ(shown_text(runs, "Côte d’Ivoire, 中国"), "Côte d’Ivoire, 中国");
    EXPECT_EQ(shown_text(std::vector<std::string>{}, "\u0627\u0644"), "\u0627\u0644");  // not yet drawn: left as it is
}

TEST(Glyphs, KnownRunsKeepTheirCharacters) {
    GlyphNeeds needs;
    needs.runs = {"\u0928\u0947"};
    needs.add_text("\u092e\u0902\u0924\u094d\u0930\u0940 \u0928\u0947");
    EXPECT_EQ(needs.runs, (std::vector<std::string>{"\u0928\u0947", "\u092e\u0902\u0924\u094d\u0930\u0940"}));
}

class GlyphsOfEveryLanguage : public ::testing::TestWithParam<Language> {};

// With the shipped data: every UI text of the language, every party name in it and every text of
// the dataset can be drawn (the base font, the browser's characters or a shaped run).
TEST_P(GlyphsOfEveryLanguage, CoverTheUiAndTheShippedData) {
    test::SceneSetup s(test::shipped_dataset());
    set_ui_language(s.scene, GetParam(), true);
    const GlyphNeeds needs = glyph_needs(s.scene, "", {});
    for (const char* text : all_texts(strings())) EXPECT_TRUE(drawable(needs, text)) << text;
    for (Index p = 0; p < s.scene.dataset->parties.size(); ++p) EXPECT_TRUE(drawable(needs, party_name(s.scene, p)));
    for (const Source& source : s.scene.dataset->sources) {
        EXPECT_TRUE(drawable(needs, source.supports)) << source.id;
        const std::string shown = shown_text(needs.runs, source.supports);
        for (std::size_t at = 0; at < shown.size();) {
            const Utf8Decoded d = decode_utf8(shown, at);
            ASSERT_GT(d.length, 0u);
            EXPECT_FALSE(needs_shaping(d.cp) && d.cp != 0x200C && d.cp != 0x200D) << source.id << ": a shaped letter was left unswapped";
            at += d.length;
        }
    }
    if (GetParam() == Language::en) {
        EXPECT_GE(needs.runs.size(), 2u) << "the shipped data quotes Arabic and Hindi";
        EXPECT_GE(needs.codepoints.size(), 95u + 50u) << "the shipped data quotes Korean and Japanese";
    }
    set_ui_language(s.scene, Language::en, false);
}

INSTANTIATE_TEST_SUITE_P(Languages, GlyphsOfEveryLanguage, ::testing::ValuesIn(all_languages));

// An English UI needs printable ASCII and the few other characters of its texts (the browser
// test checks the figure on the lean edition a first visit loads: getState().glyphs).
TEST(Glyphs, AnEnglishUiNeedsFewGlyphs) {
    test::SceneSetup s(test::small_dataset());
    const GlyphNeeds first = glyph_needs(s.scene, "", {});
    EXPECT_LE(first.codepoints.size(), 110u);
    EXPECT_TRUE(std::binary_search(first.codepoints.begin(), first.codepoints.end(), U'中')) << "the language switch says 中文";
    EXPECT_FALSE(std::binary_search(first.codepoints.begin(), first.codepoints.end(), U'한'));
    const GlyphNeeds typed = glyph_needs(s.scene, "국", {});
    EXPECT_TRUE(std::binary_search(typed.codepoints.begin(), typed.codepoints.end(), U'국')) << "what the reader types is drawn";
}

}  // namespace
}  // namespace accord::scene
