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
        io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;  // as the page sets it
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
    // A key pressed and released, over two frames, as the page's key events arrive.
    void key(test::SceneSetup& s, ImGuiKey key, bool shift = false) {
        ImGuiIO& io = ImGui::GetIO();
        io.AddKeyEvent(ImGuiMod_Shift, shift);
        io.AddKeyEvent(key, true);
        frame(s);
        io.AddKeyEvent(key, false);
        io.AddKeyEvent(ImGuiMod_Shift, false);
        frame(s);
    }
    // Tab as the platform handles it: the scene moves the focus, the next frame applies it.
    bool tab(test::SceneSetup& s, bool backwards = false) {
        const bool stayed = scene::move_focus(s.scene.keyboard, backwards);
        frame(s);
        return stayed;
    }
    void tab_to(test::SceneSetup& s, const std::string& stop) {
        for (int i = 0; i < 200 && s.scene.keyboard.focused != stop; ++i) ASSERT_TRUE(tab(s)) << "Tab left the atlas before " << stop;
        ASSERT_EQ(s.scene.keyboard.focused, stop);
    }
    ImGuiID focused_item() { return GImGui->NavWindow ? GImGui->NavId : 0; }
    ImGuiID stop_item(const test::SceneSetup& s, const std::string& name) {
        for (const FocusStop& stop : s.scene.keyboard.order) {
            if (stop.name == name) return stop.item_id;
        }
        return 0;
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
      for (const bool touch : {false, true}) {
        test::SceneSetup s(test::shipped_dataset(), size.width, size.height);
        s.scene.touch = touch;
        for (const MapMode mode : {MapMode::single, MapMode::compare}) {
            scene::set_mode(s.scene, mode);
            frame(s, size.width, size.height);
            frame(s, size.width, size.height);  // auto-sized windows settle on their second frame
            const std::vector<ControlBox>& controls = s.scene.controls;
            // A phone's header is one row (the picker and a Menu with the modes, About, Share
            // and Embed) and the search.
            const std::vector<const char*> expected = s.scene.layout.narrow
                ? std::vector<const char*>{"commitment", "menu", "search", "previous", "play", "next", "speed"}
                : std::vector<const char*>{"mode-single", "mode-overview", "mode-compare", "embed", "share", "commitment", "about", "search", "previous", "play", "next", "speed"};
            for (const char* name : expected) {
                EXPECT_TRUE(std::any_of(controls.begin(), controls.end(), [&](const ControlBox& c) { return std::string_view(c.name) == name; }))
                    << name << " at " << size.width << (touch ? " (touch)" : "");
            }
            for (std::size_t i = 0; i < controls.size(); ++i) {
                const Rect& a = controls[i].rect;
                EXPECT_TRUE(a.x >= 0 && a.y >= 0 && a.x + a.width <= size.width + 0.5f && a.y + a.height <= size.height + 0.5f)
                    << controls[i].name << " leaves the canvas at " << size.width;
                for (std::size_t j = i + 1; j < controls.size(); ++j) {
                    const Rect& b = controls[j].rect;
                    const bool overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
                    EXPECT_FALSE(overlap) << controls[i].name << " overlaps " << controls[j].name << " at " << size.width << " in " << map_mode_name(mode)
                                          << (touch ? " (touch)" : "");
                }
                // The legend, always shown, covers no control and stays on the canvas.
                const Rect& l = s.scene.drawn_legend_rect;
                const bool on_legend = a.x < l.x + l.width && l.x < a.x + a.width && a.y < l.y + l.height && l.y < a.y + a.height;
                EXPECT_FALSE(on_legend) << "the legend covers " << controls[i].name << " at " << size.width << " in " << map_mode_name(mode) << (touch ? " (touch)" : "");
            }
            const Rect& l = s.scene.drawn_legend_rect;
            EXPECT_GT(l.width, 0.0f) << "the legend is drawn at " << size.width;
            EXPECT_TRUE(l.x >= 0 && l.y >= 0 && l.x + l.width <= size.width + 0.5f && l.y + l.height <= s.scene.layout.timeline.y + 0.5f)
                << "the legend stays above the timeline at " << size.width << (touch ? " (touch)" : "");
        }
      }
    }
}

