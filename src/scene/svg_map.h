// The map a scene shows, as a static SVG: the same features, colours (party_style), hatching and
// weak-evidence dots as the canvas, projected with the core's projection, with a marker for each
// small state that has a status to show. Used for the "Map (SVG)" download, for printing (the
// page swaps it in for the canvas) and by the site build (atlas-data render), whose pre-rendered
// map is what a page without JavaScript or WebAssembly shows.
#pragma once
#include <string>

#include "scene/scene.h"

namespace accord::scene {

struct SvgMapOptions {
    int width_px = 960;            // the viewBox's width; the height follows the projection
    bool graticule = false;
    std::string title;             // <title>, the image's accessible name
    std::string description;       // <desc>
};

// The scene's mesh, dataset and commitment must be set; the world is drawn whole (flat
// projections; the globe is drawn as Equal Earth), cropped to the latitudes that hold land
// (about 57° S to 84° N) so that no space goes to the empty Southern Ocean.
std::string map_svg(const MapScene& scene, const SvgMapOptions& options);

}  // namespace accord::scene
