// Calendar dates for the data model and the timeline. A date in the dataset is an ISO string of
// day (`2023-11-01`), month (`2023-11`) or year (`2023`) precision; internally a day is an
// integer count of days since 1970-01-01 (proleptic Gregorian), so that comparisons and the
// timeline's arithmetic are plain integer work. Parsing rejects impossible dates (2025-02-30).
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace accord {

using DayNumber = std::int32_t;  // days since 1970-01-01

enum class DatePrecision : std::uint8_t { day, month, year };

struct IsoDate {
    int year = 1970;
    int month = 1;  // 1..12; 1 when precision is year
    int day = 1;    // 1..31; 1 when precision is month or year
    DatePrecision precision = DatePrecision::day;

    DayNumber first_day() const;  // first day of the period the string names
    DayNumber last_day() const;   // last day of that period (== first_day() for day precision)
    std::string to_string() const;  // back to the ISO form it was parsed from
    friend bool operator==(const IsoDate&, const IsoDate&) = default;
};

// Accepts exactly YYYY, YYYY-MM or YYYY-MM-DD with a real calendar date, years 1000..9999.
std::optional<IsoDate> parse_iso_date(std::string_view text);

DayNumber days_from_civil(int year, int month, int day);
IsoDate civil_from_days(DayNumber days);  // precision day
int days_in_month(int year, int month);
std::string format_day(DayNumber days);  // "YYYY-MM-DD"
const char* precision_name(DatePrecision precision);

}  // namespace accord
