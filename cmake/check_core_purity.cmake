# Keeps src/core pure: it may use the C++ standard library and nlohmann/json, nothing that draws,
# talks to a browser or needs a GPU. Checked at configure time on the sources themselves (an
# include of a forbidden header) and on the target's link libraries.
function(accord_check_core_purity core_dir)
  file(GLOB_RECURSE core_files "${core_dir}/*.h" "${core_dir}/*.cpp")
  set(forbidden_pattern "#[ \t]*include[ \t]*[<\"](imgui|GL/|GLES|GLFW|EGL|emscripten|webgl)")
  foreach(path IN LISTS core_files)
    file(STRINGS "${path}" bad_lines REGEX "${forbidden_pattern}")
    if(bad_lines)
      message(FATAL_ERROR "src/core must stay pure C++ (no ImGui, GL or Emscripten), but ${path} has: ${bad_lines}")
    endif()
  endforeach()
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
