// Map interaction and overlays: see map_ui.h.
#include "ui/map_ui.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "imgui.h"

namespace accord::ui {

namespace {

ImU32 to_imgui_color(std::uint32_t rgb, float alpha = 1.0f) {
    return IM_COL32((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF, static_cast<int>(alpha * 255.0f));
}

const Party* party_by_id(const MapScene& scene, const std::string& id) {
    const Index p = scene.dataset ? scene.dataset->party_index(id) : no_index;
    return p == no_index ? nullptr : &scene.dataset->parties[p];
}

std::vector<std::string> mapped_parties(const MapScene& scene) {
    std::vector<std::string> ids;
    if (!scene.dataset) return ids;
    for (const Party& p : scene.dataset->parties) {
        if (p.kind == PartyKind::state || p.kind == PartyKind::supranational) ids.push_back(p.id);
    }
    return ids;
}

}  // namespace

StatusAt scene_status(const MapScene& scene, const std::string& party) {
    if (!scene.dataset || scene.commitment == no_index) return {};
    const Index p = scene.dataset->party_index(party);
    if (p == no_index) return {Status::not_applicable, no_index, false};
    return scene.dataset->status_of(p, scene.commitment, scene.day);
}

void refresh_markers(MapScene& scene) {
    scene.markers.clear();
    if (!scene.mesh || !scene.view) return;
    scene.marker_rules.always = {"EUU", "AUC"};
    const bool small_map = scene.view->rect().width < 600;
    scene.marker_rules.marker_radius_css = small_map ? 4.0 : 5.0;
    scene.marker_rules.min_shape_css = small_map ? 5.0 : 7.0;
    scene.markers = shown_markers(*scene.mesh, *scene.view, scene.marker_rules, mapped_parties(scene));
}

void map_input_ui(MapScene& scene) {
    ImGuiIO& io = ImGui::GetIO();
    MapView& view = *scene.view;
    const CssPoint mouse{io.MousePos.x, io.MousePos.y};
    const bool mouse_on_map = !io.WantCaptureMouse && ImGui::IsMousePosValid();
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
            scene.selected = party_at_css(*scene.mesh, *scene.picker, view, scene.markers, scene.marker_rules, mouse);
        }
        if (io.MouseSource == ImGuiMouseSource_Mouse && !ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
            scene.hovered = party_at_css(*scene.mesh, *scene.picker, view, scene.markers, scene.marker_rules, mouse);
        }
    }
    if (!io.WantCaptureKeyboard && !io.WantTextInput) {
        const double step_css = 80.0;
        const CssPoint center = view.map_center_css();
        if (ImGui::IsKeyPressed(ImGuiKey_LeftArrow)) view.pan_by(step_css, 0, false);
        if (ImGui::IsKeyPressed(ImGuiKey_RightArrow)) view.pan_by(-step_css, 0, false);
        if (ImGui::IsKeyPressed(ImGuiKey_UpArrow)) view.pan_by(0, step_css, false);
        if (ImGui::IsKeyPressed(ImGuiKey_DownArrow)) view.pan_by(0, -step_css, false);
        if (ImGui::IsKeyPressed(ImGuiKey_Equal) || ImGui::IsKeyPressed(ImGuiKey_KeypadAdd)) view.zoom_at(center, 1.5);
        if (ImGui::IsKeyPressed(ImGuiKey_Minus) || ImGui::IsKeyPressed(ImGuiKey_KeypadSubtract)) view.zoom_at(center, 1.0 / 1.5);
        if (ImGui::IsKeyPressed(ImGuiKey_0) || ImGui::IsKeyPressed(ImGuiKey_Keypad0)) view.reset();
    }
}

