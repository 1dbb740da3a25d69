// The HTML twin of the canvas: what the map and timeline show, as semantic HTML for screen
// readers, keyboards, print, reader modes, search engines and pages without JavaScript. It is
// made from the same scene state as the canvas (the legend from legend_entries, the statuses from
// the dataset's queries, the texts from the string table), so the two never disagree. The page
// puts it under the canvas as its "Table" view and re-makes it when the view changes; the site
// build writes the default view's twin into index.html and embed.html (atlas-data render), so a
// page without JavaScript or WebAssembly still says who signed what, with sources.
#pragma once
#include <string>
#include <string_view>

#include "scene/scene.h"

namespace accord::scene {

// What the twin says of the view in plain text, without its body: also the SVG map's title and
// description (view_svg).
struct TwinTexts {
    std::string title;     // "Paris AI Action Summit Statement: who joined, who declined"
    std::string subtitle;  // what is counted and as of when
    std::string summary;   // one sentence: counts, who declined, how complete the list is
};

struct Twin : TwinTexts {
    std::string announcement;  // for a polite live region: "11 Feb 2025: 58 parties, 4 more"
    std::string selection;     // the selected party and its status, for the live region ("" when none)
    std::string html;          // the twin's body: summary, legend, table, record, events
    std::string source;        // the graphic's source line: "Source: <dataset>, edition <version> (facts checked to <day>)"
};

// The texts alone (empty before a dataset and a commitment), as make_twin words them.
TwinTexts twin_texts(const MapScene& scene);

// Everything is escaped: the dataset's texts never become markup. Source links are http(s) only
// (the loader refuses other schemes) and open in a new tab.
Twin make_twin(const MapScene& scene);

// What the twin depends on (dataset, commitment, compared commitment, mode, date, selection,
// theme) as a short text: the page re-makes the twin only when it changes, not on every pan.
std::string twin_key(const MapScene& scene);

// Text made safe for HTML text and double-quoted attributes.
std::string escape_html(std::string_view text);

}  // namespace accord::scene
