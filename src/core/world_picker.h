// Exact picking of countries: a place (longitude/latitude) -> the feature whose polygon contains
// it, through a uniform grid over the globe (each cell lists the polygons whose bounding box
// touches it) and an even-odd point-in-polygon test on the candidates' rings.
#pragma once
#include <cstdint>
#include <vector>

#include "core/projection.h"
#include "core/world_mesh.h"

namespace accord {

class WorldPicker {
public:
    static constexpr int cell_deg = 4;
    void build(const WorldMesh& mesh);
    // Feature index, or -1 for the ocean (or land that is no feature).
    int feature_at(const WorldMesh& mesh, LonLatDeg place) const;

private:
    static constexpr int columns = 360 / cell_deg;
    static constexpr int rows = 180 / cell_deg;
    std::vector<std::uint32_t> cell_offsets_;  // CSR: polygons of cell c are [offsets[c], offsets[c+1])
    std::vector<std::uint32_t> cell_polygons_;
    std::vector<std::uint32_t> polygon_feature_;
};

}  // namespace accord
