// The header: the commitment picker (grouped by kind, filterable, with dates), the mode switch
// (one commitment / overview / compare with a second picker), and the search box for countries
// (by name, alias or code) and commitments, driven by arrow keys and Enter.
#pragma once
#include "scene/scene.h"

namespace accord::ui {

using namespace accord::scene;  // the panels draw a scene and call its verbs

void header_ui(MapScene& scene);

}  // namespace accord::ui
