// The UI's font: every glyph drawn by the browser with the page's own font stack (the one
// web/style.css gives the page, so the canvas and the HTML around it read alike), through
// Canvas 2D (web/atlas/glyphs.js), into ImGui's font atlas. No font file is fetched and no
// rasteriser ships in the wasm: ImGui is compiled with its font builder replaced by ours
// (cmake/imgui.cmake), which packs the browser's glyphs. Every script the reader's system has
// works, offline too; words of scripts that need shaping (Arabic, Devanagari) are drawn whole
// (scene/glyphs.h). Rebuilt only when the pixel ratio or the needed glyphs change.
#pragma once
#include <string>
#include <vector>

#include "scene/glyphs.h"

namespace accord::render {
class ImGuiRenderer;
}

namespace accord::platform {

struct FontAtlasFacts {
    int browser_glyphs = 0;   // characters the browser drew into the atlas
    int shaped_runs = 0;      // words of shaped scripts it drew whole
    int missing = 0;          // characters no font on this system has (drawn as an empty box)
    std::vector<std::string> missing_sample;  // up to 20 of them, as text
    double browser_ms = 0;    // time the browser took to measure and draw them, last build
    int atlas_width_px = 0, atlas_height_px = 0;
};

class FontAtlas {
public:
    // Rebuilds the atlas (and uploads it) when the ratio or `needs` changed; `han_language` is
    // the BCP 47 tag that picks the form of Han characters ("zh-Hans", "ja"). True when rebuilt.
    bool update(float device_pixel_ratio, const scene::GlyphNeeds& needs, const char* han_language, render::ImGuiRenderer& renderer);
    const FontAtlasFacts& facts() const { return facts_; }

private:
    float built_for_ratio_ = 0;
    scene::GlyphNeeds built_needs_;
    bool built_ = false;
    FontAtlasFacts facts_;
};

}  // namespace accord::platform
