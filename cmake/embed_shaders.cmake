# Embeds the GLSL ES 3.00 files of shaders/ into a generated header as string constants, at build
# time, so the shaders stay real files (editable, lintable) and the app needs no file loading.
# Run as a script: cmake -DSHADER_DIR=... -DOUTPUT=... -P embed_shaders.cmake
file(GLOB shader_files "${SHADER_DIR}/*.vert" "${SHADER_DIR}/*.frag")
list(SORT shader_files)
set(content "// Generated from shaders/ by cmake/embed_shaders.cmake. Do not edit.\n#pragma once\n\nnamespace accord::shaders {\n")
foreach(path IN LISTS shader_files)
  get_filename_component(name "${path}" NAME)
  string(REPLACE "." "_" symbol "${name}")
  file(READ "${path}" source)
  string(APPEND content "inline constexpr const char* ${symbol} = R\"glsl(${source})glsl\";\n")
endforeach()
string(APPEND content "}  // namespace accord::shaders\n")
if(EXISTS "${OUTPUT}")
  file(READ "${OUTPUT}" previous)
endif()
if(NOT "${previous}" STREQUAL "${content}")
  file(WRITE "${OUTPUT}" "${content}")
endif()
