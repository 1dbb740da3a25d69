// atlas-data: the command-line tool for people who maintain Accord Atlas datasets.
//   atlas-data validate FILE...       every problem as file:line:col: path: message; exit 1 if any
//   atlas-data export --csv FILE...   one CSV row per action (header first) on standard output
//   atlas-data summary FILE...        per commitment: actions, completeness, stated counts
//   atlas-data synthesize --parties N --commitments N --actions N   a synthetic dataset (benchmarks)
//   atlas-data render --geometry GEO --page HTML --out HTML [--svg SVG] FILE
//                                     the default view's HTML twin written into a page, and its map as SVG
//   atlas-data ui-strings DIR         the UI's translations as DIR/ui-<tag>.json, for the web app
// It uses the same core loader as the web app, so what it accepts is what the page shows.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <span>
#include <sstream>
#include <string>
#include <vector>

#include "core/dataset_csv.h"
#include "core/dataset_loader.h"
#include "core/synthetic_dataset.h"
#include "core/world_geometry.h"
#include "core/world_mesh.h"
#include "scene/scene.h"
#include "scene/host_replies.h"
#include "scene/translations/translations.h"
#include "scene/twin.h"

namespace {

constexpr const char* usage_text =
    "usage: atlas-data COMMAND [OPTIONS] FILE...\n"
    "\n"
    "Checks and exports Accord Atlas datasets (format: data/SCHEMA.md).\n"
    "\n"
    "commands:\n"
    "  validate FILE...        check each file; print every problem as\n"
    "                          file:line:col: path: message; exit 1 if any file has one\n"
    "  export --csv FILE...    print one CSV row per action (header first):\n"
    "                          commitment_id,party_id,party_name,action,date,date_precision,\n"
    "                          confidence,source_urls,fact_strength\n"
    "  summary FILE...         per commitment: actions, joined parties, completeness, stated counts\n"
    "  synthesize [--parties N] [--commitments N] [--actions N] [--seed N]\n"
    "                          print a valid synthetic dataset of that size (for benchmarks)\n"
    "  render --geometry GEO --page HTML --out HTML [--svg SVG] FILE\n"
    "                          the view a page opens on (the default commitment at the dataset's\n"
    "                          as-of date), as the HTML twin written into the page where it has\n"
    "                          <!--twin:title-->, <!--twin:subtitle-->, <!--twin:body--> and\n"
    "                          <!--twin:canvas-label--> (the canvas's accessible name), where\n"
    "                          present <!--twin:heading--> and <!--twin:source--> (an embed's\n"
    "                          title and source line), and\n"
    "                          its map as a static SVG (geometry: geo/world-overview.bin)\n"
    "  ui-strings DIR          write the UI's translations (scene/translations) as\n"
    "                          DIR/ui-<tag>.json, the tables the web app reads for a language\n"
    "  help, --help            this text\n";

bool read_file(const char* path, std::string& out) {
    std::ifstream file(path, std::ios::binary);
    if (!file) return false;
    std::ostringstream buffer;
    buffer << file.rdbuf();
    out = buffer.str();
    return !file.bad();
}

// Loads each file; prints problems; returns the datasets that loaded (null entries for failures).
std::vector<std::shared_ptr<const accord::Dataset>> load_files(const std::vector<const char*>& files, bool& all_ok) {
    std::vector<std::shared_ptr<const accord::Dataset>> out;
    all_ok = true;
    for (const char* path : files) {
        std::string text;
        if (!read_file(path, text)) {
            std::fprintf(stderr, "%s: cannot read the file: %s\n", path, std::strerror(errno));
            all_ok = false;
            out.push_back(nullptr);
            continue;
        }
        accord::LoadResult result = accord::load_dataset(text);
        for (const accord::Problem& problem : result.problems) std::fprintf(stderr, "%s\n", accord::format_problem(path, problem).c_str());
        all_ok = all_ok && result.ok();
        out.push_back(result.dataset);
    }
    return out;
}

int validate(const std::vector<const char*>& files) {
    bool all_ok = false;
    const auto datasets = load_files(files, all_ok);
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (!datasets[i]) continue;
        const accord::Dataset& d = *datasets[i];
        std::printf("%s: ok: %zu parties, %zu sources, %zu events, %zu commitments, %zu actions\n", files[i], d.parties.size(),
                    d.sources.size(), d.events.size(), d.commitments.size(), d.actions.size());
    }
    return all_ok ? 0 : 1;
}

