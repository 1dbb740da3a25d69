// Status colours: see status_palette.h. Light: Okabe-Ito blue / vermillion / orange / reddish
// purple on a pale map; dark: lighter tints of the same hues on a dark map.
#include "core/status_palette.h"

namespace accord {

namespace {

constexpr StatusStyle light_styles[] = {
    {Status::party, "Signed, endorsed or joined", 0x0072B2, false, 0},
    {Status::declined, "Declined", 0xD55E00, false, 0},
    {Status::not_signed, "Not among the signatories (as of a date)", 0xE69F00, false, 0},
    {Status::withdrawn, "Withdrew", 0xCC79A7, false, 0},
    {Status::unknown, "Unknown: the source list is partial", 0xD4D4D4, true, 0xA3A3A3},
    {Status::not_party, "Not a party (the list is complete)", 0xEFE9DC, false, 0},
    {Status::not_applicable, "Not applicable", 0xF6F6F4, false, 0},
};

constexpr StatusStyle dark_styles[] = {
    {Status::party, "Signed, endorsed or joined", 0x56B4E9, false, 0},
    {Status::declined, "Declined", 0xFF7A33, false, 0},
    {Status::not_signed, "Not among the signatories (as of a date)", 0xF0C75E, false, 0},
    {Status::withdrawn, "Withdrew", 0xE3A6CC, false, 0},
    {Status::unknown, "Unknown: the source list is partial", 0x4B5057, true, 0x6F767E},
    {Status::not_party, "Not a party (the list is complete)", 0x2E333A, false, 0},
    {Status::not_applicable, "Not applicable", 0x23272C, false, 0},
};

constexpr MapColors light_colors{0xF7F7F5, 0xDCE7F0, 0xE2E2E2, 0x8E99A4, 0xB9C6D2, 0x9AA8B6, 0x111111, 0x003F8A, 0xFFFFFF, 0x1B1B1B};
constexpr MapColors dark_colors{0x121518, 0x18232E, 0x30353B, 0x0B0D10, 0x2A3845, 0x3A4856, 0xF5F5F5, 0x8FC7F0, 0x0B0D10, 0xE8E8E8};

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

const char* theme_name(Theme theme) { return theme == Theme::dark ? "dark" : "light"; }

}  // namespace accord
