// Timeline panel: see timeline_ui.h.
#include "ui/timeline_ui.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "imgui.h"
#include "imgui_internal.h"  // ImGuiItemFlags_NoNav
#include "ui/control_boxes.h"
#include "ui/map_ui.h"
#include "scene/axis_labels.h"
#include "scene/strings.h"

namespace accord::ui {

namespace {

struct Axis {
    float left_css = 0, right_css = 0, top_css = 0, bottom_css = 0;
    double first_day = 0, last_day = 1;
    double pixels_per_day() const { return (right_css - left_css) / std::max(last_day - first_day, 1e-9); }
    float x_of(double day) const { return static_cast<float>(left_css + (day - first_day) * pixels_per_day()); }
    double day_at(float x_css) const { return first_day + (x_css - left_css) / pixels_per_day(); }
};

enum class Icon : std::uint8_t { previous, play, pause, next, latest };

// A button with a vector icon drawn in the text colour, as crisp as the map at any pixel density;
// the tooltip names it. Returns true when pressed.
bool icon_button_ui(const char* id, Icon icon, ImVec2 size, const char* tooltip) {
    const bool pressed = ImGui::Button(id, size);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tooltip);
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    const ImVec2 c((min.x + max.x) * 0.5f, (min.y + max.y) * 0.5f);
    const float h = std::min(max.y - min.y, max.x - min.x) * 0.2f;  // half the glyph's height
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImU32 ink = ImGui::GetColorU32(ImGuiCol_Text);
    const float bar = std::max(2.0f, h * 0.45f);
    switch (icon) {
        case Icon::play: draw->AddTriangleFilled(ImVec2(c.x - h * 0.8f, c.y - h), ImVec2(c.x - h * 0.8f, c.y + h), ImVec2(c.x + h, c.y), ink); break;
        case Icon::pause:
            draw->AddRectFilled(ImVec2(c.x - h * 0.8f, c.y - h), ImVec2(c.x - h * 0.8f + bar, c.y + h), ink);
            draw->AddRectFilled(ImVec2(c.x + h * 0.8f - bar, c.y - h), ImVec2(c.x + h * 0.8f, c.y + h), ink);
            break;
        case Icon::previous:  // a bar, then a triangle pointing back
            draw->AddRectFilled(ImVec2(c.x - h, c.y - h), ImVec2(c.x - h + bar, c.y + h), ink);
            draw->AddTriangleFilled(ImVec2(c.x + h, c.y - h), ImVec2(c.x + h, c.y + h), ImVec2(c.x - h + bar, c.y), ink);
            break;
        case Icon::next:
            draw->AddTriangleFilled(ImVec2(c.x - h, c.y - h), ImVec2(c.x - h, c.y + h), ImVec2(c.x + h - bar, c.y), ink);
            draw->AddRectFilled(ImVec2(c.x + h - bar, c.y - h), ImVec2(c.x + h, c.y + h), ink);
            break;
        case Icon::latest:  // two triangles running into a bar: to the end
            draw->AddTriangleFilled(ImVec2(c.x - h * 1.4f, c.y - h), ImVec2(c.x - h * 1.4f, c.y + h), ImVec2(c.x - bar * 0.5f, c.y), ink);
            draw->AddTriangleFilled(ImVec2(c.x - bar * 0.5f, c.y - h), ImVec2(c.x - bar * 0.5f, c.y + h), ImVec2(c.x + h * 1.4f - bar, c.y), ink);
            draw->AddRectFilled(ImVec2(c.x + h * 1.4f - bar, c.y - h), ImVec2(c.x + h * 1.4f, c.y + h), ink);
            break;
    }
    return pressed;
}

void controls_ui(MapScene& scene) {
    const Strings& text = strings();
    const float button = scene.layout.touch_target;
    if (icon_button_ui("##previous", Icon::previous, ImVec2(button, button), text.previous_event)) step_to_previous_event(scene);
    record_control(scene, FocusGroup::timeline, "previous");
    ImGui::SameLine();
    const bool playing = scene.player.playing();
    if (icon_button_ui("##play", playing ? Icon::pause : Icon::play, ImVec2(button * 1.4f, button), playing ? text.pause : text.play)) toggle_play(scene);
    record_control(scene, FocusGroup::timeline, "play");
    ImGui::SameLine();
    if (icon_button_ui("##next", Icon::next, ImVec2(button, button), text.next_event)) step_to_next_event(scene);
    record_control(scene, FocusGroup::timeline, "next");
    ImGui::SameLine();
    if (icon_button_ui("##latest", Icon::latest, ImVec2(button * 1.2f, button), text.latest)) jump_to_latest(scene);
    record_control(scene, FocusGroup::timeline, "latest");
    // The speed, in words, beside the buttons; on a phone it starts the line of the count.
    if (!scene.layout.narrow) ImGui::SameLine();
    const struct {
        const char* label;
        double days_per_second;
    } speeds[] = {{text.speed_month, 30}, {text.speed_quarter, 91}, {text.speed_year, 365}};
    int current = 0;
    for (int i = 0; i < 3; ++i) {
        if (std::fabs(scene.player.days_per_second() - speeds[i].days_per_second) < 1) current = i;
    }
    float speed_width = 0;
    for (const auto& speed : speeds) speed_width = std::max(speed_width, ImGui::CalcTextSize(speed.label).x);
    ImGui::SetNextItemWidth(speed_width + ImGui::GetFrameHeight() + ImGui::GetStyle().FramePadding.x * 2);
    if (ImGui::BeginCombo("##speed", speeds[current].label)) {
        for (int i = 0; i < 3; ++i) {
            if (ImGui::Selectable(speeds[i].label, i == current, 0, ImVec2(0, row_height_css(scene)))) scene.player.set_days_per_second(speeds[i].days_per_second);
        }
        ImGui::EndCombo();
    } else {
        record_control(scene, FocusGroup::timeline, "speed");  // the closed combo (open, the last item is in its list)
    }
    // The date and the count beside the speed, or on a line of their own where they do not fit.
    // The overview counts commitments per country, not one commitment's parties: the date alone.
    std::string line = day_text(scene.day, true);
    if (scene.commitment != no_index && scene.mode != MapMode::overview) {
        const int count = scene.dataset->party_count_on(scene.commitment, scene.day);
        line = format_text(plural_format(text.counts.parties_on_day, count), line.c_str(), count);
        if (scene.step_delta != 0) line += text.list_separator + format_text("%+d", scene.step_delta);
    }
    ImGui::SameLine();
    if (ImGui::CalcTextSize(line.c_str()).x > ImGui::GetContentRegionAvail().x) ImGui::NewLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(line.c_str());
}

void axis_ui(MapScene& scene) {
    const Dataset& d = *scene.dataset;
    const MapColors& colors = map_colors(scene.theme);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImVec2 size(ImGui::GetContentRegionAvail().x, std::max(ImGui::GetContentRegionAvail().y, 40.0f));
    // The axis is a stop of its own (its keys are the scene's: keyboard_ui.h), not one ImGui's
    // arrows reach from the buttons.
    ImGui::PushItemFlag(ImGuiItemFlags_NoNav, true);
    ImGui::InvisibleButton("##axis", size);
    ImGui::PopItemFlag();
    scene_stop(scene, FocusGroup::timeline, time_axis_stop, {origin.x, origin.y, size.x, size.y}, ImGui::GetItemID());
    const bool hovered = ImGui::IsItemHovered();
    const bool active = ImGui::IsItemActive();
    Axis axis{origin.x + 6, origin.x + size.x - 6, origin.y, origin.y + size.y, scene.axis_first_day, scene.axis_last_day};
    ImGuiIO& io = ImGui::GetIO();
    // Wheel zooms around the pointer; dragging moves the date cursor; double-click shows everything.
    if (hovered && io.MouseWheel != 0) zoom_time_axis(scene, axis.day_at(io.MousePos.x), std::pow(0.8, static_cast<double>(io.MouseWheel)));
    // Sideways scrolling (trackpads, shift+wheel) pans the axis.
    if (hovered && io.MouseWheelH != 0) pan_time_axis(scene, -static_cast<double>(io.MouseWheelH) * (axis.last_day - axis.first_day) * 0.1);
    if (hovered && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) reset_time_axis(scene);
    // A press near the cursor drags the date; elsewhere a click moves the date there and a drag
    // pans the axis (a finger on a phone can do both).
    bool& dragging_axis = scene.panels.dragging_time_axis;
    const float grab_radius = scene.touch ? 22.0f : 12.0f;
    if (ImGui::IsItemActivated()) dragging_axis = std::fabs(io.MousePos.x - axis.x_of(scene.day)) > grab_radius;
    const auto date_at_pointer = [&] {
        pause(scene);
        const double day = std::clamp(std::round(axis.day_at(io.MousePos.x)), static_cast<double>(d.first_day()), static_cast<double>(d.last_day()));
        set_day(scene, static_cast<DayNumber>(day));
    };
    if (active && !dragging_axis) date_at_pointer();
    if (active && dragging_axis && io.MouseDelta.x != 0) pan_time_axis(scene, -static_cast<double>(io.MouseDelta.x) / axis.pixels_per_day());
    if (ImGui::IsItemDeactivated() && dragging_axis && io.MouseDragMaxDistanceSqr[ImGuiMouseButton_Left] < 16.0f) date_at_pointer();
    axis = Axis{origin.x + 6, origin.x + size.x - 6, origin.y, origin.y + size.y, scene.axis_first_day, scene.axis_last_day};

    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->PushClipRect(origin, ImVec2(origin.x + size.x, origin.y + size.y), true);
    const float baseline = axis.top_css + size.y * 0.55f;
    const ImU32 ink = to_imgui_color(colors.text_rgb);
    const ImU32 faint = to_imgui_color(colors.text_rgb, 0.35f);
    const ImU32 muted = to_imgui_color(muted_text_rgb(scene.theme));  // labels: readable (4.5:1), unlike `faint`
    draw->AddLine(ImVec2(axis.left_css, baseline), ImVec2(axis.right_css, baseline), faint, 1.0f);
    // Ticks, and events (summits, sessions) above the line: filled when held, hollow when
    // announced. Their labels are chosen by the scene (axis_labels.h) so that none collides with
    // another or with the date cursor, and none is cut at the edges.
    const AxisTicks ticks = axis_ticks(static_cast<DayNumber>(std::floor(axis.first_day)), static_cast<DayNumber>(std::ceil(axis.last_day)),
                                       axis.pixels_per_day());
    const float event_y = axis.top_css + 8;
    std::vector<AxisLabelCandidate> candidates;
    std::vector<const char*> texts;
    std::vector<ImU32> label_colours;
    const auto candidate = [&](AxisLabelKind kind, float x, float top, const char* label, ImU32 colour) {
        const ImVec2 text_size = ImGui::CalcTextSize(label);
        candidates.push_back({kind, x, top, text_size.x, text_size.y});
        texts.push_back(label);
        label_colours.push_back(colour);
    };
    // The ticks' labels in the UI's language, kept alive until they are drawn below.
    std::vector<std::string> tick_texts;
    tick_texts.reserve(ticks.ticks.size());
    for (const AxisTick& tick : ticks.ticks) tick_texts.push_back(axis_tick_text(ticks.unit, tick));
    for (std::size_t i = 0; i < ticks.ticks.size(); ++i) {
        const AxisTick& tick = ticks.ticks[i];
        const float x = axis.x_of(tick.day);
        draw->AddLine(ImVec2(x, baseline), ImVec2(x, baseline + (tick.major ? 7.0f : 4.0f)), faint, 1.0f);
        candidate(tick.major ? AxisLabelKind::major_tick : AxisLabelKind::minor_tick, x, baseline + 6, tick_texts[i].c_str(), tick.major ? ink : muted);
    }
    for (const Event& e : d.events) {
        if (!e.has_start) continue;
        const float x0 = axis.x_of(e.start.first_day()), x1 = std::max(axis.x_of(e.end.last_day() + 1), x0 + 3);
        const ImU32 colour = to_imgui_color(colors.eu_outline_rgb, e.status == EventStatus::announced ? 0.6f : 1.0f);
        if (e.status == EventStatus::announced) draw->AddRect(ImVec2(x0, event_y), ImVec2(x1, event_y + 7), colour, 2.0f);
        else draw->AddRectFilled(ImVec2(x0, event_y), ImVec2(x1, event_y + 7), colour, 2.0f);
        if (axis.pixels_per_day() > 0.12) candidate(AxisLabelKind::event, x0, event_y + 8, e.name.c_str(), muted);
    }
    const float handle_radius = scene.touch ? 9.0f : 6.0f;
    const float cursor_x = axis.x_of(scene.day);
    const Rect cursor_box = axis_cursor_box(cursor_x, axis.top_css, size.y, handle_radius);
    if (cursor_x >= origin.x && cursor_x <= origin.x + size.x) scene.controls.push_back({"date-cursor", cursor_box});
    const std::vector<Rect> obstacles{cursor_box};
    for (const PlacedAxisLabel& label : place_axis_labels(candidates, origin.x, origin.x + size.x, obstacles)) {
        draw->AddText(ImVec2(label.rect.x, label.rect.y), label_colours[label.candidate], texts[label.candidate]);
        scene.drawn_axis_labels.push_back({label.rect, texts[label.candidate]});
    }
    // Adoptions of commitments: small diamonds on the line; the chosen one stands out.
    for (Index c = 0; c < d.commitments.size(); ++c) {
        const float x = axis.x_of(d.commitments[c].adopted.first_day());
        const float r = c == scene.commitment ? 5.0f : 3.0f;
        draw->AddQuadFilled(ImVec2(x, baseline - r), ImVec2(x + r, baseline), ImVec2(x, baseline + r), ImVec2(x - r, baseline),
                            c == scene.commitment ? ink : faint);
    }
    // The chosen commitment's actions as ticks below the line (they merge into a density strip when crowded).
    if (scene.commitment != no_index) {
        for (const Action& a : d.actions_of(scene.commitment)) {
            const StatusStyle& s = status_style(status_after(a.kind), scene.theme);
            const float x0 = axis.x_of(a.possible_day), x1 = axis.x_of(a.certain_day);
            if (x1 - x0 > 2) draw->AddRectFilled(ImVec2(x0, baseline - 12), ImVec2(x1, baseline - 10), to_imgui_color(s.rgb, 0.35f));
            draw->AddLine(ImVec2(x1, baseline - 14), ImVec2(x1, baseline - 6), to_imgui_color(s.rgb, 0.8f), 1.5f);
        }
    }
    // The date cursor with a handle big enough for a finger.
    draw->AddLine(ImVec2(cursor_x, axis.top_css), ImVec2(cursor_x, axis.bottom_css), to_imgui_color(colors.highlight_rgb), 2.0f);
    draw->AddCircleFilled(ImVec2(cursor_x, baseline), handle_radius, to_imgui_color(colors.highlight_rgb), 16);
    draw->PopClipRect();
}

}  // namespace

void timeline_ui(MapScene& scene) {
    if (!scene.dataset) return;
    const Rect& r = scene.layout.timeline;
    ImGui::SetNextWindowPos(ImVec2(r.x, r.y));
    ImGui::SetNextWindowSize(ImVec2(r.width, r.height));
    const TouchFrames touch_frames(scene);
    ImGui::Begin("##timeline", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                                            ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoFocusOnAppearing);
    controls_ui(scene);
    axis_ui(scene);
    ImGui::End();
    ImGuiIO& io = ImGui::GetIO();
    if (!io.WantTextInput && !ImGui::IsAnyItemActive()) {
        // Space plays on the map and the axis; on a button it presses the button.
        if (scene_drives(scene.keyboard) && ImGui::IsKeyPressed(ImGuiKey_Space, false)) toggle_play(scene);
        if (ImGui::IsKeyPressed(ImGuiKey_Comma)) step_to_previous_event(scene);
        if (ImGui::IsKeyPressed(ImGuiKey_Period)) step_to_next_event(scene);
    }
}

}  // namespace accord::ui
