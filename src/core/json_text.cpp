// JSON reading and locating: see json_text.h.
#include "core/json_text.h"

#include <cstdio>
#include <cstdlib>

namespace accord {

// [SECTION] scanning text outside strings
namespace {

// Walks `text` from `from`: calls `visit(i, c)` for each byte outside strings, and `visit(i, '"')`
// once per string, at its closing quote (escapes inside strings are skipped). Stops where `visit`
// returns true and returns that index, or text.size() when it never does.
template <class Visit>
std::size_t walk_outside_strings(std::string_view text, std::size_t from, Visit&& visit) {
    bool in_string = false;
    for (std::size_t i = from; i < text.size(); ++i) {
        const char c = text[i];
        if (in_string) {
            if (c == '\\') {
                ++i;
            } else if (c == '"') {
                in_string = false;
                if (visit(i, c)) return i;
            }
            continue;
        }
        if (c == '"') in_string = true;
        else if (visit(i, c)) return i;
    }
    return text.size();
}

// Offset where the first stretch of more than `max_run` bytes without a string or a number starts
// (nlohmann's lexer keeps such bytes until the next string or number), if any.
std::optional<std::size_t> find_long_stretch_without_value(std::string_view text, std::size_t max_run) {
    std::size_t run_start = 0;
    const std::size_t stop = walk_outside_strings(text, 0, [&](std::size_t i, char c) {
        if (c == '"' || (c >= '0' && c <= '9') || c == '-') run_start = i + 1;
        else if (i + 1 - run_start > max_run) return true;
        return false;
    });
    return stop < text.size() ? std::optional<std::size_t>(run_start) : std::nullopt;
}

// Offset of the first bracket nested deeper than `max_depth`. Only called once the parser has
// stopped at that depth, so the text before it is valid.
std::size_t offset_of_excess_depth(std::string_view text, int max_depth) {
    int depth = 0;
    const std::size_t stop = walk_outside_strings(text, 0, [&](std::size_t, char c) {
        if (c == '[' || c == '{') return ++depth > max_depth;
        if (c == ']' || c == '}') --depth;
        return false;
    });
    return stop < text.size() ? stop : 0;
}

}  // namespace

// [SECTION] parsing with a depth limit
namespace {

// Builds the tree, stops at `max_depth` (so a hostile file cannot build a deep tree that later
// recursion would walk), and captures the syntax error nlohmann reports instead of throwing.
// Problems come in document order: junk fails at its first bad byte, not at a deep bracket later.
class CapturingSax : public nlohmann::detail::json_sax_dom_parser<Json> {
    using Base = nlohmann::detail::json_sax_dom_parser<Json>;

public:
    CapturingSax(Json& root_value, int max_depth) : Base(root_value, false), max_depth_(max_depth) {}
    bool start_object(std::size_t size) { return enter() && Base::start_object(size); }
    bool start_array(std::size_t size) { return enter() && Base::start_array(size); }
    bool end_object() { --depth_; return Base::end_object(); }
    bool end_array() { --depth_; return Base::end_array(); }
    bool parse_error(std::size_t position, const std::string& last_token, const nlohmann::detail::exception& error) {
        error_ = JsonReadError{position == 0 ? 0 : position - 1, clean_message(error.what(), last_token.size())};
        return false;
    }
    const std::optional<JsonReadError>& error() const { return error_; }
    bool too_deep() const { return too_deep_; }

private:
    bool enter() {
        too_deep_ = ++depth_ > max_depth_;
        return !too_deep_;
    }
    // "[json.exception.parse_error.101] parse error at line 1, column 2: syntax error while
    // parsing value - invalid literal; last read: 'x'" -> "syntax error while parsing value -
    // invalid literal; last read: 'x'" (our own file:line:col is put in front later), and
    // "[json.exception.out_of_range.406] number overflow parsing '1e999'" (no place in it) ->
    // "number overflow parsing '1e999'".
    // A long "last read" token (`token_bytes` long, e.g. a huge string with a bad escape at its
    // end) keeps its last bytes.
    static std::string clean_message(std::string_view what, std::size_t token_bytes) {
        if (what.rfind("[json.exception", 0) == 0 && what.find("] ") != std::string_view::npos) what.remove_prefix(what.find("] ") + 2);
        if (what.rfind("parse error", 0) == 0 && what.find(": ") != std::string_view::npos) what.remove_prefix(what.find(": ") + 2);
        constexpr std::string_view last_read = "; last read: '";
        constexpr std::size_t kept_bytes = 40;
        const std::size_t read_at = what.find(last_read);
        if (read_at == std::string_view::npos || token_bytes <= kept_bytes) return std::string(what);
        const std::size_t token_at = read_at + last_read.size();
        const std::size_t token_end = token_at + token_bytes;
        if (token_end >= what.size() || what[token_end] != '\'') return std::string(what);  // not the shape expected
        std::size_t keep_from = token_end - kept_bytes;
        while (keep_from < token_end && (static_cast<unsigned char>(what[keep_from]) & 0xC0) == 0x80) ++keep_from;  // whole UTF-8 characters
        return std::string(what.substr(0, token_at)) + "\u2026" + std::string(what.substr(keep_from));
    }
    int max_depth_;
    int depth_ = 0;
    bool too_deep_ = false;
    std::optional<JsonReadError> error_;
};

}  // namespace

namespace {

// "70.0 MiB (73400321 bytes)", "70 MiB (73400320 bytes)"; sizes under 1 MiB are given in bytes only.
std::string describe_size(std::uint64_t size_bytes) {
    constexpr std::uint64_t mib = 1024u * 1024u;
    if (size_bytes < mib) return std::to_string(size_bytes) + " bytes";
    const std::uint64_t tenths = (size_bytes * 10 + mib / 2) / mib;
    std::string text = std::to_string(tenths / 10);
    if (size_bytes % mib != 0) text.append(1, '.').append(std::to_string(tenths % 10));
    return text + " MiB (" + std::to_string(size_bytes) + " bytes)";
}

}  // namespace

std::string oversize_message(std::uint64_t size_bytes, std::size_t max_bytes, bool at_least) {
    if (at_least) return "file is larger than the limit of " + describe_size(max_bytes) + "; reading stopped there, so it was not parsed";
    return "file is " + describe_size(size_bytes) + "; the limit is " + describe_size(max_bytes) + ", so it was not parsed";
}

namespace {

// The SAX parse with the depth limit; the first problem, in document order.
JsonReadResult parse_text(std::string_view text, int max_depth) {
    JsonReadResult result;
    // A UTF-8 byte order mark is allowed (RFC 8259 lets parsers ignore it) and skipped by nlohmann.
    CapturingSax sax(result.value, max_depth);
    const bool parsed = Json::sax_parse(text.begin(), text.end(), &sax, nlohmann::detail::input_format_t::json, true);
    if (sax.too_deep()) {
        result.error = JsonReadError{offset_of_excess_depth(text, max_depth),
                                     "nesting deeper than " + std::to_string(max_depth) + " levels; a dataset needs far fewer, so the file is refused"};
        result.value = Json();
    } else if (!parsed || sax.is_errored()) {
        result.error = sax.error().value_or(JsonReadError{0, "malformed JSON"});
        result.value = Json();
    }
    return result;
}

}  // namespace

JsonReadResult read_json(std::string_view text, const JsonLimits& limits) {
    JsonReadResult result;
    if (text.size() > limits.max_bytes) {
        result.error = JsonReadError{0, oversize_message(text.size(), limits.max_bytes)};
        return result;
    }
    if (text.empty()) {
        result.error = JsonReadError{0, "file is empty; expected a JSON object"};
        return result;
    }
    if (auto run_at = find_long_stretch_without_value(text, limits.max_bytes_without_value)) {
        // A problem before the stretch grows too long comes first (junk, deep nesting): the text up
        // to that point parses in bounded memory, and anything but running out of text there is
        // that earlier problem.
        JsonReadResult head = parse_text(text.substr(0, *run_at + limits.max_bytes_without_value), limits.max_depth);
        if (head.error && head.error->message.find("unexpected end of input") == std::string::npos) return head;
        result.error = JsonReadError{*run_at, "more than " + std::to_string(limits.max_bytes_without_value) +
                                                  " bytes without a string or a number (blank space, brackets, true/false/null); "
                                                  "a dataset has far fewer, so the file is refused"};
        return result;
    }
    return parse_text(text, limits.max_depth);
}

// [SECTION] locating a JSON pointer in the text
namespace {

class Locator {
public:
    explicit Locator(std::string_view text) : text_(text) {
        if (text_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;
    }

    std::optional<std::size_t> find(std::string_view pointer) {
        skip_space();
        while (!pointer.empty()) {
            if (pointer.front() != '/') return std::nullopt;
            pointer.remove_prefix(1);
            const std::size_t end = pointer.find('/');
            const std::string token = unescape_token(pointer.substr(0, end));
            pointer = end == std::string_view::npos ? std::string_view() : pointer.substr(end);
            if (!descend(token)) return std::nullopt;
        }
        return pos_ < text_.size() ? std::optional<std::size_t>(pos_) : std::nullopt;
    }

private:
    static std::string unescape_token(std::string_view token) {
        std::string out;
        for (std::size_t i = 0; i < token.size(); ++i) {
            if (token[i] == '~' && i + 1 < token.size()) {
                out += token[i + 1] == '1' ? '/' : '~';
                ++i;
            } else {
                out += token[i];
            }
        }
        return out;
    }

    bool descend(const std::string& token) {
        if (pos_ >= text_.size()) return false;
        if (text_[pos_] == '{') {
            ++pos_;
            while (true) {
                skip_space();
                if (pos_ >= text_.size() || text_[pos_] != '"') return false;
                const std::string key = read_string();
                skip_space();
                if (pos_ >= text_.size() || text_[pos_] != ':') return false;
                ++pos_;
                skip_space();
                if (key == token) return true;
                if (!skip_value()) return false;
                skip_space();
                if (pos_ >= text_.size() || text_[pos_] != ',') return false;
                ++pos_;
            }
        }
        if (text_[pos_] == '[') {
            char* end = nullptr;
            const unsigned long index = std::strtoul(token.c_str(), &end, 10);
            if (token.empty() || *end != '\0') return false;
            ++pos_;
            for (unsigned long i = 0;; ++i) {
                skip_space();
                if (pos_ >= text_.size() || text_[pos_] == ']') return false;
                if (i == index) return true;
                if (!skip_value()) return false;
                skip_space();
                if (pos_ >= text_.size() || text_[pos_] != ',') return false;
                ++pos_;
            }
        }
        return false;
    }

    void skip_space() {
        while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\n' || text_[pos_] == '\r' || text_[pos_] == '\t')) ++pos_;
    }

    // Reads a string starting at the quote; escapes other than \uXXXX are decoded (keys in our
    // format are plain ASCII, so \u escapes are kept verbatim and simply never match).
    std::string read_string() {
        std::string out;
        ++pos_;
        while (pos_ < text_.size() && text_[pos_] != '"') {
            if (text_[pos_] == '\\' && pos_ + 1 < text_.size()) {
                const char e = text_[++pos_];
                switch (e) {
                    case 'n': out += '\n'; break;
                    case 't': out += '\t'; break;
                    case 'r': out += '\r'; break;
                    case 'b': out += '\b'; break;
                    case 'f': out += '\f'; break;
                    case 'u': out += "\\u"; break;
                    default: out += e; break;
                }
            } else {
                out += text_[pos_];
            }
            ++pos_;
        }
        ++pos_;
        return out;
    }

    bool skip_value() {
        if (pos_ >= text_.size()) return false;
        const char c = text_[pos_];
        if (c == '"') {
            read_string();
            return pos_ <= text_.size();
        }
        if (c == '{' || c == '[') {
            int depth = 0;
            const std::size_t end = walk_outside_strings(text_, pos_, [&](std::size_t, char d) {
                if (d == '{' || d == '[') ++depth;
                else if (d == '}' || d == ']') return --depth == 0;
                return false;
            });
            pos_ = end < text_.size() ? end + 1 : text_.size();
            return end < text_.size();
        }
        while (pos_ < text_.size() && text_[pos_] != ',' && text_[pos_] != '}' && text_[pos_] != ']' &&
               text_[pos_] != ' ' && text_[pos_] != '\n' && text_[pos_] != '\r' && text_[pos_] != '\t') {
            ++pos_;
        }
        return true;
    }

    std::string_view text_;
    std::size_t pos_ = 0;
};

}  // namespace

std::optional<std::size_t> locate_json_pointer(std::string_view text, std::string_view pointer) {
    return Locator(text).find(pointer);
}

TextPosition position_of_offset(std::string_view text, std::size_t byte_offset) {
    TextPosition position{1, 1};
    const std::size_t end = byte_offset < text.size() ? byte_offset : text.size();
    const std::size_t start = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;  // a BOM is not a column
    for (std::size_t i = start; i < end; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            ++position.line;
            position.column = 1;
        } else if ((c & 0xC0) != 0x80) {  // count code points, not UTF-8 continuation bytes
            ++position.column;
        }
    }
    return position;
}

std::string json_pointer_escape(std::string_view key) {
    std::string out;
    for (const char c : key) {
        if (c == '~') out += "~0";
        else if (c == '/') out += "~1";
        else out += c;
    }
    return out;
}

}  // namespace accord
