# Dear ImGui 1.90.1, compiled from the sources the bootstrap unpacked (never committed): for the
# web app and, natively, for the headless UI tests.
add_library(imgui STATIC
  "${IMGUI_DIR}/imgui.cpp" "${IMGUI_DIR}/imgui_draw.cpp" "${IMGUI_DIR}/imgui_tables.cpp" "${IMGUI_DIR}/imgui_widgets.cpp"
  "${CMAKE_SOURCE_DIR}/cmake/imgui_without_scanf.cpp")
target_include_directories(imgui SYSTEM PUBLIC "${IMGUI_DIR}")
# No demo window, no file I/O, no default OS hooks: less code in the wasm.
target_compile_definitions(imgui PUBLIC IMGUI_DISABLE_DEMO_WINDOWS IMGUI_DISABLE_DEBUG_TOOLS IMGUI_DISABLE_FILE_FUNCTIONS
  IMGUI_DISABLE_DEFAULT_SHELL_FUNCTIONS IMGUI_DISABLE_OBSOLETE_FUNCTIONS IMGUI_DISABLE_OBSOLETE_KEYIO)
target_compile_options(imgui PRIVATE -w)
# The web app's glyphs are drawn by the browser (src/platform/font_atlas.h): ImGui's font builder
# is replaced through its FreeType hook (no FreeType is used) and stb_truetype is left out.
if(ACCORD_BUILD_APP)
  target_compile_definitions(imgui PUBLIC IMGUI_ENABLE_FREETYPE)
endif()
# ImGui's .ini readers are its only users of sscanf: see cmake/imgui_without_scanf.cpp.
set_source_files_properties("${IMGUI_DIR}/imgui.cpp" "${IMGUI_DIR}/imgui_tables.cpp" PROPERTIES COMPILE_DEFINITIONS "sscanf=accord_imgui_sscanf")

