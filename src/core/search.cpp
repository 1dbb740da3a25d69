// Search over the dataset's names: see search.h. Folding decodes UTF-8 strictly (so hostile or
// truncated input can only lose bytes, never read past the end) and maps code points through a
// small table of Latin base letters; matching folds each name once per query and ranks by tier.
#include "core/search.h"

#include "core/utf8.h"

#include <algorithm>
#include <cstddef>
#include <utility>

namespace accord {

// [SECTION] folding
namespace {

// One Latin letter (or a run of them) with diacritics, and the base letters it folds to.
struct FoldRange {
    char32_t first;
    char32_t last;
    const char* base;
};

// Latin-1 Supplement letters, all of Latin Extended-A (which alternates upper/lower case, so
// ranges cover both), and the Romanian comma-below letters from Latin Extended-B, which sources
// use interchangeably with the cedilla forms ş/ţ.
constexpr FoldRange latin_folds[] = {
    {0xC0, 0xC5, "a"},   {0xC6, 0xC6, "ae"},  {0xC7, 0xC7, "c"},   {0xC8, 0xCB, "e"},   {0xCC, 0xCF, "i"},
    {0xD0, 0xD0, "d"},   {0xD1, 0xD1, "n"},   {0xD2, 0xD6, "o"},   {0xD8, 0xD8, "o"},   {0xD9, 0xDC, "u"},
    {0xDD, 0xDD, "y"},   {0xDE, 0xDE, "th"},  {0xDF, 0xDF, "ss"},  {0xE0, 0xE5, "a"},   {0xE6, 0xE6, "ae"},
    {0xE7, 0xE7, "c"},   {0xE8, 0xEB, "e"},   {0xEC, 0xEF, "i"},   {0xF0, 0xF0, "d"},   {0xF1, 0xF1, "n"},
    {0xF2, 0xF6, "o"},   {0xF8, 0xF8, "o"},   {0xF9, 0xFC, "u"},   {0xFD, 0xFD, "y"},   {0xFE, 0xFE, "th"},
    {0xFF, 0xFF, "y"},   {0x100, 0x105, "a"}, {0x106, 0x10D, "c"}, {0x10E, 0x111, "d"}, {0x112, 0x11B, "e"},
    {0x11C, 0x123, "g"}, {0x124, 0x127, "h"}, {0x128, 0x131, "i"}, {0x132, 0x133, "ij"}, {0x134, 0x135, "j"},
    {0x136, 0x138, "k"}, {0x139, 0x142, "l"}, {0x143, 0x14B, "n"}, {0x14C, 0x151, "o"}, {0x152, 0x153, "oe"},
    {0x154, 0x159, "r"}, {0x15A, 0x161, "s"}, {0x162, 0x167, "t"}, {0x168, 0x173, "u"}, {0x174, 0x175, "w"},
    {0x176, 0x178, "y"}, {0x179, 0x17E, "z"}, {0x17F, 0x17F, "s"}, {0x218, 0x219, "s"}, {0x21A, 0x21B, "t"},
};

const char* latin_base(char32_t cp) {
    for (const FoldRange& r : latin_folds) {
        if (cp >= r.first && cp <= r.last) return r.base;
    }
    return nullptr;
}

// Characters that separate words the way a space does: names in sources differ in exactly these
// ("Côte d'Ivoire" / "Côte d’Ivoire" / "Cote d Ivoire", "Timor-Leste" / "Timor Leste").
bool is_separator(char32_t cp) {
    switch (cp) {
        case 0xA0: case 0xA1: case 0xAB: case 0xB7: case 0xBB: case 0xBF: case 0x3000: return true;
        default: return cp >= 0x2000 && cp <= 0x206F;  // General Punctuation: dashes, quotes, spaces
    }
}

// Characters that carry no letter of their own: combining marks (decomposed "é" is "e" + U+0301)
// and the byte-order mark / zero-width no-break space.
bool is_dropped(char32_t cp) { return (cp >= 0x300 && cp <= 0x36F) || cp == 0xFEFF; }


// Cyrillic and Greek capitals to small letters; Russian ё to е (readers rarely type the dots).
char32_t small_letter(char32_t cp) {
    if (cp == 0x0401 || cp == 0x0451) return 0x0435;              // Ё ё -> е
    if (cp >= 0x0410 && cp <= 0x042F) return cp + 0x20;            // А-Я
    if (cp >= 0x0400 && cp <= 0x040F) return cp + 0x50;            // Ѐ-Џ
    if (cp >= 0x0391 && cp <= 0x03A9 && cp != 0x03A2) return cp + 0x20;  // Α-Ω
    return cp;
}

void put_space(std::string& out) {
    if (!out.empty() && out.back() != ' ') out.push_back(' ');
}

}  // namespace

std::string fold_for_search(std::string_view utf8) {
    std::string out;
    out.reserve(utf8.size());
    std::size_t at = 0;
    while (at < utf8.size()) {
        const Utf8Decoded d = decode_utf8(utf8, at);
        if (d.length == 0) {
            ++at;  // drop one bad byte and resynchronise on the next
            continue;
        }
        const std::string_view original = utf8.substr(at, d.length);
        at += d.length;
        const char32_t cp = d.cp;
        if (cp < 0x80) {
            if (cp >= 'A' && cp <= 'Z') out.push_back(static_cast<char>(cp - 'A' + 'a'));
            else if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) out.push_back(static_cast<char>(cp));
            else put_space(out);  // ASCII punctuation, whitespace and controls all separate words
        } else if (const char* base = latin_base(cp)) {
            out += base;
        } else if (const char32_t small = small_letter(cp); small != cp) {
            append_utf8(out, small);
        } else if (is_separator(cp)) {
            put_space(out);
        } else if (!is_dropped(cp)) {
            out += original;  // Greek, Cyrillic, CJK…: kept, so they still match themselves
        }
    }
    if (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

// [SECTION] matching and ranking
namespace {

int match_score(std::string_view folded_text, std::string_view query) {
    if (folded_text.empty()) return 0;
    if (folded_text == query) return search_score_exact;
    if (folded_text.starts_with(query)) return search_score_prefix;
    std::size_t at = folded_text.find(query);
    if (at == std::string_view::npos) return 0;
    for (; at != std::string_view::npos; at = folded_text.find(query, at + 1)) {
        if (folded_text[at - 1] == ' ') return search_score_word_prefix;  // at > 0: not a prefix
    }
    return search_score_substring;
}

// Length in code points, so that "Türkiye" and "Turkiye" count as equally long.
std::size_t code_points(std::string_view text) {
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0u) != 0x80u;
    }));
}

