// The dataset's texts drawn in their own scripts: wrapped like ImGui::TextWrapped, with the words
// of shaped scripts swapped for the glyphs the browser drew (scene/glyphs.h), and each line's
// right-to-left phrases ordered after the line is broken, so that an Arabic quote wrapped over two
// lines reads from its first words on the first line.
#pragma once
#include <string_view>

#include "scene/scene.h"

namespace accord::ui {

void data_text_wrapped(const scene::MapScene& scene, std::string_view text);

}  // namespace accord::ui
