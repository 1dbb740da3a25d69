// Calendar dates: real dates only, the three precisions, and exact day arithmetic.
#include "core/iso_date.h"

#include <gtest/gtest.h>

namespace accord {

TEST(IsoDate, ParsesTheThreePrecisions) {
    const auto day = parse_iso_date("2023-11-01");
    ASSERT_TRUE(day);
    EXPECT_EQ(day->precision, DatePrecision::day);
    EXPECT_EQ(day->to_string(), "2023-11-01");
    const auto month = parse_iso_date("2024-02");
    ASSERT_TRUE(month);
    EXPECT_EQ(month->precision, DatePrecision::month);
    EXPECT_EQ(format_day(month->first_day()), "2024-02-01");
    EXPECT_EQ(format_day(month->last_day()), "2024-02-29");  // leap year
    const auto year = parse_iso_date("2027");
    ASSERT_TRUE(year);
    EXPECT_EQ(format_day(year->first_day()), "2027-01-01");
    EXPECT_EQ(format_day(year->last_day()), "2027-12-31");
}

TEST(IsoDate, RejectsImpossibleAndMalformedDates) {
    for (const char* text : {"2025-02-30", "2023-02-29", "2024-13-01", "2024-00-10", "2024-04-31", "2024-1-01", "24-01-01",
                             "2024/01/01", "2024-01-01T00:00", " 2024", "", "abcd", "0999", "2024-01-1"}) {
        EXPECT_FALSE(parse_iso_date(text)) << text;
    }
    EXPECT_TRUE(parse_iso_date("2024-02-29"));
    EXPECT_TRUE(parse_iso_date("2000-02-29"));
    EXPECT_FALSE(parse_iso_date("1900-02-29"));
}

TEST(IsoDate, DayNumbersAreExact) {
    EXPECT_EQ(days_from_civil(1970, 1, 1), 0);
    EXPECT_EQ(days_from_civil(2000, 3, 1), 11017);
    EXPECT_EQ(days_from_civil(2023, 11, 1) - days_from_civil(2023, 10, 31), 1);
    for (DayNumber d = days_from_civil(1999, 12, 1); d < days_from_civil(2031, 1, 1); ++d) {
        const IsoDate date = civil_from_days(d);
        ASSERT_EQ(days_from_civil(date.year, date.month, date.day), d);
    }
}

}  // namespace accord