int export_csv(const std::vector<const char*>& files) {
    bool all_ok = false;
    const auto datasets = load_files(files, all_ok);
    if (!all_ok) return 1;
    std::string out = accord::actions_csv_header();
    for (const auto& d : datasets) out += accord::actions_csv_rows(*d);
    std::fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}

int summary(const std::vector<const char*>& files) {
    bool all_ok = false;
    const auto datasets = load_files(files, all_ok);
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (!datasets[i]) continue;
        const accord::Dataset& d = *datasets[i];
        std::printf("%s: %s (version %s, facts as of %s)\n", files[i], d.info.title.c_str(), d.info.version.to_string().c_str(),
                    d.info.as_of.to_string().c_str());
        std::printf("  %-48s %7s %7s %-9s %-7s %s\n", "commitment", "actions", "joined", "list", "conf.", "stated counts");
        for (accord::Index c = 0; c < d.commitments.size(); ++c) {
            const accord::Commitment& commitment = d.commitments[c];
            std::string counts;
            for (const accord::StatedCount& sc : commitment.stated_counts) {
                counts += (counts.empty() ? "" : "; ") + (sc.has_count ? std::to_string(sc.count) : std::string("?")) + " @" + sc.as_of.to_string();
            }
            std::printf("  %-48s %7u %7d %-9s %-7s %s\n", commitment.id.c_str(), commitment.action_count,
                        d.party_count_on(c, d.last_day()), commitment.completeness == accord::ListCompleteness::complete ? "complete" : "partial",
                        accord::confidence_name(commitment.confidence), counts.c_str());
        }
    }
    return all_ok ? 0 : 1;
}

int synthesize(int argc, char** argv) {
    accord::SyntheticSize size;
    for (int i = 2; i < argc; ++i) {
        const auto number = [&](int& out) {
            if (i + 1 >= argc) return false;
            char* end = nullptr;
            const long value = std::strtol(argv[++i], &end, 10);
            if (*end != '\0' || value < 1 || value > 10000000) return false;
            out = static_cast<int>(value);
            return true;
        };
        bool good = false;
        if (!std::strcmp(argv[i], "--parties")) good = number(size.parties);
        else if (!std::strcmp(argv[i], "--commitments")) good = number(size.commitments);
        else if (!std::strcmp(argv[i], "--actions")) good = number(size.actions);
        else if (!std::strcmp(argv[i], "--seed")) good = number(size.seed);
        if (!good) {
            std::fprintf(stderr, "atlas-data synthesize: bad option near '%s' (expected --parties/--commitments/--actions/--seed N, N from 1 to 10000000)\n", argv[i]);
            return 2;
        }
    }
    const std::string text = accord::synthesize_dataset_json(size);
    std::fwrite(text.data(), 1, text.size(), stdout);
    return 0;
}

bool write_file(const std::string& path, const std::string& text) {
    std::ofstream file(path, std::ios::binary);
    file << text;
    file.close();
    if (!file) std::fprintf(stderr, "%s: cannot write the file: %s\n", path.c_str(), std::strerror(errno));
    return static_cast<bool>(file);
}

// Replaces the one `marker` in `page`; false (with a message) when it is missing or repeated.
bool fill_marker(std::string& page, const std::string& page_path, const std::string& marker, const std::string& text) {
    const std::size_t at = page.find(marker);
    if (at == std::string::npos || page.find(marker, at + 1) != std::string::npos) {
        std::fprintf(stderr, "%s: expected exactly one %s\n", page_path.c_str(), marker.c_str());
        return false;
    }
    page.replace(at, marker.size(), text);
    return true;
}

// A marker only some pages have (the embed's heading and source line): filled where present.
bool fill_optional_marker(std::string& page, const std::string& page_path, const std::string& marker, const std::string& text) {
    return page.find(marker) == std::string::npos || fill_marker(page, page_path, marker, text);
}

