// libFuzzer target: arbitrary bytes through the dataset loader (JSON reading, validation,
// locating problems, building indexes, and a few queries on what loads). Any crash, sanitizer
// report or hang is a bug; each input that found one goes to tests/fuzz/regressions/.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/dataset_loader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    accord::JsonLimits limits;
    limits.max_bytes = 4u * 1024u * 1024u;
    const accord::LoadResult result = accord::load_dataset(std::string_view(reinterpret_cast<const char*>(data), size), limits);
    if (result.dataset) {
        const accord::Dataset& d = *result.dataset;
        for (accord::Index c = 0; c < d.commitments.size() && c < 8; ++c) {
            for (accord::Index p = 0; p < d.parties.size() && p < 16; ++p) d.status_of(p, c, d.first_day());
            d.party_count_on(c, d.last_day());
        }
        d.actions_between(d.first_day(), d.last_day());
    }
    for (const accord::Problem& problem : result.problems) accord::format_problem("fuzz", problem);
    return 0;
}
