// Search as a reader uses it: folding (case, diacritics, punctuation, İ/ı, hostile bytes), the
// ranking tiers and their tie-breaks on a hand-made dataset, and the names readers actually type
// on the shipped data/atlas.json ("turkiye", "Côte", "south korea", "EU", "bletchley").
#include <gtest/gtest.h>

#include <fstream>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "core/dataset_loader.h"
#include "shipped_dataset.h"
#include "core/search.h"

namespace accord {

namespace {

std::shared_ptr<const Dataset> shipped() { return test::shipped_dataset(); }

// Search reads only names, aliases, titles and ids, so a ranking test can build its dataset by hand.
Dataset ranking_dataset() {
    Dataset d;
    const auto party = [&d](const char* id, const char* name, std::vector<std::string> aliases = {}) {
        Party p;
        p.id = id;
        p.name = name;
        p.aliases = std::move(aliases);
        d.parties.push_back(std::move(p));
    };
    party("GEO", "Georgia", {"Georgia (country)", "Sakartvelo"});  // 0
    party("SGS", "South Georgia");                                 // 1
    party("GRP", "Georgian Republic");                             // 2
    party("NGO", "Neogeorgia");                                    // 3
    party("GAB", "Georgia Beta");                                  // 4
    party("GAA", "Georgia Alfa");                                  // 5, as long as "Georgia Beta"
    party("XYZ", "Qqq");                                           // 6
    Commitment c;
    c.id = "georgia-accord";
    c.short_title = "Georgia";
    c.official_title = "The Georgia Accord on Everything";
    d.commitments.push_back(c);  // 0
    return d;
}

std::vector<std::string> describe(const Dataset& d, const std::vector<SearchHit>& hits) {
    std::vector<std::string> out;
    for (const SearchHit& h : hits) {
        const std::string& id = h.kind == SearchKind::party ? d.parties[h.index].id : d.commitments[h.index].id;
        out.push_back(id + ":" + std::to_string(h.score) + ":" + h.matched);
    }
    return out;
}

bool is_valid_utf8(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        const auto b = static_cast<unsigned char>(s[i]);
        std::size_t n = b < 0x80 ? 1 : (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 0;
        if (n == 0 || i + n > s.size()) return false;
        for (std::size_t k = 1; k < n; ++k) {
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
        }
        i += n;
    }
    return true;
}

}  // namespace

TEST(SearchFold, ExactOutputs) {
    EXPECT_EQ(fold_for_search("Côte d'Ivoire"), "cote d ivoire");
    EXPECT_EQ(fold_for_search("Côte d\u2019Ivoire"), "cote d ivoire");  // typographic apostrophe
    EXPECT_EQ(fold_for_search("Co\u0302te"), "cote");                   // decomposed ô
    EXPECT_EQ(fold_for_search("Türkiye"), "turkiye");
    EXPECT_EQ(fold_for_search("TÜRKİYE"), "turkiye");  // U+0130 capital I with dot
    EXPECT_EQ(fold_for_search("ışık"), "isik");        // U+0131 dotless i
    EXPECT_EQ(fold_for_search("  São  Tomé   and Príncipe "), "sao tome and principe");
    EXPECT_EQ(fold_for_search("Straße"), "strasse");
    EXPECT_EQ(fold_for_search("Æther Œuvre"), "aether oeuvre");
    EXPECT_EQ(fold_for_search("Łódź"), "lodz");
    EXPECT_EQ(fold_for_search("Đakovo"), "dakovo");
    EXPECT_EQ(fold_for_search("Şığ"), "sig");
    EXPECT_EQ(fold_for_search("Čeští Řeži Žluť"), "cesti rezi zlut");
    EXPECT_EQ(fold_for_search("Ñandú"), "nandu");
    EXPECT_EQ(fold_for_search("Ørsted Åland"), "orsted aland");
    EXPECT_EQ(fold_for_search("Ștefan Țara"), "stefan tara");  // Romanian comma-below forms
    EXPECT_EQ(fold_for_search("Timor-Leste"), "timor leste");
    EXPECT_EQ(fold_for_search("U.S.A., etc."), "u s a etc");
    EXPECT_EQ(fold_for_search("Holy See (Vatican City State)"), "holy see vatican city state");
    EXPECT_EQ(fold_for_search("A/RES/78/265"), "a res 78 265");
    EXPECT_EQ(fold_for_search("New\u00A0Delhi \u2014 2026"), "new delhi 2026");  // no-break space, em dash
    EXPECT_EQ(fold_for_search("Ελλάδα 中国"), "ελλάδα 中国");  // Greek capitals to small letters; scripts without case are kept
    EXPECT_EQ(fold_for_search(""), "");
    EXPECT_EQ(fold_for_search(" \t\n- ' "), "");
}

TEST(SearchFold, InvalidUtf8IsDropped) {
    EXPECT_EQ(fold_for_search("a\xC3"), "a");                // truncated at the end
    EXPECT_EQ(fold_for_search("\xC3" "b"), "b");             // lead byte followed by ASCII
    EXPECT_EQ(fold_for_search("\xFFx\x80y"), "xy");          // impossible byte, stray continuation
    EXPECT_EQ(fold_for_search("\xC0\xAF"), "");              // overlong "/"
    EXPECT_EQ(fold_for_search("\xED\xA0\x80z"), "z");        // UTF-16 surrogate
    EXPECT_EQ(fold_for_search("\xF4\x90\x80\x80q"), "q");    // above U+10FFFF
    EXPECT_EQ(fold_for_search("\xE2\x82"), "");              // truncated three-byte sequence
    EXPECT_EQ(fold_for_search("T\xC3\xBCrk\xE2iye"), "turkiye");
}

TEST(SearchFold, RandomBytesGiveValidTrimmedIdempotentText) {
    std::mt19937 random(12345);
    std::uniform_int_distribution<int> byte(0, 255);
    std::uniform_int_distribution<int> length(0, 40);
    for (int round = 0; round < 5000; ++round) {
        std::string input(static_cast<std::size_t>(length(random)), '\0');
        for (char& c : input) c = static_cast<char>(byte(random));
        const std::string folded = fold_for_search(input);
        ASSERT_TRUE(is_valid_utf8(folded));
        ASSERT_EQ(folded.find("  "), std::string::npos);
        if (!folded.empty()) {
            ASSERT_NE(folded.front(), ' ');
            ASSERT_NE(folded.back(), ' ');
        }
        ASSERT_EQ(fold_for_search(folded), folded);
    }
    const Dataset d = ranking_dataset();
    EXPECT_TRUE(search(d, "\xFF\xFE\x80").empty());
    EXPECT_EQ(search(d, "Ge\xC3orgia").size(), 7u);
}

TEST(SearchRanking, TiersThenPartiesThenLengthThenAlphabet) {
    const Dataset d = ranking_dataset();
    EXPECT_EQ(describe(d, search(d, "georgia")), (std::vector<std::string>{
                                                     "GEO:400:Georgia",
                                                     "georgia-accord:400:Georgia",
                                                     "GAA:300:Georgia Alfa",
                                                     "GAB:300:Georgia Beta",
                                                     "GRP:300:Georgian Republic",
                                                     "SGS:200:South Georgia",
                                                     "NGO:100:Neogeorgia",
                                                 }));
}

TEST(SearchRanking, CodesMatchOnlyWhole) {
    const Dataset d = ranking_dataset();
    EXPECT_EQ(describe(d, search(d, "xyz")), (std::vector<std::string>{"XYZ:400:XYZ"}));
    EXPECT_EQ(describe(d, search(d, "XyZ")), (std::vector<std::string>{"XYZ:400:XYZ"}));
    EXPECT_TRUE(search(d, "xy").empty());  // a code prefix is no match
    EXPECT_EQ(describe(d, search(d, "Georgia-Accord")), (std::vector<std::string>{"georgia-accord:400:georgia-accord"}));
    // The code outranks the prefix of its own name, and each item is listed once.
    const auto geo = search(d, "geo");
    ASSERT_FALSE(geo.empty());
    EXPECT_EQ(describe(d, {geo[0]}), (std::vector<std::string>{"GEO:400:GEO"}));
    std::set<std::pair<int, Index>> seen;
    for (const SearchHit& h : geo) EXPECT_TRUE(seen.insert({static_cast<int>(h.kind), h.index}).second);
}

TEST(SearchRanking, AliasesAndOfficialTitlesMatch) {
    const Dataset d = ranking_dataset();
    EXPECT_EQ(describe(d, search(d, "sakartvelo")), (std::vector<std::string>{"GEO:400:Sakartvelo"}));
    EXPECT_EQ(describe(d, search(d, "accord on")), (std::vector<std::string>{"georgia-accord:200:The Georgia Accord on Everything"}));
    EXPECT_EQ(describe(d, search(d, "(country)")), (std::vector<std::string>{"GEO:200:Georgia (country)"}));
}

TEST(SearchRanking, LimitKeepsTheBest) {
    const Dataset d = ranking_dataset();
    const auto all = describe(d, search(d, "georgia"));
    const auto two = describe(d, search(d, "georgia", 2));
    ASSERT_EQ(two.size(), 2u);
    EXPECT_EQ(two[0], all[0]);
    EXPECT_EQ(two[1], all[1]);
    EXPECT_TRUE(search(d, "georgia", 0).empty());
    EXPECT_EQ(search(d, "georgia", 100).size(), all.size());
}

TEST(SearchRanking, EmptyQueryGivesNothing) {
    const Dataset d = ranking_dataset();
    EXPECT_TRUE(search(d, "").empty());
    EXPECT_TRUE(search(d, "   ").empty());
    EXPECT_TRUE(search(d, " - ' . ").empty());
    EXPECT_TRUE(search(Dataset{}, "georgia").empty());
}

class SearchShipped : public ::testing::Test {
protected:
    void SetUp() override {
        d = shipped();
        ASSERT_TRUE(d) << "data/atlas.json did not load";
    }
    // "kind:id" of the first hit, or "" when there is none.
    std::string first(std::string_view query) const {
        const auto hits = search(*d, query);
        if (hits.empty()) return "";
        const SearchHit& h = hits.front();
        return h.kind == SearchKind::party ? "party:" + d->parties[h.index].id : "commitment:" + d->commitments[h.index].id;
    }
    std::shared_ptr<const Dataset> d;
};

TEST_F(SearchShipped, NamesReadersTypeFindTheirParty) {
    for (const char* q : {"Türkiye", "turkiye", "Turkey", "TUR", "tur", "TÜRKİYE"}) EXPECT_EQ(first(q), "party:TUR") << q;
    for (const char* q : {"south korea", "Republic of Korea", "korea"}) EXPECT_EQ(first(q), "party:KOR") << q;
    for (const char* q : {"vatican", "Holy See"}) EXPECT_EQ(first(q), "party:VAT") << q;
    for (const char* q : {"Côte", "cote d ivoire", "Cote d'Ivoire", "ivory coast"}) EXPECT_EQ(first(q), "party:CIV") << q;
    EXPECT_EQ(first("EU"), "party:EUU");
    EXPECT_EQ(first("european union"), "party:EUU");
}

TEST_F(SearchShipped, MatchedTextKeepsItsSpelling) {
    EXPECT_EQ(search(*d, "turkiye").front().matched, "Türkiye");  // the name wins a tie with its alias
    EXPECT_EQ(search(*d, "tur").front().matched, "TUR");
    EXPECT_EQ(search(*d, "cote d ivoire").front().matched, "Côte d'Ivoire");
    EXPECT_EQ(search(*d, "EU").front().matched, "EU");
    EXPECT_EQ(search(*d, "EU").front().score, search_score_exact);
}

TEST_F(SearchShipped, CommitmentsByTitleAndId) {
    EXPECT_EQ(first("bletchley"), "commitment:bletchley-declaration");
    EXPECT_EQ(first("Bletchley Declaration"), "commitment:bletchley-declaration");
    EXPECT_EQ(first("seoul-declaration"), "commitment:seoul-declaration");
    const Index paris = d->commitment_index("paris-statement-inclusive-sustainable-ai");
    ASSERT_NE(paris, no_index);
    bool found = false;
    for (const SearchHit& h : search(*d, "paris")) found |= h.kind == SearchKind::commitment && h.index == paris;
    EXPECT_TRUE(found);
}

TEST_F(SearchShipped, HitsAreOrderedAndUnique) {
    for (const char* q : {"a", "re", "united", "declaration", "ai"}) {
        const auto hits = search(*d, q);
        EXPECT_LE(hits.size(), 12u) << q;
        std::set<std::pair<int, Index>> seen;
        for (std::size_t k = 0; k < hits.size(); ++k) {
            EXPECT_TRUE(seen.insert({static_cast<int>(hits[k].kind), hits[k].index}).second) << q;
            if (k > 0) {
                EXPECT_GE(hits[k - 1].score, hits[k].score) << q;
            }
        }
    }
    EXPECT_EQ(search(*d, "a", 500).size(), search(*d, "a", 1000).size());
}

}  // namespace accord
