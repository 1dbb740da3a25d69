// The legend of the map as it is shown: one list of entries (colour, hatching, label, count) per
// mode, only those the map shows (a status no party has is left out), each with its count of
// parties; and a note when the list is partial. Produced here once and read by everything that shows a legend: the ImGui legend on the
// canvas, the JS API's legend() and the PNG export (which draws what legend() returns). So what
// is drawn is what is explained, in every mode.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "scene/scene.h"

namespace accord::scene {

struct LegendEntry {
    std::string key;    // a status ("party"), a compare class ("only-a") or an overview step ("joined-3")
    std::string label;  // as the reader sees it
    std::uint32_t rgb = 0;
    bool hatched = false;
    std::uint32_t hatch_rgb = 0;
    bool dotted = false;  // a lighter tint (rgb) dotted with dot_rgb: weak evidence
    std::uint32_t dot_rgb = 0;
    std::optional<int> count;  // parties in this entry, where the legend shows it
    friend bool operator==(const LegendEntry&, const LegendEntry&) = default;
};

struct Legend {
    std::string heading;  // "" or a line above the entries (the overview's scale)
    bool one_row = false;  // a scale read left to right rather than a list
    std::vector<LegendEntry> entries;
    std::string note;  // "" or a line under the entries: "Unknown: the list is partial (54 of about 64 known)"
    friend bool operator==(const Legend&, const Legend&) = default;
};

Legend legend_entries(const MapScene& scene);
// "Only A: 12": the label with its count, as one line of text.
std::string legend_entry_text(const LegendEntry& entry);

}  // namespace accord::scene