void map_overlay_ui(MapScene& scene) {
    if (!scene.mesh || !scene.dataset) return;
    ImDrawList* draw = ImGui::GetBackgroundDrawList();
    const MapColors& colors = map_colors(scene.theme);
    // Parties that acted get full-size markers; the rest (unknown, not a party, n/a) smaller ones,
    // so a phone-sized world is not buried under dots yet every state stays visible and tappable.
    const float full_radius = static_cast<float>(scene.marker_rules.marker_radius_css);
    // Outline of the hovered / selected shape is drawn by the renderer; markers here.
    for (const ShownMarker& m : scene.markers) {
        const WorldMarker& marker = scene.mesh->markers[m.marker];
        const StatusAt status = scene_status(scene, marker.party);
        const StatusStyle& style = status_style(status.status, scene.theme);
        const ImVec2 center(static_cast<float>(m.css.x), static_cast<float>(m.css.y));
        const bool emphasised = marker.party == scene.hovered || marker.party == scene.selected;
        if (marker.flags & WorldMarker::derived) {
            // Supranational parties: a labelled pill ("EU", "AUC"), distinct from states' dots.
            const char* label = marker.party == "EUU" ? "EU" : marker.party == "AUC" ? "AU" : marker.party.c_str();
            const ImVec2 size = ImGui::CalcTextSize(label);
            const ImVec2 a(center.x - size.x / 2 - 5, center.y - size.y / 2 - 2), b(center.x + size.x / 2 + 5, center.y + size.y / 2 + 2);
            draw->AddRectFilled(a, b, to_imgui_color(style.rgb), 6.0f);
            draw->AddRect(a, b, to_imgui_color(emphasised ? colors.highlight_rgb : colors.marker_ring_rgb), 6.0f, 0, emphasised ? 2.0f : 1.2f);
            const bool dark_fill = status.status == Status::party || status.status == Status::declined;
            draw->AddText(ImVec2(center.x - size.x / 2, center.y - size.y / 2), dark_fill ? IM_COL32_WHITE : to_imgui_color(colors.text_rgb), label);
            continue;
        }
        const bool acted = status.status == Status::party || status.status == Status::declined || status.status == Status::not_signed ||
                           status.status == Status::withdrawn;
        const float radius = acted || emphasised ? full_radius : full_radius * 0.65f;
        draw->AddCircleFilled(center, radius + 1.5f, to_imgui_color(emphasised ? colors.highlight_rgb : colors.marker_ring_rgb), 20);
        draw->AddCircleFilled(center, radius, to_imgui_color(style.rgb), 20);
        if (style.hatched) draw->AddCircleFilled(center, radius * 0.4f, to_imgui_color(style.hatch_rgb), 12);
    }
    if (scene.hovered.empty()) return;
    const Party* party = party_by_id(scene, scene.hovered);
    if (!party) return;
    const StatusAt status = scene_status(scene, scene.hovered);
    ImGui::BeginTooltip();
    ImGui::TextUnformatted(party->name.c_str());
    const StatusStyle& style = status_style(status.status, scene.theme);
    ImGui::ColorButton("##status", ImGui::ColorConvertU32ToFloat4(to_imgui_color(style.rgb)), ImGuiColorEditFlags_NoTooltip, ImVec2(10, 10));
    ImGui::SameLine();
    if (status.action != no_index) {
        const Action& action = scene.dataset->actions[status.action];
        ImGui::Text("%s %s", action_kind_name(action.kind), action.date.to_string().c_str());
        std::string publishers;
        for (const Index s : action.sources) {
            if (publishers.size() > 80) {
                publishers += ", …";
                break;
            }
            publishers += (publishers.empty() ? "" : ", ") + scene.dataset->sources[s].publisher;
        }
        ImGui::TextDisabled("Source: %s", publishers.c_str());
        ImGui::TextDisabled("Confidence: %s", confidence_name(action.confidence));
    } else {
        ImGui::TextUnformatted(style.label);
    }
    ImGui::TextDisabled("on %s", format_day(scene.day).c_str());
    ImGui::EndTooltip();
}

