// The timeline's logic, apart from drawing: which days are worth stepping to (anything happened,
// or one commitment's map can change), which parties change status between two days, the
// playback clock that moves the date at a chosen speed, and the labels of the time axis at any
// zoom, from centuries down to single days. Pure functions of the Dataset plus one small state
// machine (TimelinePlayer) that the UI advances once per frame with the frame's duration.
#pragma once
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/dataset.h"
#include "core/iso_date.h"

namespace accord {

// [SECTION] days to step to
// Sorted unique days on which something happened anywhere in the dataset: event starts (events
// with a start date; year/month precision -> first day of the period), commitment adoptions, and
// the certain day of every action. Used by the previous/next buttons and keys.
std::vector<DayNumber> event_days(const Dataset& dataset);
// Sorted unique days on which the map of one commitment can change: its adoption day and, for each
// of its actions, the action's possible_day (window opens, status becomes unknown) and certain_day.
std::vector<DayNumber> change_days(const Dataset& dataset, Index commitment);
std::optional<DayNumber> next_day(std::span<const DayNumber> sorted_days, DayNumber from);      // first day > from
std::optional<DayNumber> previous_day(std::span<const DayNumber> sorted_days, DayNumber from);  // last day < from

// [SECTION] what changed
// Parties (any kind the commitment is open to) whose status (status_of) differs between two days,
// in party order.
struct StatusChange {
    Index party = no_index;
    Status before = Status::unknown;
    Status after = Status::unknown;
};
std::vector<StatusChange> status_changes(const Dataset& dataset, Index commitment, DayNumber from_day, DayNumber to_day);

// [SECTION] playback
// The date moves at `days_per_second` from where it is to `last_day` and stops there.
class TimelinePlayer {
public:
    static constexpr double default_days_per_second = 60.0;
    static constexpr double min_days_per_second = 1.0;
    static constexpr double max_days_per_second = 3650.0;
    // A frame longer than this (a background tab, a debugger stop) must not jump the date by years.
    static constexpr double max_step_seconds = 0.25;

    void set_range(DayNumber first_day, DayNumber last_day);  // the current day is clamped into it
    void play(DayNumber current_day);  // starts; if current_day >= last_day, restarts from first_day
    void pause() { playing_ = false; }
    bool playing() const { return playing_; }
    void set_days_per_second(double speed);  // clamped to [1, 3650]; default 60
    double days_per_second() const { return days_per_second_; }
    // Advances by dt seconds (clamped to [0, 0.25]) and returns the new day; keeps fractional days
    // so slow speeds still move; stops (playing() == false) when last_day is reached.
    DayNumber advance(double dt_seconds);
    DayNumber day() const;

private:
    DayNumber first_day_ = 0;
    DayNumber last_day_ = 0;
    double position_days_ = 0.0;  // fractional day number
    double days_per_second_ = default_days_per_second;
    bool playing_ = false;
};

// [SECTION] time axis
// Labels never overlap: the granularity is the finest (years down to days) whose ticks stay at
// least `min_label_spacing_px` apart; when even single years are too dense, every 2nd, 5th, 10th…
// year. Ticks are at period starts (1 Jan, 1st of the month/quarter, Mondays for weeks) inside
// [first_visible, last_visible]; at most `max_axis_ticks`, whatever the span and zoom.
enum class TickUnit : std::uint8_t { year, quarter, month, week, day };
struct AxisTick {
    DayNumber day = 0;
    std::string label;
    bool major = false;  // a year start (or a month start when the unit is day or week)
    bool with_year = false;  // the label names the year (the first tick, January ticks)
};
struct AxisTicks {
    TickUnit unit = TickUnit::year;
    std::vector<AxisTick> ticks;
};
inline constexpr std::size_t max_axis_ticks = 1024;
// `pixels_per_day` > 0 (anything else gives no ticks). Labels: year "2023"; quarter/month
// "Nov 2023" for the first tick and January ticks, else "Nov"; week/day "12 Nov" ("12 Nov 2023"
// on the first tick).
AxisTicks axis_ticks(DayNumber first_visible, DayNumber last_visible, double pixels_per_day,
                     double min_label_spacing_px = 56.0);
std::string month_label(DayNumber day, bool with_year);  // "Nov 2023" / "Nov"
std::string day_label(DayNumber day, bool with_year);    // "12 Nov 2023" / "12 Nov"

}  // namespace accord
