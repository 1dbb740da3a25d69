// Header panel: see header_ui.h.
#include "ui/header_ui.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstring>

#include "core/search.h"
#include "imgui.h"
#include "ui/control_boxes.h"
#include "scene/strings.h"

namespace accord::ui {

namespace {

// A commitment picker: grouped by kind in order of first adoption, filterable by typing.
bool commitment_combo_ui(const char* id, MapScene& scene, Index& chosen) {
    const Dataset& d = *scene.dataset;
    const Strings& text = strings();
    bool changed = false;
    const char* preview = chosen == no_index ? text.choose_commitment : d.commitments[chosen].short_title.c_str();
    if (!ImGui::BeginCombo(id, preview, ImGuiComboFlags_HeightLarge)) return false;
    std::array<char, 64>& filter = scene.panels.commitment_filter;
    if (ImGui::IsWindowAppearing()) {
        filter[0] = '\0';
        ImGui::SetKeyboardFocusHere();
    }
    ImGui::SetNextItemWidth(-1);
    // Enter in the filter takes the first commitment it leaves (typing "paris", Enter).
    bool take_first = ImGui::InputTextWithHint("##filter", text.filter_hint, filter.data(), filter.size(), ImGuiInputTextFlags_EnterReturnsTrue);
    const std::string folded_filter = fold_for_search(filter.data());
    std::vector<std::string> kinds;
    for (const Commitment& c : d.commitments) {
        if (std::find(kinds.begin(), kinds.end(), c.kind) == kinds.end()) kinds.push_back(c.kind);
    }
    for (const std::string& kind : kinds) {
        bool header_shown = false;
        for (Index c = 0; c < d.commitments.size(); ++c) {
            const Commitment& commitment = d.commitments[c];
            if (commitment.kind != kind) continue;
            if (!folded_filter.empty() && fold_for_search(commitment.short_title + " " + commitment.official_title + " " + commitment.id).find(folded_filter) == std::string::npos) {
                continue;
            }
            if (!header_shown) {
                ImGui::SeparatorText(kind.c_str());
                header_shown = true;
            }
            char label[320];
            std::snprintf(label, sizeof label, "%s##%u", commitment.short_title.c_str(), c);
            if (ImGui::Selectable(label, c == chosen, 0, ImVec2(0, scene.layout.touch_target * 0.7f)) || take_first) {
                chosen = c;
                changed = true;
                if (take_first) ImGui::CloseCurrentPopup();
                take_first = false;
            }
            ImGui::SameLine(ImGui::GetContentRegionAvail().x - 70);
            ImGui::TextDisabled("%s", commitment.adopted.to_string().c_str());
        }
    }
    ImGui::EndCombo();
    return changed;
}

void search_ui(MapScene& scene) {
    const Strings& text = strings();
    std::array<char, 96>& query = scene.panels.search_query;
    int& cursor = scene.panels.search_cursor;
    ImGui::SetNextItemWidth(-1);
    const bool edited = ImGui::InputTextWithHint("##search", text.search_hint, query.data(), query.size());
    const bool focused = ImGui::IsItemActive();
    const bool deactivated = ImGui::IsItemDeactivated();
    scene.search_box = {ImGui::GetItemRectMin().x, ImGui::GetItemRectMin().y, ImGui::GetItemRectSize().x, ImGui::GetItemRectSize().y};
    record_control(scene, FocusGroup::header, "search", true);
    if (edited) cursor = 0;
    if (!query[0]) return;
    const std::vector<SearchHit> hits = search(*scene.dataset, query.data(), 8);
    if (focused) {
        if (ImGui::IsKeyPressed(ImGuiKey_DownArrow)) cursor = std::min(cursor + 1, static_cast<int>(hits.size()) - 1);
        if (ImGui::IsKeyPressed(ImGuiKey_UpArrow)) cursor = std::max(cursor - 1, 0);
    }
    int chosen = -1;
    // Enter ends editing in the same frame (the field is no longer active), hence "deactivated".
    const bool entered = (focused || deactivated) && (ImGui::IsKeyPressed(ImGuiKey_Enter) || ImGui::IsKeyPressed(ImGuiKey_KeypadEnter));
    if (entered && !hits.empty()) chosen = cursor;
    if (hits.empty()) ImGui::TextDisabled("%s", text.no_results);
    for (int i = 0; i < static_cast<int>(hits.size()); ++i) {
        const SearchHit& hit = hits[static_cast<std::size_t>(i)];
        const std::string& name = hit.kind == SearchKind::party ? scene.dataset->parties[hit.index].name : scene.dataset->commitments[hit.index].short_title;
        char label[360];
        if (hit.matched != name) std::snprintf(label, sizeof label, "%s  (%s)##hit%d", name.c_str(), hit.matched.c_str(), i);
        else std::snprintf(label, sizeof label, "%s##hit%d", name.c_str(), i);
        if (ImGui::Selectable(label, i == cursor, 0, ImVec2(0, scene.layout.touch_target * 0.7f))) chosen = i;
    }
    if (chosen >= 0 && chosen < static_cast<int>(hits.size())) {
        const SearchHit& hit = hits[static_cast<std::size_t>(chosen)];
        if (hit.kind == SearchKind::party) choose_party(scene, scene.dataset->parties[hit.index].id);
        else choose_search_commitment(scene, hit.index);
        query[0] = '\0';
        cursor = 0;
    }
}

}  // namespace

void header_ui(MapScene& scene) {
    if (!scene.dataset) return;
    const Strings& text = strings();
    const Rect& map = scene.layout.map;
    const float width = std::min(map.width - 16.0f, 620.0f);
    ImGui::SetNextWindowPos(ImVec2(map.x + 8, map.y + 8));
    ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0), ImVec2(width, map.height * 0.8f));
    ImGui::SetNextWindowBgAlpha(0.94f);
    ImGui::Begin("##header", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_AlwaysAutoResize |
                                          ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing);
    int mode = static_cast<int>(scene.mode);
    const char* mode_names[] = {text.mode_single, text.mode_overview, text.mode_compare};
    const char* mode_controls[] = {"mode-single", "mode-overview", "mode-compare"};
    for (int m = 0; m < 3; ++m) {
        if (m > 0) ImGui::SameLine();
        if (ImGui::RadioButton(mode_names[m], mode == m)) set_mode(scene, static_cast<MapMode>(m));
        record_control(scene, FocusGroup::header, mode_controls[m]);
    }
    const ImGuiStyle& style = ImGui::GetStyle();
    const float buttons_width = ImGui::CalcTextSize(text.share).x + ImGui::CalcTextSize(text.embed).x + style.FramePadding.x * 4 + style.ItemSpacing.x;
    const float buttons_x = ImGui::GetContentRegionMax().x - buttons_width;
    ImGui::SameLine();
    // On a phone the mode switch leaves no room beside it: Embed and Share take a line of their own.
    if (ImGui::GetCursorPosX() > buttons_x) ImGui::NewLine();
    ImGui::SetCursorPosX(buttons_x);
    if (ImGui::SmallButton(text.embed)) request_host(scene, {HostRequestKind::embed_code, {}});
    record_control(scene, FocusGroup::header, "embed");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", text.embed_tooltip);
    ImGui::SameLine();
    if (ImGui::SmallButton(text.share)) request_host(scene, {HostRequestKind::share, {}});
    record_control(scene, FocusGroup::header, "share");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", text.share_tooltip);
    if (scene.mode != MapMode::overview) {
        Index chosen = scene.commitment;
        ImGui::SetNextItemWidth(-ImGui::CalcTextSize(text.about_commitment).x - 24);
        if (commitment_combo_ui("##commitment", scene, chosen)) set_commitment(scene, chosen);
        record_control(scene, FocusGroup::header, "commitment");
        ImGui::SameLine();
        if (ImGui::Button(text.about_commitment)) toggle_panel(scene, RecordPanel::commitment);
        record_control(scene, FocusGroup::header, "about");
    }
    if (scene.mode == MapMode::compare) {
        ImGui::TextDisabled("%s", text.compare_with);
        Index chosen = scene.compare;
        ImGui::SetNextItemWidth(-1);
        if (commitment_combo_ui("##compare", scene, chosen)) set_compare(scene, chosen);
        record_control(scene, FocusGroup::header, "compare-commitment");
    }
    search_ui(scene);
    ImGui::End();
}

}  // namespace accord::ui
