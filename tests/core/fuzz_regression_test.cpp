// The fuzz regressions (tests/fuzz/regressions/<target>/) replayed in every build (native, wasm,
// sanitizers) through the same code as the fuzz targets (tests/fuzz/fuzz_targets.h), so a fixed
// bug stays fixed. Each folder holds the inputs the fuzzers once tripped on and hand-made inputs
// for the hard paths (truncated text, deep nesting, invalid UTF-8, long stretches without a
// value, huge numbers, duplicate ids, bad escapes, corrupt geometry headers). A missing or empty
// folder fails, and so does a fuzz target without a folder: nothing passes by replaying nothing.
// The hand-made inputs also have their expected outcome here (the first problem as a reader sees
// it); an input added from a fuzzer's crash only has to go through without a crash.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <string>
#include <vector>

#include "../fuzz/fuzz_targets.h"

namespace accord {

namespace {

namespace fs = std::filesystem;

const fs::path fuzz_dir = fs::path(ACCORD_SOURCE_DIR) / "tests/fuzz";

struct Input {
    std::string name;
    std::vector<std::uint8_t> bytes;
};

// Every input in the target's folder, by name (names starting with '.' are not inputs). Adds a
// failure when the folder cannot be read or holds no input.
std::vector<Input> regression_inputs(const std::string& target) {
    const fs::path folder = fuzz_dir / "regressions" / target;
    std::vector<Input> inputs;
    std::error_code error;
    for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
        const std::string name = it->path().filename().string();
        if (!it->is_regular_file() || name.front() == '.') continue;
        std::ifstream file(it->path(), std::ios::binary);
        inputs.push_back({name, std::vector<std::uint8_t>(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>())});
    }
    if (error) ADD_FAILURE() << folder << " cannot be read: " << error.message();
    else if (inputs.empty()) ADD_FAILURE() << folder << " holds no input to replay";
    std::sort(inputs.begin(), inputs.end(), [](const Input& a, const Input& b) { return a.name < b.name; });
    return inputs;
}

// Each name an expectation table mentions is an input of the folder (a renamed or lost input fails).
template <class Expectations>
void expect_inputs_exist(const std::vector<Input>& inputs, const Expectations& expectations) {
    for (const auto& expected : expectations) {
        EXPECT_TRUE(std::any_of(inputs.begin(), inputs.end(), [&](const Input& input) { return input.name == expected.file; }))
            << expected.file << " is expected but not among the inputs";
    }
}

template <class Expectations>
const auto* expectation_for(const Expectations& expectations, const std::string& name) {
    const auto it = std::find_if(std::begin(expectations), std::end(expectations), [&](const auto& e) { return name == e.file; });
    return it == std::end(expectations) ? nullptr : &*it;
}

// The first problem, as `atlas-data validate` prints it ("file:line:col: path: message"); the
// text is a prefix of it, so the place is checked where the text gives one. "" = it loads.
struct DatasetExpectation {
    const char* file;
    const char* first_problem;
};
const DatasetExpectation dataset_expectations[] = {
    {"array-root.json", "array-root.json:1:1: (document): expected the dataset (a JSON object), found array"},
    {"blank-and-nulls.json", "blank-and-nulls.json:1:26: (document): more than 65536 bytes without a string or a number"},
    {"bom-crlf-wrong-type.json", "bom-crlf-wrong-type.json:3:38: /dataset/title: expected a string, found integer"},
    {"bom-only.json", "bom-only.json:1:1: (document): syntax error while parsing value - unexpected end of input"},
    {"deep-nesting-in-strings.json", ""},
    {"deep-nesting.json", "deep-nesting.json:1:97: (document): nesting deeper than 64 levels"},
    {"duplicate-commitment-id.json", "duplicate-commitment-id.json:38:12: /commitments/1/id: duplicate id \"decl\" (first used at /commitments/0)"},
    // The last of two equal keys wins (nlohmann's rule); the place given is the first one's.
    {"duplicate-key.json", "duplicate-key.json:2:21: /schema_version: unsupported schema_version \"one\""},
    {"duplicate-party-id.json", "duplicate-party-id.json:6:12: /parties/1/id: duplicate id \"FRA\" (first used at /parties/0)"},
    {"empty.json", "empty.json:1:1: (document): file is empty; expected a JSON object"},
    {"escaped-keys.json", "escaped-keys.json:5:45: /parties/0/a~1b~0c: unknown field \"a/b~c\""},
    {"forged-link.json", "forged-link.json:16:25: /sources/0/url: URL must be an absolute http:// or https:// address"},
    {"html-page.json", "html-page.json:1:1: (document): syntax error while parsing value - invalid literal; last read: '<'"},
    {"huge-number-overflow.json", "huge-number-overflow.json:21:17: (document): number overflow parsing '1e999'"},
    {"huge-numbers-in-range-of-double.json", "huge-numbers-in-range-of-double.json:21:13: /events/0/lat: lat 1e+308 is out of range"},
    {"huge-schema-version.json", "huge-schema-version.json:2:21: /schema_version: unsupported schema_version 1e+20"},
    {"impossible-date.json", "impossible-date.json:32:60: /commitments/0/actions/0/date/on: \"2024-02-30\" is not a real calendar date"},
    {"invalid-utf8.json", "invalid-utf8.json:3:43: (document): syntax error while parsing value - invalid string: ill-formed UTF-8 byte"},
    {"junk-before-long-stretch.json", "junk-before-long-stretch.json:1:29: (document): syntax error while parsing value - invalid literal"},
    {"lone-surrogate.json", "lone-surrogate.json:3:50: (document): syntax error while parsing value - invalid string: surrogate U+D800..U+DBFF"},
    {"long-string-bad-escape.json", "long-string-bad-escape.json:3:140: (document): syntax error while parsing value - invalid string: forbidden character after backslash; last read: '\u2026\u00e9"},
    {"negative-and-fraction-counts.json", "negative-and-fraction-counts.json:29:70: /commitments/0/completeness/stated_counts/0/count: expected a whole number from 0 to 100000 or null, found -5"},
    {"nul-in-string.json", "nul-in-string.json:3:43: (document): syntax error while parsing value - invalid string: control character U+0000 (NUL) must be escaped"},
    {"overlong-utf8.json", "overlong-utf8.json:3:40: (document): syntax error while parsing value - invalid string: ill-formed UTF-8 byte"},
    {"truncated-inside-string.json", "truncated-inside-string.json:3:43: (document): syntax error while parsing value - invalid string: missing closing quote"},
    {"truncated.json", "truncated.json:34:144: (document): syntax error while parsing value - unexpected end of input"},
    {"unknown-party.json", "unknown-party.json:32:18: /commitments/0/actions/0/party: unknown id \"ZZZ\""},
};

// The decoder's error, or "" when the bytes decode.
struct GeometryExpectation {
    const char* file;
    const char* error;
};
const GeometryExpectation geometry_expectations[] = {
    {"arc-count-beyond-file.bin", "geometry file is truncated or malformed"},
    {"empty.bin", "not an Accord Atlas geometry file (no AAGEO header)"},
    {"grid-not-finite.bin", "geometry grid (scale and origin) is out of range"},
    {"not-aageo.bin", "not an Accord Atlas geometry file (no AAGEO header)"},
    {"signed-overflow-in-arc-deltas.bin", "arc step out of range near byte 31613"},
    {"truncated-after-header.bin", "geometry file is truncated or malformed"},
    {"version-2.bin", "geometry format version 2; this build reads version 1"},
};

// How many problems, the first one, and the canonical link of what was kept.
struct UrlExpectation {
    const char* file;
    std::size_t problems;
    const char* first_problem;
    const char* canonical;
};
const UrlExpectation url_expectations[] = {
    {"encoded-nul-and-utf8.txt", 3, "c: not a commitment id (\"c=a%00b\")", ""},
    {"full-link.txt", 0, "", "c=bletchley-declaration&d=2024-05-21&m=compare&b=seoul-declaration&s=FRA&p=orthographic&z=2.5&x=0.125&y=-0.5&r=10.5,-20&t=dark&v=2026-11-27"},
    {"impossible-dates.txt", 4, "d: not a real date YYYY-MM-DD (\"d=2024-02-30\")", ""},
    {"malformed-percent-escapes.txt", 3, "c: malformed percent-escape (\"c=%zz\")", ""},
    {"numbers-at-the-limits.txt", 0, "", "z=48&x=-4&y=4&r=180,-90"},
    {"numbers-not-finite.txt", 4, "z: zoom must be a number from 1 to 48 (\"z=1e999\")", ""},
    {"numbers-out-of-range.txt", 4, "z: zoom must be a number from 1 to 48 (\"z=0.5\")", ""},
    {"percent-escape-at-end.txt", 1, "s: malformed percent-escape (\"s=%\")", "c=decl"},
    {"repeated-and-empty-pairs.txt", 1, "s: not a party id (\"s==FRA\")", "c=b&s="},
    {"rotation-shapes.txt", 4, "r: rotation must be lon,lat in degrees (\"r=,\")", ""},
    {"too-long.txt", 1, "the link's state is longer than 2000 characters; it was ignored", ""},
    {"unknown-keys-only.txt", 0, "", ""},
};

}  // namespace

