// The HTML twin of the canvas: see twin.h.
//
// Index:
//   [SECTION] html helpers
//   [SECTION] statuses (one pass over the parties)
//   [SECTION] texts (title, subtitle, summary)
//   [SECTION] legend
//   [SECTION] tables (one per mode)
//   [SECTION] record of the selected party, events
//   [SECTION] twin_key, twin_texts, make_twin
#include "scene/twin.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>

#include "core/fact_strength.h"
#include "core/map_modes.h"
#include "core/timeline.h"
#include "scene/host_replies.h"
#include "scene/legend.h"
#include "scene/strings.h"

namespace accord::scene {

// [SECTION] html helpers

std::string escape_html(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char ch : text) {
        switch (ch) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += ch;
        }
    }
    return out;
}

namespace {

std::string long_day(DayNumber day) { return day_text(day, true); }

// A party's name as a button that selects it (the page's script wires it; without script it is
// plain text in a disabled-looking button, which still reads as the name).
std::string party_cell(const MapScene& scene, Index p) {
    const Party& party = scene.dataset->parties[p];
    return "<th scope=\"row\"><button type=\"button\" class=\"twin-party\" data-party=\"" + escape_html(party.id) + "\" aria-pressed=\"" +
           (party.id == scene.selected ? "true" : "false") + "\">" + escape_html(party_name(scene, p)) + "</button></th>";
}

std::string source_links(const Dataset& d, const std::vector<Index>& sources) {
    std::string out;
    for (const Index s : sources) {
        const Source& source = d.sources[s];
        if (!out.empty()) out += ", ";
        out += "<a href=\"" + escape_html(source.url) + "\" target=\"_blank\" rel=\"noopener\">" +
               escape_html(source.publisher.empty() ? source.url : source.publisher) + "</a>";
    }
    return out;
}

// A swatch as inline SVG (presentation attributes pass a strict style-src policy).
std::string swatch_svg(const LegendEntry& e) {
    std::string svg = "<svg class=\"twin-swatch\" aria-hidden=\"true\" width=\"16\" height=\"16\" viewBox=\"0 0 16 16\"><rect width=\"16\" height=\"16\" fill=\"" +
                      hex_rgb(e.rgb) + "\"/>";
    if (e.hatched) svg += "<path d=\"M0 8L8 0M0 16L16 0M8 16L16 8\" stroke=\"" + hex_rgb(e.hatch_rgb) + "\" stroke-width=\"2\"/>";
    if (e.dotted) svg += "<circle cx=\"4\" cy=\"4\" r=\"1.6\" fill=\"" + hex_rgb(e.dot_rgb) + "\"/><circle cx=\"12\" cy=\"12\" r=\"1.6\" fill=\"" + hex_rgb(e.dot_rgb) + "\"/>";
    return svg + "</svg>";
}

struct Column {
    const char* label;
    const char* sort;  // "text", "number" or "date": how the page's script sorts the column
};

std::string table_head(const std::string& caption, std::initializer_list<Column> columns) {
    std::string out = "<div class=\"twin-scroll\"><table class=\"twin-table\"><caption>" + escape_html(caption) + "</caption><thead><tr>";
    bool first = true;
    for (const Column& c : columns) {
        out += std::string("<th scope=\"col\" data-sort=\"") + c.sort + "\"" + (first ? " aria-sort=\"ascending\"" : "") + "><button type=\"button\" class=\"twin-sort\">" + escape_html(c.label) +
               "</button></th>";
        first = false;
    }
    return out + "</tr></thead><tbody>";
}

// [SECTION] statuses (one pass over the parties)

struct PartyStatus {
    Index party = no_index;
    StatusAt status;
};

// Every party's status in one commitment on the scene's day, in the dataset's order: asked once
// per party, then read by both the summary and the table.
std::vector<PartyStatus> party_statuses(const MapScene& scene) {
    const Dataset& d = *scene.dataset;
    std::vector<PartyStatus> statuses;
    statuses.reserve(d.parties.size());
    for (Index p = 0; p < d.parties.size(); ++p) statuses.push_back({p, d.status_of(p, scene.commitment, scene.day)});
    return statuses;
}

// [SECTION] texts (title, subtitle, summary)

bool comparing(const MapScene& scene) { return scene.mode == MapMode::compare && scene.compare != no_index; }

std::string single_summary(const MapScene& scene, const std::vector<PartyStatus>& statuses) {
    const Strings& text = strings();
    const Dataset& d = *scene.dataset;
    const Commitment& c = d.commitments[scene.commitment];
    const int joined = d.party_count_on(scene.commitment, scene.day);
    std::string out = format_text(plural_format(text.counts.twin_joined, joined), long_day(scene.day).c_str(), joined);
    std::vector<std::string> declined;
    for (const auto& [p, at] : statuses) {
        if (at.status == Status::declined || at.status == Status::objected || at.status == Status::withdrawn) declined.push_back(party_name(scene, p));
    }
    if (!declined.empty() && declined.size() <= 4) out += format_text(text.twin_declined_names_format, names_list(declined).c_str());
    else if (!declined.empty()) out += format_text(plural_format(text.counts.twin_declined_count, static_cast<long>(declined.size())), static_cast<int>(declined.size()));
    if (c.completeness == ListCompleteness::complete) out += text.twin_complete;
    else if (const StatedCount* stated = latest_stated_count(c)) out += format_text(plural_format(text.counts.twin_partial_count, stated->count), stated->count);
    else out += text.twin_partial;
    return out;
}

std::string compare_summary(const MapScene& scene, const Legend& legend) {
    std::string counts;
    for (const LegendEntry& e : legend.entries) {
        if (!e.count || *e.count == 0) continue;
        counts += (counts.empty() ? "" : strings().clause_separator) + legend_entry_text(e);
    }
    return format_text(strings().twin_compare_summary_format, long_day(scene.day).c_str(), counts.c_str());
}

std::string overview_summary(const MapScene& scene) {
    const Dataset& d = *scene.dataset;
    const std::vector<Index> commitments = overview_commitments(scene);
    int with_any = 0;
    for (Index p = 0; p < d.parties.size(); ++p) with_any += joined_count(d, p, commitments, scene.day) > 0 ? 1 : 0;
    return format_text(plural_format(strings().counts.twin_overview_summary, with_any), long_day(scene.day).c_str(), with_any, static_cast<int>(commitments.size()),
                       overview_scale_top(scene));
}

TwinTexts single_texts(const MapScene& scene, const std::vector<PartyStatus>& statuses) {
    const Strings& text = strings();
    return {format_text(text.twin_title_format, scene.dataset->commitments[scene.commitment].short_title.c_str()),
            format_text(text.twin_subtitle_format, long_day(scene.day).c_str()), single_summary(scene, statuses)};
}

TwinTexts compare_texts(const MapScene& scene, const Legend& legend) {
    const Strings& text = strings();
    const Dataset& d = *scene.dataset;
    return {format_text(text.twin_compare_title_format, d.commitments[scene.commitment].short_title.c_str(), d.commitments[scene.compare].short_title.c_str()),
            format_text(text.twin_compare_subtitle_format, long_day(scene.day).c_str()), compare_summary(scene, legend)};
}

TwinTexts overview_texts(const MapScene& scene) {
    const Strings& text = strings();
    return {text.twin_overview_title,
            format_text(plural_format(text.counts.twin_overview_subtitle, static_cast<long>(overview_commitments(scene).size())),
                        static_cast<int>(overview_commitments(scene).size()), long_day(scene.day).c_str()),
            overview_summary(scene)};
}

// [SECTION] legend

std::string legend_html(const Legend& legend) {
    std::string out = "<h2>" + escape_html(strings().legend) + "</h2>";
    if (!legend.heading.empty()) out += "<p>" + escape_html(legend.heading) + "</p>";
    out += "<ul class=\"twin-legend\">";
    for (const LegendEntry& e : legend.entries) out += "<li>" + swatch_svg(e) + escape_html(legend_entry_text(e)) + "</li>";
    out += "</ul>";
    if (!legend.note.empty()) out += "<p class=\"twin-legend-note\">" + escape_html(legend.note) + "</p>";
    return out;
}

// [SECTION] tables (one per mode)

std::string single_table(const MapScene& scene, const std::vector<PartyStatus>& statuses) {
    const Strings& text = strings();
    const Dataset& d = *scene.dataset;
    const Commitment& c = d.commitments[scene.commitment];
    const std::string caption = format_text(text.twin_table_caption, long_day(scene.day).c_str());
    // Said before the table, not in its caption: a caption is as wide as the table, which a phone scrolls.
    const std::string note = c.completeness == ListCompleteness::partial ? "<p class=\"twin-note\">" + escape_html(text.twin_partial_note) + "</p>" : "";
    std::string rows;
    std::vector<PartyStatus> parties;
    for (const PartyStatus& s : statuses) {
        if (s.status.action != no_index) parties.push_back(s);
    }
    std::sort(parties.begin(), parties.end(), [&](const PartyStatus& a, const PartyStatus& b) { return party_name(scene, a.party) < party_name(scene, b.party); });
    for (const auto& [p, status] : parties) {
        const Action& action = d.actions[status.action];
        const char* weak = fact_strength_label(fact_strength(d, action));
        rows += "<tr>" + party_cell(scene, p);
        rows += "<td data-value=\"" + std::to_string(static_cast<int>(status.status)) + "\">" + escape_html(status_label(status.status)) + "</td>";
        rows += "<td data-value=\"" + format_day(action.certain_day) + "\">" + escape_html(action_label(action.kind)) + " " +
                escape_html(action_date_text(action.date)) + "</td>";
        rows += "<td data-value=\"" + std::to_string(static_cast<int>(action.confidence)) + "\">" + escape_html(confidence_label(action.confidence)) +
                (weak[0] ? "<br><small>" + escape_html(weak) + "</small>" : "") + "</td>";
        rows += "<td>" + source_links(d, action.sources) + "</td></tr>";
    }
    if (parties.empty()) return note + "<p>" + escape_html(text.no_parties) + "</p>";
    return note + table_head(caption, {{text.column_party, "text"}, {text.column_status, "number"}, {text.column_action, "date"},
                                {text.column_confidence, "number"}, {text.column_sources, "text"}}) +
           rows + "</tbody></table></div>";
}

std::string compare_table(const MapScene& scene) {
    const Strings& text = strings();
    const Dataset& d = *scene.dataset;
    const Commitment& a = d.commitments[scene.commitment];
    const Commitment& b = d.commitments[scene.compare];
    struct Row {
        Index party;
        Status in_a, in_b;
    };
    std::vector<Row> parties;
    for (Index p = 0; p < d.parties.size(); ++p) {
        const StatusAt in_a = d.status_of(p, scene.commitment, scene.day);
        const StatusAt in_b = d.status_of(p, scene.compare, scene.day);
        if (in_a.action != no_index || in_b.action != no_index) parties.push_back({p, in_a.status, in_b.status});
    }
    std::sort(parties.begin(), parties.end(), [&](const Row& x, const Row& y) { return party_name(scene, x.party) < party_name(scene, y.party); });
    std::string rows;
    for (const auto& [p, sa, sb] : parties) {
        const CompareClass compare = compare_class(sa, sb);
        rows += "<tr>" + party_cell(scene, p);
        rows += "<td data-value=\"" + std::to_string(static_cast<int>(compare)) + "\">" + escape_html(compare_label(compare)) + "</td>";
        rows += "<td data-value=\"" + std::to_string(static_cast<int>(sa)) + "\">" + escape_html(status_label(sa)) + "</td>";
        rows += "<td data-value=\"" + std::to_string(static_cast<int>(sb)) + "\">" + escape_html(status_label(sb)) + "</td></tr>";
    }
    if (parties.empty()) return "<p>" + escape_html(text.no_parties) + "</p>";
    return table_head(format_text(text.twin_compare_caption, long_day(scene.day).c_str()),
                      {{text.column_party, "text"}, {text.mode_compare, "number"}, {a.short_title.c_str(), "number"}, {b.short_title.c_str(), "number"}}) +
           rows + "</tbody></table></div>";
}

std::string overview_table(const MapScene& scene) {
    const Strings& text = strings();
    const Dataset& d = *scene.dataset;
    const std::vector<Index> commitments = overview_commitments(scene);
    std::vector<std::pair<Index, int>> parties;
    for (Index p = 0; p < d.parties.size(); ++p) {
        if (const int joined = joined_count(d, p, commitments, scene.day); joined > 0) parties.emplace_back(p, joined);
    }
    std::sort(parties.begin(), parties.end(), [&](const auto& x, const auto& y) { return party_name(scene, x.first) < party_name(scene, y.first); });
    std::string rows;
    for (const auto& [p, joined] : parties) {
        rows += "<tr>" + party_cell(scene, p) + "<td data-value=\"" + std::to_string(joined) + "\">" +
                std::to_string(joined) + "</td></tr>";
    }
    if (parties.empty()) return "<p>" + escape_html(text.no_parties) + "</p>";
    return table_head(format_text(text.twin_overview_caption, long_day(scene.day).c_str()), {{text.column_party, "text"}, {text.column_joined, "number"}}) +
           rows + "</tbody></table></div>";
}

// [SECTION] record of the selected party, events

std::string record_html(const MapScene& scene) {
    const Strings& text = strings();
    const Dataset& d = *scene.dataset;
    const Index p = d.party_index(scene.selected);
    if (p == no_index) return {};
    std::string out = "<section class=\"twin-record\" aria-labelledby=\"twin-record-heading\"><h2 id=\"twin-record-heading\">" +
                      escape_html(format_text(text.selected_heading_format, party_name(scene, p).c_str())) + "</h2>";
    if (scene.commitment != no_index && scene.mode != MapMode::overview) {
        const StatusAt status = d.status_of(p, scene.commitment, scene.day);
        out += "<p>" + escape_html(d.commitments[scene.commitment].short_title) + ". " +
               escape_html(format_text(text.status_on_format, long_day(scene.day).c_str(), status_label(status.status))) + "</p>";
    }
    const auto actions = d.actions_of_party(p);
    if (actions.empty()) return out + "<p>" + escape_html(text.no_actions) + "</p></section>";
    out += "<ul>";
    for (const Index a : actions) {
        const Action& action = d.actions[a];
        out += "<li><strong>" + escape_html(d.commitments[action.commitment].short_title) + "</strong>" + escape_html(text.label_separator) +
               escape_html(action_label(action.kind)) + " " + escape_html(action_date_text(action.date)) + escape_html(text.clause_separator) +
               escape_html(format_text(text.confidence_format, confidence_label(action.confidence))) + ".";
        if (const char* weak = fact_strength_label(fact_strength(d, action)); weak[0]) out += " " + escape_html(weak) + ".";
        if (!action.note.empty()) out += " " + escape_html(text.note_prefix) + escape_html(action.note);
        if (!action.sources.empty()) out += " " + escape_html(text.sources_heading) + escape_html(text.label_separator) + source_links(d, action.sources) + ".";
        out += "</li>";
    }
    return out + "</ul></section>";
}

std::string events_html(const MapScene& scene) {
    const Dataset& d = *scene.dataset;
    std::vector<const Event*> events;
    for (const Event& e : d.events) {
        if (e.has_start) events.push_back(&e);
    }
    if (events.empty()) return {};
    // By start, then in the dataset's order (pointers into one vector): std::sort, whose code the wasm has already.
    std::sort(events.begin(), events.end(), [](const Event* a, const Event* b) {
        return a->start.first_day() != b->start.first_day() ? a->start.first_day() < b->start.first_day() : a < b;
    });
    std::string out = "<h2>" + escape_html(strings().events_heading) + "</h2><ol class=\"twin-events\">";
    for (const Event* e : events) {
        out += "<li><time datetime=\"" + e->start.to_string() + "\">" + escape_html(iso_date_text(e->start)) + "</time> " +
               escape_html(e->name) + (e->city.empty() ? "" : ", " + escape_html(e->city)) + "</li>";
    }
    return out + "</ol>";
}

}  // namespace

