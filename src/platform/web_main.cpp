// The web app's entry point and its C API for the host page (web/app.js). It owns the WebGL2
// context, Dear ImGui, the dataset store, the world map (mesh, picker, view, renderer) and the
// frame scheduler, and draws a frame only when the scheduler asks for one (input, resize, new
// data, animation): an idle page draws nothing. The host page sizes the canvas (CSS size x
// devicePixelRatio) and tells us through accord_set_viewport; it fetches the dataset, the world
// geometry and the font and hands us their bytes.
#include <GLES3/gl3.h>
#include <emscripten/emmalloc.h>
#include <emscripten/emscripten.h>
#include <emscripten/html5.h>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <memory>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "core/dataset_csv.h"
#include "core/dataset_loader.h"
#include "core/frame_scheduler.h"
#include "core/map_pick.h"
#include "core/url_state.h"
#include "core/world_geometry.h"
#include "core/world_mesh.h"
#include "core/world_picker.h"
#include "imgui.h"
#include "platform/web_input.h"
#include "render/imgui_renderer.h"
#include "render/map_renderer.h"
#include "ui/header_ui.h"
#include "ui/map_ui.h"
#include "ui/records_ui.h"
#include "ui/strings.h"
#include "ui/timeline_ui.h"

namespace {

constexpr const char* canvas_selector = "#canvas";
constexpr float ui_font_size_css_px = 15.0f;

struct App {
    accord::FrameScheduler scheduler;
    accord::DatasetStore store;
    // The dataset the scene points at, held until the scene has moved to a newer one (the store
    // drops its old dataset as soon as a new one is accepted).
    std::shared_ptr<const accord::Dataset> shown_dataset;
    accord::render::ImGuiRenderer renderer;
    accord::render::MapRenderer map_renderer;
    accord::WorldMesh mesh;
    accord::WorldPicker picker;
    accord::MapView view;
    accord::ui::MapScene scene;
    bool has_geometry = false;
    bool geometry_detailed = false;   // false: the overview file; the page fetches the detail on zoom
    bool told_need_detail = false;
    std::string geometry_error;
    // What the feature colours depend on (ui::party_style): they are recomputed only when it changes.
    struct FeatureColorInputs {
        std::uint64_t dataset_generation = 0;
        accord::MapMode mode = accord::MapMode::single;
        accord::Index commitment = accord::no_index, compare = accord::no_index;
        accord::DayNumber day = 0;
        accord::Theme theme = accord::Theme::light;
        bool operator==(const FeatureColorInputs&) const = default;
    };
    std::optional<FeatureColorInputs> colored_for;  // reset when the mesh changes
    std::vector<std::uint32_t> feature_rgb;  // what the renderer has, to upload only changes
    std::vector<std::uint8_t> feature_hatched;  // 1: hatched (unknown)
    // Last values told to JavaScript listeners (select, datechange, commitmentchange).
    std::string told_selected;
    accord::DayNumber told_day = 0;
    accord::Index told_commitment = accord::no_index;
    std::string told_hash;
    std::string told_full_edition_for;  // "id version" of the lean dataset whose full edition was asked for
    accord::UrlState told_state;
    EMSCRIPTEN_WEBGL_CONTEXT_HANDLE gl_context = 0;
    float css_width = 1, css_height = 1, device_pixel_ratio = 1;
    int framebuffer_width_px = 1, framebuffer_height_px = 1;
    float font_built_for_ratio = 0;  // the atlas is rasterised at the screen's pixel density
    std::string font_data;           // Inter subset from the host page; empty -> ImGui's default font
    bool loop_running = false;
    double last_frame_ms = 0;
    // Backs the strings returned to JavaScript, which copies them at once. A large reply (a CSV
    // export of a big dataset) is released at the next frame rather than kept as capacity.
    std::string scratch;
    static constexpr std::size_t scratch_kept_bytes = 256 * 1024;
    // Time spent in draw_frame since the page last asked, at most the latest max_frame_costs (a
    // page open for days without a benchmark asking must not grow).
    std::vector<double> frame_costs_ms;
    static constexpr std::size_t max_frame_costs = 2048;
    bool told_first_map_frame = false;
    std::string startup_error;
};

App* g_app = nullptr;

void build_font_atlas(App& app) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    const float size_px = std::round(ui_font_size_css_px * app.device_pixel_ratio);
    if (!app.font_data.empty()) {
        // Latin, Latin-1, Latin Extended-A (Türkiye, Côte d'Ivoire, Czechia's háček…), Cyrillic
        // (sources quoted in Ukrainian), general punctuation: the glyphs of the font subset.
        static const ImWchar ranges[] = {0x0020, 0x00FF, 0x0100, 0x017F, 0x0400, 0x045F, 0x2010, 0x205E, 0};
        ImFontConfig config;
        config.FontDataOwnedByAtlas = false;  // app.font_data keeps the bytes
        config.OversampleH = 2;
        io.Fonts->AddFontFromMemoryTTF(app.font_data.data(), static_cast<int>(app.font_data.size()), size_px, &config, ranges);
    } else {
        ImFontConfig config;
        config.SizePixels = 13.0f * app.device_pixel_ratio;
        io.Fonts->AddFontDefault(&config);
    }
    io.Fonts->Build();
    io.FontGlobalScale = 1.0f / app.device_pixel_ratio;
    app.renderer.upload_font_atlas();
    app.font_built_for_ratio = app.device_pixel_ratio;
}

