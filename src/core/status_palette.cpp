// Status colours: see status_palette.h. Light: Okabe-Ito blue / vermillion / orange / reddish
// purple on a pale map; dark: lighter tints of the same hues on a dark map. "Objected (adopted
// by consensus)" is Paul Tol's wine (light) and a lighter mauve (dark): in the red family of a
// refusal but darker, so it reads as related to "declined" without being taken for it. Checked
// (WCAG 2 contrast; CIEDE2000 with Machado 2009 protan/deutan/tritan simulation): light 0x882255
// is 8.1:1 on the page, 7.0:1 on the ocean, 7.2:1 on "not a party" land, and at least 21 ΔE00
// from every other status in every vision type (least: declined, tritan); dark 0x9C6C96 is 4.4:1
// on the page, 3.8:1 on the ocean, 3.0:1 on "not a party" land, and at least 17 ΔE00 from every
// other status (least: party, deutan; declined ≥ 19, withdrawn ≥ 19). The existing pairs go down
// to 10 (light) and 9.6 (dark, declined/not-signed, deutan).
#include "core/status_palette.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <utility>

#include "core/enum_names.h"

namespace accord {

namespace {

constexpr StatusStyle light_styles[] = {
    {Status::party, 0x0072B2, false, 0},
    {Status::declined, 0xD55E00, false, 0},
    {Status::objected, 0x882255, false, 0},  // see the banner above
    {Status::not_signed, 0xE69F00, false, 0},
    {Status::withdrawn, 0xCC79A7, false, 0},
    {Status::unknown, 0xD4D4D4, true, 0xA3A3A3},
    {Status::not_party, 0xEFE9DC, false, 0},
    {Status::not_applicable, 0xF6F6F4, false, 0},
};

constexpr StatusStyle dark_styles[] = {
    {Status::party, 0x56B4E9, false, 0},
    {Status::declined, 0xFF7A33, false, 0},
    {Status::objected, 0x9C6C96, false, 0},
    {Status::not_signed, 0xF0C75E, false, 0},
    {Status::withdrawn, 0xE3A6CC, false, 0},
    {Status::unknown, 0x4B5057, true, 0x6F767E},
    {Status::not_party, 0x2E333A, false, 0},
    {Status::not_applicable, 0x23272C, false, 0},
};

constexpr MapColors light_colors{0xF7F7F5, 0xDCE7F0, 0xE2E2E2, 0x8E99A4, 0xB9C6D2, 0x9AA8B6, 0x111111, 0x003F8A, 0xFFFFFF, 0x1B1B1B, 0x1D4ED8};
constexpr MapColors dark_colors{0x121518, 0x18232E, 0x30353B, 0x0B0D10, 0x2A3845, 0x3A4856, 0xF5F5F5, 0x8FC7F0, 0x0B0D10, 0xE8E8E8, 0x93B4FF};

}  // namespace

std::span<const StatusStyle> status_styles(Theme theme) {
    return theme == Theme::dark ? std::span<const StatusStyle>(dark_styles) : std::span<const StatusStyle>(light_styles);
}

const StatusStyle& status_style(Status status, Theme theme) {
    for (const StatusStyle& style : status_styles(theme)) {
        if (style.status == status) return style;
    }
    return status_styles(theme).back();
}

const MapColors& map_colors(Theme theme) { return theme == Theme::dark ? dark_colors : light_colors; }

std::uint32_t muted_text_rgb(Theme theme) {
    const MapColors& colors = map_colors(theme);
    return mix_rgb(colors.text_rgb, colors.background_rgb, muted_text_share);
}

double contrast_ratio(std::uint32_t a_rgb, std::uint32_t b_rgb) {
    const auto luminance = [](std::uint32_t rgb) {
        const auto channel = [](std::uint32_t value) {
            const double c = static_cast<double>(value & 0xFF) / 255.0;
            return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    };
    const double la = luminance(a_rgb), lb = luminance(b_rgb);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

std::uint32_t overview_rgb(int joined, int max_joined, Theme theme) {
    static constexpr std::uint32_t light[] = {0xF1F1EC, 0xC6DBEF, 0x9ECAE1, 0x6BAED6, 0x3182BD, 0x08519C};
    static constexpr std::uint32_t dark[] = {0x2A2F35, 0x1E3A55, 0x23507A, 0x2B6CA3, 0x4A90C8, 0x8CC4EE};
    const auto& ramp = theme == Theme::dark ? dark : light;
    if (joined <= 0 || max_joined <= 0) return ramp[0];
    const int step = 1 + (joined - 1) * 5 / max_joined;
    return ramp[std::min(step, 5)];
}

std::uint32_t compare_rgb(int compare_class_index, Theme theme) {
    // Both: blue; only A: sky blue; only B: orange; neither: pale; unknown: grey (hatched); n/a.
    static constexpr std::uint32_t light[] = {0x0072B2, 0x56B4E9, 0xE69F00, 0xEFE9DC, 0xD4D4D4, 0xF6F6F4};
    static constexpr std::uint32_t dark[] = {0x3D8FD6, 0x9AD3F5, 0xF0B23C, 0x2E333A, 0x4B5057, 0x23272C};
    const auto& table = theme == Theme::dark ? dark : light;
    return table[std::clamp(compare_class_index, 0, 5)];
}

namespace {
constexpr std::array<std::pair<Theme, const char*>, 2> theme_names{{{Theme::light, "light"}, {Theme::dark, "dark"}}};
}  // namespace

std::uint32_t weak_tint_target_rgb(Theme theme) { return status_style(Status::not_applicable, theme).rgb; }

std::uint32_t mix_rgb(std::uint32_t from_rgb, std::uint32_t to_rgb, float share) {
    std::uint32_t out = 0;
    for (const int shift : {16, 8, 0}) {
        const float from = static_cast<float>((from_rgb >> shift) & 0xFF), to = static_cast<float>((to_rgb >> shift) & 0xFF);
        out |= static_cast<std::uint32_t>(std::lround(from + (to - from) * share)) << shift;
    }
    return out;
}

std::uint32_t weak_fill_rgb(std::uint32_t rgb, Theme theme) { return mix_rgb(rgb, weak_tint_target_rgb(theme), weak_tint_share); }

const char* theme_name(Theme theme) { return enum_name(theme_names, theme); }
std::optional<Theme> theme_from_name(std::string_view name) { return enum_from_name(theme_names, name); }

}  // namespace accord
