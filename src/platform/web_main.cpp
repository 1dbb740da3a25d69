// The browser platform: the WebGL2 context, Dear ImGui's frame, the requestAnimationFrame loop
// and the C functions the host page calls (web/atlas/bridge.js is the only code that names them).
// It only marshals: each exported function unpacks its arguments, calls the scene (src/scene:
// verbs, view requests, replies, the outbox of host events) and packs the answer. No product
// rule lives here. A frame is drawn only when the scheduler asks for one (input, resize, new
// data, animation): an idle page draws nothing. The host page sizes the canvas (CSS size x
// devicePixelRatio), fetches the dataset and the world geometry, and hands us bytes; the browser
// draws the glyphs (platform/font_atlas.h).
//
// Index
// [SECTION] app state
// [SECTION] frame
// [SECTION] C API for the host page
// [SECTION] start-up
#include <GLES3/gl3.h>
#include <emscripten/emmalloc.h>
#include <emscripten/emscripten.h>
#include <emscripten/html5.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/dataset_loader.h"
#include "core/frame_scheduler.h"
#include "core/world_geometry.h"
#include "core/world_mesh.h"
#include "core/world_picker.h"
#include "imgui.h"
#include "imgui_internal.h"  // GImGui->InputEventsQueue
#include "platform/font_atlas.h"
#include "platform/web_input.h"
#include "render/imgui_renderer.h"
#include "render/map_renderer.h"
#include "scene/host_replies.h"
#include "scene/map_paint.h"
#include "scene/glyphs.h"
#include "scene/outbox.h"
#include "scene/twin.h"
#include "scene/view_request.h"
#include "ui/app_ui.h"
#include "ui/map_ui.h"

