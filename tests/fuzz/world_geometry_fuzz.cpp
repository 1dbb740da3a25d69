// libFuzzer target: arbitrary bytes through the world geometry decoder, and what decodes through
// mesh building (antimeridian cutting, triangulation) and picking. Inputs too large to mesh
// quickly are only decoded, so the fuzzer explores the decoder instead of timing out.
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>

#include "core/world_geometry.h"
#include "core/world_mesh.h"
#include "core/world_picker.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string error;
    const auto world = accord::decode_world_geometry(std::span<const std::uint8_t>(data, size), error);
    if (!world) return 0;
    std::size_t points = 0;
    for (const auto& arc : world->arcs) points += arc.size();
    std::size_t refs = 0;
    for (const auto& feature : world->features) {
        for (const auto& polygon : feature.polygons) {
            for (const auto& ring : polygon) refs += ring.size();
        }
    }
    if (points > 20000 || refs > 20000) return 0;
    const accord::WorldMesh mesh = accord::build_world_mesh(*world);
    accord::WorldPicker picker;
    picker.build(mesh);
    for (double lon = -180; lon <= 180; lon += 45) {
        for (double lat = -90; lat <= 90; lat += 45) picker.feature_at(mesh, {lon, lat});
    }
    return 0;
}
