// UTF-8, one code point at a time: decoding with validation (search folding, the glyphs the UI
// needs) and encoding.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace accord {

// The code point at `text[at]`; length 0 means the byte there starts no valid sequence (a stray
// continuation, an overlong form, a surrogate, a truncation).
struct Utf8Decoded {
    char32_t cp = 0;
    std::size_t length = 0;
};
Utf8Decoded decode_utf8(std::string_view text, std::size_t at);

// Appends `cp` (at most U+10FFFF, not a surrogate) as UTF-8.
void append_utf8(std::string& out, char32_t cp);

}  // namespace accord
