// The UI's string tables, the current language, plural rules and dates: see strings.h.
#include "scene/strings.h"

#include <array>
#include <cctype>
#include <cstddef>
#include <cstring>
#include <memory>
#include <cstdarg>
#include <cstdio>
#include <type_traits>

#include <nlohmann/json.hpp>

#include "core/enum_names.h"
#include "core/timeline.h"

namespace accord::scene {

namespace {

constexpr std::pair<Language, const char*> language_tag_table[] = {
    {Language::en, "en"}, {Language::fr, "fr"}, {Language::es, "es"}, {Language::ru, "ru"}, {Language::zh_hans, "zh-Hans"}};

Language g_language = Language::en;
std::array<const Strings*, std::size(all_languages)> g_tables{};

constexpr std::pair<Language, const char*> autonym_table[] = {
    {Language::en, "English"}, {Language::fr, "Français"}, {Language::es, "Español"}, {Language::ru, "Русский"}, {Language::zh_hans, "中文"}};

// A table as its slots of text pointers (Strings holds nothing else: see the static_asserts).
constexpr std::size_t slot_count = sizeof(Strings) / sizeof(const char*);
const char* const* slots(const Strings& table) { return reinterpret_cast<const char* const*>(&table); }
const char** slots(Strings& table) { return reinterpret_cast<const char**>(&table); }

// "%s", "%d", "%+d" … in order ("%%" is not one).
std::vector<std::string> conversions(std::string_view format) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < format.size(); ++i) {
        if (format[i] != '%') continue;
        const std::size_t start = i++;
        while (i < format.size() && std::strchr("-+ #0123456789.", format[i])) ++i;
        if (i < format.size() && format[i] != '%') out.emplace_back(format.substr(start, i - start + 1));
    }
    return out;
}

// A table read from data, owning its texts.
struct LoadedTable {
    std::vector<std::string> texts;
    Strings table;
};

std::string lower_ascii(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// "{d} {mon} {y}" with the date's parts; `standalone`: a month without its day names it as such.
std::string fill_date_pattern(const char* pattern, const IsoDate& date, bool standalone = false) {
    const Strings& s = strings();
    std::string out;
    for (const char* p = pattern; *p;) {
        if (*p == '{') {
            const std::string_view rest(p);
            if (rest.starts_with("{d}")) {
                out += date.day == 1 ? std::string(s.first_day) : std::to_string(date.day);
                p += 3;
                continue;
            }
            if (rest.starts_with("{m}")) { out += std::to_string(date.month); p += 3; continue; }
            if (rest.starts_with("{y}")) { out += std::to_string(date.year); p += 3; continue; }
            if (rest.starts_with("{mon}")) {
                out += (standalone ? s.standalone_month_names : s.month_names)[(date.month + 11) % 12];
                p += 5;
                continue;
            }
        }
        out += *p++;
    }
    return out;
}

}  // namespace

const char* language_tag(Language language) { return enum_name(language_tag_table, language); }

std::optional<Language> language_from_tag(std::string_view tag) {
    const std::string t = lower_ascii(tag);
    const std::string primary = t.substr(0, t.find_first_of("-_"));
    if (primary == "zh") {
        // Simplified unless the tag says Traditional, by script or by a region that writes it.
        for (const char* traditional : {"hant", "-tw", "-hk", "-mo", "_tw", "_hk", "_mo"}) {
            if (t.find(traditional) != std::string::npos) return std::nullopt;
        }
        return Language::zh_hans;
    }
    for (const auto& [language, name] : language_tag_table) {
        if (primary == name) return language;
    }
    return std::nullopt;
}

PluralCategory plural_category(Language language, long count) {
    const long n = count < 0 ? -count : count;
    switch (language) {
        case Language::en:
        case Language::es: return n == 1 ? PluralCategory::one : PluralCategory::other;
        case Language::fr: return n <= 1 ? PluralCategory::one : PluralCategory::other;
        case Language::ru: {
            const long last = n % 10, last_two = n % 100;
            if (last == 1 && last_two != 11) return PluralCategory::one;
            if (last >= 2 && last <= 4 && (last_two < 12 || last_two > 14)) return PluralCategory::few;
            return PluralCategory::many;
        }
        case Language::zh_hans: return PluralCategory::other;
    }
    return PluralCategory::other;
}

const char* language_autonym(Language language) { return enum_name(autonym_table, language); }

const Strings& strings_for(Language language) {
    static const Strings english;
    const Strings* table = g_tables[static_cast<std::size_t>(language)];
    return language != Language::en && table ? *table : english;
}

bool has_strings(Language language) { return language == Language::en || g_tables[static_cast<std::size_t>(language)] != nullptr; }

void install_strings(Language language, const Strings* table) { g_tables[static_cast<std::size_t>(language)] = table; }