// [SECTION] twin_key, twin_texts, make_twin

std::string twin_key(const MapScene& scene) {
    char buffer[96];
    // The language's table may arrive after the language is set: the twin is re-made then too.
    std::snprintf(buffer, sizeof buffer, "%p %u %u %d %d %d %d %d %zu ", static_cast<const void*>(scene.dataset), scene.commitment, scene.compare,
                  static_cast<int>(scene.mode), static_cast<int>(scene.day), static_cast<int>(scene.theme), static_cast<int>(scene.language),
                  has_strings(scene.language) ? 1 : 0, scene.party_names.languages.size());
    std::string key = buffer;
    key += scene.selected;
    return key;
}

// Only what the mode's summary reads is made: the legend for compare, the statuses for a single
// commitment (make_twin makes each once and gives it to the body too).
TwinTexts twin_texts(const MapScene& scene) {
    if (!scene.dataset || scene.commitment == no_index) return {};
    if (scene.mode == MapMode::overview) return overview_texts(scene);
    if (comparing(scene)) return compare_texts(scene, legend_entries(scene));
    return single_texts(scene, party_statuses(scene));
}

Twin make_twin(const MapScene& scene) {
    Twin twin;
    const Dataset* d = scene.dataset;
    if (!d || scene.commitment == no_index) return twin;
    const Strings& text = strings();
    const std::string day = long_day(scene.day);
    const Legend legend = legend_entries(scene);
    twin.source = format_text(text.source_line_format, d->info.title.c_str(), d->info.version.to_string().c_str(), long_day(d->info.as_of.last_day()).c_str());
    TwinTexts& texts = twin;  // its title, subtitle and summary
    std::string table;
    if (scene.mode == MapMode::overview) {
        texts = overview_texts(scene);
        twin.announcement = format_text("%s", day.c_str());
        table = overview_table(scene);
    } else if (comparing(scene)) {
        texts = compare_texts(scene, legend);
        twin.announcement = twin.summary;
        table = compare_table(scene);
    } else {
        const std::vector<PartyStatus> statuses = party_statuses(scene);
        texts = single_texts(scene, statuses);
        const int count = d->party_count_on(scene.commitment, scene.day);
        twin.announcement = format_text(plural_format(text.counts.parties_on_day, count), day.c_str(), count);
        if (scene.step_delta > 0) twin.announcement += format_text(plural_format(text.counts.more, scene.step_delta), scene.step_delta);
        if (scene.step_delta < 0) twin.announcement += format_text(plural_format(text.counts.fewer, -scene.step_delta), -scene.step_delta);
        table = single_table(scene, statuses);
    }
    if (const Index p = d->party_index(scene.selected); p != no_index) {
        twin.selection = party_name(scene, p);
        if (scene.mode != MapMode::overview) {
            twin.selection += ". " + format_text(text.status_on_format, day.c_str(), status_label(d->status_of(p, scene.commitment, scene.day).status));
        }
    }
    twin.html = "<p class=\"twin-summary\">" + escape_html(twin.summary) + "</p>" + legend_html(legend) + table + record_html(scene) + events_html(scene);
    return twin;
}

}  // namespace accord::scene
