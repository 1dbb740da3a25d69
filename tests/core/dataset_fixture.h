// A small, valid dataset that exercises every part of the format; tests change one thing in it
// and check exactly what the loader says, or query it at known boundaries.
#pragma once
#include <string>

#include "core/dataset_loader.h"
#include "core/json_text.h"

namespace accord::test {

inline Json fixture_json() {
    return Json::parse(R"json({
  "schema_version": 1,
  "dataset": {"id": "test", "title": "Test dataset", "version": "2026-01-01", "as_of": "2026-01-01"},
  "parties": [
    {"id": "FRA", "kind": "state", "name": "France", "iso_numeric": "250"},
    {"id": "DEU", "kind": "state", "name": "Germany"},
    {"id": "GBR", "kind": "state", "name": "United Kingdom", "aliases": ["UK", "Britain"]},
    {"id": "USA", "kind": "state", "name": "United States"},
    {"id": "ITA", "kind": "state", "name": "Italy"},
    {"id": "EUU", "kind": "supranational", "name": "European Union", "members": [
      {"party": "FRA", "from": "1958-01-01"}, {"party": "DEU", "from": "1958-01-01"},
      {"party": "GBR", "from": "1973-01-01", "until": "2020-01-31"}]},
    {"id": "acme-ai", "kind": "company", "name": "Acme AI", "headquarters": "USA"}
  ],
  "sources": [
    {"id": "s1", "url": "https://example.org/list", "publisher": "Example Ministry", "kind": "official", "supports": "The list."},
    {"id": "s2", "url": "http://news.example.com/a?b=c", "publisher": "Example News", "kind": "secondary", "supports": "A report."}
  ],
  "events": [
    {"id": "summit-2023", "name": "Example Summit", "kind": "summit", "status": "held", "city": "Paris", "host": "FRA",
     "lat": 48.86, "lon": 2.35, "start": "2023-11-01", "end": "2023-11-02", "sources": ["s1"]},
    {"id": "summit-2027", "name": "Next Summit", "kind": "summit", "status": "announced", "city": null, "host": "DEU",
     "start": "2027", "end": "2027", "sources": ["s2"]}
  ],
  "commitments": [
    {"id": "decl", "official_title": "The Declaration", "short_title": "Declaration", "kind": "declaration",
     "event": "summit-2023", "adopted": "2023-11-01", "summary": "A declaration.", "text_url": "https://example.org/text",
     "party_kinds": ["state", "supranational"],
     "completeness": {"list": "partial", "stated_counts": [{"count": 5, "text": "five parties", "as_of": "2023-11-01", "sources": ["s1"]}]},
     "confidence": "medium", "confidence_note": "Secondary lists.", "sources": ["s1"],
     "actions": [
       {"party": "FRA", "action": "signed", "date": {"on": "2023-11-01"}, "confidence": "high", "sources": ["s1"]},
       {"party": "DEU", "action": "signed", "date": {"on": "2023-11"}, "confidence": "medium", "sources": ["s1", "s2"]},
       {"party": "GBR", "action": "declined", "date": {"on": "2023-11-01"}, "confidence": "high", "sources": ["s2"], "note": "Stated reason."},
       {"party": "USA", "action": "signed", "date": {"between": ["2024-01-10", "2024-02-20"]}, "confidence": "low", "sources": ["s2"]},
       {"party": "EUU", "action": "endorsed", "date": {"by": "2024-05"}, "confidence": "medium", "basis": "named", "sources": ["s1"]}
     ]},
    {"id": "treaty", "official_title": "The Treaty", "short_title": "Treaty", "kind": "treaty", "event": null,
     "adopted": "2024-01-01", "summary": "A treaty.", "text_url": null, "party_kinds": ["state"],
     "completeness": {"list": "complete", "stated_counts": [{"count": 2, "text": "two states", "as_of": "2024-06-01", "sources": ["s1"]}]},
     "confidence": "high", "confidence_note": "Official chart.", "sources": ["s1"],
     "actions": [
       {"party": "FRA", "action": "signed", "date": {"on": "2024-01-01"}, "confidence": "high", "sources": ["s1"]},
       {"party": "DEU", "action": "signed", "date": {"on": "2024-02-01"}, "confidence": "high", "sources": ["s1"]},
       {"party": "DEU", "action": "withdrew", "date": {"on": "2025-03-01"}, "confidence": "high", "sources": ["s1"]}
     ]},
    {"id": "frontier", "official_title": "Frontier Commitments", "short_title": "Frontier", "kind": "voluntary-commitment",
     "event": "summit-2023", "adopted": "2024-05-21", "summary": "Company commitments.", "text_url": null, "party_kinds": ["company"],
     "completeness": {"list": "complete", "stated_counts": [{"count": 1, "text": "one company", "as_of": "2024-05-21", "sources": ["s2"]}]},
     "confidence": "medium", "confidence_note": "News.", "sources": ["s2"],
     "actions": [
       {"party": "acme-ai", "action": "signed", "date": {"on": "2024-05-21"}, "confidence": "medium", "sources": ["s2"]}
     ]}
  ]
})json");
}

inline LoadResult load_json(const Json& value) { return load_dataset(value.dump(2)); }

}  // namespace accord::test
