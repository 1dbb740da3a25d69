// The time axis's labels: see axis_labels.h.
#include "scene/axis_labels.h"

#include <algorithm>
#include <numeric>

namespace accord::scene {

namespace {

// Lower goes first: the first and last year frame the axis, then the other years, then the
// events' names, then months.
int rank_of(const std::vector<AxisLabelCandidate>& candidates, std::size_t i, std::size_t first_top, std::size_t last_top) {
    if (i == first_top || i == last_top) return 0;
    switch (candidates[i].kind) {
        case AxisLabelKind::major_tick: return 1;
        case AxisLabelKind::event: return 2;
        case AxisLabelKind::minor_tick: return 3;
    }
    return 3;
}

bool meets(const Rect& a, const Rect& b, float gap) {
    return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height && b.y < a.y + a.height;
}

}  // namespace

std::vector<PlacedAxisLabel> place_axis_labels(const std::vector<AxisLabelCandidate>& candidates, float left_css, float right_css,
                                               const std::vector<Rect>& obstacles) {
    // The ticks' labels that frame the axis: the first and the last year shown, or the first and
    // the last tick when the axis is zoomed into a year or two (the first says its year).
    std::size_t first_top = candidates.size(), last_top = candidates.size();
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        const AxisLabelCandidate& c = candidates[i];
        if (c.kind == AxisLabelKind::event || c.anchor_x_css < left_css || c.anchor_x_css > right_css) continue;
        if (first_top == candidates.size() || c.anchor_x_css < candidates[first_top].anchor_x_css) first_top = i;
        if (last_top == candidates.size() || c.anchor_x_css > candidates[last_top].anchor_x_css) last_top = i;
    }
    std::vector<std::size_t> order(candidates.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return rank_of(candidates, a, first_top, last_top) < rank_of(candidates, b, first_top, last_top);
    });

    std::vector<PlacedAxisLabel> placed;
    for (const std::size_t i : order) {
        const AxisLabelCandidate& c = candidates[i];
        if (c.anchor_x_css < left_css || c.anchor_x_css > right_css || c.width_css > right_css - left_css) continue;
        // Right of the anchor; the labels that frame the axis may go left of it too (beside the
        // edge or the cursor). Any other label left of its tick would read as the previous tick's.
        // Where a side is cut by an edge, the label moves inside it, after the sides that fit.
        const float beside[] = {c.anchor_x_css + axis_label_tick_offset_css, c.anchor_x_css - axis_label_tick_offset_css - c.width_css};
        const std::size_t sides = rank_of(candidates, i, first_top, last_top) == 0 ? 2 : 1;
        const auto is_free = [&](const Rect& rect) {
            const auto blocks = [&](const Rect& other) { return meets(rect, other, axis_label_gap_css); };
            return std::none_of(obstacles.begin(), obstacles.end(), [&](const Rect& o) { return meets(rect, o, 0.0f); }) &&
                   std::none_of(placed.begin(), placed.end(), [&](const PlacedAxisLabel& p) { return blocks(p.rect); });
        };
        for (std::size_t attempt = 0; attempt < 2 * sides; ++attempt) {
            const float x = beside[attempt % sides];
            const bool cut = x < left_css || x + c.width_css > right_css;
            if (attempt < sides && cut) continue;  // first the sides that fit as they are
            const Rect rect{std::clamp(x, left_css, right_css - c.width_css), c.top_css, c.width_css, c.height_css};
            if (!is_free(rect)) continue;
            placed.push_back({i, rect});
            break;
        }
    }
    std::sort(placed.begin(), placed.end(), [](const PlacedAxisLabel& a, const PlacedAxisLabel& b) { return a.candidate < b.candidate; });
    return placed;
}

Rect axis_cursor_box(float cursor_x_css, float top_css, float height_css, float handle_radius_css) {
    return {cursor_x_css - handle_radius_css, top_css, 2 * handle_radius_css, height_css};
}

}  // namespace accord::scene
