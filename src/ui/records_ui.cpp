// Record panels: see records_ui.h.
#include "ui/records_ui.h"

#include <algorithm>
#include <array>
#include <cstdio>

#include "core/fact_strength.h"
#include "core/party_list.h"
#include "core/search.h"
#include "imgui.h"
#include "imgui_internal.h"  // RenderNavHighlight: a link's focus ring
#include "ui/control_boxes.h"
#include "ui/keyboard_ui.h"
#include "ui/map_ui.h"
#include "scene/glyphs.h"
#include "ui/data_text.h"
#include "scene/strings.h"

namespace accord::ui {

namespace {

// A link: underlined text in the link colour; returns true when activated (click, tap, Enter).
bool link_ui(MapScene& scene, const char* label) {
    const ImVec4 colour = ImGui::ColorConvertU32ToFloat4(to_imgui_color(map_colors(scene.theme).link_rgb));
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const ImVec2 size = ImGui::CalcTextSize(label);
    const bool pressed = ImGui::InvisibleButton(label, ImVec2(std::max(size.x, 1.0f), size.y));
    ImGui::RenderNavHighlight(ImRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax()), ImGui::GetItemID());  // its focus ring
    char stop[24];
    std::snprintf(stop, sizeof stop, "link-%08x", static_cast<unsigned>(ImGui::GetItemID()));
    focus_stop(scene, FocusGroup::panel, stop);
    ImGui::GetWindowDrawList()->AddText(at, ImGui::GetColorU32(ImGuiCol_Text), label);
    if (ImGui::IsItemHovered()) {
        ImGui::GetWindowDrawList()->AddLine(ImVec2(at.x, at.y + size.y), ImVec2(at.x + size.x, at.y + size.y), ImGui::GetColorU32(ImGuiCol_Text));
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    }
    ImGui::PopStyleColor();
    return pressed;
}

void source_links_ui(MapScene& scene, const std::vector<Index>& sources, const char* id) {
    for (const Index s : sources) {
        const Source& source = scene.dataset->sources[s];
        ImGui::PushID(id);
        ImGui::PushID(static_cast<int>(s));
        ImGui::Bullet();
        if (link_ui(scene, shown_text(scene, source.publisher).c_str())) request_host(scene, {HostRequestKind::open_link, source.url});
        if (ImGui::IsItemHovered()) {  // wrapped: what a source supports can be a long quote
            ImGui::BeginTooltip();
            ImGui::PushTextWrapPos(ImGui::GetFontSize() * 32.0f);
            ImGui::TextWrapped("%s", source.url.c_str());
            data_text_wrapped(scene, std::string(source_kind_label(source.kind)) + strings().label_separator + source.supports);
            ImGui::PopTextWrapPos();
            ImGui::EndTooltip();
        }
        ImGui::PopID();
        ImGui::PopID();
    }
}

void country_ui(MapScene& scene) {
    const Strings& text = strings();
    const Dataset& d = *scene.dataset;
    const Index p = d.party_index(scene.selected);
    if (p == no_index) return;
    const Party& party = d.parties[p];
    const std::string& name = party_name(scene, p);
    ImGui::TextUnformatted(shown_text(scene, name).c_str());
    if (!party.aliases.empty() || name != party.name) {
        std::string aliases = name != party.name ? party.name : "";
        for (const std::string& a : party.aliases) aliases += (aliases.empty() ? "" : ", ") + a;
        ImGui::TextDisabled("%s · %s", party.id.c_str(), aliases.c_str());
    }
    if (scene.commitment != no_index) {
        const StatusAt status = d.status_of(p, scene.commitment, scene.day);
        ImGui::Text(text.status_on_format, day_text(scene.day, true).c_str(), status_label(status.status));
    }
    ImGui::SeparatorText(text.actions_heading);
    const auto actions = d.actions_of_party(p);
    if (actions.empty()) ImGui::TextWrapped("%s", text.no_actions);
    for (const Index a : actions) {
        const Action& action = d.actions[a];
        const Commitment& commitment = d.commitments[action.commitment];
        ImGui::PushID(static_cast<int>(a));
        ImGui::TextWrapped("%s", commitment.short_title.c_str());
        ImGui::TextDisabled("%s %s · %s", action_label(action.kind), action_date_text(action.date).c_str(),
                            format_text(text.confidence_format, confidence_label(action.confidence)).c_str());
        if (const char* weak = fact_strength_label(fact_strength(d, action)); weak[0]) ImGui::TextWrapped("%s", weak);
        if (!action.date.note.empty()) data_text_wrapped(scene, action.date.note);
        if (!action.note.empty()) data_text_wrapped(scene, text.note_prefix + action.note);
        source_links_ui(scene, action.sources, "sources");
        ImGui::Spacing();
        ImGui::PopID();
    }
}

// The commitment's parties in three columns (party, action, date) with sortable headers. Laid out
// by hand rather than with ImGui tables, which would add about 14 KB gzip to the wasm for this
// one list; the filtering and sorting live in core/party_list.
void party_list_ui(MapScene& scene, const char* filter) {
    const Dataset& d = *scene.dataset;
    const Strings& text = strings();
    PartyListOrder& order = scene.panels.party_order;
    const float left = ImGui::GetCursorPosX();
    const float width = ImGui::GetContentRegionAvail().x;
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float column_x[3] = {left, left + width * (2.0f / 4.4f), left + width * (3.2f / 4.4f)};
    const float column_end[3] = {column_x[1] - spacing, column_x[2] - spacing, left + width};
    const char* headers[3] = {text.column_party, text.column_action, text.column_date};
    const char* sort_stops[3] = {"sort-party", "sort-action", "sort-date"};
    ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_TableHeaderBg));
    ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(0.0f, 0.5f));  // headers line up with their column
    for (int c = 0; c < 3; ++c) {
        if (c > 0) ImGui::SameLine(column_x[c]);
        const PartyListColumn column = static_cast<PartyListColumn>(c);
        if (ImGui::Button(headers[c], ImVec2(column_end[c] - column_x[c], 0))) order = toggle_order(order, column);
        focus_stop(scene, FocusGroup::panel, sort_stops[c]);
        if (order.column == column) {  // a small triangle: up for ascending, down for descending
            const ImVec2 max = ImGui::GetItemRectMax();
            const float h = ImGui::GetFontSize() * 0.3f, cx = max.x - h * 2.2f, cy = (ImGui::GetItemRectMin().y + max.y) * 0.5f;
            const ImU32 ink = ImGui::GetColorU32(ImGuiCol_Text);
            if (order.descending) ImGui::GetWindowDrawList()->AddTriangleFilled(ImVec2(cx - h, cy - h * 0.6f), ImVec2(cx + h, cy - h * 0.6f), ImVec2(cx, cy + h * 0.6f), ink);
            else ImGui::GetWindowDrawList()->AddTriangleFilled(ImVec2(cx - h, cy + h * 0.6f), ImVec2(cx + h, cy + h * 0.6f), ImVec2(cx, cy - h * 0.6f), ink);
        }
    }
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
    const std::vector<Index> rows = party_list(d, scene.commitment, filter, order);
    // Rows and their text on channel 1, the stripes under them on channel 0 (drawn once each
    // row's full height is known).
    ImDrawList* draw_list = ImGui::GetWindowDrawList();
    draw_list->ChannelsSplit(2);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Action& a = d.actions[rows[i]];
        const Party& party = d.parties[a.party];
        const ImVec2 row_min = ImGui::GetCursorScreenPos();
        draw_list->ChannelsSetCurrent(1);
        ImGui::PushID(static_cast<int>(rows[i]));
        if (ImGui::Selectable("##row", party.id == scene.selected, 0, ImVec2(0, scene.touch ? scene.layout.touch_target : 0.0f))) choose_party(scene, party.id);
        focus_stop(scene, FocusGroup::panel, "row-" + party.id);
        ImGui::PopID();
        const ImVec2 row_max = ImGui::GetItemRectMax();
        if (i % 2 == 1) {
            draw_list->ChannelsSetCurrent(0);
            draw_list->AddRectFilled(ImGui::GetItemRectMin(), row_max, ImGui::GetColorU32(ImGuiCol_TableRowBgAlt));
            draw_list->ChannelsSetCurrent(1);
        }
        const std::string name = shown_text(scene, party_name(scene, a.party));
        const char* cells[3] = {name.c_str(), action_label(a.kind), nullptr};
        const std::string date = action_date_text(a.date);
        cells[2] = date.c_str();
        for (int c = 0; c < 3; ++c) {
            ImGui::SameLine(column_x[c]);
            ImGui::PushClipRect(ImVec2(row_min.x + column_x[c] - left, row_min.y), ImVec2(row_min.x + column_end[c] - left, row_max.y), true);
            centre_text_in_row(row_max.y - row_min.y);
            ImGui::TextUnformatted(cells[c]);
            ImGui::PopClipRect();
        }
    }
    draw_list->ChannelsMerge();
}