std::string strings_json(Language language, const Strings& table) {
    nlohmann::json texts = nlohmann::json::array();
    for (std::size_t i = 0; i < slot_count; ++i) texts.push_back(slots(table)[i] ? nlohmann::json(slots(table)[i]) : nlohmann::json(nullptr));
    return nlohmann::json{{"language", language_tag(language)}, {"texts", std::move(texts)}}.dump();
}

std::vector<std::string> read_strings(std::string_view json_text) {
    const nlohmann::json root = nlohmann::json::parse(json_text.begin(), json_text.end(), nullptr, false);
    if (root.is_discarded() || !root.is_object()) return {"not JSON: expected {\"language\": tag, \"texts\": [...]}"};
    const auto tag = root.find("language");
    const std::optional<Language> language = tag != root.end() && tag->is_string() ? language_from_tag(tag->get<std::string>()) : std::nullopt;
    if (!language || *language == Language::en) return {"\"language\" must be one of the UI's languages other than English"};
    const auto texts = root.find("texts");
    if (texts == root.end() || !texts->is_array()) return {"\"texts\" must be a list"};
    if (texts->size() != slot_count) {
        return {"\"texts\" has " + std::to_string(texts->size()) + " texts; this build of the app has " + std::to_string(slot_count) + " (a file from another build?)"};
    }
    const Strings& english = strings_for(Language::en);
    auto loaded = std::make_unique<LoadedTable>();
    loaded->texts.resize(slot_count);
    std::vector<std::string> problems;
    for (std::size_t i = 0; i < slot_count; ++i) {
        const nlohmann::json& text = (*texts)[i];
        if (text.is_null()) continue;
        if (!text.is_string()) {
            problems.push_back("/texts/" + std::to_string(i) + ": expected a string or null");
            continue;
        }
        loaded->texts[i] = text.get<std::string>();
        // English's own text; for a plural form, English's "other" form (English may spell out a
        // count in its "one" form, which another language's "one" cannot: Russian's covers 21).
        const std::size_t plural_start = offsetof(Strings, counts) / sizeof(const char*);
        const char* reference = i >= plural_start ? slots(english)[plural_start + (i - plural_start) / 6 * 6 + 5] : slots(english)[i];
        const std::vector<std::string> expected = conversions(reference ? reference : "");
        const std::vector<std::string> got = conversions(loaded->texts[i]);
        if (got.size() > expected.size() || !std::equal(got.begin(), got.end(), expected.begin())) {
            problems.push_back("/texts/" + std::to_string(i) + ": \"" + loaded->texts[i] + "\" does not take English's values (" + (reference ? reference : "") + ")");
        }
    }
    if (!problems.empty()) return problems;
    for (std::size_t i = 0; i < slot_count; ++i) {
        if ((*texts)[i].is_string()) slots(loaded->table)[i] = loaded->texts[i].c_str();
        else slots(loaded->table)[i] = nullptr;
    }
    // Kept for the page's life: a language's table is read once (the string table points into it).
    static std::vector<std::unique_ptr<LoadedTable>> kept;
    install_strings(*language, &loaded->table);
    kept.push_back(std::move(loaded));
    return {};
}

const Strings& strings() { return strings_for(g_language); }
Language current_language() { return g_language; }
void set_language(Language language) { g_language = language; }

// Strings holds only text pointers (plain, in arrays and in PluralTexts), so it reads as an array of them.
static_assert(std::is_standard_layout_v<Strings> && std::is_standard_layout_v<PluralText>);
static_assert(sizeof(Strings) % sizeof(const char*) == 0 && sizeof(PluralText) == 6 * sizeof(const char*));

std::vector<const char*> all_texts(const Strings& table) {
    std::vector<const char*> out;
    for (std::size_t i = 0; i < slot_count; ++i) {
        if (slots(table)[i]) out.push_back(slots(table)[i]);
    }
    return out;
}

const char* plural_format(const PluralText& text, long count) {
    const char* chosen = nullptr;
    switch (plural_category(g_language, count)) {
        case PluralCategory::zero: chosen = text.zero; break;
        case PluralCategory::one: chosen = text.one; break;
        case PluralCategory::two: chosen = text.two; break;
        case PluralCategory::few: chosen = text.few; break;
        case PluralCategory::many: chosen = text.many; break;
        case PluralCategory::other: chosen = text.other; break;
    }
    return chosen ? chosen : text.other ? text.other : "";
}

const char* status_label(Status status) {
    const Strings& s = strings();
    switch (status) {
        case Status::party: return s.status_party;
        case Status::declined: return s.status_declined;
        case Status::objected: return s.status_objected;
        case Status::not_signed: return s.status_not_signed;
        case Status::withdrawn: return s.status_withdrawn;
        case Status::unknown: return s.status_unknown;
        case Status::not_party: return s.status_not_party;
        case Status::not_applicable: return s.status_not_applicable;
    }
    return s.status_unknown;
}