// Moves the scene to the store's current dataset. The same edition again (the full texts of the
// lean edition the page started with) keeps the date, the time axis and playback; another
// dataset starts at its as-of date. The commitment and selection are kept where they exist.
void sync_scene_with_dataset(App& app) {
    const std::shared_ptr<const accord::Dataset> dataset = app.store.current();
    accord::ui::MapScene& scene = app.scene;
    if (app.shown_dataset == dataset) return;
    const std::shared_ptr<const accord::Dataset> previous = std::move(app.shown_dataset);
    const std::string previous_commitment = previous && scene.commitment != accord::no_index ? previous->commitments[scene.commitment].id : "";
    const std::string previous_compare = previous && scene.compare != accord::no_index ? previous->commitments[scene.compare].id : "";
    const bool same_edition = previous && dataset && previous->info.id == dataset->info.id && previous->info.version == dataset->info.version;
    app.shown_dataset = dataset;
    scene.dataset = dataset.get();
    scene.overview_top_dataset = nullptr;
    scene.commitment = scene.compare = accord::no_index;
    if (!same_edition) scene.player.pause();
    scene.flashes.clear();
    if (!dataset) return;
    accord::Index commitment = previous_commitment.empty() ? accord::no_index : dataset->commitment_index(previous_commitment);
    if (commitment == accord::no_index) commitment = dataset->commitment_index("bletchley-declaration");
    if (commitment == accord::no_index && !dataset->commitments.empty()) commitment = 0;
    scene.compare = previous_compare.empty() ? accord::no_index : dataset->commitment_index(previous_compare);
    if (scene.selected.size() && dataset->party_index(scene.selected) == accord::no_index) scene.selected.clear();
    scene.event_days = accord::event_days(*dataset);
    accord::ui::set_commitment(scene, commitment);
    if (same_edition) return;  // day and time axis stay
    scene.day = dataset->info.as_of.last_day();
    accord::ui::reset_time_axis(scene);
}

// Feature colours for the current mode; uploaded only when they changed.
void update_feature_colors(App& app) {
    const accord::ui::MapScene& scene = app.scene;
    if (!app.has_geometry || !scene.dataset) return;
    const App::FeatureColorInputs inputs{app.store.generation(), scene.mode, scene.commitment, scene.compare, scene.day, scene.theme};
    if (app.colored_for == inputs) return;
    app.colored_for = inputs;
    std::vector<std::uint32_t> rgb(app.mesh.features.size());
    std::vector<std::uint8_t> hatched(app.mesh.features.size());
    for (std::size_t f = 0; f < app.mesh.features.size(); ++f) {
        const accord::ui::PartyStyle style = accord::ui::party_style(scene, app.mesh.features[f].party);
        rgb[f] = style.rgb;
        hatched[f] = style.hatched ? 1 : 0;
    }
    if (rgb == app.feature_rgb && hatched == app.feature_hatched) return;
    app.map_renderer.set_feature_colors(rgb, hatched);
    app.feature_rgb = std::move(rgb);
    app.feature_hatched = std::move(hatched);
}

// What a link needs to show this view again.
accord::UrlState view_url_state(const App& app) {
    const accord::ui::MapScene& scene = app.scene;
    accord::UrlState s;
    if (!scene.dataset) return s;
    if (scene.commitment != accord::no_index) s.commitment = scene.dataset->commitments[scene.commitment].id;
    s.date = accord::format_day(scene.day);
    if (scene.mode != accord::MapMode::single) s.mode = accord::map_mode_name(scene.mode);
    if (scene.mode == accord::ui::MapMode::compare && scene.compare != accord::no_index) s.compare = scene.dataset->commitments[scene.compare].id;
    if (!scene.selected.empty()) s.selected = scene.selected;
    if (app.view.projection() != accord::ProjectionKind::equal_earth) s.projection = accord::projection_name(app.view.projection());
    if (app.view.target_zoom() > 1.0001) s.zoom = app.view.target_zoom();
    if (app.view.projection() == accord::ProjectionKind::orthographic) {
        s.rotation_lon_deg = app.view.rotation().center_lon_deg;
        s.rotation_lat_deg = app.view.rotation().center_lat_deg;
    } else if (s.zoom) {
        s.center_x = app.view.center().x;
        s.center_y = app.view.center().y;
    }
    if (scene.theme != accord::Theme::light) s.theme = accord::theme_name(scene.theme);
    s.dataset_version = scene.dataset->info.version.to_string();
    return s;
}

// One event for the host page's listeners (web/app.js: Module.onAtlasEvent).
void emit(const char* name, const nlohmann::json& detail) {
    const std::string text = detail.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    EM_ASM({ if (Module.onAtlasEvent) Module.onAtlasEvent(UTF8ToString($0), UTF8ToString($1)); }, name, text.c_str());
}

// Tells the host page's listeners what changed this frame.
void tell_javascript(App& app) {
    accord::ui::MapScene& scene = app.scene;
    if (scene.selected != app.told_selected) {
        app.told_selected = scene.selected;
        emit("select", {{"party", scene.selected.empty() ? nlohmann::json(nullptr) : nlohmann::json(scene.selected)}});
    }
    if (scene.dataset && scene.day != app.told_day) {
        app.told_day = scene.day;
        emit("datechange", {{"date", accord::format_day(scene.day)}});
    }
    if (scene.dataset && scene.commitment != app.told_commitment && scene.commitment != accord::no_index) {
        app.told_commitment = scene.commitment;
        emit("commitmentchange", {{"commitment", scene.dataset->commitments[scene.commitment].id}});
    }
    // Zoomed in past what the overview outlines can show (an error of about a CSS pixel; the
    // renderer prefers the detail from 0.6 px once it is there): ask the host once for it. An
    // Equal Earth world view up to about 2400 CSS px wide keeps the overview.
    const bool overview_suffices = accord::overview_outlines_suffice(app.view.pixels_per_unit(), 0.9);
    if (app.has_geometry && !app.told_need_detail && !overview_suffices) {
        app.told_need_detail = true;
        emit("needdetailgeometry", nlohmann::json::object());
    } else if (app.has_geometry && !app.geometry_detailed && overview_suffices) {
        app.told_need_detail = false;  // back out without the detail (a failed fetch): ask again next time
    }
    // A record panel shows texts a lean edition leaves out: ask the host for the full edition,
    // once per edition while panels stay open (a "full" file that is itself lean cannot make a
    // loop); closing the panels lets the next one ask again, e.g. after a failed fetch.
    if (scene.panel == accord::ui::RecordPanel::none || scene.embed) {
        app.told_full_edition_for.clear();
    } else if (scene.dataset && !scene.dataset->info.full_edition.empty()) {
        const std::string edition = scene.dataset->info.id + " " + scene.dataset->info.version.to_string();
        if (app.told_full_edition_for != edition) {
            app.told_full_edition_for = edition;
            emit("needfulledition", {{"file", scene.dataset->info.full_edition}});
        }
    }
    if (app.scene.download_requested) {
        emit("download", {{"kind", app.scene.download_requested}});
        app.scene.download_requested = nullptr;
    }
    if (app.scene.share_requested) {
        app.scene.share_requested = false;
        emit("share", {{"hash", accord::format_url_state(view_url_state(app))}});
    }
    // The link of the view, once the view has settled; "discrete" changes make a history entry.
    if (scene.dataset && !app.view.animating()) {
        const accord::UrlState state = view_url_state(app);
        const std::string hash = accord::format_url_state(state);
        if (hash != app.told_hash) {
            const bool discrete = state.commitment != app.told_state.commitment || state.mode != app.told_state.mode ||
                                  state.compare != app.told_state.compare || state.selected != app.told_state.selected ||
                                  state.projection != app.told_state.projection || state.theme != app.told_state.theme;
            app.told_hash = hash;
            app.told_state = state;
            emit("statechange", {{"hash", hash}, {"discrete", discrete}});
        }
    }
}

