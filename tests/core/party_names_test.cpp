// Party names in other languages: the names file is read against a dataset (ids it lacks are
// skipped), a bad file is refused with the place and what was expected, and the search finds a
// party by its name in any language ("中国", "Chine", "Китай", "китай" all find CHN).
#include <gtest/gtest.h>

#include <string>

#include "core/dataset_fixture.h"
#include "core/party_names.h"
#include "core/search.h"
#include "shipped_dataset.h"

namespace accord {
namespace {

std::shared_ptr<const Dataset> fixture() {
    static const std::shared_ptr<const Dataset> d = test::load_json(test::fixture_json()).dataset;
    return d;
}

TEST(PartyNames, AreReadByPartyIndexAndUnknownIdsSkipped) {
    const PartyNamesRead read = read_party_names(
        R"({"source": "test", "languages": {"fr": {"FRA": ["France"], "DEU": ["Allemagne", "RFA"], "ZZZ": ["Nulle part"]}, "zh-Hans": {"FRA": ["法国"]}}})",
        *fixture());
    ASSERT_TRUE(read.problems.empty());
    EXPECT_EQ(read.skipped_ids, 1u);
    EXPECT_EQ(read.names.source, "test");
    const std::vector<std::string>* germany = read.names.find("fr", fixture()->party_index("DEU"));
    ASSERT_NE(germany, nullptr);
    EXPECT_EQ(*germany, (std::vector<std::string>{"Allemagne", "RFA"}));
    EXPECT_EQ(read.names.find("zh-Hans", fixture()->party_index("DEU")), nullptr);
    EXPECT_EQ(read.names.find("ru", fixture()->party_index("FRA")), nullptr);
}

TEST(PartyNames, ABadFileIsRefusedWithThePlaceAndWhatWasExpected) {
    PartyNamesRead read = read_party_names("{\"languages\": {\"fr\": {\"FRA\": []}}}", *fixture());
    ASSERT_EQ(read.problems.size(), 1u);
    EXPECT_EQ(read.problems[0].path, "/languages/fr/FRA");
    EXPECT_EQ(read.problems[0].line, 1);
    EXPECT_EQ(read.problems[0].message, "expected a list of names (non-empty strings), the display name first");
    EXPECT_TRUE(read.names.languages.empty()) << "a refused file gives no names";

    read = read_party_names("{\"languages\": {\"fr\": {\"FRA\": [\"France\"]}}\n,", *fixture());
    ASSERT_EQ(read.problems.size(), 1u);
    EXPECT_EQ(read.problems[0].line, 2);

    read = read_party_names("[]", *fixture());
    ASSERT_EQ(read.problems.size(), 1u);
    EXPECT_EQ(read.problems[0].message, "expected an object with \"languages\"");
}

TEST(PartyNames, SearchFindsAPartyByItsNameInAnyLanguage) {
    const Dataset& d = *test::shipped_dataset();
    const PartyNamesRead read = read_party_names(
        R"({"languages": {"fr": {"CHN": ["Chine"]}, "ru": {"CHN": ["Китай", "КНР"]}, "zh-Hans": {"CHN": ["中国"]}}})", d);
    ASSERT_TRUE(read.problems.empty());
    for (const char* query : {"中国", "Chine", "chine", "Китай", "китай", "КИТАЙ", "кнр"}) {
        const std::vector<SearchHit> hits = search(d, query, 3, &read.names);
        ASSERT_FALSE(hits.empty()) << query;
        EXPECT_EQ(d.parties[hits[0].index].id, "CHN") << query;
    }
    EXPECT_TRUE(search(d, "Китай", 3).empty()) << "without the names file, only the dataset's own names match";
}

TEST(SearchFolding, FoldsCyrillicAndGreekCase) {
    EXPECT_EQ(fold_for_search("КИТАЙ"), "китай");
    EXPECT_EQ(fold_for_search("Ёлка"), "елка");
    EXPECT_EQ(fold_for_search("ΕΛΛΑΔΑ"), "ελλαδα");
}

}  // namespace
}  // namespace accord
