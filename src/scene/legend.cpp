// The legend's entries per mode: see legend.h.
#include "scene/legend.h"

#include <algorithm>
#include <array>
#include <cstdio>

#include "core/map_modes.h"
#include "scene/strings.h"

namespace accord::scene {

namespace {

Legend overview_legend(const MapScene& scene) {
    Legend legend;
    legend.one_row = true;
    const int shown = static_cast<int>(overview_commitments(scene).size());
    legend.heading = format_text(plural_format(strings().counts.overview_legend, shown), shown);
    const int top = overview_scale_top(scene);
    const int step = std::max(1, top / 5);
    for (int joined = 0; joined <= top; joined += step) {
        legend.entries.push_back({"joined-" + std::to_string(joined), std::to_string(joined), overview_rgb(joined, top, scene.theme), false, 0, false, 0, std::nullopt});
    }
    return legend;
}

Legend compare_legend(const MapScene& scene) {
    Legend legend;
    const CompareCounts counts = compare_counts(*scene.dataset, scene.commitment, scene.compare, scene.day);
    const int values[] = {counts.both, counts.only_a, counts.only_b, counts.neither, counts.unknown, counts.not_applicable};
    const std::uint32_t hatch_rgb = status_style(Status::unknown, scene.theme).hatch_rgb;
    for (int c = 0; c < 6; ++c) {
        if (values[c] == 0) continue;
        const auto compare = static_cast<CompareClass>(c);
        const bool hatched = compare == CompareClass::unknown;
        legend.entries.push_back({compare_class_name(compare), compare_label(compare), compare_rgb(c, scene.theme), hatched, hatched ? hatch_rgb : 0, false, 0, values[c]});
    }
    return legend;
}

Legend status_legend(const MapScene& scene) {
    Legend legend;
    // How many of the mapped parties have each status, and how many rest on weak evidence.
    std::array<int, static_cast<std::size_t>(Status::not_applicable) + 1> by_status{};
    int weak = 0;
    for (const std::string& party : mapped_parties(scene)) {
        const StatusAt at = scene_status(scene, party);
        ++by_status[static_cast<std::size_t>(at.status)];
        if (status_party_style(scene, at).weak) ++weak;
    }
    for (const StatusStyle& style : status_styles(scene.theme)) {
        const int count = by_status[static_cast<std::size_t>(style.status)];
        if (count == 0) continue;
        legend.entries.push_back({status_name(style.status), status_label(style.status), style.rgb, style.hatched, style.hatched ? style.hatch_rgb : 0, false, 0, count});
    }
    // Weak evidence gets its line while the map shows some (a lighter tint, dotted).
    if (weak > 0) {
        const std::uint32_t example = status_style(Status::party, scene.theme).rgb;
        legend.entries.push_back({"weak", strings().weak_legend, weak_fill_rgb(example, scene.theme), false, 0, true, example, weak});
    }
    // A partial list says how much of it is known, while the known part is below the stated count
    // (an older stated count below today's known parties says nothing more).
    const Commitment* c = scene.commitment == no_index ? nullptr : &scene.dataset->commitments[scene.commitment];
    const StatedCount* stated = c && c->completeness == ListCompleteness::partial ? latest_stated_count(*c) : nullptr;
    const int known = c ? scene.dataset->party_count_on(scene.commitment, scene.day) : 0;
    if (stated && known < stated->count) legend.note = format_text(plural_format(strings().counts.unknown_partial, stated->count), known, stated->count);
    return legend;
}

}  // namespace

Legend legend_entries(const MapScene& scene) {
    if (!scene.dataset) return {};
    if (scene.mode == MapMode::overview) return overview_legend(scene);
    if (scene.mode == MapMode::compare && scene.compare != no_index && scene.commitment != no_index) return compare_legend(scene);
    return status_legend(scene);
}

std::string legend_entry_text(const LegendEntry& entry) {
    return entry.count ? entry.label + strings().label_separator + std::to_string(*entry.count) : entry.label;
}

}  // namespace accord::scene
