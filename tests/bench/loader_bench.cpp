// Loader benchmark (not a test): generates a synthetic dataset (default 200 parties, 2,000
// commitments, 100,000 actions), then times parse + validate + index over several runs and
// prints the median, the spread, the throughput and how much of it is JSON parsing. Built natively and for Node; run both
// through scripts/bench.sh. Optional arguments: parties commitments actions runs.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "core/dataset_loader.h"
#include "core/synthetic_dataset.h"

int main(int argc, char** argv) {
    accord::SyntheticSize size;
    int runs = 5;
    if (argc > 1) size.parties = std::atoi(argv[1]);
    if (argc > 2) size.commitments = std::atoi(argv[2]);
    if (argc > 3) size.actions = std::atoi(argv[3]);
    if (argc > 4) runs = std::max(1, std::atoi(argv[4]));
    const std::string text = accord::synthesize_dataset_json(size);
    std::vector<double> seconds, parse_seconds;
    std::size_t actions = 0;
    for (int run = 0; run < runs; ++run) {
        const auto parse_start = std::chrono::steady_clock::now();
        const accord::JsonReadResult parsed = accord::read_json(text);
        parse_seconds.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - parse_start).count());
        if (parsed.error) return 1;
        const auto start = std::chrono::steady_clock::now();
        const accord::LoadResult result = accord::load_dataset(text);
        const auto stop = std::chrono::steady_clock::now();
        if (!result.ok()) {
            std::fprintf(stderr, "synthetic dataset rejected: %s\n", accord::format_problem("synthetic", result.problems.front()).c_str());
            return 1;
        }
        actions = result.dataset->actions.size();
        seconds.push_back(std::chrono::duration<double>(stop - start).count());
    }
    std::sort(seconds.begin(), seconds.end());
    std::sort(parse_seconds.begin(), parse_seconds.end());
    const double median = seconds[seconds.size() / 2];
    const double megabytes = static_cast<double>(text.size()) / (1024.0 * 1024.0);
    std::printf("loader: %d parties, %d commitments, %zu actions, %.1f MB JSON\n", size.parties, size.commitments, actions, megabytes);
    std::printf("loader: parse+validate+index median %.1f ms (min %.1f, max %.1f, %d runs), %.1f MB/s\n", median * 1e3,
                seconds.front() * 1e3, seconds.back() * 1e3, runs, megabytes / median);
    const double parse_median = parse_seconds[parse_seconds.size() / 2];
    std::printf("loader: of which JSON parsing into a tree %.1f ms (%.1f MB/s), validation + index %.1f ms\n", parse_median * 1e3,
                megabytes / parse_median, (median - parse_median) * 1e3);
    return 0;
}
