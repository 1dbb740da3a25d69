// CSV export: exact header, one row per action with ISO dates and precision, sources in reading
// order, the fact's strength, safe quoting.
#include "core/dataset_csv.h"

#include <gtest/gtest.h>

#include "dataset_fixture.h"

namespace accord {

TEST(DatasetCsv, HeaderAndRows) {
    const LoadResult result = test::load_json(test::fixture_json());
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(actions_csv_header(), "commitment_id,party_id,party_name,action,date,date_precision,confidence,source_urls,fact_strength\n");
    const std::string rows = actions_csv_rows(*result.dataset);
    EXPECT_EQ(std::count(rows.begin(), rows.end(), '\n'), 9);
    for (const char* line : {
             "decl,FRA,France,signed,2023-11-01,day,high,https://example.org/list,firm\n",
             "decl,DEU,Germany,signed,2023-11,month,medium,https://example.org/list http://news.example.com/a?b=c,firm\n",
             "decl,USA,United States,signed,2024-01-10/2024-02-20,window,low,http://news.example.com/a?b=c,low-confidence\n",
             "decl,EUU,European Union,endorsed,2024-05,by,medium,https://example.org/list,firm\n",
             "decl,GBR,United Kingdom,declined,2023-11-01,day,high,http://news.example.com/a?b=c,firm\n",
             "treaty,DEU,Germany,withdrew,2025-03-01,day,high,https://example.org/list,firm\n",
             "frontier,acme-ai,Acme AI,signed,2024-05-21,day,medium,http://news.example.com/a?b=c,firm\n",
         }) {
        EXPECT_NE(rows.find(line), std::string::npos) << line;
    }
    EXPECT_LT(rows.find("decl,"), rows.find("treaty,"));  // in order of adoption
    EXPECT_LT(rows.find("treaty,"), rows.find("frontier,"));
}

TEST(DatasetCsv, CellQuoting) {
    EXPECT_EQ(csv_cell("plain"), "plain");
    EXPECT_EQ(csv_cell("Korea, Republic of"), "\"Korea, Republic of\"");
    EXPECT_EQ(csv_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
    EXPECT_EQ(csv_cell("two\nlines"), "\"two\nlines\"");
    EXPECT_EQ(csv_cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
    EXPECT_EQ(csv_cell("@cmd"), "'@cmd");
    EXPECT_EQ(csv_cell("Côte d'Ivoire"), "Côte d'Ivoire");
}

}  // namespace accord

namespace accord {

TEST(DatasetCsv, OneCommitmentsRows) {
    const LoadResult result = test::load_json(test::fixture_json());
    ASSERT_TRUE(result.ok());
    const Dataset& d = *result.dataset;
    EXPECT_EQ(commitment_csv_rows(d, d.commitment_index("treaty")),
              "treaty,FRA,France,signed,2024-01-01,day,high,https://example.org/list,firm\n"
              "treaty,DEU,Germany,signed,2024-02-01,day,high,https://example.org/list,firm\n"
              "treaty,DEU,Germany,withdrew,2025-03-01,day,high,https://example.org/list,firm\n");
    std::string all;
    for (const char* id : {"decl", "treaty", "frontier"}) all += commitment_csv_rows(d, d.commitment_index(id));
    EXPECT_EQ(all, actions_csv_rows(d));
}

}  // namespace accord
