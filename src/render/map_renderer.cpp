// WebGL2 map renderer: see map_renderer.h.
#include "render/map_renderer.h"

#include <GLES3/gl3.h>

#include <algorithm>
#include <cmath>

#include "render/gl_program.h"
#include "shaders_embedded.h"

namespace accord::render {

namespace {

constexpr int colors_per_row = 256;

void set_rgb_uniform(GLint location, std::uint32_t rgb, float alpha) {
    glUniform4f(location, static_cast<float>((rgb >> 16) & 0xFF) / 255.0f, static_cast<float>((rgb >> 8) & 0xFF) / 255.0f,
                static_cast<float>(rgb & 0xFF) / 255.0f, alpha);
}

int projection_index(ProjectionKind kind) { return static_cast<int>(kind); }

}  // namespace

bool MapRenderer::init(std::string& error) {
    fill_program_ = link_program(shaders::map_fill_vert, shaders::map_fill_frag, "map fill", error);
    if (!fill_program_) return false;
    line_program_ = link_program(shaders::map_line_vert, shaders::map_line_frag, "map line", error);
    if (!line_program_) return false;
    glGenTextures(1, &color_texture_);
    glBindTexture(GL_TEXTURE_2D, color_texture_);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
    return true;
}

// Each segment becomes a quad of 4 vertices (both end points + a corner) and 6 indices. Plain
// indexed triangles rather than instancing: software GL (SwiftShader) draws instances one by one.
void MapRenderer::upload_lines(LineBuffer& lines, const std::vector<float>& segments) {
    if (!lines.vertex_array) {
        glGenVertexArrays(1, &lines.vertex_array);
        glGenBuffers(1, &lines.buffer);
        glGenBuffers(1, &lines.index_buffer);
    }
    static constexpr float corners[4][2] = {{0, -1}, {1, -1}, {1, 1}, {0, 1}};
    const std::size_t count = segments.size() / 4;
    std::vector<float> vertices;
    vertices.reserve(count * 4 * 6);
    std::vector<std::uint32_t> indices;
    indices.reserve(count * 6);
    for (std::size_t i = 0; i < count; ++i) {
        for (const auto& corner : corners) {
            vertices.insert(vertices.end(), {corner[0], corner[1], segments[i * 4], segments[i * 4 + 1], segments[i * 4 + 2], segments[i * 4 + 3]});
        }
        const auto base = static_cast<std::uint32_t>(i * 4);
        indices.insert(indices.end(), {base, base + 1, base + 2, base, base + 2, base + 3});
    }
    glBindVertexArray(lines.vertex_array);
    glBindBuffer(GL_ARRAY_BUFFER, lines.buffer);
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(vertices.size() * sizeof(float)), vertices.data(), GL_STATIC_DRAW);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, lines.index_buffer);
    glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(indices.size() * sizeof(std::uint32_t)), indices.data(), GL_STATIC_DRAW);
    const auto corner = static_cast<GLuint>(glGetAttribLocation(line_program_, "a_corner"));
    const auto segment = static_cast<GLuint>(glGetAttribLocation(line_program_, "a_segment_lonlat_deg"));
    glEnableVertexAttribArray(corner);
    glVertexAttribPointer(corner, 2, GL_FLOAT, GL_FALSE, 6 * sizeof(float), nullptr);
    glEnableVertexAttribArray(segment);
    glVertexAttribPointer(segment, 4, GL_FLOAT, GL_FALSE, 6 * sizeof(float), reinterpret_cast<void*>(2 * sizeof(float)));
    glBindVertexArray(0);
    lines.segment_count = static_cast<int>(count);
}

