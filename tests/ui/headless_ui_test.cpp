// The panels with Dear ImGui and no backend: a display size, mouse events, NewFrame and Render
// through ui::app_ui, on the shipped dataset and the overview map, the way the page runs them
// but with no GPU. A click on a country selects it and opens its record in the same frame,
// with the country still under the pointer; the legend drawn is legend_entries() in each mode.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <string_view>

#include "imgui.h"
#include "imgui_internal.h"
#include "scene/legend.h"
#include "scene/scene_fixture.h"
#include "ui/app_ui.h"

namespace accord::ui {
namespace {

class HeadlessUi : public ::testing::Test {
protected:
    void SetUp() override {
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.LogFilename = nullptr;
        io.Fonts->AddFontDefault();
        unsigned char* pixels = nullptr;
        int width = 0, height = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);  // a null backend still builds the atlas
    }
    void TearDown() override { ImGui::DestroyContext(); }

    void frame(test::SceneSetup& s, float width = 1440, float height = 900) {
        ImGuiIO& io = ImGui::GetIO();
        io.DisplaySize = ImVec2(width, height);
        io.DeltaTime = 1.0f / 60.0f;
        app_ui(s.scene, width, height, io.DeltaTime);
    }
    void move_to(test::SceneSetup& s, CssPoint at) {
        ImGui::GetIO().AddMousePosEvent(static_cast<float>(at.x), static_cast<float>(at.y));
        frame(s);
    }
    void button(test::SceneSetup& s, bool down) {
        ImGui::GetIO().AddMouseButtonEvent(ImGuiMouseButton_Left, down);
        frame(s);
    }
    std::optional<CssPoint> where(const test::SceneSetup& s, const char* party) {
        return css_position_of(*s.scene.mesh, *s.scene.picker, s.view, s.scene.markers, s.scene.marker_rules, party);
    }
    bool drawn_this_frame(const char* window) {
        const ImGuiWindow* w = ImGui::FindWindowByName(window);
        return w && w->Active;
    }
};

TEST_F(HeadlessUi, AClickOnACountrySelectsItAndOpensItsRecordInTheSameFrame) {
    ACCORD_NEEDS_WORLD();
    test::SceneSetup s(test::shipped_dataset());
    frame(s);
    const auto france = where(s, "FRA");
    ASSERT_TRUE(france);
    move_to(s, *france);
    EXPECT_EQ(s.scene.hovered, "FRA");
    button(s, true);
    EXPECT_EQ(s.scene.panel, RecordPanel::none);
    button(s, false);
    EXPECT_EQ(s.scene.selected, "FRA");
    EXPECT_EQ(s.scene.panel, RecordPanel::country);
    EXPECT_TRUE(drawn_this_frame("##record")) << "the record shows in the frame of the click";
    EXPECT_EQ(s.scene.layout.map.width, 1440 - 380);
    const auto after = where(s, "FRA");
    ASSERT_TRUE(after);
    EXPECT_NEAR(after->x, france->x, 0.5) << "France stays under the pointer";
    EXPECT_NEAR(after->y, france->y, 0.5);
}

TEST_F(HeadlessUi, AClickOnTheSeaClosesTheRecord) {
    ACCORD_NEEDS_WORLD();
    test::SceneSetup s(test::shipped_dataset());
    scene::click_party(s.scene, "FRA");
    frame(s);
    EXPECT_TRUE(drawn_this_frame("##record"));
    const CssPoint pacific{s.scene.layout.map.x + 40, s.scene.layout.map.y + s.scene.layout.map.height / 2};
    ASSERT_EQ(party_at_css(*s.scene.mesh, *s.scene.picker, s.view, s.scene.markers, s.scene.marker_rules, pacific), "");
    move_to(s, pacific);
    button(s, true);
    button(s, false);
    EXPECT_TRUE(s.scene.selected.empty());
    EXPECT_EQ(s.scene.panel, RecordPanel::none);
    EXPECT_FALSE(drawn_this_frame("##record"));
}

TEST_F(HeadlessUi, TheLegendDrawnIsTheLegendEntriesInEveryMode) {
    test::SceneSetup s(test::shipped_dataset());
    for (const MapMode mode : {MapMode::single, MapMode::overview, MapMode::compare}) {
        scene::set_mode(s.scene, mode);
        frame(s);
        const scene::Legend legend = scene::legend_entries(s.scene);
        ASSERT_EQ(s.scene.drawn_legend.size(), legend.entries.size()) << map_mode_name(mode);
        for (std::size_t i = 0; i < legend.entries.size(); ++i) {
            EXPECT_EQ(s.scene.drawn_legend[i].text, scene::legend_entry_text(legend.entries[i]));
            EXPECT_EQ(s.scene.drawn_legend[i].rgb, legend.entries[i].rgb);
        }
    }
}

TEST_F(HeadlessUi, PanelMemoryResetsWithTheDataset) {
    test::SceneSetup s(test::shipped_dataset());
    s.scene.panels.search_query[0] = 'F';
    frame(s);
    EXPECT_EQ(s.scene.panels.search_query[0], 'F');
    scene::show_dataset(s.scene, test::small_dataset().get(), scene::previous_view(s.scene, test::small_dataset().get()));
    frame(s);
    EXPECT_EQ(s.scene.panels.search_query[0], '\0');
}

TEST_F(HeadlessUi, ALoadingLineUntilTheMapIsThere) {
    test::SceneSetup s(test::shipped_dataset());
    s.scene.geometry.loaded = false;
    frame(s);
    EXPECT_TRUE(drawn_this_frame("##loading"));
    EXPECT_FALSE(drawn_this_frame("##timeline"));
    s.scene.geometry.loaded = true;
    frame(s);
    EXPECT_TRUE(drawn_this_frame("##timeline"));
    EXPECT_TRUE(drawn_this_frame("##header"));
    s.scene.embed = true;
    frame(s);
    EXPECT_FALSE(drawn_this_frame("##header")) << "an embed has no header";
}

// The layout report: at the widths readers use, the header's and the timeline's controls are all
// drawn, none overlaps another and none leaves the canvas (on a phone, Embed and Share used to
// sit on top of "Compare").
TEST_F(HeadlessUi, NoTwoControlsOverlapAtAnyWidth) {
    const struct {
        float width, height;
    } sizes[] = {{320, 568}, {390, 844}, {768, 1024}, {1440, 900}};
    for (const auto& size : sizes) {
        test::SceneSetup s(test::shipped_dataset(), size.width, size.height);
        for (const MapMode mode : {MapMode::single, MapMode::compare}) {
            scene::set_mode(s.scene, mode);
            frame(s, size.width, size.height);
            frame(s, size.width, size.height);  // auto-sized windows settle on their second frame
            const std::vector<ControlBox>& controls = s.scene.controls;
            for (const char* name : {"mode-single", "mode-overview", "mode-compare", "embed", "share", "commitment", "about", "search", "previous", "play", "next", "speed"}) {
                EXPECT_TRUE(std::any_of(controls.begin(), controls.end(), [&](const ControlBox& c) { return std::string_view(c.name) == name; })) << name << " at " << size.width;
            }
            for (std::size_t i = 0; i < controls.size(); ++i) {
                const Rect& a = controls[i].rect;
                EXPECT_TRUE(a.x >= 0 && a.y >= 0 && a.x + a.width <= size.width + 0.5f && a.y + a.height <= size.height + 0.5f)
                    << controls[i].name << " leaves the canvas at " << size.width;
                for (std::size_t j = i + 1; j < controls.size(); ++j) {
                    const Rect& b = controls[j].rect;
                    const bool overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
                    EXPECT_FALSE(overlap) << controls[i].name << " overlaps " << controls[j].name << " at " << size.width << " in " << map_mode_name(mode);
                }
            }
        }
    }
}

// The time axis's labels as drawn, at every width from a small embed to a desktop, with the date
// cursor at the start, in the middle and at the as-of date, and with the axis zoomed in: none
// overlaps another, none sits under the cursor, none is cut at the edges, and the first and the
// last year are there at least.
TEST_F(HeadlessUi, TimelineLabelsNeverCollideAreNeverUnderTheCursorAndNeverCut) {
    for (float width = 300; width <= 1440; width += width < 480 ? 10 : 60) {
        const float height = width < 760 ? 844 : 900;
        test::SceneSetup s(test::shipped_dataset(), width, height);
        const DayNumber first = s.dataset->first_day(), last = s.dataset->info.as_of.last_day();
        for (const DayNumber day : {first, static_cast<DayNumber>((first + last) / 2), last}) {
            for (const bool zoomed : {false, true}) {
                scene::reset_time_axis(s.scene);
                if (zoomed) scene::zoom_time_axis(s.scene, day, 0.15);
                scene::jump_to_day(s.scene, day);
                frame(s, width, height);
                frame(s, width, height);
                const std::string where = " at " + std::to_string(static_cast<int>(width)) + " px, day " + format_day(day) + (zoomed ? ", zoomed" : "");
                const auto cursor = std::find_if(s.scene.controls.begin(), s.scene.controls.end(), [](const ControlBox& c) { return std::string_view(c.name) == "date-cursor"; });
                ASSERT_NE(cursor, s.scene.controls.end()) << where;
                const std::vector<DrawnLabel>& labels = s.scene.drawn_axis_labels;
                EXPECT_GE(labels.size(), zoomed ? 1u : 2u) << where;  // zoomed to a year and a half at 300 px, one year tick
                const Rect& timeline = s.scene.layout.timeline;
                for (std::size_t i = 0; i < labels.size(); ++i) {
                    const Rect& a = labels[i].rect;
                    EXPECT_TRUE(a.x >= timeline.x && a.x + a.width <= timeline.x + timeline.width && a.y >= timeline.y && a.y + a.height <= timeline.y + timeline.height)
                        << labels[i].text << " is cut" << where;
                    const Rect& c = cursor->rect;
                    EXPECT_FALSE(a.x < c.x + c.width && c.x < a.x + a.width && a.y < c.y + c.height && c.y < a.y + a.height) << labels[i].text << " is under the cursor" << where;
                    for (std::size_t j = i + 1; j < labels.size(); ++j) {
                        const Rect& b = labels[j].rect;
                        EXPECT_FALSE(a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height)
                            << labels[i].text << " overlaps " << labels[j].text << where;
                    }
                }
                if (!zoomed) {
                    const auto is_year = [](const DrawnLabel& l) { return l.text.size() == 4 && std::all_of(l.text.begin(), l.text.end(), ::isdigit); };
                    EXPECT_GE(std::count_if(labels.begin(), labels.end(), is_year), 2) << "the first and the last year" << where;
                }
            }
        }
    }
}

}  // namespace
}  // namespace accord::ui
