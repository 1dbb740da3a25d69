// Dear ImGui reads its .ini settings (window positions, table columns) with sscanf. Accord Atlas
// keeps no settings (io.IniFilename is null and IMGUI_DISABLE_FILE_FUNCTIONS is set), so those
// readers never run, yet they are registered at start-up and would link the C library's whole
// scanf family (about 5 KB of wasm). ImGui's sources are compiled with sscanf renamed to this
// function (cmake/imgui.cmake), which parses nothing: the settings readers then read nothing.
#include <cstdarg>

extern "C" int accord_imgui_sscanf(const char*, const char*, ...) { return 0; }
