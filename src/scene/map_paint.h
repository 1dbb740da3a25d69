// What the map renderer is given to draw a scene: one colour (and hatching) per mesh feature,
// recomputed only when something it depends on changed, and the outlines drawn over the fills
// (the outlined union's member states while it is a party, the parties that just changed
// status, the hovered and the selected party). The renderer (src/render) draws these; it
// decides nothing.
#pragma once
#include <cstdint>
#include <optional>
#include <vector>

#include "scene/scene.h"

namespace accord::scene {

// How a feature is filled: its colour, hatched (unknown) or in a lighter tint dotted with its
// colour (a status resting on weak evidence).
enum class FillPattern : std::uint8_t { solid, hatched, dotted };

struct OutlineRequest {
    std::uint32_t first_segment = 0;
    std::uint32_t segment_count = 0;
    std::uint32_t rgb = 0;
    float half_width_css = 1.0f;
    friend bool operator==(const OutlineRequest&, const OutlineRequest&) = default;
};

// Feature colours: recomputed only when what party_style reads changed.
class FeaturePaint {
public:
    // True when the colours changed since the last call (the renderer must upload them).
    bool update(const MapScene& scene, std::uint64_t dataset_generation);
    // A new mesh: recompute and report a change at the next update, even to the same colours.
    void forget() {
        painted_for_.reset();
        rgb_.clear();
        patterns_.clear();
    }
    const std::vector<std::uint32_t>& rgb() const { return rgb_; }
    const std::vector<FillPattern>& patterns() const { return patterns_; }

private:
    struct Inputs {
        std::uint64_t dataset_generation = 0;
        MapMode mode = MapMode::single;
        Index commitment = no_index, compare = no_index;
        DayNumber day = 0;
        Theme theme = Theme::light;
        const WorldMesh* mesh = nullptr;
        bool operator==(const Inputs&) const = default;
    };
    std::optional<Inputs> painted_for_;
    std::vector<std::uint32_t> rgb_;
    std::vector<FillPattern> patterns_;
};

std::vector<OutlineRequest> map_outlines(const MapScene& scene);

}  // namespace accord::scene
