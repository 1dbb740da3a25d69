// Which labels the time axis shows and where: the year and month labels of its ticks and the
// names of events, chosen by priority so that none collides with another, none sits under the
// date cursor and none is cut at the axis's edges, at any width. The first and the last tick's
// labels go first (the first and last year at the whole span), then the other years, then
// events, then months; a label that does not fit is left out. The timeline panel measures the text and draws what this
// returns; the tests hold the result to those rules at every width.
#pragma once
#include <cstdint>
#include <vector>

#include "scene/layout.h"

namespace accord::scene {

enum class AxisLabelKind : std::uint8_t { major_tick, minor_tick, event };

// A label that could be drawn: its text's size, the x of the place it names (a tick, an event's
// start) and the top of its row, in canvas CSS px.
struct AxisLabelCandidate {
    AxisLabelKind kind = AxisLabelKind::major_tick;
    float anchor_x_css = 0;
    float top_css = 0;
    float width_css = 0, height_css = 0;
};

struct PlacedAxisLabel {
    std::size_t candidate = 0;  // index into the candidates
    Rect rect;                  // where the text goes
};

// Space kept between two labels, and between a label and its tick.
inline constexpr float axis_label_gap_css = 6.0f;
inline constexpr float axis_label_tick_offset_css = 2.0f;

// The labels to draw, in the candidates' order. A label goes right of its anchor (a tick, an
// event's start), moved inside [left_css, right_css] when it would be cut; the first and last
// year may also go left of their tick. It is kept only when it meets neither a label already
// placed nor an obstacle (the date cursor and its handle).
std::vector<PlacedAxisLabel> place_axis_labels(const std::vector<AxisLabelCandidate>& candidates, float left_css, float right_css,
                                               const std::vector<Rect>& obstacles);

// What the date cursor covers on the axis (its line and the handle a finger drags), as an
// obstacle for place_axis_labels.
Rect axis_cursor_box(float cursor_x_css, float top_css, float height_css, float handle_radius_css);

}  // namespace accord::scene
