// Shader compilation: see gl_program.h.
#include "render/gl_program.h"

#include <GLES3/gl3.h>

#include <vector>

namespace accord::render {

namespace {

// The driver's log of a shader or a program.
std::string info_log(GLuint object, bool is_program) {
    GLint length = 0;
    if (is_program) glGetProgramiv(object, GL_INFO_LOG_LENGTH, &length);
    else glGetShaderiv(object, GL_INFO_LOG_LENGTH, &length);
    std::vector<char> log(static_cast<std::size_t>(length > 0 ? length : 1));
    if (is_program) glGetProgramInfoLog(object, static_cast<GLsizei>(log.size()), nullptr, log.data());
    else glGetShaderInfoLog(object, static_cast<GLsizei>(log.size()), nullptr, log.data());
    return log.data();
}

GLuint compile(GLenum stage, const char* source, const char* label, std::string& error) {
    const GLuint shader = glCreateShader(stage);
    glShaderSource(shader, 1, &source, nullptr);
    glCompileShader(shader);
    GLint ok = GL_FALSE;
    glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
    if (ok == GL_TRUE) return shader;
    error = std::string(label) + ": " + (stage == GL_VERTEX_SHADER ? "vertex" : "fragment") + " shader: " + info_log(shader, false);
    glDeleteShader(shader);
    return 0;
}

}  // namespace

unsigned link_program(const char* vertex_source, const char* fragment_source, const char* label, std::string& error) {
    const GLuint vertex = compile(GL_VERTEX_SHADER, vertex_source, label, error);
    if (!vertex) return 0;
    const GLuint fragment = compile(GL_FRAGMENT_SHADER, fragment_source, label, error);
    if (!fragment) {
        glDeleteShader(vertex);
        return 0;
    }
    const GLuint program = glCreateProgram();
    glAttachShader(program, vertex);
    glAttachShader(program, fragment);
    glLinkProgram(program);
    glDeleteShader(vertex);
    glDeleteShader(fragment);
    GLint ok = GL_FALSE;
    glGetProgramiv(program, GL_LINK_STATUS, &ok);
    if (ok == GL_TRUE) return program;
    error = std::string(label) + ": link: " + info_log(program, true);
    glDeleteProgram(program);
    return 0;
}

}  // namespace accord::render
