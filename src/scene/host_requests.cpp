// Host requests: see host_requests.h.
#include "scene/host_requests.h"

#include "core/enum_names.h"

#include <array>
#include <utility>

namespace accord::scene {

namespace {
constexpr std::array<std::pair<HostRequestKind, const char*>, 8> names{{
    {HostRequestKind::download_csv, "csv"},
    {HostRequestKind::download_json, "json"},
    {HostRequestKind::download_png, "png"},
    {HostRequestKind::download_svg, "svg"},
    {HostRequestKind::download_offline, "offline"},
    {HostRequestKind::embed_code, "embed-code"},
    {HostRequestKind::share, "share"},
    {HostRequestKind::open_link, "open-link"},
}};
}  // namespace

const char* host_request_name(HostRequestKind kind) { return enum_name(names, kind); }
std::optional<HostRequestKind> host_request_from_name(std::string_view name) { return enum_from_name(names, name); }

bool is_openable_link(std::string_view url) { return url.starts_with("https://") || url.starts_with("http://"); }

}  // namespace accord::scene
