// The commitment record's party list: filtering folds text like search, sorting by each column
// in both directions, ties broken by name, and header clicks toggle as readers expect.
#include "core/party_list.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dataset_fixture.h"

namespace accord {
namespace {

std::vector<std::string> party_ids(const Dataset& d, const std::vector<Index>& rows) {
    std::vector<std::string> ids;
    for (const Index r : rows) ids.push_back(d.parties[d.actions[r].party].id);
    return ids;
}

class PartyList : public ::testing::Test {
protected:
    void SetUp() override {
        result_ = test::load_json(test::fixture_json());
        ASSERT_TRUE(result_.ok());
        decl_ = result_.dataset->commitment_index("decl");
    }
    const Dataset& d() const { return *result_.dataset; }
    LoadResult result_;
    Index decl_ = no_index;
};

TEST_F(PartyList, SortsByEachColumnBothWays) {
    EXPECT_EQ(party_ids(d(), party_list(d(), decl_, "", {PartyListColumn::party, false})),
              (std::vector<std::string>{"EUU", "FRA", "DEU", "GBR", "USA"}));  // European Union, France, Germany, United Kingdom, United States
    EXPECT_EQ(party_ids(d(), party_list(d(), decl_, "", {PartyListColumn::party, true})),
              (std::vector<std::string>{"USA", "GBR", "DEU", "FRA", "EUU"}));
    // declined < endorsed < signed; the three signatures by name, whichever direction.
    EXPECT_EQ(party_ids(d(), party_list(d(), decl_, "", {PartyListColumn::action, false})),
              (std::vector<std::string>{"GBR", "EUU", "FRA", "DEU", "USA"}));
    EXPECT_EQ(party_ids(d(), party_list(d(), decl_, "", {PartyListColumn::action, true})),
              (std::vector<std::string>{"FRA", "DEU", "USA", "EUU", "GBR"}));
    const std::vector<std::string> by_date = party_ids(d(), party_list(d(), decl_, "", {PartyListColumn::date, false}));
    EXPECT_EQ(by_date.back(), "EUU");  // "by 2024-05": certain only at the end of May 2024
    const std::vector<std::string> by_date_desc = party_ids(d(), party_list(d(), decl_, "", {PartyListColumn::date, true}));
    EXPECT_EQ(by_date_desc.front(), "EUU");
}

TEST_F(PartyList, FiltersByFoldedNameOrCode) {
    EXPECT_EQ(party_ids(d(), party_list(d(), decl_, "united", {})), (std::vector<std::string>{"GBR", "USA"}));
    EXPECT_EQ(party_ids(d(), party_list(d(), decl_, "  FRANCE ", {})), (std::vector<std::string>{"FRA"}));
    EXPECT_EQ(party_ids(d(), party_list(d(), decl_, "deu", {})), (std::vector<std::string>{"DEU"}));
    EXPECT_TRUE(party_list(d(), decl_, "nowhere", {}).empty());
    EXPECT_TRUE(party_list(d(), no_index, "", {}).empty());
}

TEST(PartyListOrder, HeaderClicksToggle) {
    const PartyListOrder start;
    EXPECT_EQ(toggle_order(start, PartyListColumn::party).descending, true);
    const PartyListOrder date = toggle_order(start, PartyListColumn::date);
    EXPECT_EQ(date.column, PartyListColumn::date);
    EXPECT_FALSE(date.descending);
    EXPECT_TRUE(toggle_order(date, PartyListColumn::date).descending);
}

}  // namespace
}  // namespace accord
