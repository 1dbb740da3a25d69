// Host events: see outbox.h.
#include "scene/outbox.h"

#include <array>
#include <tuple>

#include "core/world_mesh.h"
#include "scene/view_request.h"

namespace accord::scene {

namespace {

struct EventName {
    HostEventKind kind;
    const char* name;
    bool is_public;
};
constexpr std::array<EventName, 12> event_names{{
    {HostEventKind::select, "select", true},
    {HostEventKind::datechange, "datechange", true},
    {HostEventKind::commitmentchange, "commitmentchange", true},
    {HostEventKind::statechange, "statechange", true},
    {HostEventKind::share, "share", true},
    {HostEventKind::activate, "activate", true},
    {HostEventKind::download, "download", false},
    {HostEventKind::needdetailgeometry, "needdetailgeometry", false},
    {HostEventKind::needfulledition, "needfulledition", false},
    {HostEventKind::needpartynames, "needpartynames", false},
    {HostEventKind::needuistrings, "needuistrings", false},
    {HostEventKind::firstmapframe, "firstmapframe", false},
}};

const EventName& entry(HostEventKind kind) {
    for (const EventName& e : event_names) {
        if (e.kind == kind) return e;
    }
    return event_names[0];
}

// The overview outlines are off by about a CSS pixel from this zoom on (the renderer prefers the
// detail from 0.6 px once it is there): the host is asked once for the detail.
constexpr double detail_needed_error_css = 0.9;

void tell_changes(Outbox& outbox, const MapScene& scene, Outgoing& out) {
    if (scene.selected != outbox.selected) {
        outbox.selected = scene.selected;
        out.events.push_back({HostEventKind::select, {{"party", scene.selected.empty() ? nlohmann::json(nullptr) : nlohmann::json(scene.selected)}}});
    }
    if (!scene.dataset) return;
    if (scene.day != outbox.day) {
        outbox.day = scene.day;
        out.events.push_back({HostEventKind::datechange, {{"date", format_day(scene.day)}}});
    }
    if (scene.commitment != outbox.commitment && scene.commitment != no_index) {
        outbox.commitment = scene.commitment;
        out.events.push_back({HostEventKind::commitmentchange, {{"commitment", scene.dataset->commitments[scene.commitment].id}}});
    }
}

void tell_needs(Outbox& outbox, const MapScene& scene, Outgoing& out) {
    if (scene.geometry.loaded && scene.view) {
        const bool overview_suffices = overview_outlines_suffice(scene.view->pixels_per_unit(), detail_needed_error_css);
        if (!outbox.need_detail_told && !overview_suffices) {
            outbox.need_detail_told = true;
            out.events.push_back({HostEventKind::needdetailgeometry, nlohmann::json::object()});
        } else if (!scene.geometry.detailed && overview_suffices) {
            outbox.need_detail_told = false;  // back out without the detail (a failed fetch): ask again next time
        }
    }
    const std::uint32_t language_bit = 1u << static_cast<unsigned>(scene.language);
    if (!has_strings(scene.language) && !(outbox.ui_strings_told & language_bit)) {
        outbox.ui_strings_told |= language_bit;
        out.events.push_back({HostEventKind::needuistrings, {{"language", language_tag(scene.language)}}});
    }
    if (!outbox.party_names_told && needs_party_names(scene)) {
        outbox.party_names_told = true;
        out.events.push_back({HostEventKind::needpartynames, nlohmann::json::object()});
    }
    // Once per edition while record panels stay open (a "full" file that is itself lean cannot
    // make a loop); closing the panels lets the next one ask again, e.g. after a failed fetch.
    if (scene.panel == RecordPanel::none || scene.embed) {
        outbox.full_edition_for.clear();
    } else if (scene.dataset && !scene.dataset->info.full_edition.empty()) {
        const std::string edition = scene.dataset->info.id + " " + scene.dataset->info.version.to_string();
        if (outbox.full_edition_for != edition) {
            outbox.full_edition_for = edition;
            out.events.push_back({HostEventKind::needfulledition, {{"file", scene.dataset->info.full_edition}}});
        }
    }
}

void tell_requests(MapScene& scene, Outgoing& out) {
    for (HostRequest& request : scene.host_requests) {
        switch (request.kind) {
            case HostRequestKind::share:
                out.events.push_back({HostEventKind::share, {{"hash", format_url_state(view_url_state(scene))}}});
                break;
            case HostRequestKind::open_link: out.links_to_open.push_back(std::move(request.url)); break;
            default: out.events.push_back({HostEventKind::download, {{"kind", host_request_name(request.kind)}}}); break;
        }
    }
    scene.host_requests.clear();
}

// The link of the view, once the view has settled; discrete changes make a history entry.
void tell_link(Outbox& outbox, const MapScene& scene, Outgoing& out) {
    if (!scene.dataset || (scene.view && scene.view->animating())) return;
    UrlState state = view_url_state(scene);
    std::string hash = format_url_state(state);
    if (hash == outbox.hash) return;
    const bool discrete = is_discrete_change(outbox.state, state);
    out.events.push_back({HostEventKind::statechange, {{"hash", hash}, {"discrete", discrete}}});
    outbox.hash = std::move(hash);
    outbox.state = std::move(state);
}

}  // namespace

const char* host_event_name(HostEventKind kind) { return entry(kind).name; }
bool is_public_event(HostEventKind kind) { return entry(kind).is_public; }

Outgoing collect_host_events(Outbox& outbox, MapScene& scene, bool frame_drawn_with_map) {
    Outgoing out;
    tell_changes(outbox, scene, out);
    tell_needs(outbox, scene, out);
    tell_requests(scene, out);
    tell_link(outbox, scene, out);
    if (frame_drawn_with_map && !outbox.first_map_frame_told) {
        outbox.first_map_frame_told = true;
        out.events.push_back({HostEventKind::firstmapframe, nlohmann::json::object()});
    }
    return out;
}

void geometry_loaded(Outbox& outbox, bool detailed) { outbox.need_detail_told = detailed; }

}  // namespace accord::scene
