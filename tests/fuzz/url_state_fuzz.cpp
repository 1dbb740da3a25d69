// libFuzzer target: arbitrary text as the URL fragment. Parsing must not crash, and the canonical
// form must be stable (see fuzz_targets.h); an unstable one aborts, so the fuzzer keeps the input.
#include <cstdlib>

#include "fuzz_targets.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (!accord::fuzz::url_state({data, size}).stable) std::abort();
    return 0;
}
