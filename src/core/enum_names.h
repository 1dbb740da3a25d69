// One table per enum <-> name: every enum that has names (in links, the JS API, datasets, CSV)
// keeps them in one constexpr array of {value, name} pairs, and these two lookups read it both
// ways, so a name is written once and the two directions cannot drift apart.
#pragma once
#include <optional>
#include <string_view>
#include <utility>

namespace accord {

// The name of `value` in `table`, or "" for a value the table lacks.
template <typename E, typename Table>
constexpr const char* enum_name(const Table& table, E value) {
    for (const auto& [entry, name] : table) {
        if (entry == value) return name;
    }
    return "";
}

// The value named `name` in `table` (names are matched exactly), nullopt when none.
template <typename Table>
constexpr auto enum_from_name(const Table& table, std::string_view name) -> std::optional<typename Table::value_type::first_type> {
    for (const auto& [entry, entry_name] : table) {
        if (name == entry_name) return entry;
    }
    return std::nullopt;
}

}  // namespace accord
