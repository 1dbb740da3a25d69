// Overview panel: see overview_ui.h. Draws into one full-window ImGui window.
#include "ui/overview_ui.h"

#include <cstdio>

#include "core/dataset_loader.h"
#include "imgui.h"

namespace accord::ui {

namespace {

void rejected_banner_ui(const DatasetStore& store) {
    if (store.last_rejected_name().empty()) return;
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(176, 0, 32, 255));
    ImGui::TextWrapped("%s was rejected (%zu problems); %s", store.last_rejected_name().c_str(), store.last_problems().size(),
                       store.current() ? "the previous data is still shown." : "no data is loaded.");
    ImGui::PopStyleColor();
}

void commitments_table_ui(const Dataset& d) {
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("commitments", 4, flags)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Commitment", ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableSetupColumn("Adopted", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("Parties", ImGuiTableColumnFlags_WidthStretch, 0.8f);
    ImGui::TableSetupColumn("List", ImGuiTableColumnFlags_WidthStretch, 1.4f);
    ImGui::TableHeadersRow();
    for (Index c = 0; c < d.commitments.size(); ++c) {
        const Commitment& commitment = d.commitments[c];
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", commitment.short_title.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(commitment.adopted.to_string().c_str());
        ImGui::TableNextColumn();
        ImGui::Text("%d", d.party_count_on(c, d.last_day()));
        ImGui::TableNextColumn();
        if (commitment.completeness == ListCompleteness::complete) {
            ImGui::TextUnformatted("complete");
        } else {
            const StatedCount* latest = nullptr;
            for (const StatedCount& sc : commitment.stated_counts) {
                if (sc.has_count && (!latest || sc.as_of.last_day() >= latest->as_of.last_day())) latest = &sc;
            }
            if (latest) ImGui::Text("partial (of %d stated)", latest->count);
            else ImGui::TextUnformatted("partial");
        }
    }
    ImGui::EndTable();
}

}  // namespace

void draw_overview_ui(const DatasetStore& store) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::Begin("Accord Atlas", nullptr, flags);
    const auto& dataset = store.current();
    if (!dataset) {
        ImGui::TextUnformatted("Accord Atlas");
        rejected_banner_ui(store);
        if (store.last_rejected_name().empty()) ImGui::TextUnformatted("Loading data…");
        ImGui::End();
        return;
    }
    const Dataset& d = *dataset;
    ImGui::TextWrapped("%s", d.info.title.c_str());
    ImGui::TextDisabled("Edition %s, facts checked up to %s", d.info.version.to_string().c_str(), d.info.as_of.to_string().c_str());
    rejected_banner_ui(store);
    ImGui::Separator();
    ImGui::Text("%zu commitments · %zu actions · %zu parties · %zu events · %zu sources", d.commitments.size(), d.actions.size(),
                d.parties.size(), d.events.size(), d.sources.size());
    ImGui::Spacing();
    commitments_table_ui(d);
    ImGui::End();
}

}  // namespace accord::ui
