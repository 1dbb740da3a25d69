// Every text the UI shows, in one table, so that translations (and country names in other
// languages) can come later by swapping the table: the panels, the legend, the JS API's labels
// and the exports all read it. English only for now.
#pragma once
#include <string>

#include "core/dataset.h"
#include "core/fact_strength.h"
#include "core/map_modes.h"

namespace accord::scene {

struct Strings {
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
    const char* unknown_partial_format = "Unknown: the list is partial (%d of about %d known)";
    // Modes
    const char* mode_single = "One commitment";
    const char* mode_overview = "Overview";
    const char* mode_compare = "Compare";
    const char* overview_legend_format = "Commitments joined (of %d shown)";
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
    const char* count_format = "%s: %d parties";
    const char* count_change_format = ", %+d";
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
    const char* twin_overview_subtitle_format = "How many of the %d commitments each party had joined, as of %s.";
    const char* twin_joined_format = "On %s, %d parties had signed, endorsed or joined";
    const char* twin_one_joined_format = "On %s, 1 party had signed, endorsed or joined";
    const char* twin_declined_names_format = "; %s declined";
    const char* twin_declined_count_format = "; %d declined";
    const char* twin_partial_count = "; the list is partial (about %d known).";
    const char* twin_partial = "; the list is partial: a party not listed is unknown, not a refusal.";
    const char* twin_complete = "; the list is complete.";
    const char* twin_compare_summary_format = "On %s: %s.";
    const char* twin_overview_summary_format = "On %s, %d parties had joined at least one of the %d commitments; the most any party had joined was %d.";
    const char* twin_names_and = " and ";
    const char* twin_more_format = ", %d more";
    const char* twin_fewer_format = ", %d fewer";
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
    // Loading
    const char* loading_data = "Loading data\u2026";
    const char* loading_map = "Loading the map\u2026";
    const char* map_failed = "The world map could not be loaded.";
};

const Strings& strings();
// printf into a string: the table's formats take their values in their own order.
std::string format_text(const char* format, ...) __attribute__((format(printf, 1, 2)));
const char* status_label(Status status);
const char* compare_label(CompareClass compare);
const char* action_label(ActionKind kind);  // "signed", "endorsed", … as readers say it
// A date as readers say it, to its precision: "2 Nov 2023", "Nov 2023", "2023".
std::string iso_date_text(const IsoDate& date);
// An action's date as readers say it: "2 Nov 2023", "Nov 2023", "2023", "by 2024-05", "between … and …".
std::string action_date_text(const ActionDate& date);
// "Weak evidence: …" for a weak fact, "" for a firm one.
const char* fact_strength_label(FactStrength strength);

}  // namespace accord::scene
