// Reading JSON text safely, and finding places in it. `read_json` refuses an oversized text before
// parsing and stops at a nesting limit while parsing (so a hostile file gets a message instead of
// exhausting memory or stack), parses with nlohmann/json's SAX interface without exceptions, and
// turns the first problem, in document order, into a byte offset and a plain message. `locate_json_pointer` finds where the value at a JSON pointer
// (`/commitments/3/actions/17/party`) starts in the text, so validation problems found later on
// the parsed tree can still be reported as file:line:column.
#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace accord {

using Json = nlohmann::json;

struct JsonLimits {
    std::size_t max_bytes = 64u * 1024u * 1024u;  // refused before parsing above this
    int max_depth = 64;                           // arrays/objects nested deeper are refused
    // Longer stretches without a string or a number (only blank space, brackets, commas, colons,
    // true/false/null) are refused before parsing: nlohmann keeps every such byte for its error
    // message and spells a newline as "<U+000A>", so 50 MB of them before a bad byte would cost
    // gigabytes. In a dataset every object has string keys; stretches are a few hundred bytes.
    std::size_t max_bytes_without_value = 64u * 1024u;
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

// Why a text of `size_bytes` is refused before parsing ("file is 70.0 MiB (73400320 bytes); the
// limit is 64 MiB (67108864 bytes), so it was not parsed"). `at_least` says reading stopped at
// the limit without learning the size. The host page uses it before copying bytes to wasm.
std::string oversize_message(std::uint64_t size_bytes, std::size_t max_bytes, bool at_least = false);

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
