// The web app's entry point and its C API for the host page (web/app.js). It owns the WebGL2
// context, Dear ImGui, the dataset store, the world map (mesh, picker, view, renderer) and the
// frame scheduler, and draws a frame only when the scheduler asks for one (input, resize, new
// data, animation): an idle page draws nothing. The host page sizes the canvas (CSS size x
// devicePixelRatio) and tells us through accord_set_viewport; it fetches the dataset, the world
// geometry and the font and hands us their bytes.
#include <GLES3/gl3.h>
#include <emscripten/emscripten.h>
#include <emscripten/html5.h>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <memory>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "core/dataset_loader.h"
#include "core/frame_scheduler.h"
#include "core/map_pick.h"
#include "core/world_geometry.h"
#include "core/world_mesh.h"
#include "core/world_picker.h"
#include "imgui.h"
#include "platform/web_input.h"
#include "render/imgui_renderer.h"
#include "render/map_renderer.h"
#include "ui/map_ui.h"

namespace {

constexpr const char* canvas_selector = "#canvas";
constexpr float ui_font_size_css_px = 15.0f;

struct App {
    accord::FrameScheduler scheduler;
    accord::DatasetStore store;
    accord::render::ImGuiRenderer renderer;
    accord::render::MapRenderer map_renderer;
    accord::WorldMesh mesh;
    accord::WorldPicker picker;
    accord::MapView view;
    accord::ui::MapScene scene;
    bool has_geometry = false;
    std::string geometry_error;
    std::uint64_t colored_generation = 0;  // what the feature colours were computed for
    accord::Index colored_commitment = accord::no_index;
    accord::DayNumber colored_day = 0;
    accord::Theme colored_theme = accord::Theme::light;
    bool colors_valid = false;
    EMSCRIPTEN_WEBGL_CONTEXT_HANDLE gl_context = 0;
    float css_width = 1, css_height = 1, device_pixel_ratio = 1;
    int framebuffer_width_px = 1, framebuffer_height_px = 1;
    float font_built_for_ratio = 0;  // the atlas is rasterised at the screen's pixel density
    std::string font_data;           // Inter subset from the host page; empty -> ImGui's default font
    bool loop_running = false;
    double last_frame_ms = 0;
    std::string scratch;  // backs the strings returned to JavaScript
    std::string startup_error;
};

App* g_app = nullptr;

void build_font_atlas(App& app) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    const float size_px = std::round(ui_font_size_css_px * app.device_pixel_ratio);
    if (!app.font_data.empty()) {
        // Latin, Latin-1, Latin Extended-A (Türkiye, Côte d'Ivoire, Czechia's háček…), general punctuation.
        static const ImWchar ranges[] = {0x0020, 0x00FF, 0x0100, 0x017F, 0x2010, 0x205E, 0};
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

// The scene follows the store: a new dataset keeps the chosen commitment if it still exists.
void sync_scene_with_dataset(App& app) {
    const auto& dataset = app.store.current();
    accord::ui::MapScene& scene = app.scene;
    if (scene.dataset == dataset.get()) return;
    std::string previous_commitment = scene.dataset && scene.commitment != accord::no_index ? scene.dataset->commitments[scene.commitment].id : "";
    scene.dataset = dataset.get();
    scene.commitment = accord::no_index;
    if (!dataset) return;
    if (!previous_commitment.empty()) scene.commitment = dataset->commitment_index(previous_commitment);
    if (scene.commitment == accord::no_index) scene.commitment = dataset->commitment_index("bletchley-declaration");
    if (scene.commitment == accord::no_index && !dataset->commitments.empty()) scene.commitment = 0;
    scene.day = dataset->info.as_of.last_day();
}

void update_feature_colors(App& app) {
    const accord::ui::MapScene& scene = app.scene;
    if (!app.has_geometry || !scene.dataset) return;
    if (app.colors_valid && app.colored_generation == app.store.generation() && app.colored_commitment == scene.commitment &&
        app.colored_day == scene.day && app.colored_theme == scene.theme) {
        return;
    }
    std::vector<std::uint32_t> rgb(app.mesh.features.size());
    std::vector<bool> hatched_bits(app.mesh.features.size());
    for (std::size_t f = 0; f < app.mesh.features.size(); ++f) {
        const std::string& party = app.mesh.features[f].party;
        if (party.empty() || scene.dataset->party_index(party) == accord::no_index) {
            rgb[f] = accord::map_colors(scene.theme).land_without_party_rgb;
            continue;
        }
        const accord::StatusStyle& style = accord::status_style(accord::ui::scene_status(scene, party).status, scene.theme);
        rgb[f] = style.rgb;
        hatched_bits[f] = style.hatched;
    }
    std::unique_ptr<bool[]> hatched(new bool[hatched_bits.size()]);
    for (std::size_t i = 0; i < hatched_bits.size(); ++i) hatched[i] = hatched_bits[i];
    app.map_renderer.set_feature_colors(rgb, std::span<const bool>(hatched.get(), hatched_bits.size()));
    app.colors_valid = true;
    app.colored_generation = app.store.generation();
    app.colored_commitment = scene.commitment;
    app.colored_day = scene.day;
    app.colored_theme = scene.theme;
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
    if (!scene.hovered.empty()) outline(scene.hovered, colors.highlight_rgb, 1.0f);
    if (!scene.selected.empty()) outline(scene.selected, colors.highlight_rgb, 1.6f);
    return out;
}

void draw_frame(App& app, double time_ms) {
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
    app.view.set_rect({0, 0, app.css_width, app.css_height});
    scene.view_changed = false;

    ImGui::NewFrame();
    if (app.has_geometry && scene.dataset) {
        accord::ui::map_input_ui(scene);
        app.view.animate(io.DeltaTime);
        accord::ui::refresh_markers(scene);
        accord::ui::map_header_ui(scene);
        accord::ui::map_legend_ui(scene);
        accord::ui::map_overlay_ui(scene);
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
    app.scheduler.set_animating(app.view.animating());
    if (scene.view_changed) app.scheduler.request_frames();
}

EM_BOOL animation_frame(double time_ms, void*) {
    App& app = *g_app;
    draw_frame(app, time_ms);
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

}  // namespace

// [SECTION] C API for the host page (exported; see web/app.js)
extern "C" {

EMSCRIPTEN_KEEPALIVE void accord_set_viewport(float css_width, float css_height, float device_pixel_ratio) {
    App& app = *g_app;
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
    app.scheduler.request_frames();
    schedule(app);
    return accepted ? 1 : 0;
}

// World geometry (geo/world.bin). Returns 1 when it was decoded, 0 otherwise (see the state's geometryError).
EMSCRIPTEN_KEEPALIVE int accord_load_geometry(const char* data, int size) {
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
    app.has_geometry = true;
    app.geometry_error.clear();
    app.colors_valid = false;
    app.scheduler.request_frames();
    schedule(app);
    return 1;
}

// Changes what the map shows: {"commitment": id, "date": "YYYY-MM-DD", "projection": name,
// "theme": "light"|"dark", "selected": party id or ""}. Returns {"ok": bool, "errors": [...]};
// nothing changes when any field is invalid.
EMSCRIPTEN_KEEPALIVE const char* accord_set_view(const char* json_text) {
    App& app = *g_app;
    nlohmann::json request = nlohmann::json::parse(json_text, nullptr, false);
    nlohmann::json errors = nlohmann::json::array();
    accord::ui::MapScene next = app.scene;
    std::optional<accord::ProjectionKind> projection;
    sync_scene_with_dataset(app);
    next = app.scene;
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
            if (value == "light") next.theme = accord::Theme::light;
            else if (value == "dark") next.theme = accord::Theme::dark;
            else errors.push_back("theme must be light or dark, got " + value.dump());
        }
        if (request.contains("selected")) {
            const auto& value = request["selected"];
            if (value.is_null() || value == "") next.selected.clear();
            else if (value.is_string() && d && d->party_index(value.get<std::string>()) != accord::no_index) next.selected = value.get<std::string>();
            else errors.push_back("unknown party " + value.dump());
        }
    }
    if (errors.empty()) {
        app.scene = next;
        if (projection) app.view.set_projection(*projection);
        app.scheduler.request_frames();
        schedule(app);
    }
    app.scratch = nlohmann::json{{"ok", errors.empty()}, {"errors", errors}}.dump();
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
    for (const accord::StatusStyle& style : accord::status_styles(app.scene.theme)) {
        nlohmann::json entry = {{"status", accord::status_name(style.status)}, {"label", style.label}, {"color", hex(style.rgb)}, {"hatched", style.hatched}};
        if (style.hatched) entry["hatchColor"] = hex(style.hatch_rgb);
        list.push_back(entry);
    }
    app.scratch = list.dump();
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
        state["date"] = accord::format_day(app.scene.day);
        state["partyCount"] = app.scene.dataset->party_count_on(app.scene.commitment, app.scene.day);
    }
    state["map"] = {{"loaded", app.has_geometry}, {"projection", accord::projection_name(app.view.projection())},
                    {"zoom", app.view.zoom()}, {"centerX", app.view.center().x}, {"centerY", app.view.center().y},
                    {"rotation", {app.view.rotation().center_lon_deg, app.view.rotation().center_lat_deg}},
                    {"animating", app.view.animating()}, {"markers", app.scene.markers.size()},
                    {"features", app.mesh.features.size()}, {"triangles", app.mesh.fill_indices.size() / 3}};
    state["geometryError"] = app.geometry_error.empty() ? nlohmann::json(nullptr) : nlohmann::json(app.geometry_error);
    state["theme"] = accord::theme_name(app.scene.theme);
    state["selected"] = app.scene.selected.empty() ? nlohmann::json(nullptr) : nlohmann::json(app.scene.selected);
    state["hovered"] = app.scene.hovered.empty() ? nlohmann::json(nullptr) : nlohmann::json(app.scene.hovered);
    state["rejected"] = app.store.last_rejected_name().empty() ? nlohmann::json(nullptr) : nlohmann::json(app.store.last_rejected_name());
    app.scratch = state.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
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
