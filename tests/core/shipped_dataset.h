// The shipped dataset (data/atlas.json), loaded once per test binary for the tests that hold
// code to the real data. Problems loading it are reported as test failures.
#pragma once
#include <gtest/gtest.h>

#include <fstream>
#include <memory>
#include <sstream>

#include "core/dataset_loader.h"

namespace accord::test {

inline std::shared_ptr<const Dataset> shipped_dataset() {
    static const std::shared_ptr<const Dataset> dataset = [] {
        std::ifstream file(ACCORD_SOURCE_DIR "/data/atlas.json", std::ios::binary);
        std::ostringstream text;
        text << file.rdbuf();
        LoadResult result = load_dataset(text.str());
        for (const Problem& p : result.problems) ADD_FAILURE() << format_problem("data/atlas.json", p);
        return result.dataset;
    }();
    return dataset;
}

}  // namespace accord::test
