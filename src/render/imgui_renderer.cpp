// WebGL2 renderer for Dear ImGui: see imgui_renderer.h.
#include "render/imgui_renderer.h"

#include <GLES3/gl3.h>

#include <cstddef>

#include "imgui.h"
#include "render/gl_program.h"
#include "shaders_embedded.h"

namespace accord::render {

bool ImGuiRenderer::init(std::string& error) {
    program_ = link_program(shaders::imgui_vert, shaders::imgui_frag, "imgui", error);
    if (!program_) return false;
    css_to_clip_location_ = glGetUniformLocation(program_, "u_css_to_clip");
    texture_location_ = glGetUniformLocation(program_, "u_texture");
    const GLint pos = glGetAttribLocation(program_, "a_pos_css");
    const GLint uv = glGetAttribLocation(program_, "a_uv");
    const GLint color = glGetAttribLocation(program_, "a_color");

    glGenVertexArrays(1, &vertex_array_);
    glGenBuffers(1, &vertex_buffer_);
    glGenBuffers(1, &index_buffer_);
    glBindVertexArray(vertex_array_);
    glBindBuffer(GL_ARRAY_BUFFER, vertex_buffer_);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, index_buffer_);
    glEnableVertexAttribArray(static_cast<GLuint>(pos));
    glEnableVertexAttribArray(static_cast<GLuint>(uv));
    glEnableVertexAttribArray(static_cast<GLuint>(color));
    const auto stride = static_cast<GLsizei>(sizeof(ImDrawVert));
    glVertexAttribPointer(static_cast<GLuint>(pos), 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(ImDrawVert, pos)));
    glVertexAttribPointer(static_cast<GLuint>(uv), 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(ImDrawVert, uv)));
    glVertexAttribPointer(static_cast<GLuint>(color), 4, GL_UNSIGNED_BYTE, GL_TRUE, stride, reinterpret_cast<void*>(offsetof(ImDrawVert, col)));
    glBindVertexArray(0);
    return true;
}

void ImGuiRenderer::upload_font_atlas(const unsigned char* pixels, int width, int height) {
    ImGuiIO& io = ImGui::GetIO();
    if (!font_texture_) glGenTextures(1, &font_texture_);
    glBindTexture(GL_TEXTURE_2D, font_texture_);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, pixels);
    io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(font_texture_)));
}

void ImGuiRenderer::render(const ImDrawData& draw_data, int framebuffer_width_px, int framebuffer_height_px) {
    if (framebuffer_width_px <= 0 || framebuffer_height_px <= 0) return;
    glViewport(0, 0, framebuffer_width_px, framebuffer_height_px);
    glEnable(GL_BLEND);
    glBlendEquation(GL_FUNC_ADD);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glDisable(GL_CULL_FACE);
    glDisable(GL_DEPTH_TEST);
    glEnable(GL_SCISSOR_TEST);

    const float left = draw_data.DisplayPos.x, top = draw_data.DisplayPos.y;
    const float right = left + draw_data.DisplaySize.x, bottom = top + draw_data.DisplaySize.y;
    const float css_to_clip[16] = {
        2.0f / (right - left), 0, 0, 0,
        0, 2.0f / (top - bottom), 0, 0,
        0, 0, -1, 0,
        (right + left) / (left - right), (top + bottom) / (bottom - top), 0, 1,
    };
    glUseProgram(program_);
    glUniformMatrix4fv(css_to_clip_location_, 1, GL_FALSE, css_to_clip);
    glUniform1i(texture_location_, 0);
    glActiveTexture(GL_TEXTURE0);
    glBindVertexArray(vertex_array_);

    const ImVec2 clip_offset = draw_data.DisplayPos;
    const ImVec2 clip_scale = draw_data.FramebufferScale;
    for (int n = 0; n < draw_data.CmdListsCount; ++n) {
        const ImDrawList* list = draw_data.CmdLists[n];
        glBindBuffer(GL_ARRAY_BUFFER, vertex_buffer_);
        glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(list->VtxBuffer.Size) * static_cast<GLsizeiptr>(sizeof(ImDrawVert)),
                     list->VtxBuffer.Data, GL_STREAM_DRAW);
        glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, index_buffer_);
        glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(list->IdxBuffer.Size) * static_cast<GLsizeiptr>(sizeof(ImDrawIdx)),
                     list->IdxBuffer.Data, GL_STREAM_DRAW);
        for (const ImDrawCmd& cmd : list->CmdBuffer) {
            if (cmd.UserCallback) {
                if (cmd.UserCallback != ImDrawCallback_ResetRenderState) cmd.UserCallback(list, &cmd);
                continue;
            }
            const float x0 = (cmd.ClipRect.x - clip_offset.x) * clip_scale.x;
            const float y0 = (cmd.ClipRect.y - clip_offset.y) * clip_scale.y;
            const float x1 = (cmd.ClipRect.z - clip_offset.x) * clip_scale.x;
            const float y1 = (cmd.ClipRect.w - clip_offset.y) * clip_scale.y;
            if (x1 <= x0 || y1 <= y0) continue;
            glScissor(static_cast<GLint>(x0), static_cast<GLint>(static_cast<float>(framebuffer_height_px) - y1),
                      static_cast<GLsizei>(x1 - x0), static_cast<GLsizei>(y1 - y0));
            glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(reinterpret_cast<std::uintptr_t>(cmd.GetTexID())));
            glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(cmd.ElemCount), sizeof(ImDrawIdx) == 2 ? GL_UNSIGNED_SHORT : GL_UNSIGNED_INT,
                           reinterpret_cast<void*>(cmd.IdxOffset * sizeof(ImDrawIdx)));
        }
    }
    glBindVertexArray(0);
    glDisable(GL_SCISSOR_TEST);
}

void ImGuiRenderer::shutdown() {
    if (font_texture_) glDeleteTextures(1, &font_texture_);
    if (index_buffer_) glDeleteBuffers(1, &index_buffer_);
    if (vertex_buffer_) glDeleteBuffers(1, &vertex_buffer_);
    if (vertex_array_) glDeleteVertexArrays(1, &vertex_array_);
    if (program_) glDeleteProgram(program_);
    *this = ImGuiRenderer();
}

}  // namespace accord::render
