#version 300 es
// Dear ImGui geometry: positions in CSS pixels (ImGui's display space) -> clip space.
// u_css_to_clip maps the display rectangle [0, size] to [-1, 1] with y pointing down.
precision highp float;
uniform mat4 u_css_to_clip;
in vec2 a_pos_css;
in vec2 a_uv;
in vec4 a_color;
out vec2 v_uv;
out vec4 v_color;
void main() {
    v_uv = a_uv;
    v_color = a_color;
    gl_Position = u_css_to_clip * vec4(a_pos_css, 0.0, 1.0);
}
