// The answers the JS API gives (getState, legend, statusOf, parties, problems, set and link
// replies, the CSV of the view), as JSON built from the scene, the store and a few facts only the
// platform knows (the canvas, frames drawn). Their shapes are documented in web/README.md; they
// are built here, natively tested, so that the platform only marshals.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/dataset_loader.h"
#include "scene/glyphs.h"
#include "scene/legend.h"
#include "scene/scene.h"
#include "scene/view_request.h"

namespace accord::scene {

// What only the platform knows, for getState().
struct PlatformFacts {
    std::uint64_t frames_drawn = 0;
    std::string startup_error;
    float css_width = 1, css_height = 1, device_pixel_ratio = 1;
    int framebuffer_width_px = 1, framebuffer_height_px = 1;
    bool touch_active = true;
    GlyphFacts glyphs;  // the font atlas (platform/font_atlas.h)
};

nlohmann::json state_json(const MapScene& scene, const DatasetStore& store, const PlatformFacts& facts);
// [{status, label, color: "#rrggbb", hatched, hatchColor?, count?}]: the legend exactly as drawn.
nlohmann::json legend_json(const Legend& legend);
// {status, inWindow, action, date, confidence, sources: [{url, publisher}], note} or {error}.
nlohmann::json status_of_json(const Dataset* dataset, std::string_view party, std::string_view commitment, std::string_view date);
// [{id, name, kind, onMap}] for every party of the dataset.
// Each party: {id, name (in the UI's language, as the map shows it), englishName, kind, onMap}.
nlohmann::json parties_json(const Dataset* dataset, const WorldMesh* mesh, const MapScene* names_from = nullptr);
// [{path, line, column, message}] of the last load.
nlohmann::json problems_json(const std::vector<Problem>& problems);
// {ok, errors} for set(view); {ok, errors, warnings} for a link.
nlohmann::json set_view_reply(const std::vector<std::string>& errors);
nlohmann::json link_reply(const LinkResult& result);
// The CSV of what is shown (the columns of `atlas-data export --csv`): the chosen commitment,
// both commitments in compare mode, every commitment in overview mode.
std::string view_csv(const MapScene& scene);
// {title, subtitle, summary, announcement, html}: the HTML twin of what is shown (scene/twin).
nlohmann::json twin_json(const MapScene& scene);
// The map of what is shown as SVG (scene/svg_map), titled and described by its twin; "" before
// the map and a dataset are loaded.
std::string view_svg(const MapScene& scene);
// JSON text for the host (invalid UTF-8 in a dataset's strings is replaced, never thrown on).
std::string json_text(const nlohmann::json& value);
std::string hex_rgb(std::uint32_t rgb);  // "#rrggbb"

}  // namespace accord::scene
