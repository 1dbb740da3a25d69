#version 300 es
// Country and ocean fills. Vertices are longitude/latitude in degrees; the projection runs here,
// blended between the previous and the current projection while the view switches. Each vertex
// carries its feature index, which the fragment shader uses to pick the feature's status colour
// from a texture (one texel per feature), so recolouring the map for a new date uploads a few
// hundred bytes. (Fetching in the fragment stage: vertex texture fetch is slow on software GL.)
precision highp float;
precision highp int;
#include "projection.glsl"

uniform int u_projection_from;
uniform int u_projection_to;
uniform float u_projection_mix;   // 0 = from, 1 = to
uniform vec2 u_rotation_rad;      // globe centre (lon0, lat0)
uniform vec2 u_center_projected;  // projected point at the map rectangle's centre
uniform float u_pixels_per_unit;  // CSS px per projected unit
uniform vec2 u_map_center_css;    // centre of the map rectangle in canvas CSS px
uniform vec2 u_canvas_css;        // canvas size in CSS px

in vec2 a_lonlat_deg;
in float a_feature;

flat out int v_feature;
out float v_visibility;

vec3 project_blended(vec2 lonlat_rad) {
    vec3 b = project_lonlat(lonlat_rad, u_projection_to, u_rotation_rad);
    if (u_projection_mix >= 1.0) return b;  // uniform branch: one projection when not blending
    vec3 a = project_lonlat(lonlat_rad, u_projection_from, u_rotation_rad);
    return mix(a, b, u_projection_mix);
}

void main() {
    vec3 projected = project_blended(radians(a_lonlat_deg));
    vec2 css = u_map_center_css + vec2(projected.x - u_center_projected.x, u_center_projected.y - projected.y) * u_pixels_per_unit;
    vec2 clip = css / u_canvas_css * 2.0 - 1.0;
    gl_Position = vec4(clip.x, -clip.y, 0.0, 1.0);
    v_visibility = projected.z;
    v_feature = int(a_feature + 0.5);
}
