// atlas-data: the command-line tool for people who maintain Accord Atlas datasets.
//   atlas-data validate FILE...       every problem as file:line:col: path: message; exit 1 if any
//   atlas-data export --csv FILE...   one CSV row per action (header first) on standard output
//   atlas-data summary FILE...        per commitment: actions, completeness, stated counts
//   atlas-data synthesize --parties N --commitments N --actions N   a synthetic dataset (benchmarks)
// It uses the same core loader as the web app, so what it accepts is what the page shows.
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "core/dataset_csv.h"
#include "core/dataset_loader.h"
#include "core/synthetic_dataset.h"

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

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2 || !std::strcmp(argv[1], "help") || !std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h")) {
        std::fputs(usage_text, argc < 2 ? stderr : stdout);
        return argc < 2 ? 2 : 0;
    }
    const std::string command = argv[1];
    if (command == "synthesize") return synthesize(argc, argv);
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
