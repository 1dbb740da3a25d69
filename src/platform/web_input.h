// Browser input -> Dear ImGui, through emscripten/html5.h rather than GLFW: mouse, wheel, touch
// (reported to ImGui as a touch screen), keyboard and text. Every event calls `on_input`, which
// asks for frames, since the page draws only on demand.
#pragma once

namespace accord::platform {

// Registers the callbacks on the canvas (CSS selector, e.g. "#canvas").
void install_input_callbacks(const char* canvas_selector, void (*on_input)());

}  // namespace accord::platform
