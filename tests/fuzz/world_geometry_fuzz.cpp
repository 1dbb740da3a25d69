// libFuzzer target: arbitrary bytes through the world geometry decoder, and what decodes through
// mesh building (antimeridian cutting, triangulation) and picking (see fuzz_targets.h).
#include "fuzz_targets.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    accord::fuzz::world_geometry({data, size});
    return 0;
}
