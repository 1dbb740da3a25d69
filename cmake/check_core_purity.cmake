# Keeps the pure layers pure. src/core and src/scene may use the C++ standard library and
# nlohmann/json, nothing that draws, talks to a browser or needs a GPU; each layer includes only
# the layers below it (core -> scene -> ui/render -> platform). Checked at configure time on the
# sources themselves (an include of a forbidden header) and on the targets' link libraries.
set(accord_impure_headers "imgui|GL/|GLES|GLFW|EGL|emscripten|webgl")

# Fails the configure step when a file under `dir` includes a header matching `forbidden`
# (a regular expression over the included path).
function(accord_check_layer layer dir forbidden)
  file(GLOB_RECURSE layer_files "${dir}/*.h" "${dir}/*.cpp")
  set(forbidden_pattern "#[ \t]*include[ \t]*[<\"](${forbidden})")
  foreach(path IN LISTS layer_files)
    file(STRINGS "${path}" bad_lines REGEX "${forbidden_pattern}")
    if(bad_lines)
      message(FATAL_ERROR "${layer} may not include (${forbidden}), but ${path} has: ${bad_lines}")
    endif()
  endforeach()
endfunction()

function(accord_check_core_purity core_dir)
  accord_check_layer("src/core (pure C++, the bottom layer)" "${core_dir}" "${accord_impure_headers}|scene/|ui/|render/|platform/")
endfunction()

function(accord_check_scene_purity scene_dir)
  accord_check_layer("src/scene (pure C++ above the core)" "${scene_dir}" "${accord_impure_headers}|ui/|render/|platform/")
endfunction()

# The UI draws with ImGui only: no GL, no browser, no renderer, no platform.
function(accord_check_ui_layer ui_dir)
  accord_check_layer("src/ui (ImGui panels)" "${ui_dir}" "GL/|GLES|GLFW|EGL|emscripten|webgl|render/|platform/")
endfunction()

# The renderer draws with GL: no browser glue, no panels, no platform.
function(accord_check_render_layer render_dir)
  accord_check_layer("src/render (WebGL2)" "${render_dir}" "emscripten|ui/|platform/")
endfunction()

function(accord_check_core_links target)
  set(allowed ${ARGN})
  get_target_property(links ${target} LINK_LIBRARIES)
  foreach(lib IN LISTS links)
    if(NOT lib IN_LIST allowed)
      message(FATAL_ERROR "${target} may link only ${allowed}, not ${lib}")
    endif()
  endforeach()
endfunction()
