#version 300 es
// Antialiased line coverage from the distance to the centre line, in device pixels.
precision highp float;
uniform vec4 u_color;
uniform float u_half_width_css;
uniform float u_device_pixel_ratio;
in float v_across_css;
in float v_visibility;
out vec4 out_color;
void main() {
    if (v_visibility < 0.0) discard;
    float distance_px = (abs(v_across_css) - u_half_width_css) * u_device_pixel_ratio;
    float coverage = clamp(0.5 - distance_px, 0.0, 1.0);
    out_color = vec4(u_color.rgb, u_color.a * coverage);
}
