// What each libFuzzer target does with one input. The targets (tests/fuzz/<target>_fuzz.cpp) and
// the GoogleTest suite that replays tests/fuzz/regressions/<target>/ in every build
// (tests/core/fuzz_regression_test.cpp) both call these, so a replayed input goes through exactly
// the code the fuzzer ran; each returns what the replay checks.
#pragma once
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "core/dataset_loader.h"
#include "core/url_state.h"
#include "core/world_geometry.h"
#include "core/world_mesh.h"
#include "core/world_picker.h"

namespace accord::fuzz {

inline std::string_view as_text(std::span<const std::uint8_t> bytes) {
    return {reinterpret_cast<const char*>(bytes.data()), bytes.size()};
}

// Arbitrary bytes through the dataset loader (JSON reading, validation, locating problems,
// building indexes), a few queries on what loads, and the formatting of every problem.
inline LoadResult dataset_loader(std::span<const std::uint8_t> bytes) {
    JsonLimits limits;
    limits.max_bytes = 4u * 1024u * 1024u;
    LoadResult result = load_dataset(as_text(bytes), limits);
    if (result.dataset) {
        const Dataset& d = *result.dataset;
        for (Index c = 0; c < d.commitments.size() && c < 8; ++c) {
            for (Index p = 0; p < d.parties.size() && p < 16; ++p) d.status_of(p, c, d.first_day());
            d.party_count_on(c, d.last_day());
        }
        d.actions_between(d.first_day(), d.last_day());
    }
    for (const Problem& problem : result.problems) format_problem("fuzz", problem);
    return result;
}

// Arbitrary bytes through the world geometry decoder, and what decodes through mesh building
// (antimeridian cutting, triangulation) and picking. Inputs too large to mesh quickly are only
// decoded, so the fuzzer explores the decoder instead of timing out. Returns the decoder's error
// ("" when the bytes decoded).
inline std::string world_geometry(std::span<const std::uint8_t> bytes) {
    std::string error;
    const auto world = decode_world_geometry(bytes, error);
    if (!world) return error.empty() ? "decoding failed without a message" : error;
    std::size_t points = 0;
    for (const auto& arc : world->arcs) points += arc.size();
    std::size_t refs = 0;
    for (const auto& feature : world->features) {
        for (const auto& polygon : feature.polygons) {
            for (const auto& ring : polygon) refs += ring.size();
        }
    }
    if (points > 20000 || refs > 20000) return "";
    const WorldMesh mesh = build_world_mesh(*world);
    WorldPicker picker;
    picker.build(mesh);
    for (double lon = -180; lon <= 180; lon += 45) {
        for (double lat = -90; lat <= 90; lat += 45) picker.feature_at(mesh, {lon, lat});
    }
    return "";
}

// Arbitrary text as the URL fragment. Parsing must not crash, and the canonical form must be
// stable: formatting what was parsed, parsing that and formatting again gives the same text, and
// the canonical text parses without problems.
struct UrlStateReplay {
    UrlStateParse parsed;
    std::string canonical;
    bool stable = false;
};

inline UrlStateReplay url_state(std::span<const std::uint8_t> bytes) {
    UrlStateReplay replay;
    replay.parsed = parse_url_state(as_text(bytes));
    replay.canonical = format_url_state(replay.parsed.state);
    const UrlStateParse again = parse_url_state(replay.canonical);
    replay.stable = again.problems.empty() && format_url_state(again.state) == replay.canonical;
    return replay;
}

}  // namespace accord::fuzz
