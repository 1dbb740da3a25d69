// Calendar arithmetic for iso_date.h. days_from_civil / civil_from_days follow Howard Hinnant's
// public-domain algorithms (exact for the proleptic Gregorian calendar, no tables, no locale).
#include "core/iso_date.h"

#include <cstdio>

namespace accord {

namespace {

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

bool parse_digits(std::string_view text, std::size_t count, int& out) {
    if (text.size() < count) return false;
    int value = 0;
    for (std::size_t i = 0; i < count; ++i) {
        const char c = text[i];
        if (c < '0' || c > '9') return false;
        value = value * 10 + (c - '0');
    }
    out = value;
    return true;
}

}  // namespace

int days_in_month(int year, int month) {
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) return 0;
    return month == 2 && is_leap_year(year) ? 29 : days[month - 1];
}

DayNumber days_from_civil(int year, int month, int day) {
    year -= month <= 2 ? 1 : 0;
    const int era = (year >= 0 ? year : year - 399) / 400;
    const int year_of_era = year - era * 400;
    const int day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const int day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    return era * 146097 + day_of_era - 719468;
}

IsoDate civil_from_days(DayNumber days) {
    const int z = days + 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const int day_of_era = z - era * 146097;
    const int year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
    const int day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    const int mp = (5 * day_of_year + 2) / 153;
    IsoDate date;
    date.day = day_of_year - (153 * mp + 2) / 5 + 1;
    date.month = mp < 10 ? mp + 3 : mp - 9;
    date.year = year_of_era + era * 400 + (date.month <= 2 ? 1 : 0);
    date.precision = DatePrecision::day;
    return date;
}

DayNumber IsoDate::first_day() const { return days_from_civil(year, month, day); }

DayNumber IsoDate::last_day() const {
    switch (precision) {
        case DatePrecision::day: return days_from_civil(year, month, day);
        case DatePrecision::month: return days_from_civil(year, month, days_in_month(year, month));
        case DatePrecision::year: return days_from_civil(year, 12, 31);
    }
    return first_day();
}

std::string IsoDate::to_string() const {
    char buffer[32];
    switch (precision) {
        case DatePrecision::year: std::snprintf(buffer, sizeof buffer, "%04d", year); break;
        case DatePrecision::month: std::snprintf(buffer, sizeof buffer, "%04d-%02d", year, month); break;
        case DatePrecision::day: std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day); break;
    }
    return buffer;
}

std::optional<IsoDate> parse_iso_date(std::string_view text) {
    IsoDate date;
    if (text.size() != 4 && text.size() != 7 && text.size() != 10) return std::nullopt;
    if (!parse_digits(text, 4, date.year) || date.year < 1000) return std::nullopt;
    date.precision = DatePrecision::year;
    if (text.size() == 4) return date;
    if (text[4] != '-' || !parse_digits(text.substr(5), 2, date.month)) return std::nullopt;
    if (date.month < 1 || date.month > 12) return std::nullopt;
    date.precision = DatePrecision::month;
    if (text.size() == 7) return date;
    if (text[7] != '-' || !parse_digits(text.substr(8), 2, date.day)) return std::nullopt;
    if (date.day < 1 || date.day > days_in_month(date.year, date.month)) return std::nullopt;
    date.precision = DatePrecision::day;
    return date;
}

std::string format_day(DayNumber days) { return civil_from_days(days).to_string(); }

const char* precision_name(DatePrecision precision) {
    switch (precision) {
        case DatePrecision::day: return "day";
        case DatePrecision::month: return "month";
        case DatePrecision::year: return "year";
    }
    return "day";
}

}  // namespace accord
