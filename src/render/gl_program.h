// Compiling and linking GLSL ES 3.00 programs, with the driver's log in the error on failure.
#pragma once
#include <string>

namespace accord::render {

// Returns the program name, or 0 with `error` set to "<label>: <stage> shader: <log>".
unsigned link_program(const char* vertex_source, const char* fragment_source, const char* label, std::string& error);

}  // namespace accord::render
