// CSV export of actions, one row per action, for journalists who check the data in a
// spreadsheet. Columns: commitment_id,party_id,party_name,action,date,date_precision,
// confidence,source_urls,fact_strength. `date` is ISO: the day/month/year for an exact date, the
// latest date for a "by" date, "first/last" (ISO 8601 interval) for a window; `date_precision`
// says which (day | month | year | by | window). Several source URLs are separated by spaces, in
// reading order (official first). `fact_strength` is firm | low-confidence |
// tertiary-sources-only (fact_strength.h); it is last so that older readers of the file keep
// their column positions.
#pragma once
#include <string>
#include <string_view>

#include "core/dataset.h"

namespace accord {

std::string actions_csv_header();
// Rows of one dataset (without header), ordered by commitment adoption, then party, then date.
std::string actions_csv_rows(const Dataset& dataset);
// Rows of one commitment only (what the map shows in single mode).
std::string commitment_csv_rows(const Dataset& dataset, Index commitment);
// RFC 4180 quoting; a cell a spreadsheet would run as a formula (=, +, -, @) is prefixed with '.
std::string csv_cell(std::string_view text);

}  // namespace accord
