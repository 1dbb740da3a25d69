// The glyphs the UI draws. No font ships: the browser draws every glyph with the page's own
// fonts (platform/font_atlas.h: Canvas 2D into ImGui's atlas), so any script the reader's system
// has works, with no font bytes to fetch. This works out which characters the texts need: the
// UI's texts in the current language, the parties' names in it, the dataset's texts (quotes in
// Korean, Japanese, Arabic, Hindi), what the reader types; printable ASCII is always there.
//
// Scripts whose letters change shape with their neighbours (Arabic, joined and right to left;
// Devanagari and other Indic scripts, with conjuncts) cannot be drawn a character at a time:
// each run of such letters (a word) is drawn whole by the browser, which shapes it, and stands in
// the text as one private-use character. `logical_text` swaps the runs in before ImGui lays a text
// out; `visual_line` then puts the words of each right-to-left phrase of a line in right-to-left
// order inside the left-to-right paragraph (after line breaking, as the Unicode bidi algorithm
// orders a line). Texts for the JS API, exports and the HTML twin keep their own letters.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/dataset.h"

namespace accord::scene {

struct MapScene;

// Characters every atlas has, whatever the texts: printable ASCII (what a reader types first),
// and the ellipsis and middle dot the panels add to texts.
bool always_drawn(char32_t cp);
// Letters that are shaped with their neighbours (drawn a word at a time), and those written right to left.
bool needs_shaping(char32_t cp);
bool is_right_to_left(char32_t cp);

// Private-use characters that stand for shaped runs: run i is U+E000 + i when it is written right
// to left (Arabic, Hebrew), U+F000 + i otherwise (Devanagari…).
inline constexpr char32_t first_rtl_run_cp = 0xE000, first_ltr_run_cp = 0xF000;
inline constexpr std::size_t max_runs = 0xF8FF - 0xF000 + 1;
char32_t run_codepoint(std::string_view run, std::size_t index);
bool is_rtl_run_codepoint(char32_t cp);

// What the font atlas holds (platform/font_atlas fills it; the JS API reports it as getState().glyphs).
struct GlyphFacts {
    int browser_glyphs = 0;   // characters the browser drew into the atlas
    int shaped_runs = 0;      // words of shaped scripts it drew whole
    int missing = 0;          // characters no font on this system has (drawn as an empty box)
    std::vector<std::string> missing_sample;  // up to 20 of them, as text
    double browser_ms = 0;    // time the browser took to measure and draw them, last build
    int atlas_width_px = 0, atlas_height_px = 0;
};

struct GlyphNeeds {
    std::vector<char32_t> codepoints;  // sorted, unique: drawn one by one (always_drawn ones included)
    std::vector<std::string> runs;     // run i stands as run_codepoint(runs[i], i); only grows
    // Every character of `text`, and its shaped runs.
    void add_text(std::string_view utf8);
    // Sorts and de-duplicates the code points (runs are kept in order of arrival).
    void finish();
    friend bool operator==(const GlyphNeeds&, const GlyphNeeds&) = default;
};

// The characters of the UI texts in the current language, the parties' names in it, and every
// text of the dataset (quotes, notes, titles), plus `extra` (what the reader is typing). Runs keep
// the numbers `known_runs` gave them, so texts swapped before stay right.
GlyphNeeds glyph_needs(const MapScene& scene, std::string_view extra, const std::vector<std::string>& known_runs);

// `text` with its shaped runs swapped for their private-use characters (runs not in `runs` stay
// as they are), in logical order: what ImGui wraps into lines.
std::string logical_text(const std::vector<std::string>& runs, std::string_view text);
// One line of logical_text in visual order: each right-to-left phrase (runs joined by single
// spaces) last word first.
std::string visual_line(std::string_view logical_line);
// A text drawn on one line: logical_text, then visual_line.
std::string shown_text(const std::vector<std::string>& runs, std::string_view text);
std::string shown_text(const MapScene& scene, std::string_view text);

}  // namespace accord::scene
