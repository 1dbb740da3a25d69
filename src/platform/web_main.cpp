// The web app's entry point and its C API for the host page (web/app.js). It owns the WebGL2
// context, Dear ImGui, the dataset store and the frame scheduler, and draws a frame only when
// the scheduler asks for one (input, resize, new data, animation): an idle page draws nothing.
// The host page sizes the canvas (CSS size x devicePixelRatio) and tells us through
// accord_set_viewport; it fetches the dataset and the font and hands us their bytes.
#include <GLES3/gl3.h>
#include <emscripten/emscripten.h>
#include <emscripten/html5.h>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>

#include <nlohmann/json.hpp>

#include "core/dataset_loader.h"
#include "core/frame_scheduler.h"
#include "imgui.h"
#include "platform/web_input.h"
#include "render/imgui_renderer.h"
#include "ui/overview_ui.h"

namespace {

constexpr const char* canvas_selector = "#canvas";
constexpr float ui_font_size_css_px = 15.0f;

struct App {
    accord::FrameScheduler scheduler;
    accord::DatasetStore store;
    accord::render::ImGuiRenderer renderer;
    EMSCRIPTEN_WEBGL_CONTEXT_HANDLE gl_context = 0;
    float css_width = 1, css_height = 1, device_pixel_ratio = 1;
    int framebuffer_width_px = 1, framebuffer_height_px = 1;
    float font_built_for_ratio = 0;  // the atlas is rasterised at the screen's pixel density
    std::string font_data;           // Inter subset from the host page; empty -> ImGui's default font
    bool loop_running = false;
    double last_frame_ms = 0;
    std::string scratch;  // backs the strings returned to JavaScript
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

void draw_frame(App& app, double time_ms) {
    ImGuiIO& io = ImGui::GetIO();
    if (app.font_built_for_ratio != app.device_pixel_ratio) build_font_atlas(app);
    io.DisplaySize = ImVec2(app.css_width, app.css_height);
    io.DisplayFramebufferScale = ImVec2(app.device_pixel_ratio, app.device_pixel_ratio);
    const double delta_ms = app.last_frame_ms > 0 ? time_ms - app.last_frame_ms : 16.0;
    io.DeltaTime = static_cast<float>(std::clamp(delta_ms, 1.0, 250.0) / 1000.0);
    app.last_frame_ms = time_ms;

    ImGui::NewFrame();
    accord::ui::draw_overview_ui(app.store);
    ImGui::Render();

    glViewport(0, 0, app.framebuffer_width_px, app.framebuffer_height_px);
    glClearColor(0.97f, 0.97f, 0.96f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    app.renderer.render(*ImGui::GetDrawData(), app.framebuffer_width_px, app.framebuffer_height_px);
    app.scheduler.frame_drawn();
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
        EM_ASM({ throw new Error('WebGL2 is not available in this browser'); });
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
    ImGui::StyleColorsLight();
    ImGuiStyle& style = ImGui::GetStyle();
    style.WindowPadding = ImVec2(16, 14);
    style.WindowBorderSize = 0.0f;
    style.ItemSpacing = ImVec2(8, 6);
    style.CellPadding = ImVec2(6, 4);
    style.Colors[ImGuiCol_WindowBg] = ImVec4(0.97f, 0.97f, 0.96f, 1.0f);

    std::string error;
    if (!app.renderer.init(error)) {
        EM_ASM({ throw new Error('renderer: ' + UTF8ToString($0)); }, error.c_str());
        return 1;
    }
    accord::platform::install_input_callbacks(canvas_selector, [] {
        g_app->scheduler.request_frames();
        schedule(*g_app);
    });
    return 0;
}