void MapRenderer::upload_mesh(const WorldMesh& mesh) {
    const auto upload_triangles = [this](unsigned& vertex_array, unsigned& vertex_buffer, unsigned& index_buffer,
                                         const std::vector<float>& vertices, const std::vector<std::uint32_t>& indices) {
        if (!vertex_array) {
            glGenVertexArrays(1, &vertex_array);
            glGenBuffers(1, &vertex_buffer);
            glGenBuffers(1, &index_buffer);
        }
        glBindVertexArray(vertex_array);
        glBindBuffer(GL_ARRAY_BUFFER, vertex_buffer);
        glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(vertices.size() * sizeof(float)), vertices.data(), GL_STATIC_DRAW);
        glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, index_buffer);
        glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(indices.size() * sizeof(std::uint32_t)), indices.data(), GL_STATIC_DRAW);
        const auto lonlat = static_cast<GLuint>(glGetAttribLocation(fill_program_, "a_lonlat_deg"));
        const auto feature = static_cast<GLuint>(glGetAttribLocation(fill_program_, "a_feature"));
        glEnableVertexAttribArray(lonlat);
        glVertexAttribPointer(lonlat, 2, GL_FLOAT, GL_FALSE, 3 * sizeof(float), nullptr);
        glEnableVertexAttribArray(feature);
        glVertexAttribPointer(feature, 1, GL_FLOAT, GL_FALSE, 3 * sizeof(float), reinterpret_cast<void*>(2 * sizeof(float)));
        glBindVertexArray(0);
        return static_cast<int>(indices.size());
    };
    fill_index_count_ = upload_triangles(fill_vertex_array_, fill_vertex_buffer_, fill_index_buffer_, mesh.fill_vertices, mesh.fill_indices);
    overview_index_count_ = upload_triangles(overview_vertex_array_, overview_vertex_buffer_, overview_index_buffer_,
                                             mesh.overview_fill_vertices, mesh.overview_fill_indices);
    sphere_index_count_ = upload_triangles(sphere_vertex_array_, sphere_vertex_buffer_, sphere_index_buffer_, mesh.sphere_vertices, mesh.sphere_indices);
    upload_lines(borders_, mesh.border_segments);
    upload_lines(overview_borders_, mesh.overview_border_segments);
    upload_lines(outlines_, mesh.outline_segments);
    upload_lines(graticule_, mesh.graticule_segments);
    upload_lines(frame_, mesh.frame_segments);
}

void MapRenderer::set_feature_colors(std::span<const std::uint32_t> rgb, std::span<const scene::FillPattern> patterns) {
    // The pattern travels in the texel's alpha, which map_fill.frag reads back in the same steps.
    const auto alpha = [](scene::FillPattern p) -> std::uint8_t { return p == scene::FillPattern::hatched ? 128 : p == scene::FillPattern::dotted ? 64 : 255; };
    const int rows = std::max(1, static_cast<int>((rgb.size() + colors_per_row - 1) / colors_per_row));
    std::vector<std::uint8_t> texels(static_cast<std::size_t>(rows * colors_per_row * 4), 0);
    for (std::size_t i = 0; i < rgb.size(); ++i) {
        texels[i * 4 + 0] = static_cast<std::uint8_t>(rgb[i] >> 16);
        texels[i * 4 + 1] = static_cast<std::uint8_t>(rgb[i] >> 8);
        texels[i * 4 + 2] = static_cast<std::uint8_t>(rgb[i]);
        texels[i * 4 + 3] = i < patterns.size() ? alpha(patterns[i]) : 255;
    }
    glBindTexture(GL_TEXTURE_2D, color_texture_);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, colors_per_row, rows, 0, GL_RGBA, GL_UNSIGNED_BYTE, texels.data());
}

void MapRenderer::set_view_uniforms(unsigned program, const MapFrame& frame) {
    const MapView& view = *frame.view;
    const GlobeRotation rotation = view.rotation();
    const ProjectedXY center = view.center();
    const CssPoint map_center = view.map_center_css();
    glUniform1i(glGetUniformLocation(program, "u_projection_from"), projection_index(view.previous_projection()));
    glUniform1i(glGetUniformLocation(program, "u_projection_to"), projection_index(view.projection()));
    glUniform1f(glGetUniformLocation(program, "u_projection_mix"), static_cast<float>(view.projection_mix()));
    constexpr double degrees_to_radians = 3.14159265358979323846 / 180.0;
    glUniform2f(glGetUniformLocation(program, "u_rotation_rad"), static_cast<float>(rotation.center_lon_deg * degrees_to_radians),
                static_cast<float>(rotation.center_lat_deg * degrees_to_radians));
    glUniform2f(glGetUniformLocation(program, "u_center_projected"), static_cast<float>(center.x), static_cast<float>(center.y));
    glUniform1f(glGetUniformLocation(program, "u_pixels_per_unit"), static_cast<float>(view.pixels_per_unit()));
    glUniform2f(glGetUniformLocation(program, "u_map_center_css"), static_cast<float>(map_center.x), static_cast<float>(map_center.y));
    glUniform2f(glGetUniformLocation(program, "u_canvas_css"), frame.canvas_width_css, frame.canvas_height_css);
    glUniform1f(glGetUniformLocation(program, "u_device_pixel_ratio"), frame.device_pixel_ratio);
}

