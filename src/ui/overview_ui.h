// Overview panel: what the loaded dataset holds (title, edition, counts) and its commitments with
// their party counts and list completeness. The first view of the app, until the map lands; then
// the side panel that lists commitments.
#pragma once

namespace accord {
class DatasetStore;
}

namespace accord::ui {

void draw_overview_ui(const DatasetStore& store);

}  // namespace accord::ui