struct Ranked {
    SearchHit hit;
    std::size_t length = 0;  // of hit.matched, in code points
    std::string folded;      // of hit.matched, for the alphabetical tie-break
};

// The best of one item's names. Candidates are offered in order name, aliases, code (or short
// title, official title, id), and an earlier one wins a tie: for "turkiye" the hit shows the
// name "Türkiye", not the alias "Turkiye".
class BestMatch {
public:
    BestMatch(std::string_view query, SearchKind kind, Index index) : query_(query) {
        best_.hit.kind = kind;
        best_.hit.index = index;
    }
    void offer(std::string_view text) { offer_folded(text, match_score(fold_for_search(text), query_)); }
    void offer_code(std::string_view code) {
        const std::string folded = fold_for_search(code);
        offer_folded(code, folded == query_ ? search_score_exact : 0);
    }
    bool found() const { return best_.hit.score > 0; }
    Ranked take() {
        best_.length = code_points(best_.hit.matched);
        best_.folded = fold_for_search(best_.hit.matched);
        return std::move(best_);
    }

private:
    void offer_folded(std::string_view text, int score) {
        if (score == 0) return;
        const std::size_t length = code_points(text);
        if (score > best_.hit.score || (score == best_.hit.score && length < best_length_)) {
            best_.hit.score = score;
            best_.hit.matched.assign(text);
            best_length_ = length;
        }
    }
    std::string_view query_;
    Ranked best_;
    std::size_t best_length_ = 0;
};

bool ranks_before(const Ranked& a, const Ranked& b) {
    if (a.hit.score != b.hit.score) return a.hit.score > b.hit.score;
    if (a.hit.kind != b.hit.kind) return a.hit.kind == SearchKind::party;
    if (a.length != b.length) return a.length < b.length;
    if (a.folded != b.folded) return a.folded < b.folded;
    if (a.hit.matched != b.hit.matched) return a.hit.matched < b.hit.matched;
    return a.hit.index < b.hit.index;  // a total order, so results never depend on the sort
}

}  // namespace

std::vector<SearchHit> search(const Dataset& dataset, std::string_view query, std::size_t limit, const PartyNames* other_names) {
    std::vector<SearchHit> hits;
    const std::string folded_query = fold_for_search(query);
    if (folded_query.empty() || limit == 0) return hits;

    std::vector<Ranked> ranked;
    for (Index i = 0; i < dataset.parties.size(); ++i) {
        const Party& p = dataset.parties[i];
        BestMatch best(folded_query, SearchKind::party, i);
        best.offer(p.name);
        for (const std::string& alias : p.aliases) best.offer(alias);
        if (other_names) {
            for (const LanguageNames& language : other_names->languages) {
                if (i >= language.names.size()) continue;
                for (const std::string& name : language.names[i]) best.offer(name);
            }
        }
        best.offer_code(p.id);
        if (best.found()) ranked.push_back(best.take());
    }
    for (Index i = 0; i < dataset.commitments.size(); ++i) {
        const Commitment& c = dataset.commitments[i];
        BestMatch best(folded_query, SearchKind::commitment, i);
        best.offer(c.short_title);
        best.offer(c.official_title);
        best.offer_code(c.id);
        if (best.found()) ranked.push_back(best.take());
    }

    const std::size_t kept = std::min(limit, ranked.size());
    std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(kept), ranked.end(), ranks_before);
    hits.reserve(kept);
    for (std::size_t k = 0; k < kept; ++k) hits.push_back(std::move(ranked[k].hit));
    return hits;
}

}  // namespace accord