void map_header_ui(MapScene& scene) {
    if (!scene.dataset) return;
    const Dataset& d = *scene.dataset;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const float width = std::min(viewport->WorkSize.x - 16.0f, 560.0f);
    ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x + 8, viewport->WorkPos.y + 8));
    ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0), ImVec2(width, viewport->WorkSize.y * 0.5f));
    ImGui::SetNextWindowBgAlpha(0.92f);
    ImGui::Begin("##header", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_AlwaysAutoResize |
                                          ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing);
    const Commitment* current = scene.commitment == no_index ? nullptr : &d.commitments[scene.commitment];
    ImGui::SetNextItemWidth(-1);
    if (ImGui::BeginCombo("##commitment", current ? current->short_title.c_str() : "Choose a commitment")) {
        for (Index c = 0; c < d.commitments.size(); ++c) {
            char label[256];
            std::snprintf(label, sizeof label, "%s  (%d)##%u", d.commitments[c].short_title.c_str(), d.commitments[c].adopted.year, c);
            if (ImGui::Selectable(label, c == scene.commitment)) {
                scene.commitment = c;
                scene.view_changed = true;
            }
        }
        ImGui::EndCombo();
    }
    if (current) {
        const int parties = d.party_count_on(scene.commitment, scene.day);
        ImGui::Text("%d parties on %s", parties, format_day(scene.day).c_str());
        if (current->completeness == ListCompleteness::partial) {
            const StatedCount* latest = nullptr;
            for (const StatedCount& sc : current->stated_counts) {
                if (sc.has_count && (!latest || sc.as_of.last_day() >= latest->as_of.last_day())) latest = &sc;
            }
            ImGui::SameLine();
            if (latest) ImGui::TextDisabled("· partial list: %d of about %d known", parties, latest->count);
            else ImGui::TextDisabled("· partial list");
        }
    }
    ImGui::End();
}

void map_legend_ui(const MapScene& scene) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x + 8, viewport->WorkPos.y + viewport->WorkSize.y - 8), ImGuiCond_Always, ImVec2(0, 1));
    ImGui::SetNextWindowBgAlpha(0.92f);
    ImGui::Begin("##legend", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_AlwaysAutoResize |
                                          ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav);
    for (const StatusStyle& style : status_styles(scene.theme)) {
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const float size = ImGui::GetTextLineHeight() * 0.8f;
        ImDrawList* draw = ImGui::GetWindowDrawList();
        draw->AddRectFilled(ImVec2(at.x, at.y + 2), ImVec2(at.x + size, at.y + 2 + size), to_imgui_color(style.rgb));
        if (style.hatched) {
            for (float k = -size; k < size; k += 4.0f) {
                draw->AddLine(ImVec2(at.x + std::max(k, 0.0f), at.y + 2 + std::max(-k, 0.0f) + size - std::max(-k, 0.0f)),
                              ImVec2(at.x + std::min(k + size, size), at.y + 2 + size - std::min(k + size, size)), to_imgui_color(style.hatch_rgb), 1.2f);
            }
        }
        draw->AddRect(ImVec2(at.x, at.y + 2), ImVec2(at.x + size, at.y + 2 + size), to_imgui_color(map_colors(scene.theme).border_rgb, 0.6f));
        ImGui::Dummy(ImVec2(size + 4, size));
        ImGui::SameLine();
        ImGui::TextUnformatted(style.label);
    }
    ImGui::End();
}

void apply_theme_ui(Theme theme, bool force) {
    static Theme applied = Theme::light;
    if (!force && theme == applied) return;
    applied = theme;
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
    const std::uint32_t background = map_colors(theme).background_rgb;
    style.Colors[ImGuiCol_WindowBg] = ImGui::ColorConvertU32ToFloat4(to_imgui_color(background));
    style.Colors[ImGuiCol_PopupBg] = ImGui::ColorConvertU32ToFloat4(to_imgui_color(background, 0.98f));
}

}  // namespace accord::ui
