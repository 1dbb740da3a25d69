// libFuzzer target: arbitrary text as the URL fragment. Parsing must not crash, and the canonical
// form must be stable: formatting what was parsed, parsing that and formatting again gives the
// same text, and the canonical text parses without problems.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/url_state.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const accord::UrlStateParse first = accord::parse_url_state(std::string_view(reinterpret_cast<const char*>(data), size));
    const std::string canonical = accord::format_url_state(first.state);
    const accord::UrlStateParse second = accord::parse_url_state(canonical);
    if (!second.problems.empty() || accord::format_url_state(second.state) != canonical) std::abort();
    return 0;
}
