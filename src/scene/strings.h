// Every text the UI shows, in one table per language (English here, the others in
// scene/translations/strings_<language>.cpp): the panels, the legend, the JS API's labels, the
// HTML twin and the exports all read the table of the current language. A language's table sets
// every field: a text that depends on a number is a PluralText, chosen by the language's plural
// rule, and dates are written from the table's month names and patterns, never by concatenating
// words. The web app holds English only: another language's table reaches it as data
// (data/ui-<tag>.json, written at build time from the same C++ tables by atlas-data), fetched
// when a reader needs it, so an English reader's download carries no translation.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/dataset.h"
#include "core/fact_strength.h"
#include "core/map_modes.h"
#include "core/timeline.h"

namespace accord::scene {

// The UI's languages: five of the six UN languages (Arabic, right to left, is the next one).
enum class Language { en, fr, es, ru, zh_hans };
inline constexpr Language all_languages[] = {Language::en, Language::fr, Language::es, Language::ru, Language::zh_hans};
// BCP 47 tags, as in links (l=) and the JS API: "en", "fr", "es", "ru", "zh-Hans".
const char* language_tag(Language language);
// Accepts a tag as browsers give them ("fr-CA", "zh-CN", "zh-Hans-SG", "ru"), case-insensitively;
// nullopt for a language the UI lacks (and for Traditional Chinese: zh-TW, zh-HK, zh-Hant).
std::optional<Language> language_from_tag(std::string_view tag);

// CLDR's plural categories; a language's rule uses some of them.
enum class PluralCategory { zero, one, two, few, many, other };
PluralCategory plural_category(Language language, long count);
// A text that depends on a count: one printf format per plural category the language uses (the
// rest stay null and fall back to `other`).
struct PluralText {
    const char* zero = nullptr;
    const char* one = nullptr;
    const char* two = nullptr;
    const char* few = nullptr;
    const char* many = nullptr;
    const char* other = nullptr;
};

// The language in itself ("Français", "中文"), for the language switch, which lists them all.
const char* language_autonym(Language language);

struct Strings {
    const char* language_label = "Language";
    // Statuses (legend, tooltips, panels)
    const char* status_party = "Signed, endorsed or joined";
    const char* status_declined = "Declined";
    const char* status_objected = "Objected (adopted by consensus)";
    const char* status_not_signed = "Not among the signatories (as of a date)";
    const char* status_withdrawn = "Withdrew";
    const char* status_unknown = "Unknown: the source list is partial";
    const char* status_not_party = "Not a party (the list is complete)";
    const char* status_not_applicable = "Not applicable";
    const char* legend = "Legend";
    const char* weak_legend = "Weak evidence (lighter, dotted)";
    const char* weak_low_confidence = "Weak evidence: low confidence";
    const char* weak_tertiary_sources = "Weak evidence: only compilations or encyclopaedia-style sources";
    const char* official_unread = "Official text (not used as evidence here)";
    // Modes
    const char* mode_single = "One commitment";
    const char* mode_overview = "Overview";
    const char* mode_compare = "Compare";
    const char* compare_both = "Both";
    const char* compare_only_a = "Only A";
    const char* compare_only_b = "Only B";
    const char* compare_neither = "Neither";
    const char* compare_unknown = "Unknown (a list is partial)";
    const char* compare_not_applicable = "Not applicable";
    const char* compare_with = "compared with";
    // Header, search
    const char* choose_commitment = "Choose a commitment";
    const char* filter_hint = "Filter commitments";
    const char* search_hint = "Search countries, commitments";
    const char* no_results = "No match";
    const char* about_commitment = "About";
    const char* share = "Share";
    const char* share_tooltip = "Copy a link to this view";
    const char* embed = "Embed";
    const char* embed_tooltip = "Code to put this view in an article";
    const char* menu = "Menu";  // a phone's header: the modes, About, Share and Embed
    const char* about_commitment_long = "About this commitment";
    const char* share_long = "Share: copy a link to this view";
    const char* embed_long = "Embed in an article";
    const char* overview_heading = "All commitments";
    const char* download_heading = "Download";
    const char* download_csv = "CSV of this commitment";
    const char* download_json = "Dataset (JSON)";
    const char* download_png = "Picture (PNG)";
    const char* download_svg = "Map (SVG)";
    const char* download_offline = "Offline edition (one HTML file)";
    // Timeline
    const char* play = "Play";
    const char* pause = "Pause";
    const char* previous_event = "Previous event";
    const char* next_event = "Next event";
    const char* latest = "Latest: the dataset's as-of date";
    // Records
    const char* close = "Close";
    const char* actions_heading = "Record";
    const char* no_actions = "No recorded action in this dataset.";
    const char* status_on_format = "On %s: %s";
    const char* confidence_format = "Confidence: %s";
    const char* sources_heading = "Sources";
    const char* adopted_format = "Adopted %s";
    const char* at_event_format = "at %s";
    const char* completeness_complete = "The party list is complete.";
    const char* completeness_partial = "The party list is partial: absence from it means unknown, not refusal.";
    const char* stated_count_format = "%s (as of %s)";
    const char* open_doubts = "Open doubts";
    const char* parties_heading = "Parties";
    const char* filter_parties_hint = "Filter parties";
    const char* loading_full_edition = "Loading the notes and source details\u2026";
    const char* lean_edition_shown = "Lean edition: notes, source titles and summaries are left out (see data/SCHEMA.md).";
    const char* column_party = "Party";
    const char* column_action = "Action";
    const char* column_date = "Date";
    const char* read_text = "Text of the commitment";
    const char* note_prefix = "Note: ";
    // Tooltip
    const char* source_format = "Source: %s";
    const char* on_day_format = "on %s";
    // Actions, as readers say them ("signed 2 Nov 2023")
    const char* action_signed = "signed";
    const char* action_endorsed = "endorsed";
    const char* action_adhered = "adhered";
    const char* action_joined = "joined";
    const char* action_member = "member";
    const char* action_subscribed = "subscribed";
    const char* action_ratified = "ratified";
    const char* action_sponsored = "sponsored";
    const char* action_co_sponsored = "co-sponsored";
    const char* action_declined = "declined";
    const char* action_not_signed = "not among the signatories";
    const char* action_withdrew = "withdrew";
    const char* action_disputed = "disputed (sources conflict)";
    const char* action_objected = "objected (the text was adopted by consensus)";
    const char* action_co_facilitated = "co-facilitated the negotiation";
    const char* date_by_format = "by %s";
    const char* date_between_format = "between %s and %s";
    // Playback speeds
    const char* speed_month = "A month a second";
    const char* speed_quarter = "A quarter a second";
    const char* speed_year = "A year a second";
    // The HTML twin (scene/twin): the canvas's content as text, and its live announcements
    const char* twin_title_format = "%s: who joined, who declined";
    const char* twin_compare_title_format = "%s compared with %s";
    const char* twin_overview_title = "AI governance commitments joined, by country";
    const char* twin_subtitle_format = "Parties that signed, endorsed or joined it, and those that declined, as of %s. Every fact links to its source.";
    const char* twin_compare_subtitle_format = "Who joined one, both or neither, as of %s.";
    const char* twin_declined_names_format = "; %s declined";
    const char* twin_partial = "; the list is partial: a party not listed is unknown, not a refusal.";
    const char* twin_complete = "; the list is complete.";
    const char* twin_compare_summary_format = "On %s: %s.";
    const char* twin_table_caption = "Parties with a recorded action by %s";
    const char* twin_partial_note = "The list is partial: a party not listed is unknown, not a refusal.";
    const char* twin_compare_caption = "Parties with a recorded action on either commitment by %s";
    const char* twin_overview_caption = "Parties that had joined at least one commitment by %s";
    const char* column_status = "Status";
    const char* column_confidence = "Confidence";
    const char* column_sources = "Sources";
    const char* column_joined = "Commitments joined";
    const char* events_heading = "Events on the timeline";
    const char* selected_heading_format = "Record of %s";
    const char* sort_hint = "Sort by %s";
    const char* no_parties = "No party has a recorded action by this date.";
    // Keyboard: the list of shortcuts ("?")
    const char* shortcuts_title = "Keyboard shortcuts";
    const char* key_tab = "Tab, Shift+Tab";
    const char* key_tab_does = "Move between the controls, the map and the timeline";
    const char* key_activate = "Enter, Space";
    const char* key_activate_does = "Press the focused control";
    const char* key_arrows = "Arrows (on the map)";
    const char* key_arrows_does = "Select the next country in that direction";
    const char* key_shift_arrows = "Shift+Arrows";
    const char* key_shift_arrows_does = "Move the map";
    const char* key_zoom = "+  -  0";
    const char* key_zoom_does = "Zoom in, zoom out, show the whole world";
    const char* key_axis = "Arrows, Home, End (on the timeline)";
    const char* key_axis_does = "Previous or next event, the first or the latest date";
    const char* key_events = ",  .";
    const char* key_events_does = "Previous or next event";
    const char* key_play = "Space (on the map or the timeline)";
    const char* key_play_does = "Play or pause";
    const char* key_escape = "Escape";
    const char* key_escape_does = "Close a list, this help or the record";
    const char* key_help = "?";
    const char* key_help_does = "Show or hide this list";
    // The canvas's accessible name (its aria-label, set by the page in the UI's language)
    const char* canvas_label = "Accord Atlas: map and timeline of AI governance commitments. Tab moves through its controls; press ? for the keyboard shortcuts";
    // The graphic's source line (embed footer, PNG): the dataset's title, its edition, the day its facts were checked to
    const char* source_line_format = "Source: %s, edition %s (facts checked to %s)";
    // Loading
    const char* loading_data = "Loading data\u2026";
    const char* loading_map = "Loading the map\u2026";
    const char* map_failed = "The world map could not be loaded.";
    // Evidence vocabulary (records, tooltips)
    const char* source_official = "official";
    const char* source_secondary = "secondary";
    const char* source_tertiary = "tertiary";
    const char* confidence_high = "high";
    const char* confidence_medium = "medium";
    const char* confidence_low = "low";
    // Lists: "A, B and C"
    const char* list_separator = ", ";
    const char* list_last_separator = " and ";
    // Between a label and its value ("Declined: 3"), and between clauses of a summary
    const char* label_separator = ": ";
    const char* clause_separator = "; ";
    // Dates: {d} day, {m} month number, {mon} month's short name, {y} year. A day's month takes
    // month_names ("2 мая"); a month alone, standalone_month_names ("май 2024 г.").
    const char* month_names[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const char* standalone_month_names[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const char* day_month_year = "{d} {mon} {y}";
    const char* day_month = "{d} {mon}";
    const char* month_year = "{mon} {y}";
    const char* month_only = "{mon}";
    const char* year_only = "{y}";
    const char* first_day = "1";  // {d} on the first of a month ("1er" in French)

    // Texts with a count, each chosen by the language's plural rule
    struct Counts {
        // timeline line and live announcement: "2 Nov 2023: 29 parties"
        PluralText parties_on_day = {.one = "%s: %d party", .other = "%s: %d parties"};
        PluralText more = {.one = ", 1 more", .other = ", %d more"};
        PluralText fewer = {.one = ", 1 fewer", .other = ", %d fewer"};
        // overview legend heading, by the number of commitments
        PluralText overview_legend = {.one = "Commitments joined (of %d shown)", .other = "Commitments joined (of %d shown)"};
        // legend: the parties known so far (first number), of the stated count (second)
        PluralText unknown_partial = {.one = "Unknown: the list is partial (%d of about %d known)",
                                      .other = "Unknown: the list is partial (%d of about %d known)"};
        // HTML twin summary: date, then the number of parties
        PluralText twin_joined = {.one = "On %s, %d party had signed, endorsed or joined", .other = "On %s, %d parties had signed, endorsed or joined"};
        PluralText twin_declined_count = {.one = "; %d declined", .other = "; %d declined"};
        PluralText twin_partial_count = {.one = "; the list is partial (about %d known).", .other = "; the list is partial (about %d known)."};
        // by the number of commitments, then the date
        PluralText twin_overview_subtitle = {.one = "How many of the %d commitment each party had joined, as of %s.",
                                             .other = "How many of the %d commitments each party had joined, as of %s."};
        // date, parties (the count that chooses), commitments, the most any party joined
        PluralText twin_overview_summary = {
            .one = "On %s, %d party had joined at least one of the %d commitments; the most any party had joined was %d.",
            .other = "On %s, %d parties had joined at least one of the %d commitments; the most any party had joined was %d."};
    } counts;
};

// The table of the current language: English until set_language is called, and while the
// language's table is not installed.
const Strings& strings();
const Strings& strings_for(Language language);
bool has_strings(Language language);
// Installs a language's table (a built-in one, or one read by read_strings; it must outlive its use).
void install_strings(Language language, const Strings* table);
Language current_language();
void set_language(Language language);

// A table as data: {"language": tag, "texts": [every text of the table, in its order; null for a
// plural form the language does not use]}.
std::string strings_json(Language language, const Strings& table);
// Reads strings_json's text. Refused (with why) when the texts do not match this build's table:
// their number, and each text's printf conversions, which must be English's or fewer of them in
// the same order (a wrong one would crash the formatting). A taken table is installed and kept.
std::vector<std::string> read_strings(std::string_view json_text);
// The format of `text` for `count` in the current language, and the text printed with it.
const char* plural_format(const PluralText& text, long count);
// Every text of a table (each field, month name and plural form that is set), for the glyphs
// the UI needs and for the tests that check each language sets every field.
std::vector<const char*> all_texts(const Strings& table);
// printf into a string: the table's formats take their values in their own order.
std::string format_text(const char* format, ...) __attribute__((format(printf, 1, 2)));
const char* status_label(Status status);
const char* compare_label(CompareClass compare);
const char* action_label(ActionKind kind);  // "signed", "endorsed", … as readers say it
// A date as readers say it, to its precision: "2 Nov 2023", "Nov 2023", "2023" (in French
// "2 nov. 2023", in Chinese "2023年11月2日").
std::string iso_date_text(const IsoDate& date);
std::string day_text(DayNumber day, bool with_year);    // "2 Nov 2023" / "2 Nov"
std::string month_text(DayNumber day, bool with_year);  // "Nov 2023" / "Nov"
// A time-axis tick's label ("2023", "Nov 2023", "Nov", "12 Nov") in the current language.
std::string axis_tick_text(TickUnit unit, const AxisTick& tick);
// "A", "A and B", "A, B and C" in the current language.
std::string names_list(const std::vector<std::string>& names);
const char* source_kind_label(SourceKind kind);
const char* confidence_label(Confidence confidence);
// An action's date as readers say it: "2 Nov 2023", "Nov 2023", "2023", "by 2024-05", "between … and …".
std::string action_date_text(const ActionDate& date);
// "Weak evidence: …" for a weak fact, "" for a firm one.
const char* fact_strength_label(FactStrength strength);

}  // namespace accord::scene
