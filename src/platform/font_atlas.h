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

class FontAtlas {
public:
    // Rebuilds the atlas (and uploads it) when the ratio or `needs` changed; `han_language` is
    // the BCP 47 tag that picks the form of Han characters ("zh-Hans", "ja"). True when rebuilt.
    bool update(float device_pixel_ratio, const scene::GlyphNeeds& needs, const char* han_language, render::ImGuiRenderer& renderer);
    const scene::GlyphFacts& facts() const { return facts_; }

private:
    float built_for_ratio_ = 0;
    scene::GlyphNeeds built_needs_;
    bool built_ = false;
    scene::GlyphFacts facts_;
};

}  // namespace accord::platform