// Each fuzz target (tests/fuzz/<target>_fuzz.cpp) has a regressions folder, and each folder is a
// target's; the tests below replay these three.
TEST(FuzzRegressions, EveryTargetHasAFolderReplayedHere) {
    std::set<std::string> targets, folders;
    std::error_code error;
    for (fs::directory_iterator it(fuzz_dir, error), end; !error && it != end; it.increment(error)) {
        const std::string name = it->path().filename().string();
        if (name.size() > 9 && name.ends_with("_fuzz.cpp")) targets.insert(name.substr(0, name.size() - 9));
    }
    for (fs::directory_iterator it(fuzz_dir / "regressions", error), end; !error && it != end; it.increment(error)) {
        if (it->is_directory()) folders.insert(it->path().filename().string());
    }
    ASSERT_FALSE(error) << fuzz_dir << ": " << error.message();
    EXPECT_EQ(targets, (std::set<std::string>{"dataset_loader", "url_state", "world_geometry"}));
    EXPECT_EQ(folders, targets);
}

TEST(FuzzRegressions, DatasetLoaderInputs) {
    const std::vector<Input> inputs = regression_inputs("dataset_loader");
    expect_inputs_exist(inputs, dataset_expectations);
    for (const Input& input : inputs) {
        const LoadResult result = fuzz::dataset_loader(input.bytes);
        ASSERT_TRUE(result.ok() || !result.problems.empty()) << input.name << ": rejected without a problem";
        const auto* expected = expectation_for(dataset_expectations, input.name);
        if (!expected) continue;
        const std::string first = result.problems.empty() ? "" : format_problem(input.name, result.problems.front());
        EXPECT_TRUE(first.starts_with(expected->first_problem) && (first.empty() == (*expected->first_problem == '\0')))
            << input.name << "\n  first problem: " << first << "\n  expected:      " << expected->first_problem;
    }
}

