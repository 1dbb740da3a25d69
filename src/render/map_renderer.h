// WebGL2 renderer of the world map: ocean, country fills coloured per feature from a small
// texture, borders, graticule and frame as constant-width antialiased lines, and outlines of
// highlighted features. Geometry is uploaded once in degrees; each frame sets a few uniforms
// from the MapView (projection, blend, centre, zoom, globe rotation).
#pragma once
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "core/map_view.h"
#include "core/status_palette.h"
#include "core/world_mesh.h"
#include "scene/map_paint.h"

namespace accord::render {

// Outline segments of one feature (MeshFeature::first_outline_segment / outline_segment_count);
// scene/map_paint.h decides what is outlined.
using scene::OutlineRequest;

struct MapFrame {
    const MapView* view = nullptr;
    float canvas_width_css = 1, canvas_height_css = 1, device_pixel_ratio = 1;
    Theme theme = Theme::light;
    std::vector<OutlineRequest> outlines;
};

class MapRenderer {
public:
    bool init(std::string& error);
    void upload_mesh(const WorldMesh& mesh);
    // One colour (0xRRGGBB) and fill pattern per feature (scene/map_paint.h).
    void set_feature_colors(std::span<const std::uint32_t> rgb, std::span<const scene::FillPattern> patterns);
    void draw(const MapFrame& frame);
    bool has_mesh() const { return fill_index_count_ > 0; }

private:
    struct LineBuffer {
        unsigned vertex_array = 0, buffer = 0, index_buffer = 0;
        int segment_count = 0;
    };
    void upload_lines(LineBuffer& lines, const std::vector<float>& segments);
    void set_view_uniforms(unsigned program, const MapFrame& frame);
    void draw_lines(const LineBuffer& lines, const MapFrame& frame, std::uint32_t rgb, float alpha, float half_width_css,
                    int first_segment = 0, int segment_count = -1);

    unsigned fill_program_ = 0, line_program_ = 0;
    unsigned fill_vertex_array_ = 0, fill_vertex_buffer_ = 0, fill_index_buffer_ = 0;
    unsigned overview_vertex_array_ = 0, overview_vertex_buffer_ = 0, overview_index_buffer_ = 0;
    int overview_index_count_ = 0;
    unsigned sphere_vertex_array_ = 0, sphere_vertex_buffer_ = 0, sphere_index_buffer_ = 0;
    unsigned color_texture_ = 0;
    int fill_index_count_ = 0, sphere_index_count_ = 0;
    LineBuffer borders_, overview_borders_, outlines_, graticule_, frame_;
};

}  // namespace accord::render
