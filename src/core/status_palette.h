// The map's colours: one colour per status, per theme, chosen from the Okabe-Ito
// colour-blind-safe set, plus the map's own colours (ocean, borders…). "Unknown" is hatched so
// it never reads as "not a party". The legend, the renderer and the JS API's legend() all read
// this one table, so what is drawn is what is explained (the labels are in ui/strings.h).
// Overview and compare modes have their own colour-blind-safe scales here too.
#pragma once
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

#include "core/dataset.h"

namespace accord {

enum class Theme : std::uint8_t { light, dark };

struct StatusStyle {
    Status status;
    std::uint32_t rgb;       // 0xRRGGBB
    bool hatched;            // drawn with diagonal hatching in `hatch_rgb`
    std::uint32_t hatch_rgb;
};

struct MapColors {
    std::uint32_t background_rgb;  // page behind the map
    std::uint32_t ocean_rgb;
    std::uint32_t land_without_party_rgb;  // shapes that are no party (e.g. disputed areas)
    std::uint32_t border_rgb;
    std::uint32_t graticule_rgb;
    std::uint32_t frame_rgb;
    std::uint32_t highlight_rgb;   // hovered / selected outline
    std::uint32_t eu_outline_rgb;
    std::uint32_t marker_ring_rgb;
    std::uint32_t text_rgb;
    std::uint32_t link_rgb;        // links (sources), at least 4.5:1 on the background
};

std::span<const StatusStyle> status_styles(Theme theme);  // in legend order
const StatusStyle& status_style(Status status, Theme theme);
const MapColors& map_colors(Theme theme);
// Overview mode: a 6-step sequential blue scale (ColorBrewer Blues), step 0 = joined none.
std::uint32_t overview_rgb(int joined, int max_joined, Theme theme);
// Compare mode: both / only A / only B / neither / unknown (hatched) / not applicable.
std::uint32_t compare_rgb(int compare_class_index, Theme theme);
// Weak facts (core/fact_strength.h) are drawn in a lighter tint of their status colour, the
// status colour itself dotted over it: the tint moves `weak_tint_share` of the way to the
// theme's neutral land colour. The renderer's shader, the markers and every legend use these.
inline constexpr float weak_tint_share = 0.55f;
std::uint32_t weak_tint_target_rgb(Theme theme);
std::uint32_t weak_fill_rgb(std::uint32_t rgb, Theme theme);
// Secondary text (a source line) is the text colour moved this share of the way to the background.
inline constexpr float muted_text_share = 0.35f;
std::uint32_t mix_rgb(std::uint32_t from, std::uint32_t to, float share);
// Secondary text (captions, dates, notes): the theme's text mixed towards its background.
std::uint32_t muted_text_rgb(Theme theme);
// WCAG 2 contrast ratio of two colours, 1 to 21 (small text needs 4.5, large text and UI parts 3).
double contrast_ratio(std::uint32_t a_rgb, std::uint32_t b_rgb);
const char* theme_name(Theme theme);  // "light", "dark"
std::optional<Theme> theme_from_name(std::string_view name);

}  // namespace accord
