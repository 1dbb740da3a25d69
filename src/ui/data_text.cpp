// The dataset's texts in their own scripts, wrapped line by line: see data_text.h.
#include "ui/data_text.h"

#include <cstring>
#include <string>

#include "imgui.h"
#include "imgui_internal.h"  // the window's wrap position, as ImGui::TextWrapped reads it
#include "scene/glyphs.h"

namespace accord::ui {

void data_text_wrapped(const scene::MapScene& scene, std::string_view text) {
    const std::string logical = scene::logical_text(scene.glyph_runs, text);
    if (scene::visual_line(logical) == logical) {  // nothing written right to left: ImGui wraps it
        ImGui::TextWrapped("%s", logical.c_str());
        return;
    }
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    const float wrap_pos_x = window->DC.TextWrapPos < 0.0f ? 0.0f : window->DC.TextWrapPos;  // as TextWrapped: the region's end by default
    const float wrap_width = ImGui::CalcWrapWidthForPos(window->DC.CursorPos, wrap_pos_x);
    ImFont* font = ImGui::GetFont();
    const float scale = ImGui::GetFontSize() / font->FontSize;
    const char* s = logical.data();
    const char* const end = s + logical.size();
    // The lines of one text sit as close as ImGui's wrapped lines: no item spacing between them.
    const ImVec2 spacing = ImGui::GetStyle().ItemSpacing;
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(spacing.x, 0.0f));
    while (s < end) {
        const char* line_end = font->CalcWordWrapPositionA(scale, s, end, wrap_width);
        if (const void* newline = std::memchr(s, '\n', static_cast<std::size_t>(line_end - s))) line_end = static_cast<const char*>(newline);
        const std::string line = scene::visual_line(std::string_view(s, static_cast<std::size_t>(line_end - s)));
        ImGui::TextUnformatted(line.c_str());
        s = line_end;
        // The break's space or newline, as ImGui skips them.
        if (s < end && *s == '\n') ++s;
        else while (s < end && *s == ' ') ++s;
    }
    ImGui::PopStyleVar();
    ImGui::Dummy(ImVec2(0.0f, 0.0f));  // the usual spacing after the text, as after TextWrapped
}

}  // namespace accord::ui