void MapRenderer::draw_lines(const LineBuffer& lines, const MapFrame& frame, std::uint32_t rgb, float alpha, float half_width_css,
                             int first_segment, int segment_count) {
    const int count = segment_count < 0 ? lines.segment_count - first_segment : segment_count;
    if (count <= 0 || !lines.vertex_array) return;
    glUseProgram(line_program_);
    set_view_uniforms(line_program_, frame);
    set_rgb_uniform(glGetUniformLocation(line_program_, "u_color"), rgb, alpha);
    glUniform1f(glGetUniformLocation(line_program_, "u_half_width_css"), half_width_css);
    glBindVertexArray(lines.vertex_array);
    glDrawElements(GL_TRIANGLES, count * 6, GL_UNSIGNED_INT,
                   reinterpret_cast<void*>(static_cast<std::uintptr_t>(first_segment) * 6 * sizeof(std::uint32_t)));
    glBindVertexArray(0);
}

void MapRenderer::draw(const MapFrame& frame) {
    if (!fill_index_count_ || !frame.view) return;
    const MapColors& colors = map_colors(frame.theme);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_CULL_FACE);
    glDisable(GL_BLEND);

    glUseProgram(fill_program_);
    set_view_uniforms(fill_program_, frame);
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, color_texture_);
    glUniform1i(glGetUniformLocation(fill_program_, "u_feature_colors"), 0);
    for (const StatusStyle& style : status_styles(frame.theme)) {
        if (style.hatched) set_rgb_uniform(glGetUniformLocation(fill_program_, "u_hatch_color"), style.hatch_rgb, 1.0f);
    }
    set_rgb_uniform(glGetUniformLocation(fill_program_, "u_weak_tint_color"), weak_tint_target_rgb(frame.theme), weak_tint_share);
    // Ocean: the whole sphere in one colour (on the globe, its front half is the disk).
    glUniform1i(glGetUniformLocation(fill_program_, "u_use_solid_color"), 1);
    set_rgb_uniform(glGetUniformLocation(fill_program_, "u_solid_color"), colors.ocean_rgb, 1.0f);
    glBindVertexArray(sphere_vertex_array_);
    glDrawElements(GL_TRIANGLES, sphere_index_count_, GL_UNSIGNED_INT, nullptr);
    glUniform1i(glGetUniformLocation(fill_program_, "u_use_solid_color"), 0);
    // Overview geometry while a CSS pixel spans more than the overview tolerance.
    const bool overview = overview_outlines_suffice(frame.view->pixels_per_unit());
    glBindVertexArray(overview ? overview_vertex_array_ : fill_vertex_array_);
    glDrawElements(GL_TRIANGLES, overview ? overview_index_count_ : fill_index_count_, GL_UNSIGNED_INT, nullptr);
    glBindVertexArray(0);

    glEnable(GL_BLEND);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    draw_lines(graticule_, frame, colors.graticule_rgb, 0.8f, 0.35f);
    draw_lines(overview ? overview_borders_ : borders_, frame, colors.border_rgb, 1.0f, 0.3f + 0.12f * static_cast<float>(std::min(std::log2(frame.view->zoom() + 1.0), 3.0)));
    if (frame.view->projection() != ProjectionKind::orthographic) draw_lines(frame_, frame, colors.frame_rgb, 1.0f, 0.6f);
    for (const OutlineRequest& outline : frame.outlines) {
        draw_lines(outlines_, frame, outline.rgb, 1.0f, outline.half_width_css, static_cast<int>(outline.first_segment),
                   static_cast<int>(outline.segment_count));
    }
    glDisable(GL_BLEND);
}

}  // namespace accord::render