TEST(FuzzRegressions, WorldGeometryInputs) {
    const std::vector<Input> inputs = regression_inputs("world_geometry");
    expect_inputs_exist(inputs, geometry_expectations);
    for (const Input& input : inputs) {
        const std::string error = fuzz::world_geometry(input.bytes);
        if (const auto* expected = expectation_for(geometry_expectations, input.name)) {
            EXPECT_EQ(error, expected->error) << input.name;
        }
    }
}

TEST(FuzzRegressions, UrlStateInputs) {
    const std::vector<Input> inputs = regression_inputs("url_state");
    expect_inputs_exist(inputs, url_expectations);
    for (const Input& input : inputs) {
        const fuzz::UrlStateReplay replay = fuzz::url_state(input.bytes);
        EXPECT_TRUE(replay.stable) << input.name << ": the canonical link \"" << replay.canonical << "\" does not read back the same";
        const auto* expected = expectation_for(url_expectations, input.name);
        if (!expected) continue;
        EXPECT_EQ(replay.parsed.problems.size(), expected->problems) << input.name;
        EXPECT_EQ(replay.parsed.problems.empty() ? "" : replay.parsed.problems.front(), expected->first_problem) << input.name;
        EXPECT_EQ(replay.canonical, expected->canonical) << input.name;
    }
}

}  // namespace accord
