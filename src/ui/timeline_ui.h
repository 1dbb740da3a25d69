// The timeline along the bottom: play/pause, previous/next event, the date and the running count
// ("Nov 2023: 29 parties, +3"), and a zoomable, pannable time axis with summit and adoption
// markers (announced ones hollow), the chosen commitment's actions as ticks, and a draggable
// date cursor. Keys: Space plays/pauses, comma/period jump to the previous/next event.
#pragma once
#include "scene/scene.h"

namespace accord::ui {

using namespace accord::scene;  // the panels draw a scene and call its verbs

void timeline_ui(MapScene& scene);

}  // namespace accord::ui
