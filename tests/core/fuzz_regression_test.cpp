// Inputs that once crashed or tripped a sanitizer in the fuzzers (tests/fuzz/regressions/<target>/)
// go through the same code as the fuzz targets, in every build (native, wasm, sanitizers), so a
// fixed bug stays fixed. A target's folder may be empty until the fuzzers find something.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "core/dataset_loader.h"
#include "core/world_geometry.h"
#include "core/world_mesh.h"
#include "core/world_picker.h"

namespace accord {

namespace {

std::vector<std::vector<std::uint8_t>> regression_inputs(const char* target) {
    std::vector<std::vector<std::uint8_t>> inputs;
    const std::filesystem::path folder = std::filesystem::path(ACCORD_SOURCE_DIR) / "tests/fuzz/regressions" / target;
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
        if (!entry.is_regular_file() || entry.path().filename().string().front() == '.') continue;
        std::ifstream file(entry.path(), std::ios::binary);
        inputs.emplace_back(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
    }
    return inputs;
}

}  // namespace

TEST(FuzzRegressions, DatasetLoaderInputs) {
    for (const auto& input : regression_inputs("dataset_loader")) {
        const LoadResult result = load_dataset(std::string_view(reinterpret_cast<const char*>(input.data()), input.size()));
        EXPECT_TRUE(result.ok() || !result.problems.empty());
    }
}

TEST(FuzzRegressions, WorldGeometryInputs) {
    for (const auto& input : regression_inputs("world_geometry")) {
        std::string error;
        if (const auto world = decode_world_geometry(input, error)) {
            const WorldMesh mesh = build_world_mesh(*world);
            WorldPicker picker;
            picker.build(mesh);
            picker.feature_at(mesh, {0, 0});
        } else {
            EXPECT_FALSE(error.empty());
        }
    }
}

}  // namespace accord
