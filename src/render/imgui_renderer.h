// WebGL2 renderer for Dear ImGui draw lists. Ours rather than imgui_impl_opengl3: it targets
// exactly GLSL ES 3.00 / WebGL2, takes its shaders from shaders/ (embedded at build time), and
// keeps the per-frame work to one buffer upload per draw list.
#pragma once
#include <string>

struct ImDrawData;

namespace accord::render {

class ImGuiRenderer {
public:
    // Compiles the shaders and creates buffers; on failure returns false and explains in `error`.
    bool init(std::string& error);
    // (Re)uploads ImGui's font atlas (RGBA, `width` x `height`) and gives ImGui its texture id;
    // call after the atlas is (re)built.
    void upload_font_atlas(const unsigned char* rgba, int width, int height);
    void render(const ImDrawData& draw_data, int framebuffer_width_px, int framebuffer_height_px);
    void shutdown();

private:
    unsigned program_ = 0, vertex_array_ = 0, vertex_buffer_ = 0, index_buffer_ = 0, font_texture_ = 0;
    int css_to_clip_location_ = -1, texture_location_ = -1;
};

}  // namespace accord::render
