// The JS API's replies: see host_replies.h.
#include "scene/host_replies.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/dataset_csv.h"
#include "core/fact_strength.h"
#include "scene/layout.h"
#include "scene/svg_map.h"
#include "scene/twin.h"

namespace accord::scene {

namespace {

using Json = nlohmann::json;

Json string_or_null(const std::string& text) { return text.empty() ? Json(nullptr) : Json(text); }
Json rect_json(const Rect& r) { return Json::array({r.x, r.y, r.width, r.height}); }

Json dataset_json(const Dataset& d, const std::string& name) {
    int joined_total = 0;
    for (Index c = 0; c < d.commitments.size(); ++c) joined_total += d.party_count_on(c, d.last_day());
    return {
        {"name", name},
        {"id", d.info.id},
        {"title", d.info.title},
        {"version", d.info.version.to_string()},
        {"asOf", d.info.as_of.to_string()},
        {"fullEdition", string_or_null(d.info.full_edition)},
        {"counts", {{"parties", d.parties.size()}, {"sources", d.sources.size()}, {"events", d.events.size()},
                    {"commitments", d.commitments.size()}, {"actions", d.actions.size()}, {"joined", joined_total}}},
        {"firstDay", format_day(d.first_day())},
        {"lastDay", format_day(d.last_day())},
    };
}

Json map_json(const MapScene& scene) {
    const GeometryState& g = scene.geometry;
    Json map = {{"loaded", g.loaded}, {"geometry", !g.loaded ? "none" : g.detailed ? "detail" : "overview"}, {"markers", scene.markers.size()},
                {"features", scene.mesh ? scene.mesh->features.size() : 0}, {"triangles", scene.mesh ? scene.mesh->fill_indices.size() / 3 : 0}};
    if (const MapView* view = scene.view) {
        map["projection"] = projection_name(view->projection());
        map["zoom"] = view->zoom();
        map["centerX"] = view->center().x;
        map["centerY"] = view->center().y;
        map["rotation"] = {view->rotation().center_lon_deg, view->rotation().center_lat_deg};
        map["animating"] = view->animating();
    }
    return map;
}

Json layout_json(const MapScene& scene) {
    const Layout& l = scene.layout;
    Json controls = Json::object();
    for (const ControlBox& c : scene.controls) controls[c.name] = rect_json(c.rect);
    Json labels = Json::array();
    for (const DrawnLabel& label : scene.drawn_axis_labels) labels.push_back({{"text", label.text}, {"rect", rect_json(label.rect)}});
    // The markers as drawn (where they went when moved out of a crowd) and the box each covers.
    Json markers = Json::array();
    if (scene.mesh) {
        for (const ShownMarker& m : scene.markers) {
            const Rect box{static_cast<float>(m.css.x - m.half_width_css), static_cast<float>(m.css.y - m.half_height_css),
                           static_cast<float>(2 * m.half_width_css), static_cast<float>(2 * m.half_height_css)};
            markers.push_back({{"party", scene.mesh->markers[m.marker].party}, {"rect", rect_json(box)}});
        }
    }
    return {{"narrow", l.narrow}, {"map", rect_json(l.map)}, {"timeline", rect_json(l.timeline)}, {"search", rect_json(scene.search_box)},
            {"touchTarget", l.touch_target}, {"panel", rect_json(l.panel)}, {"home", rect_json(l.home)}, {"worldAspect", world_band_aspect},
            {"legend", rect_json(scene.drawn_legend_rect)}, {"controls", std::move(controls)},
            {"timelineLabels", std::move(labels)}, {"markers", std::move(markers)}};
}

}  // namespace

std::string json_text(const nlohmann::json& value) { return value.dump(-1, ' ', false, Json::error_handler_t::replace); }

std::string hex_rgb(std::uint32_t rgb) {
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "#%06x", rgb & 0xFFFFFF);
    return buffer;
}

