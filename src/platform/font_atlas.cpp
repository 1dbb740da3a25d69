// The UI's font, drawn by the browser into ImGui's atlas: see font_atlas.h.
#include "platform/font_atlas.h"

#include <emscripten/emscripten.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstring>

#include <nlohmann/json.hpp>

#include "core/utf8.h"
#include "imgui.h"
#include "imgui_internal.h"  // ImFontAtlasBuildInit, ImFontAtlasBuildFinish, ImUpperPowerOfTwo
#include "misc/freetype/imgui_freetype.h"
#include "render/imgui_renderer.h"
#include "scene/host_replies.h"

namespace accord::platform {

namespace {

// A line of UI text is 15 CSS px (ImGui's font size: its rows and frames are laid out with it);
// the letters are 12.5 CSS px, the size Inter had at that line height before the browser drew them.
constexpr float line_css_px = 15.0f;
constexpr float em_css_px = 12.5f;

// ImGui's font builder, replaced: ImGui's own rectangles (the white pixel, the mouse cursors, the
// baked lines) and the browser's glyph cells, packed in shelves (the cells share one height), on
// an empty texture. The pixels of the glyphs are drawn into it afterwards (FontAtlas::update).
bool build_atlas(ImFontAtlas* atlas) {
    ImFontAtlasBuildInit(atlas);
    atlas->TexID = static_cast<ImTextureID>(0);
    atlas->ClearTexData();
    int area = 0, widest = 0;
    for (const ImFontAtlasCustomRect& r : atlas->CustomRects) {
        area += (r.Width + 1) * (r.Height + 1);
        widest = std::max<int>(widest, r.Width + 1);
    }
    const int side = static_cast<int>(std::sqrt(static_cast<float>(area)));
    atlas->TexWidth = std::max(ImUpperPowerOfTwo(widest), side >= 1400 ? 4096 : side >= 700 ? 2048 : side >= 360 ? 1024 : 512);
    int x = 0, y = 0, shelf = 0;
    for (ImFontAtlasCustomRect& r : atlas->CustomRects) {
        if (x + r.Width + 1 > atlas->TexWidth) {
            x = 0;
            y += shelf + 1;
            shelf = 0;
        }
        r.X = static_cast<unsigned short>(x);
        r.Y = static_cast<unsigned short>(y);
        x += r.Width + 1;
        shelf = std::max<int>(shelf, r.Height);
    }
    atlas->TexHeight = ImUpperPowerOfTwo(y + shelf + 1);
    atlas->TexUvScale = ImVec2(1.0f / static_cast<float>(atlas->TexWidth), 1.0f / static_cast<float>(atlas->TexHeight));
    atlas->TexPixelsAlpha8 = static_cast<unsigned char*>(IM_ALLOC(static_cast<std::size_t>(atlas->TexWidth) * atlas->TexHeight));
    std::memset(atlas->TexPixelsAlpha8, 0, static_cast<std::size_t>(atlas->TexWidth) * atlas->TexHeight);
    ImFontAtlasBuildFinish(atlas);
    return true;
}

constexpr ImFontBuilderIO browser_builder{&build_atlas};  // what ImGui's own Build() would use (it is not called)

// The texts the browser draws: each code point alone, then each shaped run.
nlohmann::json browser_items(const scene::GlyphNeeds& needs) {
    nlohmann::json items = nlohmann::json::array();
    for (const char32_t cp : needs.codepoints) {
        std::string text;
        append_utf8(text, cp);
        items.push_back(std::move(text));
    }
    for (const std::string& run : needs.runs) items.push_back(run);
    return items;
}

}  // namespace

bool FontAtlas::update(float device_pixel_ratio, const scene::GlyphNeeds& needs, const char* han_language, render::ImGuiRenderer& renderer) {
    if (built_ && built_for_ratio_ == device_pixel_ratio && built_needs_ == needs) return false;
    ImGuiIO& io = ImGui::GetIO();
    ImFontAtlas& atlas = *io.Fonts;
    atlas.Clear();
    atlas.FontBuilderIO = &browser_builder;
    facts_ = {};
    const double started_ms = emscripten_get_now();
    const float size_px = std::round(line_css_px * device_pixel_ratio);
    const float em_px = std::round(em_css_px * device_pixel_ratio);
    const std::string items = scene::json_text(browser_items(needs));
    const std::size_t count = needs.codepoints.size() + needs.runs.size();
    // The browser measures the font (ascent, descent) and each item's advance, in device pixels.
    std::vector<float> metrics(count + 2, 0.0f);
    EM_ASM({ Module.atlasGlyphs.measure(UTF8ToString($0), $1, UTF8ToString($2), HEAPF32, $3 >> 2); }, items.c_str(), em_px, han_language, metrics.data());
    const float font_ascent = metrics[0], font_descent = metrics[1];
    // The font's box is centred on ImGui's line; the cells reach beyond it where letters do
    // (Devanagari's head strokes, Arabic's descenders).
    auto* font = IM_NEW(ImFont);
    atlas.Fonts.push_back(font);
    font->ContainerAtlas = &atlas;
    font->FontSize = size_px;
    font->Ascent = std::round((size_px - (font_ascent + font_descent)) * 0.5f + font_ascent);
    font->Descent = font->Ascent - size_px;
    const int above_px = static_cast<int>(std::ceil(font_ascent * 1.25f)), below_px = static_cast<int>(std::ceil(font_descent * 1.5f));
    std::vector<int> rect_ids(count);
    for (std::size_t i = 0; i < count; ++i) {
        const float advance = metrics[i + 2];
        const std::size_t run = i - std::min(i, needs.codepoints.size());
        const char32_t cp = i < needs.codepoints.size() ? needs.codepoints[i] : scene::run_codepoint(needs.runs[run], run);
        rect_ids[i] = atlas.AddCustomRectFontGlyph(font, static_cast<ImWchar>(cp), static_cast<int>(std::ceil(advance)) + 2, above_px + below_px, advance,
                                                   ImVec2(-1.0f, font->Ascent - static_cast<float>(above_px)));
    }
    // Our builder, called directly: ImFontAtlas::Build() would add ImGui's default font (and link
    // its 12 KB of compressed data) to an atlas without font files.
    build_atlas(&atlas);
    const int width = atlas.TexWidth, height = atlas.TexHeight;
    // RGBA as the renderer takes it: white, ImGui's own coverage (the white pixel, the baked lines)
    // in alpha; the browser adds its glyphs'.
    std::vector<unsigned char> rgba(static_cast<std::size_t>(width) * height * 4, 255);
    for (std::size_t i = 0, n = static_cast<std::size_t>(width) * height; i < n; ++i) rgba[i * 4 + 3] = atlas.TexPixelsAlpha8[i];
    atlas.ClearTexData();
    unsigned char* pixels = rgba.data();
    std::vector<int> rects(count * 4);
    for (std::size_t i = 0; i < count; ++i) {
        const ImFontAtlasCustomRect* r = atlas.GetCustomRectByIndex(rect_ids[i]);
        rects[i * 4] = r->X, rects[i * 4 + 1] = r->Y, rects[i * 4 + 2] = r->Width, rects[i * 4 + 3] = r->Height;
    }
    // The browser draws each item into its rectangle (white, coverage in alpha), and says how
    // many characters no font on the system has (the first of them written to `sample`).
    std::array<int, 20> sample{};
    facts_.missing = EM_ASM_INT({ return Module.atlasGlyphs.draw(UTF8ToString($0), $1, UTF8ToString($2), $3, HEAPU8, $4, $5, HEAP32, $6 >> 2, $7, $8 >> 2, $9); },
                                items.c_str(), em_px, han_language, above_px, pixels, width, rects.data(), count, sample.data(), sample.size());
    facts_.browser_ms = emscripten_get_now() - started_ms;
    for (int i = 0; i < std::min<int>(facts_.missing, static_cast<int>(sample.size())); ++i) {
        std::string text;
        append_utf8(text, static_cast<char32_t>(sample[static_cast<std::size_t>(i)]));
        facts_.missing_sample.push_back(std::move(text));
    }
    facts_.browser_glyphs = static_cast<int>(needs.codepoints.size());
    facts_.shaped_runs = static_cast<int>(needs.runs.size());
    facts_.atlas_width_px = width;
    facts_.atlas_height_px = height;
    io.FontGlobalScale = 1.0f / device_pixel_ratio;
    renderer.upload_font_atlas(rgba.data(), width, height);
    built_ = true;
    built_for_ratio_ = device_pixel_ratio;
    built_needs_ = needs;
    return true;
}

}  // namespace accord::platform

// ImGui takes its font builder at compile time: the web build defines IMGUI_ENABLE_FREETYPE
// (cmake/imgui.cmake) so that stb_truetype is left out, and ImGui asks this function for the
// builder. No FreeType is involved: the builder is the browser's (build_atlas above).
const ImFontBuilderIO* ImGuiFreeType::GetBuilderForFreeType() { return &accord::platform::browser_builder; }
