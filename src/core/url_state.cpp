// URL fragment state: see url_state.h.
#include "core/url_state.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "core/iso_date.h"
#include "core/map_modes.h"
#include "core/projection.h"
#include "core/status_palette.h"

namespace accord {

namespace {

constexpr std::size_t max_fragment_chars = 2000;
constexpr std::size_t max_id_chars = 120;

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// Percent-decoding; nullopt on a malformed escape.
std::optional<std::string> percent_decode(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%') {
            if (i + 2 >= text.size()) return std::nullopt;
            const int hi = hex_value(text[i + 1]), lo = hex_value(text[i + 2]);
            if (hi < 0 || lo < 0) return std::nullopt;
            out += static_cast<char>(hi * 16 + lo);
            i += 2;
        } else if (text[i] == '+') {
            out += ' ';
        } else {
            out += text[i];
        }
    }
    return out;
}

// Dataset ids: letters, digits, '-', '_', '.' (commitments are lowercase slugs, parties codes).
bool is_id(std::string_view id) {
    if (id.empty() || id.size() > max_id_chars) return false;
    for (const char c : id) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
        if (!ok) return false;
    }
    return true;
}

std::optional<double> parse_number(std::string_view text, double lo, double hi) {
    if (text.empty() || text.size() > 32) return std::nullopt;
    const std::string copy(text);
    char* end = nullptr;
    const double value = std::strtod(copy.c_str(), &end);
    if (end != copy.c_str() + copy.size() || !std::isfinite(value) || value < lo || value > hi) return std::nullopt;
    return value;
}

// BCP 47's shape, loosely: a 2-3 letter language, then subtags of 1-8 letters or digits ("zh-Hans-CN").
bool is_language_tag(std::string_view tag) {
    if (tag.size() > 35) return false;
    std::size_t start = 0, index = 0;
    while (start <= tag.size()) {
        const std::size_t end = std::min(tag.find('-', start), tag.size());
        const std::string_view part = tag.substr(start, end - start);
        const bool letters = std::all_of(part.begin(), part.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
        const bool alnum = std::all_of(part.begin(), part.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)); });
        if (index == 0 ? !(letters && part.size() >= 2 && part.size() <= 3) : !(alnum && !part.empty() && part.size() <= 8)) return false;
        ++index;
        start = end + 1;
    }
    return true;
}

std::string format_number(double value, int significant) {
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%.*g", significant, value);
    return buffer;
}

}  // namespace

UrlStateParse parse_url_state(std::string_view fragment) {
    UrlStateParse result;
    if (!fragment.empty() && fragment.front() == '#') fragment.remove_prefix(1);
    if (fragment.size() > max_fragment_chars) {
        result.problems.push_back("the link's state is longer than " + std::to_string(max_fragment_chars) + " characters; it was ignored");
        return result;
    }
    UrlState& s = result.state;
    while (!fragment.empty()) {
        const std::size_t amp = fragment.find('&');
        const std::string_view pair = fragment.substr(0, amp);
        fragment = amp == std::string_view::npos ? std::string_view() : fragment.substr(amp + 1);
        if (pair.empty()) continue;
        const std::size_t eq = pair.find('=');
        const std::string_view key = pair.substr(0, eq);
        const auto decoded = percent_decode(eq == std::string_view::npos ? std::string_view() : pair.substr(eq + 1));
        const auto problem = [&](const char* what) {
            std::string message(key.substr(0, 12));
            message.append(": ").append(what).append(" (\"").append(pair.substr(0, 60)).append("\")");
            result.problems.push_back(std::move(message));
        };
        if (!decoded) {
            problem("malformed percent-escape");
            continue;
        }
        const std::string& value = *decoded;
        if (key == "c" || key == "b") {
            if (!is_id(value)) problem("not a commitment id");
            else (key == "c" ? s.commitment : s.compare) = value;
        } else if (key == "s") {
            if (!value.empty() && !is_id(value)) problem("not a party id");
            else s.selected = value;
        } else if (key == "d" || key == "v") {
            const auto date = parse_iso_date(value);
            if (!date || date->precision != DatePrecision::day) problem("not a real date YYYY-MM-DD");
            else (key == "d" ? s.date : s.dataset_version) = value;
        } else if (key == "m") {
            if (!map_mode_from_name(value)) problem("mode must be single, overview or compare");
            else s.mode = value;
        } else if (key == "p") {
            if (!projection_from_name(value)) problem("unknown projection");
            else s.projection = value;
        } else if (key == "t") {
            if (!theme_from_name(value)) problem("theme must be light or dark");
            else s.theme = value;
        } else if (key == "l") {
            if (!is_language_tag(value)) problem("language must be a tag such as fr or zh-Hans");
            else s.language = value;
        } else if (key == "z") {
            if (const auto z = parse_number(value, 1.0, 48.0)) s.zoom = z;
            else problem("zoom must be a number from 1 to 48");
        } else if (key == "x" || key == "y") {
            if (const auto v = parse_number(value, -4.0, 4.0)) (key == "x" ? s.center_x : s.center_y) = v;
            else problem("centre must be a number from -4 to 4");
        } else if (key == "r") {
            const std::size_t comma = value.find(',');
            const auto lon = comma == std::string::npos ? std::nullopt : parse_number(std::string_view(value).substr(0, comma), -180.0, 180.0);
            const auto lat = comma == std::string::npos ? std::nullopt : parse_number(std::string_view(value).substr(comma + 1), -90.0, 90.0);
            if (!lon || !lat) {
                problem("rotation must be lon,lat in degrees");
            } else {
                s.rotation_lon_deg = lon;
                s.rotation_lat_deg = lat;
            }
        }
        // Unknown keys are ignored: later versions may add some.
    }
    return result;
}

std::string format_url_state(const UrlState& s) {
    std::string out;
    const auto add = [&](const char* key, const std::string& value) {
        if (!out.empty()) out += '&';
        out += key;
        out += '=';
        out += value;
    };
    if (s.commitment) add("c", *s.commitment);
    if (s.date) add("d", *s.date);
    if (s.mode) add("m", *s.mode);
    if (s.compare) add("b", *s.compare);
    if (s.selected) add("s", *s.selected);
    if (s.projection) add("p", *s.projection);
    if (s.zoom) add("z", format_number(*s.zoom, 7));
    if (s.center_x) add("x", format_number(*s.center_x, 7));
    if (s.center_y) add("y", format_number(*s.center_y, 7));
    if (s.rotation_lon_deg && s.rotation_lat_deg) add("r", format_number(*s.rotation_lon_deg, 7) + "," + format_number(*s.rotation_lat_deg, 7));
    if (s.theme) add("t", *s.theme);
    if (s.language) add("l", *s.language);
    if (s.dataset_version) add("v", *s.dataset_version);
    return out;
}

}  // namespace accord