nlohmann::json state_json(const MapScene& scene, const DatasetStore& store, const PlatformFacts& facts) {
    Json state;
    state["framesDrawn"] = facts.frames_drawn;
    const GlyphFacts& g = facts.glyphs;
    state["glyphs"] = {{"fromBrowser", g.browser_glyphs}, {"shapedRuns", g.shaped_runs}, {"missing", g.missing}, {"missingSample", g.missing_sample},
                       {"browserMs", g.browser_ms}, {"atlas", {{"width", g.atlas_width_px}, {"height", g.atlas_height_px}}}};
    state["startupError"] = string_or_null(facts.startup_error);
    state["viewport"] = {{"cssWidth", facts.css_width}, {"cssHeight", facts.css_height}, {"devicePixelRatio", facts.device_pixel_ratio},
                         {"pixelWidth", facts.framebuffer_width_px}, {"pixelHeight", facts.framebuffer_height_px}};
    state["dataset"] = store.current() ? dataset_json(*store.current(), store.current_name()) : Json(nullptr);
    if (scene.dataset && scene.commitment != no_index) {
        state["commitment"] = scene.dataset->commitments[scene.commitment].id;
        state["commitmentTitle"] = scene.dataset->commitments[scene.commitment].short_title;
        state["date"] = format_day(scene.day);
        state["partyCount"] = scene.dataset->party_count_on(scene.commitment, scene.day);
        state["stepDelta"] = scene.step_delta;
    }
    state["map"] = map_json(scene);
    state["geometryError"] = string_or_null(scene.geometry.error);
    state["theme"] = theme_name(scene.theme);
    state["language"] = language_tag(scene.language);
    state["languageChosen"] = scene.language_chosen;
    Json languages = Json::array();
    for (const Language language : all_languages) languages.push_back({{"tag", language_tag(language)}, {"name", language_autonym(language)}});
    state["languages"] = std::move(languages);
    state["partyNames"] = {{"loaded", !scene.party_names.languages.empty()},
                           {"languages", [&] {
                                Json tags = Json::array();
                                for (const LanguageNames& l : scene.party_names.languages) tags.push_back(l.tag);
                                return tags;
                            }()},
                           {"source", scene.party_names.source}};
    // The theme's page and text colours, for what the host draws around the map (a PNG's margins).
    const MapColors& colors = map_colors(scene.theme);
    state["colors"] = {{"background", hex_rgb(colors.background_rgb)}, {"text", hex_rgb(colors.text_rgb)},
                       {"mutedText", hex_rgb(muted_text_rgb(scene.theme))}, {"link", hex_rgb(colors.link_rgb)}};
    state["mode"] = map_mode_name(scene.mode);
    state["compare"] = scene.dataset && scene.compare != no_index ? Json(scene.dataset->commitments[scene.compare].id) : Json(nullptr);
    state["playing"] = scene.player.playing();
    state["panel"] = record_panel_name(scene.panel);
    state["layout"] = layout_json(scene);
    state["flashes"] = scene.flashes.size();
    state["embed"] = scene.embed;
    state["reducedMotion"] = scene.reduced_motion;
    state["timeAxis"] = {format_day(static_cast<DayNumber>(std::floor(scene.axis_first_day))), format_day(static_cast<DayNumber>(std::ceil(scene.axis_last_day)))};
    state["touchActive"] = facts.touch_active;
    state["selected"] = string_or_null(scene.selected);
    state["hovered"] = string_or_null(scene.hovered);
    state["rejected"] = string_or_null(store.last_rejected_name());
    Json drawn = Json::array();
    for (const DrawnLegendLine& line : scene.drawn_legend) {
        drawn.push_back({{"color", hex_rgb(line.rgb)}, {"hatched", line.hatched}, {"dotted", line.dotted}, {"text", line.text}});
    }
    state["legendDrawn"] = std::move(drawn);
    // The keyboard: the focused stop, whether its ring shows, and the tab order (canvas CSS px).
    Json stops = Json::array();
    for (const FocusStop& stop : scene.keyboard.order) stops.push_back({{"name", stop.name}, {"rect", rect_json(stop.rect)}});
    state["keyboard"] = {{"focused", string_or_null(scene.keyboard.focused)},
                         {"ring", scene.keyboard.visible && !scene.keyboard.focused.empty()},
                         {"shortcuts", scene.keyboard.shortcuts_open},
                         {"stops", std::move(stops)}};
    return state;
}

nlohmann::json legend_json(const Legend& legend) {
    Json list = Json::array();
    for (const LegendEntry& e : legend.entries) {
        Json entry = {{"status", e.key}, {"label", e.label}, {"text", legend_entry_text(e)}, {"color", hex_rgb(e.rgb)}, {"hatched", e.hatched}};
        if (e.hatched) entry["hatchColor"] = hex_rgb(e.hatch_rgb);
        if (e.dotted) {
            entry["dotted"] = true;
            entry["dotColor"] = hex_rgb(e.dot_rgb);
        }
        if (e.count) entry["count"] = *e.count;
        if (!legend.heading.empty()) entry["heading"] = legend.heading;
        if (!legend.note.empty()) entry["note"] = legend.note;
        list.push_back(std::move(entry));
    }
    return list;
}

