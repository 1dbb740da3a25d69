// Finding a party or a commitment from what a reader types: "turkiye", "Côte", "TUR", "bletchley".
// Text is folded first (case, Latin diacritics, punctuation) so that a reader on a keyboard
// without "ü" finds "Türkiye", and a source's "Cote d'Ivoire" finds "Côte d'Ivoire". Matching is
// a plain scan over the dataset's names (a few hundred), cheap enough to run on every keystroke;
// the ranking puts exact names and codes first so the first hit is the one a reader meant.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/dataset.h"
#include "core/party_names.h"

namespace accord {

// Folds UTF-8 text for matching: lowercase; Latin letters with diacritics (Latin-1 Supplement and
// Latin Extended-A, plus Romanian ș/ț and combining marks) to their base letter (ü->u, ç->c,
// ß->ss, æ->ae, œ->oe, ł->l, đ->d, ı->i, İ->i …); ASCII punctuation, Unicode dashes, quotes and
// spaces to spaces; Cyrillic and Greek capitals to small letters (and Russian ё to е, as readers
// type it); runs of spaces collapsed; trimmed. Unknown multi-byte characters are kept as
// they are. Invalid UTF-8 bytes (stray continuations, overlongs, surrogates, truncations) are dropped.
std::string fold_for_search(std::string_view utf8);

enum class SearchKind : std::uint8_t { party, commitment };

struct SearchHit {
    SearchKind kind = SearchKind::party;
    Index index = no_index;  // into Dataset::parties or Dataset::commitments, by kind
    int score = 0;           // higher is better; see search_score_* below
    std::string matched;     // the name/alias/title/code that matched, in its original spelling
};

// Score tiers. Codes (party ids such as "TUR", commitment ids) match only exactly: a prefix of a
// three-letter code says little ("ar" would find ARE, the United Arab Emirates).
inline constexpr int search_score_exact = 400;        // a whole name, alias, title or code
inline constexpr int search_score_prefix = 300;       // the start of a name, alias or title
inline constexpr int search_score_word_prefix = 200;  // the start of a word inside it
inline constexpr int search_score_substring = 100;    // anywhere else

// Parties by name, alias or id (case-insensitive), and by their names in every language of
// `other_names` when given ("中国", "Chine" and "Китай" all find CHN), and commitments by short
// title, official title or id. Ties: parties before commitments, then shorter matched text, then
// alphabetical. An empty or whitespace-only query gives no hits. At most `limit` hits, best
// first; a party or commitment appears once, with its best match.
std::vector<SearchHit> search(const Dataset& dataset, std::string_view query, std::size_t limit = 12, const PartyNames* other_names = nullptr);

}  // namespace accord