void commitment_ui(MapScene& scene) {
    const Strings& text = strings();
    const Dataset& d = *scene.dataset;
    if (scene.commitment == no_index) return;
    const Commitment& c = d.commitments[scene.commitment];
    ImGui::TextWrapped("%s", c.official_title.c_str());
    std::string adopted = c.adopted.to_string();
    ImGui::TextDisabled(text.adopted_format, adopted.c_str());
    if (c.event != no_index) {
        ImGui::SameLine();
        ImGui::TextDisabled(text.at_event_format, d.events[c.event].name.c_str());
    }
    if (!c.reference.empty()) ImGui::TextDisabled("%s", c.reference.c_str());
    data_text_wrapped(scene, c.summary);
    if (!c.text_url.empty() && link_ui(scene, text.read_text)) request_host(scene, {HostRequestKind::open_link, c.text_url});
    ImGui::Spacing();
    ImGui::TextWrapped("%s", c.completeness == ListCompleteness::complete ? text.completeness_complete : text.completeness_partial);
    for (const StatedCount& sc : c.stated_counts) {
        ImGui::Bullet();
        data_text_wrapped(scene, format_text(text.stated_count_format, sc.text.c_str(), iso_date_text(sc.as_of).c_str()));
    }
    ImGui::TextWrapped(text.confidence_format, confidence_label(c.confidence));
    ImGui::TextDisabled("%s", c.confidence_note.c_str());
    const bool doubts_open = !c.open_doubts.empty() && ImGui::TreeNodeEx(text.open_doubts, scene.touch ? ImGuiTreeNodeFlags_FramePadding : 0);
    if (!c.open_doubts.empty()) focus_stop(scene, FocusGroup::panel, "open-doubts");
    if (doubts_open) {
        for (const std::string& doubt : c.open_doubts) {
            ImGui::Bullet();
            data_text_wrapped(scene, doubt);
        }
        ImGui::TreePop();
    }
    ImGui::SeparatorText(text.parties_heading);
    std::array<char, 64>& filter = scene.panels.party_filter;
    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextWithHint("##party-filter", text.filter_parties_hint, filter.data(), filter.size());
    focus_stop(scene, FocusGroup::panel, "party-filter", true);
    party_list_ui(scene, filter.data());
    ImGui::SeparatorText(text.sources_heading);
    source_links_ui(scene, c.sources, "commitment-sources");
    // Official pages the research names but could not read: for the reader to check, never evidence.
    if (!c.official_unread.empty()) {
        ImGui::TextDisabled("%s", text.official_unread);
        source_links_ui(scene, c.official_unread, "official-unread");
    }
    ImGui::SeparatorText(text.download_heading);
    const ImVec2 button(0, button_height_css(scene));
    if (ImGui::Button(text.download_csv, button)) request_host(scene, {HostRequestKind::download_csv, {}});
    focus_stop(scene, FocusGroup::panel, "download-csv");
    ImGui::SameLine();
    if (ImGui::Button(text.download_json, button)) request_host(scene, {HostRequestKind::download_json, {}});
    focus_stop(scene, FocusGroup::panel, "download-json");
    if (ImGui::Button(text.download_png, button)) request_host(scene, {HostRequestKind::download_png, {}});
    focus_stop(scene, FocusGroup::panel, "download-png");
    ImGui::SameLine();
    if (ImGui::Button(text.download_svg, button)) request_host(scene, {HostRequestKind::download_svg, {}});
    focus_stop(scene, FocusGroup::panel, "download-svg");
    if (ImGui::Button(text.download_offline, button)) request_host(scene, {HostRequestKind::download_offline, {}});
    focus_stop(scene, FocusGroup::panel, "download-offline");
}

}  // namespace

