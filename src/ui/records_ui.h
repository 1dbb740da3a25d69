// Record panels: a country's every action across commitments (status, date and precision,
// confidence, notes, sources), and a commitment's titles, event, adoption, summary,
// completeness with stated counts, open doubts, sortable and filterable party list and sources.
// Shown in the layout's panel rectangle (right column, or bottom sheet on narrow screens).
// Source links open through scene.open_link, which only opens http(s) in a new tab.
#pragma once
#include "scene/scene.h"

namespace accord::ui {

using namespace accord::scene;  // the panels draw a scene and call its verbs

void records_ui(MapScene& scene);

}  // namespace accord::ui
