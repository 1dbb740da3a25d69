// Header panel: see header_ui.h.
#include "ui/header_ui.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "core/search.h"
#include "imgui.h"
#include "ui/control_boxes.h"
#include "ui/map_ui.h"  // to_imgui_color
#include "scene/glyphs.h"
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
            if (ImGui::Selectable(label, c == chosen, 0, ImVec2(0, row_height_css(scene))) || take_first) {
                chosen = c;
                changed = true;
                if (take_first) ImGui::CloseCurrentPopup();
                take_first = false;
            }
            ImGui::SameLine(ImGui::GetContentRegionAvail().x - 70);
            centre_text_in_row(row_height_css(scene));
            ImGui::TextDisabled("%s", iso_date_text(commitment.adopted).c_str());
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
    if (focused) scene.search_active = true;  // from now on the names in every language are wanted
    const bool deactivated = ImGui::IsItemDeactivated();
    scene.search_box = {ImGui::GetItemRectMin().x, ImGui::GetItemRectMin().y, ImGui::GetItemRectSize().x, ImGui::GetItemRectSize().y};
    record_control(scene, FocusGroup::header, "search", true);
    if (edited) cursor = 0;
    if (!query[0]) return;
    const std::vector<SearchHit> hits = search(*scene.dataset, query.data(), 8, &scene.party_names);
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
        const std::string name = shown_text(scene, hit.kind == SearchKind::party ? party_name(scene, hit.index) : scene.dataset->commitments[hit.index].short_title);
        const std::string matched = shown_text(scene, hit.matched);
        char label[360];
        if (matched != name) std::snprintf(label, sizeof label, "%s  (%s)##hit%d", name.c_str(), matched.c_str(), i);
        else std::snprintf(label, sizeof label, "%s##hit%d", name.c_str(), i);
        if (ImGui::Selectable(label, i == cursor, 0, ImVec2(0, row_height_css(scene)))) chosen = i;
    }
    if (chosen >= 0 && chosen < static_cast<int>(hits.size())) {
        const SearchHit& hit = hits[static_cast<std::size_t>(chosen)];
        if (hit.kind == SearchKind::party) choose_party(scene, scene.dataset->parties[hit.index].id);
        else choose_search_commitment(scene, hit.index);
        query[0] = '\0';
        cursor = 0;
    }
}

const char* const mode_controls[] = {"mode-single", "mode-overview", "mode-compare"};

std::array<const char*, 3> mode_names() {
    const Strings& text = strings();
    return {text.mode_single, text.mode_overview, text.mode_compare};
}

// Embed, Share and About: small beside the mode switch for a mouse, a full touch target for a finger.
bool header_button(const MapScene& scene, const char* label) {
    return scene.touch ? ImGui::Button(label, ImVec2(button_width_css(scene, label), 0)) : ImGui::SmallButton(label);
}

// The language switch's choices, each in its own language ("Français", "中文").
void language_items_ui(MapScene& scene, ImVec2 row) {
    // "language-fr" …: the names of the choices as controls (made once: the layout report keeps them).
    static const std::vector<std::string> ids = [] {
        std::vector<std::string> out;
        for (const Language language : all_languages) out.push_back(std::string("language-") + language_tag(language));
        return out;
    }();
    for (std::size_t i = 0; i < std::size(all_languages); ++i) {
        const Language language = all_languages[i];
        if (ImGui::Selectable((std::string(language_autonym(language)) + "##" + ids[i]).c_str(), scene.language == language, 0, row)) {
            set_ui_language(scene, language, true);
        }
        record_control(scene, FocusGroup::header, ids[i].c_str());
    }
}

void compare_picker_ui(MapScene& scene) {
    if (scene.mode != MapMode::compare) return;
    ImGui::TextDisabled("%s", strings().compare_with);
    Index chosen = scene.compare;
    ImGui::SetNextItemWidth(-1);
    if (commitment_combo_ui("##compare", scene, chosen)) set_compare(scene, chosen);
    record_control(scene, FocusGroup::header, "compare-commitment");
}