// On a touch screen every control is at least 44 CSS px both ways (the issue's "targets on coarse
// pointers"): the header (the phone's Menu and what it holds included), the
// timeline, the record's buttons, sort headers, filter and rows. Links inside a record's text are
// the exception WCAG makes for inline targets.
TEST_F(HeadlessUi, EveryControlIsATouchTargetOnATouchScreen) {
    ACCORD_NEEDS_WORLD();
    const struct {
        float width, height;
    } sizes[] = {{390, 844}, {1024, 768}};
    for (const auto& size : sizes) {
        test::SceneSetup s(test::shipped_dataset(), size.width, size.height);
        s.scene.touch = true;
        scene::open_panel(s.scene, RecordPanel::commitment);
        frame(s, size.width, size.height);
        frame(s, size.width, size.height);
        std::vector<FocusStop> stops = s.scene.keyboard.order;
        if (s.scene.layout.narrow) {  // open the Menu from the keyboard, and check what it holds
            scene::enter_focus(s.scene.keyboard, false);
            for (int i = 0; i < 20 && s.scene.keyboard.focused != "menu"; ++i) scene::move_focus(s.scene.keyboard, false), frame(s, size.width, size.height);
            ASSERT_EQ(s.scene.keyboard.focused, "menu");
            ImGui::GetIO().AddKeyEvent(ImGuiKey_Enter, true);
            frame(s, size.width, size.height);
            ImGui::GetIO().AddKeyEvent(ImGuiKey_Enter, false);
            frame(s, size.width, size.height);
            frame(s, size.width, size.height);
            const std::vector<FocusStop>& open = s.scene.keyboard.order;
            for (const char* name : {"mode-single", "mode-overview", "mode-compare", "about", "share", "embed"}) {
                EXPECT_TRUE(std::any_of(open.begin(), open.end(), [&](const FocusStop& stop) { return stop.name == name; })) << name << " in the Menu";
            }
            stops.insert(stops.end(), open.begin(), open.end());
        }
        ASSERT_GT(stops.size(), 15u);
        for (const FocusStop& stop : stops) {
            if (stop.scene_driven || stop.name.rfind("link-", 0) == 0) continue;
            EXPECT_GE(stop.rect.height, 43.5f) << stop.name << " at " << size.width;
            EXPECT_GE(stop.rect.width, 43.5f) << stop.name << " at " << size.width;
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

namespace accord::ui {
namespace {

// A reader with a keyboard only: Tab from the page enters at the first control of the header;
// each Tab takes ImGui's focus (and its ring) to the next stop, through the search field (ready
// for typing), the map (arrows select countries), the timeline's buttons (Enter presses them) and
// the time axis (arrows step through events), into the open record; Escape closes the record,
// "?" lists the shortcuts, and Tab past the last stop leaves the atlas.
TEST_F(HeadlessUi, AKeyboardOnlyJourneyReachesEveryRegion) {
    ACCORD_NEEDS_WORLD();
    test::SceneSetup s(test::shipped_dataset());
    frame(s);
    frame(s);
    scene::enter_focus(s.scene.keyboard, false);
    frame(s);
    EXPECT_EQ(s.scene.keyboard.focused, "mode-single");
    EXPECT_EQ(focused_item(), stop_item(s, "mode-single"));
    EXPECT_FALSE(GImGui->NavDisableHighlight) << "the focused control shows its ring";

    tab_to(s, "search");
    frame(s);
    frame(s);  // activated on the frame after the focus, said by ImGui on the one after
    EXPECT_TRUE(ImGui::GetIO().WantTextInput) << "the search field takes typing as soon as it is reached";
    ImGui::GetIO().AddInputCharactersUTF8("Fran");
    frame(s);
    EXPECT_STREQ(s.scene.panels.search_query.data(), "Fran");

    ASSERT_TRUE(tab(s));
    EXPECT_EQ(s.scene.keyboard.focused, map_stop) << "the map comes after the header";
    frame(s);  // ImGui says what the last frame wanted
    EXPECT_FALSE(ImGui::GetIO().WantTextInput);
    EXPECT_EQ(focused_item(), 0u) << "no panel control has the focus: the map's keys are the scene's";
    key(s, ImGuiKey_RightArrow);
    const std::string first = s.scene.selected;
    EXPECT_FALSE(first.empty()) << "an arrow selects a country";
    EXPECT_EQ(s.scene.panel, RecordPanel::country);
    key(s, ImGuiKey_RightArrow);
    EXPECT_NE(s.scene.selected, first) << "the next arrow moves the selection";
    const double zoom = s.view.target_zoom();
    const ProjectedXY center = s.view.center();
    key(s, ImGuiKey_LeftArrow, true);
    EXPECT_EQ(s.view.target_zoom(), zoom);
    EXPECT_NE(s.view.center().x, center.x) << "Shift+arrow moves the map";

    tab_to(s, "play");
    EXPECT_EQ(focused_item(), stop_item(s, "play"));
    key(s, ImGuiKey_Enter);
    EXPECT_TRUE(s.scene.player.playing()) << "Enter presses the focused button";
    key(s, ImGuiKey_Space);
    EXPECT_FALSE(s.scene.player.playing()) << "Space presses it again (and does not also toggle playback)";

    tab_to(s, time_axis_stop);
    const DayNumber before = s.scene.day;
    key(s, ImGuiKey_LeftArrow);
    EXPECT_LT(s.scene.day, before) << "an arrow on the axis steps to the previous event";
    key(s, ImGuiKey_End);
    EXPECT_EQ(s.scene.day, s.scene.dataset->info.as_of.last_day());

    tab_to(s, "close");
    EXPECT_EQ(focused_item(), stop_item(s, "close"));
    key(s, ImGuiKey_Escape);
    EXPECT_EQ(s.scene.panel, RecordPanel::none) << "Escape closes the record";
    frame(s);
    EXPECT_EQ(s.scene.keyboard.focused, map_stop) << "its focus goes back to the map";

    ImGui::GetIO().AddInputCharacter('?');
    frame(s);
    frame(s);
    EXPECT_TRUE(s.scene.keyboard.shortcuts_open);
    EXPECT_TRUE(drawn_this_frame("##shortcuts"));
    EXPECT_EQ(s.scene.keyboard.focused, "shortcuts-close");
    key(s, ImGuiKey_Escape);
    EXPECT_FALSE(s.scene.keyboard.shortcuts_open);
    EXPECT_EQ(s.scene.keyboard.focused, map_stop) << "the focus goes back where it was";

    // Back from the map through the search field (activated for typing) to Share: the field lets
    // go, so Enter presses Share.
    for (int i = 0; i < 40 && s.scene.keyboard.focused != "share"; ++i) ASSERT_TRUE(tab(s, true));
    ASSERT_EQ(s.scene.keyboard.focused, "share");
    frame(s);
    EXPECT_FALSE(ImGui::GetIO().WantTextInput) << "the search field is no longer being edited";
    s.scene.host_requests.clear();
    key(s, ImGuiKey_Enter);
    EXPECT_TRUE(std::any_of(s.scene.host_requests.begin(), s.scene.host_requests.end(), [](const HostRequest& r) { return r.kind == HostRequestKind::share; }))
        << "Enter presses Share";

    int guard = 0;
    while (tab(s) && ++guard < 200) {}
    EXPECT_TRUE(s.scene.keyboard.focused.empty()) << "past the last stop the atlas lets the page have the focus";
    EXPECT_TRUE(tab(s, true)) << "Shift-Tab from the page comes back in at the last stop";
}

// Clicking a control moves the keyboard's focus there, and Tab goes on from it.
TEST_F(HeadlessUi, TabGoesOnFromAClickedControl) {
    ACCORD_NEEDS_WORLD();
    test::SceneSetup s(test::shipped_dataset());
    frame(s);
    frame(s);
    const auto share = std::find_if(s.scene.controls.begin(), s.scene.controls.end(), [](const ControlBox& c) { return std::string_view(c.name) == "share"; });
    ASSERT_NE(share, s.scene.controls.end());
    move_to(s, {share->rect.x + share->rect.width / 2, share->rect.y + share->rect.height / 2});
    button(s, true);
    button(s, false);
    frame(s);
    EXPECT_EQ(s.scene.keyboard.focused, "share");
    EXPECT_FALSE(s.scene.keyboard.visible) << "no ring after a click";
    ASSERT_TRUE(tab(s));
    EXPECT_EQ(s.scene.keyboard.focused, "commitment");
}

}  // namespace
}  // namespace accord::ui
