// The view as a URL fragment, so that a link reproduces exactly what was shown and names the
// dataset edition it was made with: `#c=<commitment>&d=<YYYY-MM-DD>&m=<mode>&b=<compare>&s=<party>
// &p=<projection>&z=<zoom>&x=<center x>&y=<center y>&r=<lon>,<lat>&t=<theme>&v=<dataset version>`.
// Parsing never trusts its input: every value is checked (ids by character set and length, dates
// by calendar, numbers by range), unknown keys are ignored, and problems are listed.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace accord {

struct UrlState {
    std::optional<std::string> commitment;  // commitment id
    std::optional<std::string> date;        // YYYY-MM-DD
    std::optional<std::string> mode;        // single | overview | compare
    std::optional<std::string> compare;     // commitment id
    std::optional<std::string> selected;    // party id ("" = none)
    std::optional<std::string> projection;  // equal-earth | natural-earth | orthographic
    std::optional<double> zoom;             // [1, 48]
    std::optional<double> center_x, center_y;  // projected units, |v| <= 4
    std::optional<double> rotation_lon_deg, rotation_lat_deg;
    std::optional<std::string> theme;       // light | dark
    std::optional<std::string> language;    // a BCP 47 tag: en, fr, es, ru, zh-Hans (the scene says which it has)
    std::optional<std::string> dataset_version;  // YYYY-MM-DD
    friend bool operator==(const UrlState&, const UrlState&) = default;
};

struct UrlStateParse {
    UrlState state;
    std::vector<std::string> problems;  // e.g. "d: \"2025-02-30\" is not a real date"
};

// Accepts the fragment with or without the leading '#'; at most 2,000 characters are read.
UrlStateParse parse_url_state(std::string_view fragment);
// Canonical form (fixed key order, numbers with 7 significant digits), without '#'.
std::string format_url_state(const UrlState& state);

}  // namespace accord