nlohmann::json status_of_json(const Dataset* d, std::string_view party, std::string_view commitment, std::string_view date) {
    const Index p = d ? d->party_index(std::string(party)) : no_index;
    const Index c = d ? d->commitment_index(std::string(commitment)) : no_index;
    const auto day = parse_iso_date(date);
    if (p == no_index) return {{"error", "unknown party " + std::string(party)}};
    if (c == no_index) return {{"error", "unknown commitment " + std::string(commitment)}};
    if (!day || day->precision != DatePrecision::day) return {{"error", "date must be YYYY-MM-DD, got " + std::string(date)}};
    const StatusAt status = d->status_of(p, c, day->first_day());
    Json out = {{"status", status_name(status.status)}, {"inWindow", status.in_window}, {"date", nullptr},
                {"confidence", nullptr}, {"sources", Json::array()}, {"note", nullptr}};
    if (status.action == no_index) return out;
    const Action& action = d->actions[status.action];
    out["action"] = action_kind_name(action.kind);
    out["date"] = action.date.to_string();
    out["confidence"] = confidence_name(action.confidence);
    out["weak"] = is_weak_status(*d, status);
    out["strength"] = fact_strength_name(fact_strength(*d, action));
    for (const Index s : action.sources) out["sources"].push_back({{"url", d->sources[s].url}, {"publisher", d->sources[s].publisher}});
    out["note"] = string_or_null(action.note);
    return out;
}

nlohmann::json parties_json(const Dataset* d, const WorldMesh* mesh, const MapScene* names_from) {
    Json list = Json::array();
    if (!d) return list;
    const bool localised = names_from && names_from->dataset == d;
    for (Index i = 0; i < d->parties.size(); ++i) {
        const Party& p = d->parties[i];
        const bool on_map = mesh && (mesh->feature_of_party(p.id) >= 0 ||
                                     std::any_of(mesh->markers.begin(), mesh->markers.end(), [&](const WorldMarker& m) { return m.party == p.id; }));
        list.push_back({{"id", p.id}, {"name", localised ? party_name(*names_from, i) : p.name}, {"englishName", p.name}, {"kind", party_kind_name(p.kind)},
                        {"onMap", on_map}});
    }
    return list;
}

nlohmann::json problems_json(const std::vector<Problem>& problems) {
    Json list = Json::array();
    for (const Problem& p : problems) list.push_back({{"path", p.path}, {"line", p.line}, {"column", p.column}, {"message", p.message}});
    return list;
}

nlohmann::json set_view_reply(const std::vector<std::string>& errors) { return {{"ok", errors.empty()}, {"errors", errors}}; }

nlohmann::json link_reply(const LinkResult& result) {
    return {{"ok", result.errors.empty()}, {"errors", result.errors}, {"warnings", result.warnings}};
}

std::string view_csv(const MapScene& scene) {
    std::string csv = actions_csv_header();
    const Dataset* d = scene.dataset;
    if (!d) return csv;
    if (scene.mode == MapMode::overview || scene.commitment == no_index) return csv + actions_csv_rows(*d);
    csv += commitment_csv_rows(*d, scene.commitment);
    if (scene.mode == MapMode::compare && scene.compare != no_index && scene.compare != scene.commitment) csv += commitment_csv_rows(*d, scene.compare);
    return csv;
}

nlohmann::json twin_json(const MapScene& scene) {
    const Twin twin = make_twin(scene);
    return {{"title", twin.title}, {"subtitle", twin.subtitle}, {"summary", twin.summary}, {"announcement", twin.announcement}, {"selection", twin.selection}, {"html", twin.html}, {"source", twin.source},
            {"language", language_tag(scene.language)}, {"canvasLabel", strings().canvas_label}};
}

std::string view_svg(const MapScene& scene) {
    if (!scene.geometry.loaded) return {};
    const TwinTexts texts = twin_texts(scene);
    return map_svg(scene, {.width_px = 960, .graticule = false, .title = texts.title, .description = texts.summary});
}

}  // namespace accord::scene