std::vector<accord::render::OutlineRequest> outlines_for(const App& app) {
    std::vector<accord::render::OutlineRequest> out;
    const accord::ui::MapScene& scene = app.scene;
    const accord::MapColors& colors = accord::map_colors(scene.theme);
    const auto outline = [&](const std::string& party, std::uint32_t rgb, float half_width) {
        const int f = app.mesh.feature_of_party(party);
        if (f < 0) return;
        const accord::MeshFeature& feature = app.mesh.features[static_cast<std::size_t>(f)];
        out.push_back({feature.first_outline_segment, feature.outline_segment_count, rgb, half_width});
    };
    // The EU as a party: the outline of its member states on the date.
    if (scene.dataset && accord::ui::scene_status(scene, "EUU").status == accord::Status::party) {
        const accord::Index eu = scene.dataset->party_index("EUU");
        for (const accord::Membership& m : scene.dataset->parties[eu].members) {
            if (m.from.first_day() <= scene.day && (!m.has_until || m.until.last_day() >= scene.day)) {
                outline(scene.dataset->parties[m.party].id, colors.eu_outline_rgb, 0.9f);
            }
        }
    }
    // "What changed": parties whose status changed at the last step, for a moment.
    for (const accord::ui::Flash& flash : scene.flashes) outline(flash.party, colors.highlight_rgb, 1.4f);
    if (!scene.hovered.empty()) outline(scene.hovered, colors.highlight_rgb, 1.0f);
    if (!scene.selected.empty()) outline(scene.selected, colors.highlight_rgb, 1.6f);
    return out;
}