namespace {

// [SECTION] app state

constexpr const char* canvas_selector = "#canvas";
constexpr const char* text_input_selector = "#atlas-text-input";  // made by web/atlas/text_input.js

// What the glyphs the texts need depend on (compared every frame without allocating).
struct GlyphInputs {
    const accord::Dataset* dataset = nullptr;
    accord::scene::Language language = accord::scene::Language::en;
    bool language_table = false;  // the language's table is in (else English texts are shown)
    std::size_t name_languages = 0;
    std::string query;  // what the reader types in the search field
    bool same_as(const accord::scene::MapScene& scene, std::string_view typed) const {
        return dataset == scene.dataset && language == scene.language && language_table == accord::scene::has_strings(scene.language) &&
               name_languages == scene.party_names.languages.size() && query == typed;
    }
};

struct App {
    accord::FrameScheduler scheduler;
    accord::DatasetStore store;
    // The dataset the scene shows, held until the scene has moved to a newer one (the store
    // drops its old dataset as soon as a new one is accepted).
    std::shared_ptr<const accord::Dataset> shown_dataset;
    accord::render::ImGuiRenderer renderer;
    accord::render::MapRenderer map_renderer;
    accord::WorldMesh mesh;
    accord::WorldPicker picker;
    accord::MapView view;
    accord::scene::MapScene scene;
    accord::scene::Outbox outbox;
    accord::scene::FeaturePaint paint;
    EMSCRIPTEN_WEBGL_CONTEXT_HANDLE gl_context = 0;
    float css_width = 1, css_height = 1, device_pixel_ratio = 1;
    int framebuffer_width_px = 1, framebuffer_height_px = 1;
    accord::platform::FontAtlas font;  // rebuilt for the screen's pixel density and the glyphs the texts need
    std::optional<GlyphInputs> glyph_inputs;  // what the needed glyphs were last worked out for
    accord::scene::GlyphNeeds glyph_needs;
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
    std::string startup_error;
};

App* g_app = nullptr;

const char* reply(const std::string& text) {
    g_app->scratch = text;
    return g_app->scratch.c_str();
}
const char* reply(const nlohmann::json& value) { return reply(accord::scene::json_text(value)); }

// Moves the scene to the store's current dataset (reading the shown one before letting it go).
void sync_scene_with_dataset(App& app) {
    const std::shared_ptr<const accord::Dataset> dataset = app.store.current();
    if (app.shown_dataset == dataset) return;
    const accord::scene::PreviousView previous = accord::scene::previous_view(app.scene, dataset.get());
    accord::scene::show_dataset(app.scene, dataset.get(), previous);
    app.shown_dataset = dataset;
}

// The one emitter of host events (web/atlas/bridge.js hands Module.onAtlasEvent to web/atlas/events.js).
void emit(accord::scene::HostEventKind kind, const nlohmann::json& detail) {
    const std::string text = accord::scene::json_text(detail);
    EM_ASM({ if (Module.onAtlasEvent) Module.onAtlasEvent(UTF8ToString($0), UTF8ToString($1), !!$2); }, accord::scene::host_event_name(kind),
           text.c_str(), accord::scene::is_public_event(kind) ? 1 : 0);
}

// Sources open in a new tab without access back to this page (the scene passes only http(s)).
void open_in_new_tab(const std::string& url) { EM_ASM({ window.open(UTF8ToString($0), '_blank', 'noopener,noreferrer'); }, url.c_str()); }

void tell_host(App& app) {
    const bool with_map = app.scene.geometry.loaded && app.scene.dataset;
    const accord::scene::Outgoing out = accord::scene::collect_host_events(app.outbox, app.scene, with_map);
    for (const accord::scene::HostEvent& event : out.events) emit(event.kind, event.detail);
    for (const std::string& url : out.links_to_open) open_in_new_tab(url);
}

// [SECTION] frame

void schedule(App& app);

void request_frames(App& app) {
    app.scheduler.request_frames();
    schedule(app);
}

// The glyphs the texts need are worked out again only when what they depend on changed: the
// dataset (the full edition brings the quotes in Korean, Japanese, Arabic, Hindi), the language
// and its table, the party names, what the reader types in the search field. What a first visit
// draws is small: the lean edition's texts, and, in another language, the UI's table and the
// names arrive after the first frame.
void update_font(App& app) {
    const accord::scene::MapScene& scene = app.scene;
    const std::string_view query(scene.panels.search_query.data());
    if (!app.glyph_inputs || !app.glyph_inputs->same_as(scene, query)) {
        app.glyph_inputs = GlyphInputs{scene.dataset, scene.language, accord::scene::has_strings(scene.language), scene.party_names.languages.size(),
                                       std::string(query)};
        app.glyph_needs = accord::scene::glyph_needs(scene, query, scene.glyph_runs);
        app.scene.glyph_runs = app.glyph_needs.runs;
    }
    // Han characters take the UI's form (Simplified Chinese); in an English UI, most Han text in the data is Japanese.
    const char* han = scene.language == accord::scene::Language::zh_hans ? "zh-Hans" : "ja";
    app.font.update(app.device_pixel_ratio, app.glyph_needs, han, app.renderer);
}

// ImGui's display and clock for this frame; returns the seconds since the last frame.
double prepare_imgui(App& app, double time_ms) {
    ImGuiIO& io = ImGui::GetIO();
    update_font(app);
    io.DisplaySize = ImVec2(app.css_width, app.css_height);
    io.DisplayFramebufferScale = ImVec2(app.device_pixel_ratio, app.device_pixel_ratio);
    const double delta_ms = app.last_frame_ms > 0 ? time_ms - app.last_frame_ms : 16.0;
    io.DeltaTime = static_cast<float>(std::clamp(delta_ms, 1.0, 250.0) / 1000.0);
    app.last_frame_ms = time_ms;
    return io.DeltaTime;
}

void render(App& app) {
    const accord::scene::MapScene& scene = app.scene;
    if (app.paint.update(scene, app.store.generation())) app.map_renderer.set_feature_colors(app.paint.rgb(), app.paint.patterns());
    const std::uint32_t background = accord::map_colors(scene.theme).background_rgb;
    glViewport(0, 0, app.framebuffer_width_px, app.framebuffer_height_px);
    glClearColor(static_cast<float>((background >> 16) & 0xFF) / 255.0f, static_cast<float>((background >> 8) & 0xFF) / 255.0f,
                 static_cast<float>(background & 0xFF) / 255.0f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    if (scene.geometry.loaded && scene.dataset) {
        app.map_renderer.draw({&app.view, app.css_width, app.css_height, app.device_pixel_ratio, scene.theme, accord::scene::map_outlines(scene)});
    }
    app.renderer.render(*ImGui::GetDrawData(), app.framebuffer_width_px, app.framebuffer_height_px);
}

void draw_frame(App& app, double time_ms) {
    if (app.scratch.capacity() > App::scratch_kept_bytes) std::string().swap(app.scratch);
    const double dt_seconds = prepare_imgui(app, time_ms);
    sync_scene_with_dataset(app);
    accord::ui::app_ui(app.scene, app.css_width, app.css_height, dt_seconds);
    accord::platform::set_map_pannable(app.view.target_zoom() > accord::MapView::min_zoom * 1.001);
    render(app);
    app.scheduler.frame_drawn();
    app.scheduler.set_animating(app.view.animating() || app.scene.player.playing() || !app.scene.flashes.empty());
    if (app.scene.view_changed) app.scheduler.request_frames();
    // ImGui hands queued input over a few events a frame (a key's press and release, or the same
    // letter twice, go to separate frames): fast typing or a pasted burst needs frames until it is all in.
    if (!GImGui->InputEventsQueue.empty()) app.scheduler.request_frames();
    tell_host(app);
}

EM_BOOL animation_frame(double time_ms, void*) {
    App& app = *g_app;
    const double started_ms = emscripten_get_now();
    draw_frame(app, time_ms);
    // Our own cost per frame (CPU time in the app, GL calls included), for benchmarks.
    if (app.frame_costs_ms.size() == App::max_frame_costs) app.frame_costs_ms.erase(app.frame_costs_ms.begin(), app.frame_costs_ms.begin() + App::max_frame_costs / 2);
    app.frame_costs_ms.push_back(emscripten_get_now() - started_ms);
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

// [SECTION] C API for the host page
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
    request_frames(app);
}

// Returns 1 when the dataset was accepted, 0 when it was rejected (the previous one stays).
EMSCRIPTEN_KEEPALIVE int accord_load_dataset(const char* name, const char* data, int size) {
    App& app = *g_app;
    const bool accepted = app.store.load(name, std::string_view(data, static_cast<std::size_t>(std::max(size, 0))));
    sync_scene_with_dataset(app);
    request_frames(app);
    return accepted ? 1 : 0;
}

// Bytes of the wasm heap held by live allocations (emmalloc's view): the soak test compares it
// at the same view before and after minutes of random use to find leaks.
EMSCRIPTEN_KEEPALIVE double accord_heap_in_use_bytes() {
    return static_cast<double>(emmalloc_dynamic_heap_size() - emmalloc_free_dynamic_memory());
}

// The host page is fetching (1) or no longer fetching (0) the full edition of the lean dataset.
EMSCRIPTEN_KEEPALIVE void accord_set_full_edition_loading(int loading) {
    g_app->scene.full_edition_loading = loading != 0;
    request_frames(*g_app);
}

// The largest dataset the loader reads; the host page refuses larger ones before copying them.
EMSCRIPTEN_KEEPALIVE double accord_dataset_limit_bytes() { return static_cast<double>(accord::JsonLimits{}.max_bytes); }

// The host refused a dataset by size without handing it over (`at_least`: it stopped reading at
// the limit). Recorded like any rejection: the current dataset stays, the problem is listed.
EMSCRIPTEN_KEEPALIVE void accord_refuse_dataset(const char* name, double size_bytes, int at_least) {
    const auto size = static_cast<std::uint64_t>(std::max(size_bytes, 0.0));
    g_app->store.refuse(name, accord::Problem{"", 0, 0, accord::oversize_message(size, accord::JsonLimits{}.max_bytes, at_least != 0)});
    request_frames(*g_app);
}

// Embed mode (embed.html): the compact view for articles. With `touch_activation`, one finger
// scrolls the article until the reader taps the map; two fingers always pan and zoom it.
EMSCRIPTEN_KEEPALIVE void accord_set_embed(int embed, int touch_activation) {
    g_app->scene.embed = embed != 0;
    accord::platform::set_touch_activation(touch_activation != 0);
    request_frames(*g_app);
}

// prefers-reduced-motion, from the host page (and whenever it changes).
EMSCRIPTEN_KEEPALIVE void accord_set_reduced_motion(int reduced) {
    accord::scene::set_reduced_motion(g_app->scene, reduced != 0);
    request_frames(*g_app);
}

// Text typed into the page's hidden text field (composed by an input method, pasted, a phone's keyboard).
EMSCRIPTEN_KEEPALIVE void accord_text_input(const char* utf8) { accord::platform::text_input(utf8); }
// The hidden text field took (1) or gave up (0) the focus; `left_atlas`: to something outside the atlas.
EMSCRIPTEN_KEEPALIVE void accord_text_input_focus(int focused, int left_atlas) { accord::platform::text_input_focus(focused != 0, left_atlas != 0); }

// navigator.languages as a JSON array of tags: the UI takes the first language it has.
EMSCRIPTEN_KEEPALIVE void accord_guess_language(const char* tags_json) {
    const nlohmann::json tags = nlohmann::json::parse(tags_json, nullptr, false);
    std::vector<std::string> list;
    if (tags.is_array()) {
        for (const auto& tag : tags) {
            if (tag.is_string()) list.push_back(tag.get<std::string>());
        }
    }
    accord::scene::guess_ui_language(g_app->scene, list);
    request_frames(*g_app);
}

// data/ui-<tag>.json's text: a language's table for the UI; returns why it was refused ([] when taken).
EMSCRIPTEN_KEEPALIVE const char* accord_load_ui_strings(const char* json_text) {
    const std::vector<std::string> problems = accord::scene::read_strings(json_text);
    if (problems.empty()) {
        g_app->scene.view_changed = true;  // the texts change: the twin, the glyphs, the layout
        request_frames(*g_app);
    }
    return reply(nlohmann::json(problems));
}

// data/party-names.json's text; returns the problems (an empty list when it was taken).
EMSCRIPTEN_KEEPALIVE const char* accord_load_party_names(const char* json_text) {
    App& app = *g_app;
    sync_scene_with_dataset(app);
    const std::vector<accord::Problem> problems = accord::scene::load_party_names(app.scene, json_text);
    request_frames(app);
    return reply(accord::scene::problems_json(problems));
}

EMSCRIPTEN_KEEPALIVE const char* accord_export_csv() { return reply(accord::scene::view_csv(g_app->scene)); }

// Picture mode on/off (the map and its markers fill the canvas, no panels), for PNG exports.
EMSCRIPTEN_KEEPALIVE void accord_set_export_mode(int on) { g_app->scene.export_mode = on != 0; }

// Draws one frame now, in the calling task, so that the page can read the canvas right after.
EMSCRIPTEN_KEEPALIVE void accord_draw_now() { draw_frame(*g_app, emscripten_get_now()); }

// World geometry: 1 when decoded, 0 otherwise (see the state's geometryError). `detailed`: 0 for
// the overview file the page starts with (geo/world-overview.bin), 1 for geo/world.bin.
EMSCRIPTEN_KEEPALIVE int accord_load_geometry(const char* data, int size, int detailed) {
    App& app = *g_app;
    const std::span<const std::uint8_t> bytes(reinterpret_cast<const std::uint8_t*>(data), static_cast<std::size_t>(std::max(size, 0)));
    const auto world = accord::decode_world_geometry(bytes, app.scene.geometry.error);
    if (!world) return 0;
    app.mesh = accord::build_world_mesh(*world);
    app.picker.build(app.mesh);
    app.map_renderer.upload_mesh(app.mesh);
    app.scene.markers.clear();  // they index the previous mesh; refreshed at the next frame
    app.scene.geometry = {true, detailed != 0, {}};
    accord::scene::geometry_loaded(app.outbox, detailed != 0);
    app.paint.forget();
    request_frames(app);
    return 1;
}

// Changes what the map shows (see scene/view_request.h); {ok, errors}: nothing changes when any
// field is invalid.
EMSCRIPTEN_KEEPALIVE const char* accord_set_view(const char* json_text) {
    App& app = *g_app;
    sync_scene_with_dataset(app);
    const std::vector<std::string> errors = accord::scene::set_view(app.scene, nlohmann::json::parse(json_text, nullptr, false));
    if (errors.empty()) request_frames(app);
    return reply(accord::scene::set_view_reply(errors));
}

// The view as a URL fragment (without '#'), see core/url_state.h.
EMSCRIPTEN_KEEPALIVE const char* accord_view_hash() { return reply(accord::format_url_state(accord::scene::view_url_state(g_app->scene))); }

// Opens a URL fragment's view: {ok, errors, warnings}.
EMSCRIPTEN_KEEPALIVE const char* accord_apply_hash(const char* fragment) {
    App& app = *g_app;
    sync_scene_with_dataset(app);
    const accord::scene::LinkResult result = accord::scene::apply_link(app.scene, fragment);
    request_frames(app);
    return reply(accord::scene::link_reply(result));
}

EMSCRIPTEN_KEEPALIVE const char* accord_parties_json() { return reply(accord::scene::parties_json(g_app->store.current().get(), &g_app->mesh, &g_app->scene)); }

// The party under a CSS point of the canvas, "" when none.
EMSCRIPTEN_KEEPALIVE const char* accord_party_at(double x_css, double y_css) {
    const accord::scene::MapScene& s = g_app->scene;
    return reply(s.geometry.loaded ? accord::party_at_css(*s.mesh, *s.picker, *s.view, s.markers, s.marker_rules, {x_css, y_css}) : "");
}

// {"x": .., "y": ..} in CSS pixels where the party is shown, or "null".
EMSCRIPTEN_KEEPALIVE const char* accord_screen_pos(const char* party) {
    const accord::scene::MapScene& s = g_app->scene;
    const auto css = s.geometry.loaded ? accord::css_position_of(*s.mesh, *s.picker, *s.view, s.markers, s.marker_rules, party) : std::nullopt;
    return reply(css ? nlohmann::json{{"x", css->x}, {"y", css->y}} : nlohmann::json(nullptr));
}

EMSCRIPTEN_KEEPALIVE const char* accord_legend_json() { return reply(accord::scene::legend_json(accord::scene::legend_entries(g_app->scene))); }

// The HTML twin of what is shown (see src/scene/twin.h) and its map as SVG.
EMSCRIPTEN_KEEPALIVE const char* accord_twin_key() { return reply(accord::scene::twin_key(g_app->scene)); }
EMSCRIPTEN_KEEPALIVE const char* accord_twin_json() { return reply(accord::scene::twin_json(g_app->scene)); }
EMSCRIPTEN_KEEPALIVE const char* accord_view_svg() { return reply(accord::scene::view_svg(g_app->scene)); }

EMSCRIPTEN_KEEPALIVE void accord_play() {
    accord::scene::play(g_app->scene);
    request_frames(*g_app);
}

EMSCRIPTEN_KEEPALIVE void accord_pause() {
    accord::scene::pause(g_app->scene);
    request_frames(*g_app);
}

EMSCRIPTEN_KEEPALIVE const char* accord_status_of(const char* party, const char* commitment, const char* date) {
    return reply(accord::scene::status_of_json(g_app->store.current().get(), party, commitment, date));
}

EMSCRIPTEN_KEEPALIVE const char* accord_problems_json() { return reply(accord::scene::problems_json(g_app->store.last_problems())); }

// What the app shows, for getState() and the tests.
EMSCRIPTEN_KEEPALIVE const char* accord_state_json() {
    const App& app = *g_app;
    const accord::scene::PlatformFacts facts{app.scheduler.frames_drawn(), app.startup_error, app.css_width, app.css_height, app.device_pixel_ratio,
                                             app.framebuffer_width_px, app.framebuffer_height_px, accord::platform::touch_active(), app.font.facts()};
    return reply(accord::scene::state_json(app.scene, app.store, facts));
}

// Milliseconds spent in each frame drawn since the last call, as a JSON array (then forgotten).
EMSCRIPTEN_KEEPALIVE const char* accord_frame_costs_json() {
    const char* text = reply(nlohmann::json(g_app->frame_costs_ms));
    g_app->frame_costs_ms.clear();
    return text;
}

EMSCRIPTEN_KEEPALIVE double accord_frames_drawn() { return static_cast<double>(g_app->scheduler.frames_drawn()); }

EMSCRIPTEN_KEEPALIVE void accord_request_frame() { request_frames(*g_app); }

// The canvas took the focus from the keyboard (the page tells: Tab from before it, or Shift-Tab
// from after it when `backwards`): its first or last control gets it, with its ring.
EMSCRIPTEN_KEEPALIVE void accord_keyboard_enter(int backwards) {
    accord::scene::enter_focus(g_app->scene.keyboard, backwards != 0);
    request_frames(*g_app);
}

}  // extern "C"

// [SECTION] start-up
namespace {

bool create_gl_context(App& app) {
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
    if (app.gl_context <= 0) return false;
    emscripten_webgl_make_context_current(app.gl_context);
    return true;
}

void create_imgui() {
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // no files: nothing persists between visits
    io.LogFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.BackendPlatformName = "accord_web_html5";
    io.BackendRendererName = "accord_webgl2";
    // ImGui says when a text field is active and where its caret is: the page then focuses its
    // hidden text field there (input methods place their candidates at it).
    io.SetPlatformImeDataFn = [](ImGuiViewport*, ImGuiPlatformImeData* data) {
        EM_ASM({ if (Module.textInput) Module.textInput.want(!!$0, $1, $2, $3); }, data->WantVisible ? 1 : 0, data->InputPos.x, data->InputPos.y,
               data->InputLineHeight);
    };
}

void install_input() {
    accord::platform::InputCallbacks callbacks;
    callbacks.on_input = [] { request_frames(*g_app); };
    callbacks.on_pinch = [](const accord::platform::PinchStep& step) {
        g_app->view.zoom_at({step.center_x_css, step.center_y_css}, step.scale, true);
        g_app->view.pan_by(step.dx_css, step.dy_css);
    };
    callbacks.on_activate = [] { emit(accord::scene::HostEventKind::activate, nlohmann::json::object()); };
    callbacks.on_tab = [](bool backwards) { return accord::scene::move_focus(g_app->scene.keyboard, backwards); };
    callbacks.on_blur = [] { accord::scene::hide_focus_ring(g_app->scene.keyboard); };
    accord::platform::install_input_callbacks(canvas_selector, text_input_selector, callbacks);
}

}  // namespace

int main() {
    static App app;
    g_app = &app;
    // The scene points at the app's map before anything can fail: the C API reads it even when
    // WebGL2 is missing (the page then shows the start-up error).
    app.scene.view = &app.view;
    app.scene.mesh = &app.mesh;
    app.scene.picker = &app.picker;
    if (!create_gl_context(app)) {
        app.startup_error = "WebGL2 is not available in this browser";
        return 1;
    }
    create_imgui();
    std::string error;
    if (!app.renderer.init(error) || !app.map_renderer.init(error)) {
        app.startup_error = "renderer: " + error;  // the host page shows it
        return 1;
    }
    install_input();
    return 0;
}
