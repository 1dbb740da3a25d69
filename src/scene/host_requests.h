// What a scene asks of the host page (a download, the link to copy, a source to open) as typed
// requests rather than strings, queued by the verbs and drained by the platform after each
// frame. Each kind has one name, used on the host page's channel ("csv", "embed-code"…).
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace accord::scene {

enum class HostRequestKind : std::uint8_t {
    download_csv,      // the CSV of what is shown
    download_json,     // the dataset
    download_png,      // a picture of the map
    download_svg,      // the map as SVG (scene/svg_map)
    download_offline,  // the single-file edition
    embed_code,        // the snippet to put this view in an article
    share,             // copy a link to this view
    open_link,         // open a source in a new tab (http and https only)
};
const char* host_request_name(HostRequestKind kind);
std::optional<HostRequestKind> host_request_from_name(std::string_view name);

struct HostRequest {
    HostRequestKind kind = HostRequestKind::share;
    std::string url;  // open_link only
    friend bool operator==(const HostRequest&, const HostRequest&) = default;
};

// Only http(s) links leave the app; anything else (javascript:, data:, file:) is refused.
bool is_openable_link(std::string_view url);

}  // namespace accord::scene
