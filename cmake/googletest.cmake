# GoogleTest built from Debian's sources (/usr/src/googletest), so that the same sources serve the
# native build and em++ (a prebuilt libgtest would be native only).
if(NOT EXISTS "${GOOGLETEST_DIR}/CMakeLists.txt")
  message(FATAL_ERROR "GoogleTest sources not found in ${GOOGLETEST_DIR} (run scripts/bootstrap.sh or pass -DGOOGLETEST_DIR=)")
endif()
set(INSTALL_GTEST OFF CACHE BOOL "" FORCE)
set(BUILD_GMOCK OFF CACHE BOOL "" FORCE)
add_subdirectory("${GOOGLETEST_DIR}" "${CMAKE_BINARY_DIR}/googletest" EXCLUDE_FROM_ALL SYSTEM)
include(GoogleTest)
