// Parsing and applying view requests and links: see view_request.h.
#include "scene/view_request.h"

namespace accord::scene {

namespace {

using Json = nlohmann::json;

// The id of a commitment in the dataset, or an error naming the field's value.
std::optional<Index> commitment_field(const Json& value, const Dataset* d) {
    const Index c = d && value.is_string() ? d->commitment_index(value.get<std::string>()) : no_index;
    return c == no_index ? std::nullopt : std::optional<Index>(c);
}

template <typename T>
std::optional<T> named_field(const Json& value, std::optional<T> (*from_name)(std::string_view)) {
    return value.is_string() ? from_name(value.get<std::string>()) : std::nullopt;
}

void parse_fields(const Json& request, const MapScene& scene, ViewRequestParse& out) {
    const Dataset* d = scene.dataset;
    ViewRequest& r = out.request;
    const auto error = [&](std::string text, const Json& value) { out.errors.push_back(std::move(text) + value.dump()); };
    if (const auto it = request.find("commitment"); it != request.end()) {
        r.commitment = commitment_field(*it, d);
        if (!r.commitment) error("unknown commitment ", *it);
    }
    if (const auto it = request.find("date"); it != request.end()) {
        const auto date = it->is_string() ? parse_iso_date(it->get<std::string>()) : std::nullopt;
        if (date && date->precision == DatePrecision::day) r.day = date->first_day();
        else error("date must be YYYY-MM-DD, got ", *it);
    }
    if (const auto it = request.find("projection"); it != request.end()) {
        r.projection = named_field(*it, &projection_from_name);
        if (!r.projection) error("projection must be equal-earth, natural-earth or orthographic, got ", *it);
    }
    if (const auto it = request.find("theme"); it != request.end()) {
        r.theme = named_field(*it, &theme_from_name);
        if (!r.theme) error("theme must be light or dark, got ", *it);
    }
    if (const auto it = request.find("language"); it != request.end()) {
        r.language = named_field(*it, &language_from_tag);
        if (!r.language) {
            std::string tags;
            for (const Language language : all_languages) tags += std::string(tags.empty() ? "" : ", ") + language_tag(language);
            error("language must be one of " + tags + ", got ", *it);
        }
    }
    if (const auto it = request.find("mode"); it != request.end()) {
        r.mode = named_field(*it, &map_mode_from_name);
        if (!r.mode) error("mode must be single, overview or compare, got ", *it);
    }
    if (const auto it = request.find("compare"); it != request.end()) {
        r.compare = commitment_field(*it, d);
        if (!r.compare) error("unknown commitment to compare ", *it);
    }
    if (const auto it = request.find("selected"); it != request.end()) {
        if (it->is_null() || *it == "") r.selected = "";
        else if (it->is_string() && d && d->party_index(it->get<std::string>()) != no_index) r.selected = it->get<std::string>();
        else error("unknown party ", *it);
    }
    if (const auto it = request.find("fly"); it != request.end()) {
        if (it->is_boolean()) r.fly = it->get<bool>();
        else error("fly must be true or false, got ", *it);
    }
}

}  // namespace

ViewRequestParse parse_view_request(const nlohmann::json& request, const MapScene& scene) {
    ViewRequestParse out;
    if (!request.is_object()) {
        out.errors.push_back("expected an object");
        return out;
    }
    parse_fields(request, scene, out);
    const MapMode mode = out.request.mode.value_or(scene.mode);
    const Index compare = out.request.compare.value_or(scene.compare);
    if (mode == MapMode::compare && compare == no_index) out.errors.push_back("compare mode needs \"compare\": a commitment id");
    return out;
}

void apply_view_request(MapScene& scene, const ViewRequest& r) {
    if (r.theme) set_theme(scene, *r.theme);
    if (r.language) set_ui_language(scene, *r.language, true);
    if (r.compare) set_compare(scene, *r.compare);
    if (r.mode) set_mode(scene, *r.mode);
    if (r.commitment) set_commitment(scene, *r.commitment);
    if (r.day) set_day(scene, *r.day);
    if (r.selected) {
        if (r.selected->empty()) clear_selection(scene);
        else if (*r.selected != scene.selected) choose_party(scene, *r.selected, r.fly);
    }
    if (r.projection && scene.view) scene.view->set_projection(*r.projection);
    scene.view_changed = true;
}

std::vector<std::string> set_view(MapScene& scene, const nlohmann::json& request) {
    ViewRequestParse parsed = parse_view_request(request, scene);
    if (parsed.errors.empty()) apply_view_request(scene, parsed.request);
    return std::move(parsed.errors);
}

UrlState view_url_state(const MapScene& scene) {
    UrlState s;
    if (!scene.dataset) return s;
    const Dataset& d = *scene.dataset;
    if (scene.commitment != no_index) s.commitment = d.commitments[scene.commitment].id;
    s.date = format_day(scene.day);
    if (scene.mode != MapMode::single) s.mode = map_mode_name(scene.mode);
    if (scene.mode == MapMode::compare && scene.compare != no_index) s.compare = d.commitments[scene.compare].id;
    if (!scene.selected.empty()) s.selected = scene.selected;
    if (scene.theme != Theme::light) s.theme = theme_name(scene.theme);
    if (scene.language_chosen) s.language = language_tag(scene.language);
    s.dataset_version = d.info.version.to_string();
    if (!scene.view) return s;
    const MapView& view = *scene.view;
    if (view.projection() != ProjectionKind::equal_earth) s.projection = projection_name(view.projection());
    if (view.target_zoom() > 1.0001) s.zoom = view.target_zoom();
    if (view.projection() == ProjectionKind::orthographic) {
        s.rotation_lon_deg = view.rotation().center_lon_deg;
        s.rotation_lat_deg = view.rotation().center_lat_deg;
    } else if (s.zoom) {
        s.center_x = view.center().x;
        s.center_y = view.center().y;
    }
    return s;
}

bool is_discrete_change(const UrlState& a, const UrlState& b) {
    return a.commitment != b.commitment || a.mode != b.mode || a.compare != b.compare || a.selected != b.selected ||
           a.projection != b.projection || a.theme != b.theme || a.language != b.language;
}

LinkResult apply_link(MapScene& scene, std::string_view fragment) {
    const UrlStateParse parsed = parse_url_state(fragment);
    LinkResult result{parsed.problems, {}};
    const UrlState& s = parsed.state;
    Json request = Json::object();
    if (s.commitment) request["commitment"] = *s.commitment;
    if (s.date) request["date"] = *s.date;
    if (s.compare) request["compare"] = *s.compare;
    request["selected"] = s.selected.value_or("");
    request["mode"] = s.mode.value_or("single");
    request["projection"] = s.projection.value_or("equal-earth");
    if (s.theme) request["theme"] = *s.theme;
    if (s.language) request["language"] = *s.language;
    // Field by field, so that one refused value does not drop the others (compare mode goes with
    // its compared commitment).
    for (auto it = request.begin(); it != request.end(); ++it) {
        Json one = Json::object();
        one[it.key()] = it.value();
        if (it.key() == "mode" && it.value() == "compare" && request.contains("compare")) one["compare"] = request["compare"];
        const std::vector<std::string> errors = set_view(scene, one);
        result.errors.insert(result.errors.end(), errors.begin(), errors.end());
    }
    if (scene.view) {
        scene.view->jump_to({s.center_x.value_or(0), s.center_y.value_or(0)}, s.zoom.value_or(1.0), {s.rotation_lon_deg.value_or(0), s.rotation_lat_deg.value_or(0)});
        scene.view_just_placed = true;  // the link's view is for the layout it opens
    }
    if (scene.dataset && s.dataset_version && *s.dataset_version != scene.dataset->info.version.to_string()) {
        result.warnings.push_back("this link was made with dataset edition " + *s.dataset_version + "; the page shows edition " +
                                  scene.dataset->info.version.to_string());
    }
    scene.view_changed = true;
    return result;
}

}  // namespace accord::scene
