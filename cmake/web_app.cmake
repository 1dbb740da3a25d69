# The web app (Emscripten): Dear ImGui + our WebGL2 renderer + the core, linked into
# accord_atlas.js/.wasm, then assembled with the host page and data into one static site
# folder (build/<preset>/site) and measured (raw/gzip/brotli bytes per file).

# [SECTION] Dear ImGui: the `imgui` and `accord_ui` targets come from the top-level CMakeLists.txt
if(NOT TARGET accord_ui)
  message(FATAL_ERROR "Dear ImGui sources not found in ${IMGUI_DIR} (run scripts/bootstrap.sh or pass -DIMGUI_DIR=)")
endif()

# [SECTION] shaders embedded at build time
set(shader_header "${CMAKE_BINARY_DIR}/generated/shaders_embedded.h")
file(GLOB shader_files CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/shaders/*.vert" "${CMAKE_SOURCE_DIR}/shaders/*.frag" "${CMAKE_SOURCE_DIR}/shaders/*.glsl")
add_custom_command(OUTPUT "${shader_header}"
  COMMAND "${CMAKE_COMMAND}" -DSHADER_DIR=${CMAKE_SOURCE_DIR}/shaders -DOUTPUT=${shader_header} -P "${CMAKE_SOURCE_DIR}/cmake/embed_shaders.cmake"
  DEPENDS ${shader_files} "${CMAKE_SOURCE_DIR}/cmake/embed_shaders.cmake"
  COMMENT "Embedding shaders")

# [SECTION] the app: the renderer and the platform on top of the ui, scene and core libraries
file(GLOB render_sources CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/src/render/*.cpp")
accord_check_render_layer("${CMAKE_SOURCE_DIR}/src/render")
add_library(accord_render STATIC ${render_sources} "${shader_header}")
target_include_directories(accord_render PRIVATE "${CMAKE_BINARY_DIR}/generated")
target_link_libraries(accord_render PUBLIC accord_scene imgui)
accord_check_core_links(accord_render accord_scene imgui)
file(GLOB platform_sources CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/src/platform/*.cpp")
# The platform's objects are compiled once and linked twice: the site's module (wasm beside the
# JS) and the single-file edition (wasm inlined into the JS, for accord-atlas.html).
add_library(accord_app_objects OBJECT ${platform_sources})
target_link_libraries(accord_app_objects PRIVATE accord_ui accord_render)
foreach(layer accord_app_objects accord_ui accord_render accord_scene)
  target_compile_options(${layer} PRIVATE -fno-exceptions -fno-rtti -Wno-dollar-in-identifier-extension)
endforeach()
add_executable(accord_atlas $<TARGET_OBJECTS:accord_app_objects>)
set_target_properties(accord_atlas PROPERTIES SUFFIX ".js" RUNTIME_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/app")
add_executable(accord_atlas_single $<TARGET_OBJECTS:accord_app_objects>)
set_target_properties(accord_atlas_single PROPERTIES SUFFIX ".js" OUTPUT_NAME accord_atlas RUNTIME_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/app-single")
target_link_options(accord_atlas_single PRIVATE -sSINGLE_FILE=1)
# EMSCRIPTEN_KEEPALIVE alone exports the app's C API (accord_* in src/platform) with Emscripten
# 3.1.6, -Oz and LTO (checked: the same wasm and glue as with every accord_* listed), so only what
# no source marks is listed: main (3.1.6 warns it may be eliminated otherwise) and the allocator
# the host page uses to pass bytes. tests/browser/bridge.test.mjs checks that every export the
# bridge calls is in the module.
set(app_exports "_main,_malloc,_free")
foreach(app_target accord_atlas accord_atlas_single)
  target_link_libraries(${app_target} PRIVATE accord_ui accord_render accord_scene accord_core imgui)
  target_link_options(${app_target} PRIVATE
    -sMODULARIZE=1 -sEXPORT_ES6=1 -sEXPORT_NAME=createAccordAtlas -sENVIRONMENT=web
    -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2 -sALLOW_MEMORY_GROWTH=1 -sINITIAL_MEMORY=16MB
    -sFILESYSTEM=0 -sMALLOC=emmalloc -sDYNAMIC_EXECUTION=0 -sHTML5_SUPPORT_DEFERRING_USER_SENSITIVE_REQUESTS=0
    "-sEXPORTED_FUNCTIONS=[${app_exports}]" "-sEXPORTED_RUNTIME_METHODS=[UTF8ToString,stringToUTF8,lengthBytesUTF8]"
    -fno-exceptions -fno-rtti)
  if(CMAKE_BUILD_TYPE STREQUAL "MinSizeRel")
    target_link_options(${app_target} PRIVATE -Oz -flto)
  endif()
endforeach()
if(CMAKE_BUILD_TYPE STREQUAL "MinSizeRel")
  foreach(layer accord_app_objects accord_ui accord_render accord_scene)
    target_compile_options(${layer} PRIVATE -Oz -flto)
  endforeach()
  target_compile_options(accord_core PRIVATE -Oz -flto -fno-exceptions -fno-rtti)
  target_compile_options(imgui PRIVATE -Oz -flto -fno-exceptions -fno-rtti)
endif()

# [SECTION] party names in other languages (scripts/party_names.mjs: CLDR and i18n-iso-countries)
set(party_names_output "${CMAKE_BINARY_DIR}/data/party-names.json")
set(party_names_modules "${CMAKE_SOURCE_DIR}/web/node_modules")
add_custom_command(OUTPUT "${party_names_output}"
  COMMAND "${CMAKE_COMMAND}" -E make_directory "${CMAKE_BINARY_DIR}/data"
  COMMAND /usr/bin/node "${CMAKE_SOURCE_DIR}/scripts/party_names.mjs" "${CMAKE_SOURCE_DIR}/data/atlas.json" "${party_names_modules}" "${party_names_output}"
  DEPENDS "${CMAKE_SOURCE_DIR}/scripts/party_names.mjs" "${CMAKE_SOURCE_DIR}/data/atlas.json" "${CMAKE_SOURCE_DIR}/web/package-lock.json"
  COMMENT "Generating the party names in other languages")

# [SECTION] the static site: one self-contained folder
set(site_dir "${CMAKE_BINARY_DIR}/site")
# web/app.js and the modules under web/atlas/ ship as one bundle (scripts/bundle_web.mjs) with the
# Emscripten factory inside; the other files of web/ are copied as they are.
file(GLOB web_files CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/web/*.js" "${CMAKE_SOURCE_DIR}/web/*.css")
list(FILTER web_files EXCLUDE REGEX "/(serve|app|[^/]*\\.config)\\.m?js$")
file(GLOB web_modules CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/web/app.js" "${CMAKE_SOURCE_DIR}/web/atlas/*.js")
set(data_files "${CMAKE_SOURCE_DIR}/data/atlas.json" "${CMAKE_SOURCE_DIR}/data/atlas.schema.json")
add_custom_target(site ALL
  COMMAND "${CMAKE_COMMAND}" -E rm -rf "${site_dir}"
  COMMAND "${CMAKE_COMMAND}" -E make_directory "${site_dir}/web" "${site_dir}/data" "${site_dir}/geo"
  COMMAND "${CMAKE_COMMAND}" -E copy "${world_geometry}" "${world_geometry_overview}" "${site_dir}/geo/"
  COMMAND "${CMAKE_COMMAND}" -E copy "${CMAKE_SOURCE_DIR}/example.html" "${CMAKE_SOURCE_DIR}/web/config.json" "${site_dir}/"
  # The pages with the default view's HTML twin written in, and its map as SVG (scene/twin, scene/svg_map)
  COMMAND ${atlas_data_command} render --geometry "${world_geometry_overview}" --page "${CMAKE_SOURCE_DIR}/index.html" --out "${site_dir}/index.html" --svg "${site_dir}/map.svg" "${CMAKE_SOURCE_DIR}/data/atlas.json"
  COMMAND ${atlas_data_command} render --geometry "${world_geometry_overview}" --page "${CMAKE_SOURCE_DIR}/embed.html" --out "${site_dir}/embed.html" "${CMAKE_SOURCE_DIR}/data/atlas.json"
  COMMAND "${CMAKE_COMMAND}" -E copy ${web_files} "${site_dir}/web/"
  COMMAND "${CMAKE_COMMAND}" -E copy "${CMAKE_BINARY_DIR}/app/accord_atlas.wasm" "${site_dir}/web/"
  COMMAND /usr/bin/node "${CMAKE_SOURCE_DIR}/scripts/bundle_web.mjs" "${CMAKE_BINARY_DIR}/app/accord_atlas.js" "${site_dir}/web/app.js"
  COMMAND /usr/bin/node "${CMAKE_SOURCE_DIR}/scripts/minify_json.mjs" "${CMAKE_SOURCE_DIR}/data/atlas.json" "${site_dir}/data/atlas.json"
  COMMAND /usr/bin/node "${CMAKE_SOURCE_DIR}/scripts/minify_json.mjs" "${CMAKE_SOURCE_DIR}/data/atlas.json" "${site_dir}/data/atlas-lean.json" --lean
  COMMAND "${CMAKE_COMMAND}" -E copy "${CMAKE_SOURCE_DIR}/data/atlas.schema.json" "${party_names_output}" "${site_dir}/data/"
  # The UI's translations, one file per language, fetched when a reader needs one (scene/strings.h)
  COMMAND ${atlas_data_command} ui-strings "${site_dir}/data"
  COMMAND /usr/bin/node "${CMAKE_SOURCE_DIR}/scripts/single_file.mjs" "${site_dir}" "${CMAKE_BINARY_DIR}/app-single/accord_atlas.js" "${site_dir}/accord-atlas.html"
  COMMAND /usr/bin/node "${CMAKE_SOURCE_DIR}/scripts/size_report.mjs" "${site_dir}" --json "${CMAKE_BINARY_DIR}/size-report.json"
  DEPENDS accord_atlas accord_atlas_single atlas-data "${CMAKE_SOURCE_DIR}/scripts/single_file.mjs" "${CMAKE_SOURCE_DIR}/scripts/bundle_web.mjs" ${web_modules} "${CMAKE_SOURCE_DIR}/web/package-lock.json" world_geometry "${world_geometry}" "${world_geometry_overview}" "${party_names_output}" "${CMAKE_SOURCE_DIR}/index.html" "${CMAKE_SOURCE_DIR}/embed.html" "${CMAKE_SOURCE_DIR}/example.html" "${CMAKE_SOURCE_DIR}/web/config.json" ${web_files} ${data_files} "${CMAKE_SOURCE_DIR}/scripts/size_report.mjs" "${CMAKE_SOURCE_DIR}/scripts/minify_json.mjs"
  COMMENT "Assembling the static site in ${site_dir}"
  VERBATIM)