void records_ui(MapScene& scene) {
    if (!scene.dataset || scene.panel == RecordPanel::none) return;
    if (scene.panel == RecordPanel::country && scene.dataset->party_index(scene.selected) == no_index) {
        open_panel(scene, RecordPanel::none);
        return;
    }
    const Rect& r = scene.layout.panel;
    ImGui::SetNextWindowPos(ImVec2(r.x, r.y));
    ImGui::SetNextWindowSize(ImVec2(r.width, r.height));
    const TouchFrames touch_frames(scene);
    ImGui::Begin("##record", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                                          ImGuiWindowFlags_NoFocusOnAppearing);
    const float close_width = scene.layout.touch_target * 2.2f;
    ImGui::SetCursorPosX(ImGui::GetWindowWidth() - close_width - ImGui::GetStyle().WindowPadding.x);
    if (ImGui::Button(strings().close, ImVec2(close_width, button_height_css(scene)))) open_panel(scene, RecordPanel::none);
    focus_stop(scene, FocusGroup::panel, "close");
    // A lean edition is on screen until the host page has loaded the full one (it was asked), or
    // for good when the page could not (no address to resolve it from, a failed fetch).
    if (!scene.dataset->info.full_edition.empty()) {
        ImGui::TextDisabled("%s", scene.full_edition_loading ? strings().loading_full_edition : strings().lean_edition_shown);
    }
    if (scene.panel == RecordPanel::country) country_ui(scene);
    else if (scene.panel == RecordPanel::commitment) commitment_ui(scene);
    ImGui::End();
}

}  // namespace accord::ui
