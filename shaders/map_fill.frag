#version 300 es
// Fills: the status colour; for "unknown" (alpha 0.5 in the colour texture) diagonal hatching in
// screen space, so that "unknown because the list is partial" never looks like "not a party";
// for a status resting on weak evidence (alpha 0.25) a lighter tint of the colour, dotted with the
// colour itself (core/status_palette.h: weak_fill_rgb). The back side of the globe is discarded.
precision highp float;
uniform float u_device_pixel_ratio;
uniform vec4 u_hatch_color;
uniform vec4 u_weak_tint_color;  // rgb: what the tint moves toward; a: how far
uniform sampler2D u_feature_colors;
uniform vec4 u_solid_color;  // used when u_use_solid_color (ocean, sphere)
uniform bool u_use_solid_color;
flat in int v_feature;
in float v_visibility;
out vec4 out_color;
void main() {
    if (v_visibility < 0.0) discard;
    vec4 feature_color = u_use_solid_color ? u_solid_color : texelFetch(u_feature_colors, ivec2(v_feature % 256, v_feature / 256), 0);
    vec3 color = feature_color.rgb;
    if (feature_color.a < 0.375) {
        float period = 6.0 * u_device_pixel_ratio;
        vec2 cell = mod(gl_FragCoord.xy, period) - period * 0.5;
        float ink = clamp(1.2 * u_device_pixel_ratio - length(cell) + 0.5, 0.0, 1.0);
        color = mix(mix(color, u_weak_tint_color.rgb, u_weak_tint_color.a), color, ink);
    } else if (feature_color.a < 0.75) {
        float period = 7.0 * u_device_pixel_ratio;
        float stripe = mod(gl_FragCoord.x + gl_FragCoord.y, period);
        float ink = clamp(1.6 * u_device_pixel_ratio - abs(stripe - period * 0.5) + 0.5, 0.0, 1.0);
        color = mix(color, u_hatch_color.rgb, ink * u_hatch_color.a);
    }
    out_color = vec4(color, 1.0);
}