const char* compare_label(CompareClass compare) {
    const Strings& s = strings();
    switch (compare) {
        case CompareClass::both: return s.compare_both;
        case CompareClass::only_a: return s.compare_only_a;
        case CompareClass::only_b: return s.compare_only_b;
        case CompareClass::neither: return s.compare_neither;
        case CompareClass::unknown: return s.compare_unknown;
        case CompareClass::not_applicable: return s.compare_not_applicable;
    }
    return s.compare_unknown;
}

const char* action_label(ActionKind kind) {
    const Strings& s = strings();
    switch (kind) {
        case ActionKind::signed_: return s.action_signed;
        case ActionKind::endorsed: return s.action_endorsed;
        case ActionKind::adhered: return s.action_adhered;
        case ActionKind::joined: return s.action_joined;
        case ActionKind::member: return s.action_member;
        case ActionKind::subscribed: return s.action_subscribed;
        case ActionKind::ratified: return s.action_ratified;
        case ActionKind::sponsored: return s.action_sponsored;
        case ActionKind::co_sponsored: return s.action_co_sponsored;
        case ActionKind::declined: return s.action_declined;
        case ActionKind::not_signed: return s.action_not_signed;
        case ActionKind::withdrew: return s.action_withdrew;
        case ActionKind::disputed: return s.action_disputed;
        case ActionKind::objected: return s.action_objected;
        case ActionKind::co_facilitated: return s.action_co_facilitated;
    }
    return "";
}

std::string iso_date_text(const IsoDate& date) {
    const Strings& s = strings();
    return fill_date_pattern(date.precision == DatePrecision::day     ? s.day_month_year
                             : date.precision == DatePrecision::month ? s.month_year
                                                                      : s.year_only,
                             date, date.precision != DatePrecision::day);
}

std::string day_text(DayNumber day, bool with_year) {
    return fill_date_pattern(with_year ? strings().day_month_year : strings().day_month, civil_from_days(day));
}

std::string month_text(DayNumber day, bool with_year) {
    return fill_date_pattern(with_year ? strings().month_year : strings().month_only, civil_from_days(day), true);
}

std::string axis_tick_text(TickUnit unit, const AxisTick& tick) {
    switch (unit) {
        case TickUnit::year: return fill_date_pattern(strings().year_only, civil_from_days(tick.day));
        case TickUnit::quarter:
        case TickUnit::month: return month_text(tick.day, tick.with_year);
        case TickUnit::week:
        case TickUnit::day: return day_text(tick.day, tick.with_year);
    }
    return tick.label;
}

std::string names_list(const std::vector<std::string>& names) {
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0) out += i + 1 == names.size() ? strings().list_last_separator : strings().list_separator;
        out += names[i];
    }
    return out;
}

const char* source_kind_label(SourceKind kind) {
    const Strings& s = strings();
    switch (kind) {
        case SourceKind::official: return s.source_official;
        case SourceKind::secondary: return s.source_secondary;
        case SourceKind::tertiary: return s.source_tertiary;
    }
    return "";
}

const char* confidence_label(Confidence confidence) {
    const Strings& s = strings();
    switch (confidence) {
        case Confidence::high: return s.confidence_high;
        case Confidence::medium: return s.confidence_medium;
        case Confidence::low: return s.confidence_low;
    }
    return "";
}

std::string action_date_text(const ActionDate& date) {
    switch (date.form) {
        case DateForm::on: return iso_date_text(date.first);
        case DateForm::by: return format_text(strings().date_by_format, date.first.to_string().c_str());
        case DateForm::between: return format_text(strings().date_between_format, date.first.to_string().c_str(), date.second.to_string().c_str());
    }
    return date.to_string();
}

const char* fact_strength_label(FactStrength strength) {
    switch (strength) {
        case FactStrength::firm: return "";
        case FactStrength::weak_low_confidence: return strings().weak_low_confidence;
        case FactStrength::weak_tertiary_sources: return strings().weak_tertiary_sources;
    }
    return "";
}

std::string format_text(const char* format, ...) {
    char buffer[512];
    va_list args;
    va_start(args, format);
    const int n = std::vsnprintf(buffer, sizeof buffer, format, args);
    va_end(args);
    if (n < 0) return {};
    if (static_cast<std::size_t>(n) < sizeof buffer) return std::string(buffer, static_cast<std::size_t>(n));
    std::string out(static_cast<std::size_t>(n), '\0');  // longer than the buffer: format again into the string
    va_start(args, format);
    std::vsnprintf(out.data(), out.size() + 1, format, args);
    va_end(args);
    return out;
}

}  // namespace accord::scene
