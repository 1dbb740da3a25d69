// Dataset loader: JSON text in, an immutable indexed Dataset or a complete list of problems out.
// Every problem names the JSON path, the line and column in the text, and what was expected,
// so a dataset maintainer can fix a file in one pass. Nothing throws; a rejected text never
// replaces a good dataset (see DatasetStore). The format is documented in data/SCHEMA.md.
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/dataset.h"
#include "core/json_text.h"

namespace accord {

struct Problem {
    std::string path;  // JSON pointer, "" for the whole document
    int line = 0;      // 1-based; 0 when the place could not be found in the text
    int column = 0;
    std::string message;
};

struct LoadResult {
    std::shared_ptr<const Dataset> dataset;  // null when there are problems
    std::vector<Problem> problems;
    bool ok() const { return dataset != nullptr; }
};

// At most this many problems are listed (the last one says how many more there were).
inline constexpr std::size_t max_reported_problems = 500;

LoadResult load_dataset(std::string_view json_text, const JsonLimits& limits = {});

// "file:line:col: path: message" (line and column left out when unknown).
std::string format_problem(std::string_view file_name, const Problem& problem);

// Holds the dataset the app shows. A failed load keeps the previous dataset and records why.
class DatasetStore {
public:
    // Returns true when the text was accepted and is now current.
    bool load(std::string_view name, std::string_view json_text, const JsonLimits& limits = {});
    // Records a text the host refused without handing it over (e.g. too large to copy).
    void refuse(std::string_view name, Problem problem);
    const std::shared_ptr<const Dataset>& current() const { return current_; }
    const std::string& current_name() const { return current_name_; }
    const std::string& last_rejected_name() const { return rejected_name_; }
    const std::vector<Problem>& last_problems() const { return last_problems_; }
    std::uint64_t generation() const { return generation_; }  // bumps on every accepted load

private:
    std::shared_ptr<const Dataset> current_;
    std::string current_name_;
    std::string rejected_name_;
    std::vector<Problem> last_problems_;
    std::uint64_t generation_ = 0;
};

}  // namespace accord
