// Synthetic datasets for benchmarks and stress tests: valid by construction, deterministic for a
// seed, and of any size (the loader benchmark uses 200 parties, 2,000 commitments and 100,000
// actions). Never shipped and never shown as real data: ids and titles say "synthetic".
#pragma once
#include <string>

namespace accord {

struct SyntheticSize {
    int parties = 200;
    int commitments = 2000;
    int actions = 100000;
    int seed = 1;
};

std::string synthesize_dataset_json(const SyntheticSize& size);

}  // namespace accord
