// CSV export: see dataset_csv.h.
#include "core/dataset_csv.h"

#include <algorithm>
#include <numeric>

#include "core/fact_strength.h"

namespace accord {

std::string csv_cell(std::string_view text) {
    std::string cell;
    if (!text.empty() && (text.front() == '=' || text.front() == '+' || text.front() == '-' || text.front() == '@')) cell += '\'';
    cell.append(text);
    if (cell.find_first_of(",\"\r\n") == std::string::npos) return cell;
    std::string quoted = "\"";
    for (const char c : cell) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + "\"";
}

std::string actions_csv_header() {
    return "commitment_id,party_id,party_name,action,date,date_precision,confidence,source_urls,fact_strength\n";
}

std::string commitment_csv_rows(const Dataset& dataset, Index ci) {
    const Commitment& c = dataset.commitments[ci];
    std::string out;
    for (const Action& a : dataset.actions_of(ci)) {
        const Party& p = dataset.parties[a.party];
        std::string date, precision;
        switch (a.date.form) {
            case DateForm::on:
                date = a.date.first.to_string();
                precision = precision_name(a.date.first.precision);
                break;
            case DateForm::by:
                date = a.date.first.to_string();
                precision = "by";
                break;
            case DateForm::between:
                date = a.date.first.to_string() + "/" + a.date.second.to_string();
                precision = "window";
                break;
        }
        std::string urls;
        for (const Index s : a.sources) urls += (urls.empty() ? "" : " ") + dataset.sources[s].url;
        out += csv_cell(c.id) + ',' + csv_cell(p.id) + ',' + csv_cell(p.name) + ',' + action_kind_name(a.kind) + ',' + csv_cell(date) + ',' +
               precision + ',' + confidence_name(a.confidence) + ',' + csv_cell(urls) + ',' + fact_strength_name(fact_strength(dataset, a)) + '\n';
    }
    return out;
}

std::string actions_csv_rows(const Dataset& dataset) {
    std::vector<Index> commitment_order(dataset.commitments.size());
    std::iota(commitment_order.begin(), commitment_order.end(), Index{0});
    std::stable_sort(commitment_order.begin(), commitment_order.end(), [&](Index a, Index b) {
        return dataset.commitments[a].adopted.first_day() < dataset.commitments[b].adopted.first_day();
    });
    std::string out;
    for (const Index ci : commitment_order) out += commitment_csv_rows(dataset, ci);
    return out;
}

}  // namespace accord
