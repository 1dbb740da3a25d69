// What the JS API's set(view) and a link ask the scene to show, parsed and checked into a typed
// request before anything changes (errors are values: every bad field is named, and a request
// with any error changes nothing), and the view as a link again (core/url_state.h's fragment).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/projection.h"
#include "core/url_state.h"
#include "scene/scene.h"

namespace accord::scene {

struct ViewRequest {
    std::optional<Index> commitment;
    std::optional<DayNumber> day;
    std::optional<ProjectionKind> projection;
    std::optional<Theme> theme;
    std::optional<Language> language;
    std::optional<MapMode> mode;
    std::optional<Index> compare;
    std::optional<std::string> selected;  // "" clears the selection
    bool fly = true;                      // a new selection moves the map to it
};

struct ViewRequestParse {
    ViewRequest request;
    std::vector<std::string> errors;  // e.g. "date must be YYYY-MM-DD, got \"2025-13-01\""
};

// {"commitment": id, "date": "YYYY-MM-DD", "mode": name, "compare": id, "projection": name,
// "theme": name, "language": tag, "selected": party id, "" or null, "fly": bool}; every field optional. Checked
// against the scene's dataset and its current state (compare mode needs a compared commitment).
ViewRequestParse parse_view_request(const nlohmann::json& request, const MapScene& scene);
// Applies a request that parsed without errors.
void apply_view_request(MapScene& scene, const ViewRequest& request);
// set(view): parses and, only when every field is valid, applies; returns the errors (all or
// nothing: with any error the scene does not change).
std::vector<std::string> set_view(MapScene& scene, const nlohmann::json& request);

// What a link needs to show this view again.
UrlState view_url_state(const MapScene& scene);
// A change a reader would want a history entry for (not a date or a pan).
bool is_discrete_change(const UrlState& before, const UrlState& after);

struct LinkResult {
    std::vector<std::string> errors, warnings;
};
// Opens a link's view: exactly what it says, the defaults for what it does not say (no
// selection, one commitment, the flat map, the whole world; theme and date keep the page's
// own). Valid parts apply even when others are refused, so a link from an older edition still
// opens as much as it can; a link made with another dataset edition gets a warning.
LinkResult apply_link(MapScene& scene, std::string_view fragment);

}  // namespace accord::scene