void draw_frame(App& app, double time_ms) {
    if (app.scratch.capacity() > App::scratch_kept_bytes) std::string().swap(app.scratch);
    ImGuiIO& io = ImGui::GetIO();
    if (app.font_built_for_ratio != app.device_pixel_ratio) build_font_atlas(app);
    io.DisplaySize = ImVec2(app.css_width, app.css_height);
    io.DisplayFramebufferScale = ImVec2(app.device_pixel_ratio, app.device_pixel_ratio);
    const double delta_ms = app.last_frame_ms > 0 ? time_ms - app.last_frame_ms : 16.0;
    io.DeltaTime = static_cast<float>(std::clamp(delta_ms, 1.0, 250.0) / 1000.0);
    app.last_frame_ms = time_ms;

    sync_scene_with_dataset(app);
    accord::ui::MapScene& scene = app.scene;
    accord::ui::apply_theme_ui(scene.theme);
    scene.layout = accord::ui::compute_layout(app.css_width, app.css_height, scene.panel != accord::ui::RecordPanel::none && !scene.embed, scene.touch);
    if (scene.export_mode) scene.layout.map = {0, 0, app.css_width, app.css_height};
    app.view.set_rect({scene.layout.map.x, scene.layout.map.y, scene.layout.map.width, scene.layout.map.height});
    scene.view_changed = false;

    ImGui::NewFrame();
    if (app.has_geometry && scene.dataset) {
        if (scene.export_mode) {
            // A picture of the map: markers, no panels, no hover (the host page adds title, legend, source).
            scene.hovered.clear();
            accord::ui::refresh_markers(scene);
            accord::ui::map_overlay_ui(scene);
        } else {
            accord::ui::advance_scene(scene, io.DeltaTime);
            accord::ui::map_input_ui(scene);
            app.view.animate(io.DeltaTime);
            accord::ui::refresh_markers(scene);
            if (!scene.embed) accord::ui::header_ui(scene);
            accord::ui::timeline_ui(scene);
            if (!scene.embed) accord::ui::records_ui(scene);
            accord::ui::map_legend_ui(scene);
            accord::ui::map_overlay_ui(scene);
        }
    } else {
        ImGui::SetNextWindowPos(ImVec2(12, 12));
        ImGui::Begin("##loading", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings);
        ImGui::TextUnformatted(!app.geometry_error.empty() ? "The world map could not be loaded." : scene.dataset ? "Loading the map…" : "Loading data…");
        ImGui::End();
    }
    ImGui::Render();
    update_feature_colors(app);

    const accord::MapColors& colors = accord::map_colors(scene.theme);
    glViewport(0, 0, app.framebuffer_width_px, app.framebuffer_height_px);
    glClearColor(static_cast<float>((colors.background_rgb >> 16) & 0xFF) / 255.0f, static_cast<float>((colors.background_rgb >> 8) & 0xFF) / 255.0f,
                 static_cast<float>(colors.background_rgb & 0xFF) / 255.0f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    if (app.has_geometry && scene.dataset) {
        accord::render::MapFrame frame;
        frame.view = &app.view;
        frame.canvas_width_css = app.css_width;
        frame.canvas_height_css = app.css_height;
        frame.device_pixel_ratio = app.device_pixel_ratio;
        frame.theme = scene.theme;
        frame.outlines = outlines_for(app);
        app.map_renderer.draw(frame);
    }
    app.renderer.render(*ImGui::GetDrawData(), app.framebuffer_width_px, app.framebuffer_height_px);
    app.scheduler.frame_drawn();
    app.scheduler.set_animating(app.view.animating() || scene.player.playing() || !scene.flashes.empty());
    if (scene.view_changed) app.scheduler.request_frames();
    tell_javascript(app);
}

EM_BOOL animation_frame(double time_ms, void*) {
    App& app = *g_app;
    const double started_ms = emscripten_get_now();
    draw_frame(app, time_ms);
    // Our own cost per frame (CPU time in the app, GL calls included), for benchmarks.
    if (app.frame_costs_ms.size() == App::max_frame_costs) app.frame_costs_ms.erase(app.frame_costs_ms.begin(), app.frame_costs_ms.begin() + App::max_frame_costs / 2);
    app.frame_costs_ms.push_back(emscripten_get_now() - started_ms);
    if (!app.told_first_map_frame && app.has_geometry && app.scene.dataset) {
        app.told_first_map_frame = true;
        emit("firstmapframe", nlohmann::json::object());
    }
    app.loop_running = app.scheduler.wants_frame();
    if (!app.loop_running) app.last_frame_ms = 0;  // the next burst starts with a nominal delta
    return app.loop_running ? EM_TRUE : EM_FALSE;
}

// Starts the requestAnimationFrame loop if frames are wanted and it is not running.
void schedule(App& app) {
    if (app.loop_running || !app.scheduler.wants_frame()) return;
    app.loop_running = true;
    emscripten_request_animation_frame_loop(animation_frame, nullptr);
}

// Applies {commitment, date, mode, compare, projection, theme, selected}; returns the errors (all
// or nothing: no change when any field is invalid).
nlohmann::json apply_view(App& app, const nlohmann::json& request) {
    nlohmann::json errors = nlohmann::json::array();
    std::optional<accord::ProjectionKind> projection;
    sync_scene_with_dataset(app);
    accord::ui::MapScene next = app.scene;
    if (!request.is_object()) {
        errors.push_back("expected an object");
    } else {
        const accord::Dataset* d = app.store.current().get();
        if (request.contains("commitment")) {
            const auto& value = request["commitment"];
            const accord::Index c = d && value.is_string() ? d->commitment_index(value.get<std::string>()) : accord::no_index;
            if (c == accord::no_index) errors.push_back("unknown commitment " + value.dump());
            else next.commitment = c;
        }
        if (request.contains("date")) {
            const auto& value = request["date"];
            const auto date = value.is_string() ? accord::parse_iso_date(value.get<std::string>()) : std::nullopt;
            if (!date || date->precision != accord::DatePrecision::day) errors.push_back("date must be YYYY-MM-DD, got " + value.dump());
            else next.day = date->first_day();
        }
        if (request.contains("projection")) {
            const auto& value = request["projection"];
            projection = value.is_string() ? accord::projection_from_name(value.get<std::string>()) : std::nullopt;
            if (!projection) errors.push_back("projection must be equal-earth, natural-earth or orthographic, got " + value.dump());
        }
        if (request.contains("theme")) {
            const auto& value = request["theme"];
            const auto theme = value.is_string() ? accord::theme_from_name(value.get<std::string>()) : std::nullopt;
            if (theme) next.theme = *theme;
            else errors.push_back("theme must be light or dark, got " + value.dump());
        }
        if (request.contains("mode")) {
            const auto& value = request["mode"];
            const auto mode = value.is_string() ? accord::map_mode_from_name(value.get<std::string>()) : std::nullopt;
            if (mode) next.mode = *mode;
            else errors.push_back("mode must be single, overview or compare, got " + value.dump());
        }
        if (request.contains("compare")) {
            const auto& value = request["compare"];
            const accord::Index c = d && value.is_string() ? d->commitment_index(value.get<std::string>()) : accord::no_index;
            if (c == accord::no_index) errors.push_back("unknown commitment to compare " + value.dump());
            else next.compare = c;
        }
        if (next.mode == accord::ui::MapMode::compare && next.compare == accord::no_index) errors.push_back("compare mode needs \"compare\": a commitment id");
        if (request.contains("selected")) {
            const auto& value = request["selected"];
            if (value.is_null() || value == "") next.selected.clear();
            else if (value.is_string() && d && d->party_index(value.get<std::string>()) != accord::no_index) next.selected = value.get<std::string>();
            else errors.push_back("unknown party " + value.dump());
        }
    }
    if (errors.empty()) {
        accord::ui::MapScene& scene = app.scene;
        const accord::Index commitment = next.commitment;
        const accord::DayNumber day = next.day;
        next.commitment = scene.commitment;
        next.day = scene.day;
        const bool newly_selected = next.selected != scene.selected && !next.selected.empty();
        scene = next;
        accord::ui::set_commitment(scene, commitment);
        accord::ui::set_day(scene, day);
        if (newly_selected) accord::ui::choose_party(scene, scene.selected);
        if (request.contains("selected") && scene.selected.empty() && scene.panel == accord::ui::RecordPanel::country) scene.panel = accord::ui::RecordPanel::none;
        if (projection) app.view.set_projection(*projection);
        app.scheduler.request_frames();
        schedule(app);
    }
    return errors;
}

}  // namespace

