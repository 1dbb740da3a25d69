// What the host page is told: the scene's changes since it was last told (selection, date,
// commitment, the view's link), the requests the panels queued (downloads, the link to copy),
// and what the page must fetch (the detailed outlines, the full edition). Each event kind has
// one name and is either public (documented on the JS API's on() bus and the embed's messages)
// or internal plumbing between the wasm and the host page. The platform emits what
// collect_host_events returns, through one emitter.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/url_state.h"
#include "scene/scene.h"

namespace accord::scene {

enum class HostEventKind : std::uint8_t {
    select,              // public: {party: id | null}
    datechange,          // public: {date}
    commitmentchange,    // public: {commitment}
    statechange,         // public: {hash, discrete}: the view's link, once the view has settled
    share,               // public: {hash}: the reader asked to share this view
    activate,            // public: {}: an embed's map was tapped and now takes one-finger gestures
    download,            // internal: {kind}: a download or the embed code was asked for
    needdetailgeometry,  // internal: {}: zoomed in past what the overview outlines can show
    needfulledition,     // internal: {file}: a record panel needs the texts a lean edition leaves out
    needpartynames,      // internal: {}: the UI is not in English, or a search began: fetch data/party-names.json
    needuistrings,       // internal: {language}: the UI's language has no table yet: fetch data/ui-<language>.json
    firstmapframe,       // internal: {}: the first frame with the map was drawn
};
const char* host_event_name(HostEventKind kind);
bool is_public_event(HostEventKind kind);

struct HostEvent {
    HostEventKind kind;
    nlohmann::json detail;
};

// What the host was last told, to tell it only what changed.
struct Outbox {
    std::string selected;
    DayNumber day = 0;
    Index commitment = no_index;
    std::string hash;
    UrlState state;
    std::string full_edition_for;  // "id version" of the lean dataset whose full edition was asked for
    bool need_detail_told = false;
    bool party_names_told = false;  // once per page; the host page retries a failed fetch itself
    std::uint32_t ui_strings_told = 0;  // the languages whose table was asked for (bit per Language)
    bool first_map_frame_told = false;
};

struct Outgoing {
    std::vector<HostEvent> events;
    std::vector<std::string> links_to_open;  // http(s) only (request_host checked them)
};

// After a frame: the events to emit, in order, and the links to open; drains the scene's host
// requests. `frame_drawn_with_map`: this frame showed the map (for firstmapframe).
Outgoing collect_host_events(Outbox& outbox, MapScene& scene, bool frame_drawn_with_map);
// A new geometry file was loaded: the detailed file needs no asking; the overview asks again.
void geometry_loaded(Outbox& outbox, bool detailed);

}  // namespace accord::scene