// The wide header: the mode switch with Embed and Share on its right, the commitment picker with
// About, the second picker in compare mode, the search.
void wide_header_ui(MapScene& scene) {
    const Strings& text = strings();
    // The mode switch: radio buttons for a mouse; for a finger, three adjoining buttons, the
    // current one tinted and outlined in the link colour (a radio's circle would grow to the
    // touch target's 44 px).
    const int mode = static_cast<int>(scene.mode);
    for (int m = 0; m < 3; ++m) {
        if (m > 0) ImGui::SameLine(0, scene.touch ? 2.0f : -1.0f);
        bool pressed = false;
        if (scene.touch) {
            const bool current = mode == m;
            ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(current ? ImGuiCol_Header : ImGuiCol_FrameBg));
            ImGui::PushStyleColor(ImGuiCol_Border, ImGui::ColorConvertU32ToFloat4(to_imgui_color(map_colors(scene.theme).link_rgb)));
            ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, current ? 2.0f : 0.0f);
            pressed = ImGui::Button(mode_names()[m], ImVec2(button_width_css(scene, mode_names()[m]), 0));
            ImGui::PopStyleVar();
            ImGui::PopStyleColor(2);
        } else {
            pressed = ImGui::RadioButton(mode_names()[m], mode == m);
        }
        if (pressed) set_mode(scene, static_cast<MapMode>(m));
        record_control(scene, FocusGroup::header, mode_controls[m]);
    }
    const ImGuiStyle& style = ImGui::GetStyle();
    const float buttons_width =
        button_width_css(scene, language_autonym(scene.language)) + button_width_css(scene, text.share) + button_width_css(scene, text.embed) + style.ItemSpacing.x * 2;
    const float buttons_x = ImGui::GetContentRegionMax().x - buttons_width;
    ImGui::SameLine();
    // Where the mode switch leaves no room beside it, Embed and Share take a line of their own.
    if (ImGui::GetCursorPosX() > buttons_x) ImGui::NewLine();
    ImGui::SetCursorPosX(buttons_x);
    if (header_button(scene, language_autonym(scene.language))) ImGui::OpenPopup("##languages");
    record_control(scene, FocusGroup::header, "language");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", text.language_label);
    if (ImGui::BeginPopup("##languages")) {
        language_items_ui(scene, ImVec2(0, scene.touch ? scene.layout.touch_target : 0.0f));
        ImGui::EndPopup();
    }
    ImGui::SameLine();
    if (header_button(scene, text.embed)) request_host(scene, {HostRequestKind::embed_code, {}});
    record_control(scene, FocusGroup::header, "embed");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", text.embed_tooltip);
    ImGui::SameLine();
    if (header_button(scene, text.share)) request_host(scene, {HostRequestKind::share, {}});
    record_control(scene, FocusGroup::header, "share");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", text.share_tooltip);
    if (scene.mode != MapMode::overview) {
        Index chosen = scene.commitment;
        ImGui::SetNextItemWidth(-button_width_css(scene, text.about_commitment) - style.ItemSpacing.x);
        if (commitment_combo_ui("##commitment", scene, chosen)) set_commitment(scene, chosen);
        record_control(scene, FocusGroup::header, "commitment");
        ImGui::SameLine();
        if (ImGui::Button(text.about_commitment, ImVec2(button_width_css(scene, text.about_commitment), 0))) toggle_panel(scene, RecordPanel::commitment);
        record_control(scene, FocusGroup::header, "about");
    }
    compare_picker_ui(scene);
    search_ui(scene);
}

// The narrow header (a phone): one row with the commitment picker and a Menu that holds the
// mode switch, About, Share and Embed; the second picker in compare mode; the search.
void compact_header_ui(MapScene& scene) {
    const Strings& text = strings();
    const ImGuiStyle& style = ImGui::GetStyle();
    const float menu_width = std::max(ImGui::CalcTextSize(text.menu).x + style.FramePadding.x * 2, scene.touch ? scene.layout.touch_target : 0.0f);
    if (scene.mode != MapMode::overview) {
        Index chosen = scene.commitment;
        ImGui::SetNextItemWidth(-menu_width - style.ItemSpacing.x);
        if (commitment_combo_ui("##commitment", scene, chosen)) set_commitment(scene, chosen);
        record_control(scene, FocusGroup::header, "commitment");
    } else {
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(text.overview_heading);
    }
    ImGui::SameLine(ImGui::GetContentRegionMax().x - menu_width);
    if (ImGui::Button(text.menu, ImVec2(menu_width, 0))) ImGui::OpenPopup("##menu");
    record_control(scene, FocusGroup::header, "menu");
    if (ImGui::BeginPopup("##menu")) {
        const ImVec2 row(0, scene.touch ? scene.layout.touch_target : 0.0f);
        for (int m = 0; m < 3; ++m) {
            if (ImGui::Selectable(mode_names()[m], static_cast<int>(scene.mode) == m, 0, row)) set_mode(scene, static_cast<MapMode>(m));
            focus_stop(scene, FocusGroup::header, mode_controls[m]);
        }
        ImGui::Separator();
        if (scene.mode != MapMode::overview) {
            if (ImGui::Selectable(text.about_commitment_long, scene.panel == RecordPanel::commitment, 0, row)) toggle_panel(scene, RecordPanel::commitment);
            focus_stop(scene, FocusGroup::header, "about");
        }
        if (ImGui::Selectable(text.share_long, false, 0, row)) request_host(scene, {HostRequestKind::share, {}});
        focus_stop(scene, FocusGroup::header, "share");
        if (ImGui::Selectable(text.embed_long, false, 0, row)) request_host(scene, {HostRequestKind::embed_code, {}});
        focus_stop(scene, FocusGroup::header, "embed");
        ImGui::Separator();
        ImGui::TextDisabled("%s", text.language_label);
        language_items_ui(scene, row);
        ImGui::EndPopup();
    }
    compare_picker_ui(scene);
    search_ui(scene);
}

}  // namespace

void header_ui(MapScene& scene) {
    if (!scene.dataset) return;
    const Rect& map = scene.layout.map;
    const float width = std::min(map.width - 16.0f, 620.0f);
    ImGui::SetNextWindowPos(ImVec2(map.x + 8, map.y + 8));
    ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0), ImVec2(width, map.height * 0.8f));
    ImGui::SetNextWindowBgAlpha(0.94f);
    const TouchFrames touch_frames(scene);
    ImGui::Begin("##header", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_AlwaysAutoResize |
                                          ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing);
    if (scene.layout.narrow) compact_header_ui(scene);
    else wide_header_ui(scene);
    ImGui::End();
}

}  // namespace accord::ui
