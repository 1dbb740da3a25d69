// The header: the commitment picker (grouped by kind, filterable, with dates), the mode switch
// (one commitment / overview / compare with a second picker), and the search box for countries
// (by name, alias or code) and commitments, driven by arrow keys and Enter.
#pragma once
#include "ui/scene.h"

namespace accord::ui {

void header_ui(MapScene& scene);
// Chooses a search hit: a party is selected, flown to and its record opened; a commitment is shown.
void choose_party(MapScene& scene, const std::string& party);

}  // namespace accord::ui
