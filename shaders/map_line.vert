#version 300 es
// Lines of constant on-screen width (borders, outlines, graticule): each segment is a quad whose
// four vertices carry both end points; they are placed here around the projected end points, so a border stays one CSS pixel
// wide at any zoom and on any screen (GL line widths are not portable). Segments on the back of
// the globe are dropped.
precision highp float;
precision highp int;
#include "projection.glsl"

uniform int u_projection_from;
uniform int u_projection_to;
uniform float u_projection_mix;
uniform vec2 u_rotation_rad;
uniform vec2 u_center_projected;
uniform float u_pixels_per_unit;
uniform vec2 u_map_center_css;
uniform vec2 u_canvas_css;
uniform float u_half_width_css;
uniform float u_device_pixel_ratio;

in vec2 a_corner;              // x 0..1 along the segment, y -1/+1 across it
in vec4 a_segment_lonlat_deg;  // the segment: (lon0, lat0, lon1, lat1)

out float v_across_css;      // signed distance from the centre line, CSS px
out float v_visibility;

vec3 project_blended(vec2 lonlat_rad) {
    vec3 b = project_lonlat(lonlat_rad, u_projection_to, u_rotation_rad);
    if (u_projection_mix >= 1.0) return b;  // uniform branch: one projection when not blending
    vec3 a = project_lonlat(lonlat_rad, u_projection_from, u_rotation_rad);
    return mix(a, b, u_projection_mix);
}

vec2 to_css(vec3 projected) {
    return u_map_center_css + vec2(projected.x - u_center_projected.x, u_center_projected.y - projected.y) * u_pixels_per_unit;
}

void main() {
    vec3 p0 = project_blended(radians(a_segment_lonlat_deg.xy));
    vec3 p1 = project_blended(radians(a_segment_lonlat_deg.zw));
    vec2 s0 = to_css(p0);
    vec2 s1 = to_css(p1);
    vec2 along = s1 - s0;
    float length_css = length(along);
    vec2 direction = length_css > 1e-6 ? along / length_css : vec2(1.0, 0.0);
    vec2 normal = vec2(-direction.y, direction.x);
    // Half a device pixel more on each side for the antialiased edge; caps overlap joints.
    float reach = u_half_width_css + 0.5 / u_device_pixel_ratio;
    vec2 css = mix(s0, s1, a_corner.x) + direction * (a_corner.x * 2.0 - 1.0) * u_half_width_css + normal * a_corner.y * reach;
    v_across_css = a_corner.y * reach;
    v_visibility = min(p0.z, p1.z);
    vec2 clip = css / u_canvas_css * 2.0 - 1.0;
    gl_Position = vec4(clip.x, -clip.y, 0.0, 1.0);
}
