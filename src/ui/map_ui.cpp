// Map interaction and overlays: see map_ui.h.
#include "ui/map_ui.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "imgui.h"
#include "core/fact_strength.h"
#include "scene/legend.h"
#include "scene/map_markers.h"
#include "scene/glyphs.h"
#include "scene/strings.h"
#include "ui/control_boxes.h"
#include "ui/keyboard_ui.h"

namespace accord::ui {

ImU32 to_imgui_color(std::uint32_t rgb, float alpha) {
    return IM_COL32((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF, static_cast<int>(alpha * 255.0f));
}

void map_input_ui(MapScene& scene) {
    ImGuiIO& io = ImGui::GetIO();
    MapView& view = *scene.view;
    if (!scene.mesh || !scene.picker) return;
    const CssPoint mouse{io.MousePos.x, io.MousePos.y};
    const Rect& area = scene.layout.map;
    const bool mouse_on_map = !io.WantCaptureMouse && ImGui::IsMousePosValid() && io.MousePos.x >= area.x && io.MousePos.y >= area.y &&
                              io.MousePos.x < area.x + area.width && io.MousePos.y < area.y + area.height;
    scene.hovered.clear();
    if (mouse_on_map) {
        if (ImGui::IsMouseDragging(ImGuiMouseButton_Left, 2.0f)) {
            view.pan_by(io.MouseDelta.x, io.MouseDelta.y);
            scene.view_changed = true;
        }
        if (io.MouseWheel != 0.0f) {
            view.zoom_at(mouse, std::pow(1.25, static_cast<double>(io.MouseWheel)));
            scene.view_changed = true;
        }
        if (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) {
            view.zoom_at(mouse, 2.0);
            scene.view_changed = true;
        } else if (ImGui::IsMouseReleased(ImGuiMouseButton_Left) && io.MouseDragMaxDistanceSqr[ImGuiMouseButton_Left] < 16.0f) {
            click_party(scene, party_at_css(*scene.mesh, *scene.picker, view, scene.markers, scene.marker_rules, mouse));
        }
        if (io.MouseSource == ImGuiMouseSource_Mouse && !ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
            scene.hovered = party_at_css(*scene.mesh, *scene.picker, view, scene.markers, scene.marker_rules, mouse);
        }
    }
    scene_stop(scene, FocusGroup::map, map_stop, area);
    // Zoom keys work from any control but a text field (arrows are keyboard_ui's).
    if (!io.WantTextInput) {
        const CssPoint center = view.map_center_css();
        if (ImGui::IsKeyPressed(ImGuiKey_Equal) || ImGui::IsKeyPressed(ImGuiKey_KeypadAdd)) view.zoom_at(center, 1.5);
        if (ImGui::IsKeyPressed(ImGuiKey_Minus) || ImGui::IsKeyPressed(ImGuiKey_KeypadSubtract)) view.zoom_at(center, 1.0 / 1.5);
        if (ImGui::IsKeyPressed(ImGuiKey_0) || ImGui::IsKeyPressed(ImGuiKey_Keypad0)) view.reset();
    }
}

void map_overlay_ui(MapScene& scene) {
    if (!scene.mesh || !scene.dataset) return;
    ImDrawList* draw = ImGui::GetBackgroundDrawList();
    const MapColors& colors = map_colors(scene.theme);
    // The scene chose the markers, their sizes and where they go (map_markers.h). Parties that
    // acted get full-size dots; the rest (unknown, not a party, n/a, shown zoomed in) smaller ones.
    for (const ShownMarker& m : scene.markers) {
        const WorldMarker& marker = scene.mesh->markers[m.marker];
        const PartyStyle style = party_style(scene, marker.party);
        const ImVec2 center(static_cast<float>(m.css.x), static_cast<float>(m.css.y));
        const bool emphasised = marker.party == scene.hovered || marker.party == scene.selected;
        const ImU32 ring = to_imgui_color(emphasised ? colors.highlight_rgb : colors.marker_ring_rgb);
        if (std::hypot(m.css.x - m.place_css.x, m.css.y - m.place_css.y) > 1.0) {
            // Moved out of a crowd: a hairline back to its place.
            draw->AddLine(ImVec2(static_cast<float>(m.place_css.x), static_cast<float>(m.place_css.y)), center, ring, 1.0f);
            draw->AddCircleFilled(ImVec2(static_cast<float>(m.place_css.x), static_cast<float>(m.place_css.y)), 1.5f, ring, 8);
        }
        const float half_width = static_cast<float>(m.half_width_css), half_height = static_cast<float>(m.half_height_css);
        if (marker.flags & WorldMarker::derived) {
            // Supranational parties: a labelled pill ("EU", "AU"), distinct from states' dots.
            const char* label = group_marker_label(marker.party);
            if (!label) label = marker.party.c_str();
            const ImVec2 size = ImGui::CalcTextSize(label);
            const ImVec2 a(center.x - half_width, center.y - half_height), b(center.x + half_width, center.y + half_height);
            draw->AddRectFilled(a, b, to_imgui_color(style.rgb), 6.0f);
            draw->AddRect(a, b, ring, 6.0f, 0, emphasised ? 2.0f : 1.2f);
            const bool dark_fill = style.acted;
            draw->AddText(ImVec2(center.x - size.x / 2, center.y - size.y / 2), dark_fill ? IM_COL32_WHITE : to_imgui_color(colors.text_rgb), label);
            continue;
        }
        const float full_radius = half_width - static_cast<float>(scene::marker_ring_css);
        const float radius = style.acted || emphasised ? full_radius : full_radius * 0.65f;
        draw->AddCircleFilled(center, radius + static_cast<float>(scene::marker_ring_css), ring, 20);
        draw->AddCircleFilled(center, radius, to_imgui_color(style.weak ? weak_fill_rgb(style.rgb, scene.theme) : style.rgb), 20);
        if (style.hatched) draw->AddCircleFilled(center, radius * 0.4f, to_imgui_color(style.hatch_rgb), 12);
        if (style.weak) draw->AddCircleFilled(center, radius * 0.4f, to_imgui_color(style.rgb), 12);  // the fill's dots, in small
    }
    if (scene.hovered.empty()) return;
    const Party* party = party_by_id(scene, scene.hovered);
    if (!party) return;
    const Strings& text = strings();
    const StatusAt status = scene_status(scene, scene.hovered);
    const PartyStyle style = party_style(scene, scene.hovered);
    ImGui::BeginTooltip();
    ImGui::TextUnformatted(shown_text(scene, party_name(scene, scene.dataset->party_index(scene.hovered))).c_str());
    ImGui::ColorButton("##status", ImGui::ColorConvertU32ToFloat4(to_imgui_color(style.rgb)), ImGuiColorEditFlags_NoTooltip, ImVec2(10, 10));
    ImGui::SameLine();
    if (scene.mode == MapMode::overview) {
        const std::vector<Index> shown = overview_commitments(scene);
        ImGui::Text(plural_format(text.counts.overview_legend, static_cast<long>(shown.size())), static_cast<int>(shown.size()));
        ImGui::SameLine();
        ImGui::Text(": %d", joined_count(*scene.dataset, scene.dataset->party_index(scene.hovered), shown, scene.day));
    } else if (scene.mode == MapMode::compare && scene.compare != no_index) {
        ImGui::TextUnformatted(compare_label(compare_class(*scene.dataset, scene.dataset->party_index(scene.hovered), scene.commitment, scene.compare, scene.day)));
    } else if (status.action != no_index) {
        const Action& action = scene.dataset->actions[status.action];
        ImGui::Text("%s %s", action_label(action.kind), action_date_text(action.date).c_str());
        std::string publishers;
        for (const Index s : action.sources) {
            if (publishers.size() > 80) {
                publishers += ", …";
                break;
            }
            publishers += (publishers.empty() ? "" : ", ") + scene.dataset->sources[s].publisher;
        }
        ImGui::TextDisabled(text.source_format, publishers.c_str());
        ImGui::TextDisabled(text.confidence_format, confidence_label(action.confidence));
        if (style.weak) ImGui::TextUnformatted(fact_strength_label(fact_strength(*scene.dataset, action)));
    } else {
        ImGui::TextUnformatted(status_label(status.status));
    }
    ImGui::TextDisabled(text.on_day_format, format_day(scene.day).c_str());
    ImGui::EndTooltip();
}

namespace {

// A legend entry's swatch, filled as the map fills: plain, hatched or dotted.
void swatch_ui(const LegendEntry& entry, Theme theme) {
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float size = ImGui::GetTextLineHeight() * 0.8f;
    const ImVec2 a(at.x, at.y + 2), b(at.x + size, at.y + 2 + size);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(a, b, to_imgui_color(entry.rgb));
    if (entry.hatched) {
        draw->PushClipRect(a, b, true);
        for (float k = -size; k < size; k += 4.0f) draw->AddLine(ImVec2(a.x + k, b.y), ImVec2(a.x + k + size, a.y), to_imgui_color(entry.hatch_rgb), 1.4f);
        draw->PopClipRect();
    }
    if (entry.dotted) {  // the map's dots (map_fill.frag), two by two
        for (const float fx : {0.3f, 0.7f}) {
            for (const float fy : {0.3f, 0.7f}) draw->AddCircleFilled(ImVec2(a.x + size * fx, a.y + size * fy), std::max(1.0f, size * 0.12f), to_imgui_color(entry.dot_rgb), 8);
        }
    }
    draw->AddRect(a, b, to_imgui_color(map_colors(theme).border_rgb, 0.6f));
    ImGui::Dummy(ImVec2(size + 4, size));
    ImGui::SameLine();
}


}  // namespace

constexpr float legend_margin_css = 8.0f;  // between the legend and the map's edge

void map_legend_ui(MapScene& scene) {
    if (!scene.dataset) return;  // (app_ui clears the last frame's drawn legend)
    const Rect& map = scene.layout.map;
    const Rect& home = scene.layout.home;
    // Always open, with only the statuses shown and their counts. Where the world sits in a band
    // (a phone held upright, a narrow embed) the legend reads under it across the width, its
    // lines wrapping; elsewhere it sits in the map's lower left corner.
    const bool under_world = home != map;
    const float inner_width = map.width - 2 * legend_margin_css;
    const float width_limit = scene.layout.narrow ? inner_width : std::min(inner_width, 420.0f);
    if (!under_world) ImGui::SetNextWindowPos(ImVec2(map.x + legend_margin_css, map.y + map.height - legend_margin_css), ImGuiCond_Always, ImVec2(0, 1));
    ImGui::SetNextWindowSizeConstraints(ImVec2(under_world ? width_limit : 0.0f, 0), ImVec2(width_limit, map.height - 2 * legend_margin_css));
    ImGui::SetNextWindowBgAlpha(under_world ? 0.0f : 0.92f);  // under the world it stands on the page
    const TouchFrames touch_frames(scene);
    ImGui::Begin("##legend", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_AlwaysAutoResize |
                                          ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing);
    if (under_world) {
        // Under the world; raised (over the sea at the world's foot) when the band is too low for it.
        const float height = ImGui::GetWindowHeight();
        const float top = std::min(home.y + home.height, map.y + map.height - legend_margin_css - height);
        ImGui::SetWindowPos(ImVec2(map.x + legend_margin_css, std::max(map.y, top)));
    }
    const Legend legend = legend_entries(scene);
    const float wrap_at = ImGui::GetCursorPosX() + width_limit - ImGui::GetStyle().WindowPadding.x * 2;
    ImGui::PushTextWrapPos(wrap_at);
    if (!legend.heading.empty()) ImGui::TextUnformatted(legend.heading.c_str());
    for (std::size_t i = 0; i < legend.entries.size(); ++i) {
        const LegendEntry& entry = legend.entries[i];
        if (legend.one_row && i > 0) ImGui::SameLine(0, 10);
        swatch_ui(entry, scene.theme);
        const std::string text = legend_entry_text(entry);
        ImGui::TextUnformatted(text.c_str());
        scene.drawn_legend.push_back({entry.rgb, entry.hatched, entry.dotted, text});
    }
    if (!legend.note.empty()) ImGui::TextDisabled("%s", legend.note.c_str());
    ImGui::PopTextWrapPos();
    const ImVec2 at = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
    scene.drawn_legend_rect = {at.x, at.y, size.x, size.y};
    // The layout makes room under the world for the legend's height: a new height re-lays it out.
    const float under_height = scene.layout.narrow ? size.y + legend_margin_css : 0.0f;
    if (std::fabs(under_height - scene.panels.legend_height_css) > 0.5f) {
        scene.panels.legend_height_css = under_height;
        scene.view_changed = true;
    }
    ImGui::End();
}

void apply_theme_ui(MapScene& scene) {
    const Theme theme = scene.theme;
    if (scene.panels.styled_theme == theme) return;
    scene.panels.styled_theme = theme;
    if (theme == Theme::dark) ImGui::StyleColorsDark();
    else ImGui::StyleColorsLight();
    ImGuiStyle& style = ImGui::GetStyle();
    style.WindowPadding = ImVec2(14, 10);
    style.WindowBorderSize = 0.0f;
    style.WindowRounding = 6.0f;
    style.FrameRounding = 4.0f;
    style.PopupRounding = 4.0f;
    style.ItemSpacing = ImVec2(8, 6);
    style.CellPadding = ImVec2(6, 4);
    style.SelectableTextAlign = ImVec2(0.0f, 0.5f);  // a row's label in its middle (rows are 44 px on touch)
    const MapColors& colors = map_colors(theme);
    const std::uint32_t background = colors.background_rgb;
    // Text at WCAG AA (4.5:1) on the panels: ImGui's own greys for disabled text are 2.7:1 on light.
    style.Colors[ImGuiCol_Text] = ImGui::ColorConvertU32ToFloat4(to_imgui_color(colors.text_rgb));
    style.Colors[ImGuiCol_TextDisabled] = ImGui::ColorConvertU32ToFloat4(to_imgui_color(muted_text_rgb(theme)));
    style.Colors[ImGuiCol_WindowBg] = ImGui::ColorConvertU32ToFloat4(to_imgui_color(background));
    style.Colors[ImGuiCol_PopupBg] = ImGui::ColorConvertU32ToFloat4(to_imgui_color(background, 0.98f));
    // The keyboard's focus ring, 2 px in the link colour: at least 4.5:1 on the panels (tested in
    // tests/core/status_palette_test.cpp), where WCAG asks 3:1 of a focus indicator.
    style.Colors[ImGuiCol_NavHighlight] = ImGui::ColorConvertU32ToFloat4(to_imgui_color(colors.link_rgb));
}

}  // namespace accord::ui
