// Party names in other languages (data/party-names.json, generated at build time by
// scripts/party_names.mjs from CLDR and i18n-iso-countries, never typed by hand): per language,
// each party's display name and the other names a reader may type. Read against a dataset, so
// names are held by party index; ids the dataset lacks are skipped (a names file built for
// another edition still serves the parties both have). Bad input gives problems, never a throw.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/dataset.h"
#include "core/dataset_loader.h"

namespace accord {

struct LanguageNames {
    std::string tag;  // "fr", "zh-Hans" …, as in the file
    // By party index: the display name first, then other names; empty where no source names it.
    std::vector<std::vector<std::string>> names;
};

struct PartyNames {
    std::vector<LanguageNames> languages;
    std::string source;  // what the file says it was generated from
    // The names of `party` in the language tagged `tag`, or null where none is known.
    const std::vector<std::string>* find(std::string_view tag, Index party) const;
};

struct PartyNamesRead {
    PartyNames names;
    std::vector<Problem> problems;  // the file is refused (names stay empty) when any
    std::size_t skipped_ids = 0;    // ids the dataset does not have
};

// {"source": "...", "languages": {"fr": {"CHN": ["Chine", "République populaire de Chine"], …}, …}}
PartyNamesRead read_party_names(std::string_view json_text, const Dataset& dataset);

}  // namespace accord