// [SECTION] C API for the host page (exported; see web/app.js)
extern "C" {

// `coarse_pointer`: the page's primary pointer is a finger (CSS `pointer: coarse`), so controls
// get 44 px touch targets. Decided by the device, not by the last event, so the layout is stable.
EMSCRIPTEN_KEEPALIVE void accord_set_viewport(float css_width, float css_height, float device_pixel_ratio, int coarse_pointer) {
    App& app = *g_app;
    app.scene.touch = coarse_pointer != 0;
    app.css_width = std::max(css_width, 1.0f);
    app.css_height = std::max(css_height, 1.0f);
    app.device_pixel_ratio = std::clamp(device_pixel_ratio, 0.5f, 8.0f);
    app.framebuffer_width_px = static_cast<int>(std::lround(app.css_width * app.device_pixel_ratio));
    app.framebuffer_height_px = static_cast<int>(std::lround(app.css_height * app.device_pixel_ratio));
    app.scheduler.request_frames();
    schedule(app);
}

// Takes a copy of the font bytes (OTF/TTF); the atlas is rebuilt on the next frame.
EMSCRIPTEN_KEEPALIVE void accord_set_font(const char* data, int size) {
    App& app = *g_app;
    app.font_data.assign(data, static_cast<std::size_t>(std::max(size, 0)));
    app.font_built_for_ratio = 0;
    app.scheduler.request_frames();
    schedule(app);
}

// Returns 1 when the dataset was accepted, 0 when it was rejected (the previous one stays).
EMSCRIPTEN_KEEPALIVE int accord_load_dataset(const char* name, const char* data, int size) {
    App& app = *g_app;
    const bool accepted = app.store.load(name, std::string_view(data, static_cast<std::size_t>(std::max(size, 0))));
    sync_scene_with_dataset(app);
    app.scheduler.request_frames();
    schedule(app);
    return accepted ? 1 : 0;
}

// Bytes of the wasm heap held by live allocations (emmalloc's view): the soak test compares it
// at the same view before and after minutes of random use to find leaks.
EMSCRIPTEN_KEEPALIVE double accord_heap_in_use_bytes() {
    return static_cast<double>(emmalloc_dynamic_heap_size() - emmalloc_free_dynamic_memory());
}

// The host page is fetching (1) or no longer fetching (0) the full edition of the lean dataset.
EMSCRIPTEN_KEEPALIVE void accord_set_full_edition_loading(int loading) {
    App& app = *g_app;
    app.scene.full_edition_loading = loading != 0;
    app.scheduler.request_frames();
    schedule(app);
}

// The largest dataset the loader reads; the host page refuses larger ones before copying them.
EMSCRIPTEN_KEEPALIVE double accord_dataset_limit_bytes() {
    return static_cast<double>(accord::JsonLimits{}.max_bytes);
}

// The host refused a dataset by size without handing it over (`at_least`: it stopped reading at
// the limit). Recorded like any rejection: the current dataset stays, the problem is listed.
EMSCRIPTEN_KEEPALIVE void accord_refuse_dataset(const char* name, double size_bytes, int at_least) {
    App& app = *g_app;
    app.store.refuse(name, accord::Problem{"", 0, 0, accord::oversize_message(static_cast<std::uint64_t>(std::max(size_bytes, 0.0)),
                                                                             accord::JsonLimits{}.max_bytes, at_least != 0)});
    app.scheduler.request_frames();
    schedule(app);
}

// Embed mode (embed.html): the compact view for articles. With `touch_activation`, one finger
// scrolls the article until the reader taps the map; two fingers always pan and zoom it.
EMSCRIPTEN_KEEPALIVE void accord_set_embed(int embed, int touch_activation) {
    App& app = *g_app;
    app.scene.embed = embed != 0;
    accord::platform::set_touch_activation(touch_activation != 0);
    app.scheduler.request_frames();
    schedule(app);
}

// CSV of what is shown (the columns of `atlas-data export --csv`): the chosen commitment, both
// commitments in compare mode, every commitment in overview mode.
EMSCRIPTEN_KEEPALIVE const char* accord_export_csv() {
    App& app = *g_app;
    const accord::ui::MapScene& scene = app.scene;
    app.scratch = accord::actions_csv_header();
    if (const accord::Dataset* d = scene.dataset) {
        if (scene.mode == accord::ui::MapMode::overview || scene.commitment == accord::no_index) {
            app.scratch += accord::actions_csv_rows(*d);
        } else {
            app.scratch += accord::commitment_csv_rows(*d, scene.commitment);
            if (scene.mode == accord::ui::MapMode::compare && scene.compare != accord::no_index && scene.compare != scene.commitment) {
                app.scratch += accord::commitment_csv_rows(*d, scene.compare);
            }
        }
    }
    return app.scratch.c_str();
}

// Picture mode on/off (the map and its markers fill the canvas, no panels), for PNG exports.
EMSCRIPTEN_KEEPALIVE void accord_set_export_mode(int on) {
    g_app->scene.export_mode = on != 0;
}

// Draws one frame now, in the calling task, so that the page can read the canvas right after.
EMSCRIPTEN_KEEPALIVE void accord_draw_now() {
    App& app = *g_app;
    draw_frame(app, emscripten_get_now());
}

// World geometry (geo/world.bin). Returns 1 when it was decoded, 0 otherwise (see the state's geometryError).
// `detailed`: 0 for the overview file the page starts with (geo/world-overview.bin), 1 for the
// full detail (geo/world.bin). With the overview, the app asks for the detail ("needdetailgeometry")
// once the view is zoomed in far enough to show the difference.
EMSCRIPTEN_KEEPALIVE int accord_load_geometry(const char* data, int size, int detailed) {
    App& app = *g_app;
    std::string error;
    const auto world = accord::decode_world_geometry(
        std::span<const std::uint8_t>(reinterpret_cast<const std::uint8_t*>(data), static_cast<std::size_t>(std::max(size, 0))), error);
    if (!world) {
        app.geometry_error = error;
        return 0;
    }
    app.mesh = accord::build_world_mesh(*world);
    app.picker.build(app.mesh);
    app.map_renderer.upload_mesh(app.mesh);
    app.scene.mesh = &app.mesh;
    app.scene.picker = &app.picker;
    app.scene.markers.clear();  // they index the previous mesh; refreshed at the next frame
    app.has_geometry = true;
    app.geometry_detailed = detailed != 0;
    app.told_need_detail = app.geometry_detailed;
    app.geometry_error.clear();
    app.feature_rgb.clear();  // upload the colours for the new mesh
    app.colored_for.reset();
    app.scheduler.request_frames();
    schedule(app);
    return 1;
}

// Changes what the map shows: {"commitment": id, "date": "YYYY-MM-DD", "projection": name,
// "theme": "light"|"dark", "selected": party id or ""}. Returns {"ok": bool, "errors": [...]};
// nothing changes when any field is invalid.
EMSCRIPTEN_KEEPALIVE const char* accord_set_view(const char* json_text) {
    App& app = *g_app;
    const nlohmann::json errors = apply_view(app, nlohmann::json::parse(json_text, nullptr, false));
    app.scratch = nlohmann::json{{"ok", errors.empty()}, {"errors", errors}}.dump();
    return app.scratch.c_str();
}

// The view as a URL fragment (without '#'), see core/url_state.h.
EMSCRIPTEN_KEEPALIVE const char* accord_view_hash() {
    App& app = *g_app;
    app.scratch = accord::format_url_state(view_url_state(app));
    return app.scratch.c_str();
}

// Applies a URL fragment: returns {ok, errors, warnings}; valid parts apply even when others are
// refused (a link from an older edition still opens as much as it can).
EMSCRIPTEN_KEEPALIVE const char* accord_apply_hash(const char* fragment) {
    App& app = *g_app;
    const accord::UrlStateParse parsed = accord::parse_url_state(fragment);
    nlohmann::json errors = parsed.problems;
    nlohmann::json warnings = nlohmann::json::array();
    const accord::UrlState& s = parsed.state;
    nlohmann::json request = nlohmann::json::object();
    if (s.commitment) request["commitment"] = *s.commitment;
    if (s.date) request["date"] = *s.date;
    if (s.compare) request["compare"] = *s.compare;
    // A link shows exactly its view: what it does not say is the default (no selection, one
    // commitment, the flat map, the whole world). Theme and date left out keep the page's own.
    request["selected"] = s.selected.value_or("");
    request["mode"] = s.mode.value_or("single");
    request["projection"] = s.projection.value_or("equal-earth");
    if (s.theme) request["theme"] = *s.theme;
    // Apply field by field so that one refused value does not drop the others.
    for (auto it = request.begin(); it != request.end(); ++it) {
        nlohmann::json one = nlohmann::json::object();
        one[it.key()] = it.value();
        if (it.key() == "mode" && it.value() == "compare" && request.contains("compare")) one["compare"] = request["compare"];
        for (const auto& e : apply_view(app, one)) errors.push_back(e);
    }
    {
        app.view.jump_to({s.center_x.value_or(0), s.center_y.value_or(0)}, s.zoom.value_or(1.0),
                         {s.rotation_lon_deg.value_or(0), s.rotation_lat_deg.value_or(0)});
    }
    if (const auto& d = app.store.current(); d && s.dataset_version && *s.dataset_version != d->info.version.to_string()) {
        warnings.push_back("this link was made with dataset edition " + *s.dataset_version + "; the page shows edition " + d->info.version.to_string());
    }
    app.scheduler.request_frames();
    schedule(app);
    app.scratch = nlohmann::json{{"ok", errors.empty()}, {"errors", errors}, {"warnings", warnings}}.dump();
    return app.scratch.c_str();
}


// [{id, name, kind}] for every party of the dataset.
EMSCRIPTEN_KEEPALIVE const char* accord_parties_json() {
    App& app = *g_app;
    nlohmann::json list = nlohmann::json::array();
    if (const auto& d = app.store.current()) {
        for (const accord::Party& p : d->parties) {
            list.push_back({{"id", p.id}, {"name", p.name}, {"kind", accord::party_kind_name(p.kind)},
                            {"onMap", app.mesh.feature_of_party(p.id) >= 0 ||
                                          std::any_of(app.mesh.markers.begin(), app.mesh.markers.end(), [&](const accord::WorldMarker& m) { return m.party == p.id; })}});
        }
    }
    app.scratch = list.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return app.scratch.c_str();
}

// The party under a CSS point of the canvas, "" when none.
EMSCRIPTEN_KEEPALIVE const char* accord_party_at(double x_css, double y_css) {
    App& app = *g_app;
    app.scratch.clear();
    if (app.has_geometry) {
        app.scratch = accord::party_at_css(app.mesh, app.picker, app.view, app.scene.markers, app.scene.marker_rules, {x_css, y_css});
    }
    return app.scratch.c_str();
}

// {"x": .., "y": ..} in CSS pixels where the party is shown, or "null".
EMSCRIPTEN_KEEPALIVE const char* accord_screen_pos(const char* party) {
    App& app = *g_app;
    app.scratch = "null";
    if (app.has_geometry) {
        if (const auto css = accord::css_position_of(app.mesh, app.picker, app.view, app.scene.markers, app.scene.marker_rules, party)) {
            app.scratch = nlohmann::json{{"x", css->x}, {"y", css->y}}.dump();
        }
    }
    return app.scratch.c_str();
}

// The legend exactly as drawn: [{status, label, color: "#rrggbb", hatched, hatchColor}].
EMSCRIPTEN_KEEPALIVE const char* accord_legend_json() {
    App& app = *g_app;
    nlohmann::json list = nlohmann::json::array();
    const auto hex = [](std::uint32_t rgb) {
        char buffer[8];
        std::snprintf(buffer, sizeof buffer, "#%06x", rgb & 0xFFFFFF);
        return std::string(buffer);
    };
    const accord::ui::MapScene& scene = app.scene;
    if (scene.mode == accord::ui::MapMode::compare && scene.dataset && scene.compare != accord::no_index) {
        const accord::CompareCounts counts = accord::compare_counts(*scene.dataset, scene.commitment, scene.compare, scene.day);
        const int values[] = {counts.both, counts.only_a, counts.only_b, counts.neither, counts.unknown, counts.not_applicable};
        for (int c = 0; c < 6; ++c) {
            const auto compare = static_cast<accord::CompareClass>(c);
            nlohmann::json entry = {{"status", accord::compare_class_name(compare)}, {"label", accord::ui::compare_label(compare)},
                                    {"color", hex(accord::compare_rgb(c, scene.theme))}, {"hatched", compare == accord::CompareClass::unknown},
                                    {"count", values[c]}};
            if (compare == accord::CompareClass::unknown) entry["hatchColor"] = hex(accord::status_style(accord::Status::unknown, scene.theme).hatch_rgb);
            list.push_back(entry);
        }
    } else if (scene.mode == accord::ui::MapMode::overview && scene.dataset) {
        const int top = accord::ui::overview_scale_top(scene);
        for (int joined = 0; joined <= top; ++joined) {
            list.push_back({{"status", "joined-" + std::to_string(joined)}, {"label", std::to_string(joined)},
                            {"color", hex(accord::overview_rgb(joined, top, scene.theme))}, {"hatched", false}});
        }
    } else {
        for (const accord::StatusStyle& style : accord::status_styles(scene.theme)) {
            nlohmann::json entry = {{"status", accord::status_name(style.status)}, {"label", accord::ui::status_label(style.status)},
                                    {"color", hex(style.rgb)}, {"hatched", style.hatched}};
            if (style.hatched) entry["hatchColor"] = hex(style.hatch_rgb);
            list.push_back(entry);
        }
    }
    app.scratch = list.dump();
    return app.scratch.c_str();
}

EMSCRIPTEN_KEEPALIVE void accord_play() {
    App& app = *g_app;
    accord::ui::MapScene& scene = app.scene;
    if (!scene.dataset) return;
    scene.player.set_range(scene.dataset->first_day(), std::max(scene.dataset->info.as_of.last_day(), scene.day));
    scene.player.play(scene.day);
    app.scheduler.request_frames();
    schedule(app);
}

EMSCRIPTEN_KEEPALIVE void accord_pause() {
    g_app->scene.player.pause();
    g_app->scheduler.request_frames();
    schedule(*g_app);
}

// {status, date, confidence, sources: [{url, publisher}], action} of a party in a commitment on a
// day, or {"error": "..."}.
EMSCRIPTEN_KEEPALIVE const char* accord_status_of(const char* party, const char* commitment, const char* date) {
    App& app = *g_app;
    const accord::Dataset* d = app.store.current().get();
    nlohmann::json out;
    const accord::Index p = d ? d->party_index(party) : accord::no_index;
    const accord::Index c = d ? d->commitment_index(commitment) : accord::no_index;
    const auto day = accord::parse_iso_date(date);
    if (p == accord::no_index) out["error"] = std::string("unknown party ") + party;
    else if (c == accord::no_index) out["error"] = std::string("unknown commitment ") + commitment;
    else if (!day || day->precision != accord::DatePrecision::day) out["error"] = std::string("date must be YYYY-MM-DD, got ") + date;
    else {
        const accord::StatusAt status = d->status_of(p, c, day->first_day());
        out["status"] = accord::status_name(status.status);
        out["inWindow"] = status.in_window;
        out["date"] = nullptr;
        out["confidence"] = nullptr;
        out["sources"] = nlohmann::json::array();
        out["note"] = nullptr;
        if (status.action != accord::no_index) {
            const accord::Action& action = d->actions[status.action];
            out["action"] = accord::action_kind_name(action.kind);
            out["date"] = action.date.to_string();
            out["confidence"] = accord::confidence_name(action.confidence);
            for (const accord::Index s : action.sources) out["sources"].push_back({{"url", d->sources[s].url}, {"publisher", d->sources[s].publisher}});
            out["note"] = action.note.empty() ? nlohmann::json(nullptr) : nlohmann::json(action.note);
        }
    }
    app.scratch = out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return app.scratch.c_str();
}

// JSON array of the last load's problems: [{path, line, column, message}], "[]" when none.
EMSCRIPTEN_KEEPALIVE const char* accord_problems_json() {
    App& app = *g_app;
    nlohmann::json list = nlohmann::json::array();
    for (const accord::Problem& p : app.store.last_problems()) {
        list.push_back({{"path", p.path}, {"line", p.line}, {"column", p.column}, {"message", p.message}});
    }
    app.scratch = list.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return app.scratch.c_str();
}

// JSON of what the app shows, for getState() and the tests.
EMSCRIPTEN_KEEPALIVE const char* accord_state_json() {
    App& app = *g_app;
    nlohmann::json state;
    state["framesDrawn"] = app.scheduler.frames_drawn();
    state["startupError"] = app.startup_error.empty() ? nlohmann::json(nullptr) : nlohmann::json(app.startup_error);
    state["viewport"] = {{"cssWidth", app.css_width}, {"cssHeight", app.css_height}, {"devicePixelRatio", app.device_pixel_ratio},
                         {"pixelWidth", app.framebuffer_width_px}, {"pixelHeight", app.framebuffer_height_px}};
    if (const auto& d = app.store.current()) {
        int joined_total = 0;
        for (accord::Index c = 0; c < d->commitments.size(); ++c) joined_total += d->party_count_on(c, d->last_day());
        state["dataset"] = {
            {"name", app.store.current_name()},
            {"id", d->info.id},
            {"title", d->info.title},
            {"version", d->info.version.to_string()},
            {"asOf", d->info.as_of.to_string()},
            {"fullEdition", d->info.full_edition.empty() ? nlohmann::json(nullptr) : nlohmann::json(d->info.full_edition)},
            {"counts", {{"parties", d->parties.size()}, {"sources", d->sources.size()}, {"events", d->events.size()},
                        {"commitments", d->commitments.size()}, {"actions", d->actions.size()}, {"joined", joined_total}}},
            {"firstDay", accord::format_day(d->first_day())},
            {"lastDay", accord::format_day(d->last_day())},
        };
    } else {
        state["dataset"] = nullptr;
    }
    if (app.scene.dataset && app.scene.commitment != accord::no_index) {
        state["commitment"] = app.scene.dataset->commitments[app.scene.commitment].id;
        state["commitmentTitle"] = app.scene.dataset->commitments[app.scene.commitment].short_title;
        state["date"] = accord::format_day(app.scene.day);
        state["partyCount"] = app.scene.dataset->party_count_on(app.scene.commitment, app.scene.day);
        state["stepDelta"] = app.scene.step_delta;
    }
    state["map"] = {{"loaded", app.has_geometry}, {"geometry", !app.has_geometry ? "none" : app.geometry_detailed ? "detail" : "overview"}, {"projection", accord::projection_name(app.view.projection())},
                    {"zoom", app.view.zoom()}, {"centerX", app.view.center().x}, {"centerY", app.view.center().y},
                    {"rotation", {app.view.rotation().center_lon_deg, app.view.rotation().center_lat_deg}},
                    {"animating", app.view.animating()}, {"markers", app.scene.markers.size()},
                    {"features", app.mesh.features.size()}, {"triangles", app.mesh.fill_indices.size() / 3}};
    state["geometryError"] = app.geometry_error.empty() ? nlohmann::json(nullptr) : nlohmann::json(app.geometry_error);
    state["theme"] = accord::theme_name(app.scene.theme);
    state["mode"] = accord::map_mode_name(app.scene.mode);
    state["compare"] = app.scene.dataset && app.scene.compare != accord::no_index ? nlohmann::json(app.scene.dataset->commitments[app.scene.compare].id) : nlohmann::json(nullptr);
    state["playing"] = app.scene.player.playing();
    static const char* panel_names[] = {"none", "country", "commitment"};
    state["panel"] = panel_names[static_cast<int>(app.scene.panel)];
    state["layout"] = {{"narrow", app.scene.layout.narrow},
                       {"map", {app.scene.layout.map.x, app.scene.layout.map.y, app.scene.layout.map.width, app.scene.layout.map.height}},
                       {"timeline", {app.scene.layout.timeline.x, app.scene.layout.timeline.y, app.scene.layout.timeline.width, app.scene.layout.timeline.height}},
                       {"search", {app.scene.search_box.x, app.scene.search_box.y, app.scene.search_box.width, app.scene.search_box.height}},
                       {"touchTarget", app.scene.layout.touch_target},
                       {"panel", {app.scene.layout.panel.x, app.scene.layout.panel.y, app.scene.layout.panel.width, app.scene.layout.panel.height}}};
    state["flashes"] = app.scene.flashes.size();
    state["embed"] = app.scene.embed;
    state["timeAxis"] = {accord::format_day(static_cast<accord::DayNumber>(std::floor(app.scene.axis_first_day))),
                         accord::format_day(static_cast<accord::DayNumber>(std::ceil(app.scene.axis_last_day)))};
    state["touchActive"] = accord::platform::touch_active();
    state["selected"] = app.scene.selected.empty() ? nlohmann::json(nullptr) : nlohmann::json(app.scene.selected);
    state["hovered"] = app.scene.hovered.empty() ? nlohmann::json(nullptr) : nlohmann::json(app.scene.hovered);
    state["rejected"] = app.store.last_rejected_name().empty() ? nlohmann::json(nullptr) : nlohmann::json(app.store.last_rejected_name());
    app.scratch = state.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return app.scratch.c_str();
}

// Milliseconds spent in each frame drawn since the last call, as a JSON array (then forgotten).
EMSCRIPTEN_KEEPALIVE const char* accord_frame_costs_json() {
    App& app = *g_app;
    app.scratch = nlohmann::json(app.frame_costs_ms).dump();
    app.frame_costs_ms.clear();
    return app.scratch.c_str();
}

EMSCRIPTEN_KEEPALIVE double accord_frames_drawn() { return static_cast<double>(g_app->scheduler.frames_drawn()); }

EMSCRIPTEN_KEEPALIVE void accord_request_frame() {
    g_app->scheduler.request_frames();
    schedule(*g_app);
}

}  // extern "C"

