// Reading JSON text safely, and finding places in it. `read_json` checks size and nesting before
// parsing (so a hostile file is refused with a message instead of exhausting memory or stack),
// parses with nlohmann/json's SAX interface without exceptions, and turns a syntax error into a
// byte offset and a plain message. `locate_json_pointer` finds where the value at a JSON pointer
// (`/commitments/3/actions/17/party`) starts in the text, so validation problems found later on
// the parsed tree can still be reported as file:line:column.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace accord {

using Json = nlohmann::json;

struct JsonLimits {
    std::size_t max_bytes = 64u * 1024u * 1024u;  // refused before parsing above this
    int max_depth = 64;                           // arrays/objects nested deeper are refused
};

struct JsonReadError {
    std::size_t byte_offset = 0;
    std::string message;
};

struct JsonReadResult {
    Json value;                          // discarded (null) when error is set
    std::optional<JsonReadError> error;  // the first problem that stopped reading
};

JsonReadResult read_json(std::string_view text, const JsonLimits& limits = {});

// Byte offset of the value the pointer names, or nullopt when the text does not hold it.
std::optional<std::size_t> locate_json_pointer(std::string_view text, std::string_view pointer);

struct TextPosition {
    int line = 0;    // 1-based
    int column = 0;  // 1-based, in Unicode code points
};
TextPosition position_of_offset(std::string_view text, std::size_t byte_offset);

// Escapes a key for use in a JSON pointer (RFC 6901: "~" -> "~0", "/" -> "~1").
std::string json_pointer_escape(std::string_view key);

}  // namespace accord
