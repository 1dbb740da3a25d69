// libFuzzer target: arbitrary bytes through the dataset loader (JSON reading, validation,
// locating problems, building indexes, and a few queries on what loads; see fuzz_targets.h).
// Any crash, sanitizer report or hang is a bug; each input that found one goes to
// tests/fuzz/regressions/dataset_loader/.
#include "fuzz_targets.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    accord::fuzz::dataset_loader({data, size});
    return 0;
}