int main() {
    static App app;
    g_app = &app;
    EmscriptenWebGLContextAttributes attributes;
    emscripten_webgl_init_context_attributes(&attributes);
    attributes.majorVersion = 2;
    attributes.minorVersion = 0;
    attributes.alpha = EM_FALSE;
    attributes.antialias = EM_FALSE;  // ImGui antialiases its own geometry
    attributes.depth = EM_FALSE;
    attributes.stencil = EM_FALSE;
    attributes.preserveDrawingBuffer = EM_FALSE;
    app.gl_context = emscripten_webgl_create_context(canvas_selector, &attributes);
    if (app.gl_context <= 0) {
        app.startup_error = "WebGL2 is not available in this browser";
        return 1;
    }
    emscripten_webgl_make_context_current(app.gl_context);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // no files: nothing persists between visits
    io.LogFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.BackendPlatformName = "accord_web_html5";
    io.BackendRendererName = "accord_webgl2";
    accord::ui::apply_theme_ui(accord::Theme::light, true);

    std::string error;
    if (!app.renderer.init(error) || !app.map_renderer.init(error)) {
        app.startup_error = "renderer: " + error;  // web/app.js shows it in the page
        return 1;
    }
    app.scene.view = &app.view;
    // Links leave the app only as http(s), in a new tab, without access back to this page.
    app.scene.open_link = [](const char* url) {
        if (std::strncmp(url, "https://", 8) != 0 && std::strncmp(url, "http://", 7) != 0) return;
        EM_ASM({ window.open(UTF8ToString($0), '_blank', 'noopener,noreferrer'); }, url);
    };
    app.scene.fly_to_party = [](const std::string& party) {
        App& a = *g_app;
        for (const accord::WorldMarker& m : a.mesh.markers) {
            if (m.party != party) continue;
            const int f = a.mesh.feature_of_party(party);
            // Zoom so that the shape is about a fifth of the map, between 2x and 12x.
            double zoom = 6.0;
            if (f >= 0) {
                const accord::MeshFeature& feature = a.mesh.features[static_cast<std::size_t>(f)];
                const double extent = std::max(feature.max_lon_deg - feature.min_lon_deg, feature.max_lat_deg - feature.min_lat_deg);
                zoom = std::clamp(360.0 / std::max(extent, 0.5) / 5.0, 2.0, 12.0);
            }
            a.view.fly_to({m.lon_deg, m.lat_deg}, zoom);
            return;
        }
    };
    accord::platform::install_input_callbacks(
        canvas_selector,
        [] {
            g_app->scheduler.request_frames();
            schedule(*g_app);
        },
        [](const accord::platform::PinchStep& step) {
            g_app->view.zoom_at({step.center_x_css, step.center_y_css}, step.scale, true);
            g_app->view.pan_by(step.dx_css, step.dy_css);
        });
    return 0;
}