int render(int argc, char** argv) {
    std::string geometry_path, page_path, out_path, svg_path;
    std::vector<const char*> files;
    for (int i = 2; i < argc; ++i) {
        std::string* value = !std::strcmp(argv[i], "--geometry") ? &geometry_path
                             : !std::strcmp(argv[i], "--page")   ? &page_path
                             : !std::strcmp(argv[i], "--out")    ? &out_path
                             : !std::strcmp(argv[i], "--svg")    ? &svg_path
                                                                 : nullptr;
        if (value && i + 1 < argc) *value = argv[++i];
        else if (!value && argv[i][0] != '-') files.push_back(argv[i]);
        else {
            std::fprintf(stderr, "atlas-data render: bad option near '%s'\n\n%s", argv[i], usage_text);
            return 2;
        }
    }
    if (files.size() != 1 || geometry_path.empty() || page_path.empty() || out_path.empty()) {
        std::fprintf(stderr, "atlas-data render: needs --geometry, --page, --out and one dataset FILE\n\n%s", usage_text);
        return 2;
    }
    bool ok = true;
    const auto datasets = load_files(files, ok);
    if (!ok || !datasets[0]) return 1;
    std::string geometry_bytes, page;
    if (!read_file(geometry_path.c_str(), geometry_bytes) || !read_file(page_path.c_str(), page)) {
        std::fprintf(stderr, "%s: cannot read the file: %s\n", geometry_bytes.empty() ? geometry_path.c_str() : page_path.c_str(), std::strerror(errno));
        return 1;
    }
    std::string error;
    const auto world = accord::decode_world_geometry(
        std::span(reinterpret_cast<const std::uint8_t*>(geometry_bytes.data()), geometry_bytes.size()), error);
    if (!world) {
        std::fprintf(stderr, "%s: %s\n", geometry_path.c_str(), error.c_str());
        return 1;
    }
    const accord::WorldMesh mesh = accord::build_world_mesh(*world);
    accord::scene::MapScene scene;
    scene.mesh = &mesh;
    scene.geometry.loaded = true;
    accord::scene::show_dataset(scene, datasets[0].get(), {});
    const accord::scene::Twin twin = accord::scene::make_twin(scene);
    if (!fill_marker(page, page_path, "<!--twin:title-->", accord::scene::escape_html(twin.title)) ||
        !fill_marker(page, page_path, "<!--twin:subtitle-->", accord::scene::escape_html(twin.subtitle)) ||
        !fill_marker(page, page_path, "<!--twin:body-->", twin.html) ||
        !fill_marker(page, page_path, "<!--twin:canvas-label-->", accord::scene::escape_html(accord::scene::strings().canvas_label)) ||
        !fill_optional_marker(page, page_path, "<!--twin:heading-->", accord::scene::escape_html(twin.title)) ||
        !fill_optional_marker(page, page_path, "<!--twin:source-->", accord::scene::escape_html(twin.source))) {
        return 1;
    }
    if (!write_file(out_path, page)) return 1;
    if (!svg_path.empty() && !write_file(svg_path, accord::scene::view_svg(scene))) return 1;
    return 0;
}

// The web app holds English only; each other language's table is a file it fetches when needed.
int ui_strings(int argc, char** argv) {
    if (argc != 3) {
        std::fputs("usage: atlas-data ui-strings DIR\n", stderr);
        return 2;
    }
    for (const accord::scene::Language language : accord::scene::all_languages) {
        if (language == accord::scene::Language::en) continue;
        const std::string path = std::string(argv[2]) + "/ui-" + accord::scene::language_tag(language) + ".json";
        std::ofstream out(path, std::ios::binary);
        out << accord::scene::strings_json(language, accord::scene::builtin_strings(language)) << '\n';
        if (!out) {
            std::fprintf(stderr, "atlas-data: cannot write %s: %s\n", path.c_str(), std::strerror(errno));
            return 1;
        }
    }
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2 || !std::strcmp(argv[1], "help") || !std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h")) {
        std::fputs(usage_text, argc < 2 ? stderr : stdout);
        return argc < 2 ? 2 : 0;
    }
    const std::string command = argv[1];
    if (command == "synthesize") return synthesize(argc, argv);
    if (command == "render") return render(argc, argv);
    if (command == "ui-strings") return ui_strings(argc, argv);
    std::vector<const char*> files;
    bool csv = false;
    for (int i = 2; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--csv") && command == "export") csv = true;
        else files.push_back(argv[i]);
    }
    if (files.empty()) {
        std::fprintf(stderr, "atlas-data %s: no FILE given\n\n%s", command.c_str(), usage_text);
        return 2;
    }
    if (command == "validate") return validate(files);
    if (command == "summary") return summary(files);
    if (command == "export") {
        if (!csv) {
            std::fprintf(stderr, "atlas-data export: say the format (--csv)\n");
            return 2;
        }
        return export_csv(files);
    }
    std::fprintf(stderr, "atlas-data: unknown command '%s'\n\n%s", command.c_str(), usage_text);
    return 2;
}
