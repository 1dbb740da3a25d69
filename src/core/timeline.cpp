// The timeline's logic: see timeline.h. Day lists are built by collecting and sorting (they are
// computed once per dataset or per selected commitment, not per frame); the axis picks its unit
// from the zoom before generating anything, so the work is bounded by max_axis_ticks whatever
// span and zoom the caller passes.
#include "core/timeline.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace accord {

namespace {

void sort_unique(std::vector<DayNumber>& days) {
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
}

}  // namespace

// [SECTION] days to step to
std::vector<DayNumber> event_days(const Dataset& dataset) {
    std::vector<DayNumber> days;
    days.reserve(dataset.events.size() + dataset.commitments.size() + dataset.actions.size());
    for (const Event& e : dataset.events) {
        if (e.has_start) days.push_back(e.start.first_day());
    }
    for (const Commitment& c : dataset.commitments) days.push_back(c.adopted.first_day());
    for (const Action& a : dataset.actions) days.push_back(a.certain_day);
    sort_unique(days);
    return days;
}

std::vector<DayNumber> change_days(const Dataset& dataset, Index commitment) {
    std::vector<DayNumber> days;
    if (commitment >= dataset.commitments.size()) return days;
    const std::span<const Action> list = dataset.actions_of(commitment);
    days.reserve(1 + 2 * list.size());
    days.push_back(dataset.commitments[commitment].adopted.first_day());
    for (const Action& a : list) {
        days.push_back(a.possible_day);
        days.push_back(a.certain_day);
    }
    sort_unique(days);
    return days;
}

std::optional<DayNumber> next_day(std::span<const DayNumber> sorted_days, DayNumber from) {
    const auto it = std::upper_bound(sorted_days.begin(), sorted_days.end(), from);
    if (it == sorted_days.end()) return std::nullopt;
    return *it;
}

std::optional<DayNumber> previous_day(std::span<const DayNumber> sorted_days, DayNumber from) {
    const auto it = std::lower_bound(sorted_days.begin(), sorted_days.end(), from);
    if (it == sorted_days.begin()) return std::nullopt;
    return *std::prev(it);
}

// [SECTION] what changed
std::vector<StatusChange> status_changes(const Dataset& dataset, Index commitment, DayNumber from_day, DayNumber to_day) {
    std::vector<StatusChange> changes;
    if (commitment >= dataset.commitments.size()) return changes;
    const std::vector<PartyKind>& kinds = dataset.commitments[commitment].party_kinds;
    for (Index p = 0; p < dataset.parties.size(); ++p) {
        // Parties of other kinds are "not applicable" on every day: skip them without asking.
        if (std::find(kinds.begin(), kinds.end(), dataset.parties[p].kind) == kinds.end()) continue;
        const Status before = dataset.status_of(p, commitment, from_day).status;
        const Status after = dataset.status_of(p, commitment, to_day).status;
        if (before != after) changes.push_back({p, before, after});
    }
    return changes;
}

// [SECTION] playback
namespace {
// Steps such as 1/60 s at 3 days per second add up to a hair below a whole day in floating
// point; without this slack the date would show the previous day for one extra frame.
constexpr double day_slack = 1e-6;
}  // namespace

void TimelinePlayer::set_range(DayNumber first_day, DayNumber last_day) {
    first_day_ = first_day;
    last_day_ = std::max(first_day, last_day);
    position_days_ = std::clamp(position_days_, static_cast<double>(first_day_), static_cast<double>(last_day_));
}

void TimelinePlayer::play(DayNumber current_day) {
    if (current_day >= last_day_) position_days_ = first_day_;
    else position_days_ = std::max(current_day, first_day_);
    playing_ = true;
}

void TimelinePlayer::set_days_per_second(double speed) {
    // Written so that NaN lands on the minimum rather than poisoning the position.
    if (!(speed >= min_days_per_second)) speed = min_days_per_second;
    days_per_second_ = std::min(speed, max_days_per_second);
}

DayNumber TimelinePlayer::advance(double dt_seconds) {
    if (!playing_) return day();
    if (!(dt_seconds > 0.0)) dt_seconds = 0.0;  // negative or NaN
    dt_seconds = std::min(dt_seconds, max_step_seconds);
    position_days_ += dt_seconds * days_per_second_;
    if (position_days_ + day_slack >= static_cast<double>(last_day_)) {
        position_days_ = last_day_;
        playing_ = false;
    }
    return day();
}

DayNumber TimelinePlayer::day() const { return static_cast<DayNumber>(std::floor(position_days_ + day_slack)); }

// [SECTION] time axis
namespace {

constexpr const char* month_names[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

// Far beyond any real view (about a million years each way) yet safe from int overflow in
// days_from_civil; the axis clamps to it so absurd inputs still terminate quickly.
constexpr DayNumber axis_day_limit = 365'000'000;

struct TickStep {
    TickUnit unit;
    std::int64_t years;    // for TickUnit::year: every `years`-th year
    double min_len_days;   // the shortest period of this step, so spacing is never below it
};

std::int64_t floor_div(std::int64_t a, std::int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0); }

// The finest step whose ticks are at least `min_spacing_px` apart and few enough.
TickStep choose_step(double span_days, double pixels_per_day, double min_spacing_px) {
    const auto fits = [&](double min_len_days) {
        return min_len_days * pixels_per_day >= min_spacing_px &&
               span_days / min_len_days + 2.0 <= static_cast<double>(max_axis_ticks);
    };
    static constexpr TickStep fine[] = {
        {TickUnit::day, 0, 1.0}, {TickUnit::week, 0, 7.0}, {TickUnit::month, 0, 28.0}, {TickUnit::quarter, 0, 90.0}};
    for (const TickStep& step : fine) {
        if (fits(step.min_len_days)) return step;
    }
    // 1, 2, 5, 10, 20, 50 … years; 10^7 years exceeds any span a DayNumber can hold, so this ends.
    std::int64_t years = 1;
    for (;;) {
        for (const std::int64_t factor : {1, 2, 5}) {
            const std::int64_t n = years * factor;
            if (fits(365.0 * static_cast<double>(n)) || n >= 10'000'000) return {TickUnit::year, n, 365.0 * static_cast<double>(n)};
        }
        years *= 10;
    }
}

}  // namespace

std::string month_label(DayNumber day, bool with_year) {
    const IsoDate date = civil_from_days(day);
    std::string label = month_names[date.month - 1];
    if (with_year) {
        // Appended piecewise: `" " + std::to_string(...)` trips a false -Wrestrict in g++ 12.
        label += ' ';
        label += std::to_string(date.year);
    }
    return label;
}

std::string day_label(DayNumber day, bool with_year) {
    const IsoDate date = civil_from_days(day);
    std::string label = std::to_string(date.day);
    label += ' ';
    label += month_names[date.month - 1];
    if (with_year) {
        label += ' ';
        label += std::to_string(date.year);
    }
    return label;
}

AxisTicks axis_ticks(DayNumber first_visible, DayNumber last_visible, double pixels_per_day, double min_label_spacing_px) {
    AxisTicks out;
    if (!(pixels_per_day > 0.0) || last_visible < first_visible) return out;
    if (!(min_label_spacing_px >= 1.0)) min_label_spacing_px = 1.0;  // also catches NaN
    const DayNumber first = std::clamp(first_visible, -axis_day_limit, axis_day_limit);
    const DayNumber last = std::clamp(last_visible, -axis_day_limit, axis_day_limit);
    const double span_days = static_cast<double>(static_cast<std::int64_t>(last) - first);
    const TickStep step = choose_step(span_days, pixels_per_day, min_label_spacing_px);
    out.unit = step.unit;
    out.ticks.reserve(std::min<std::size_t>(max_axis_ticks, static_cast<std::size_t>(span_days / step.min_len_days) + 2));

    const auto add = [&](DayNumber day, bool major) {
        const bool first_tick = out.ticks.empty();
        const IsoDate date = civil_from_days(day);
        std::string label;
        bool with_year = true;
        switch (step.unit) {
            case TickUnit::year: label = std::to_string(date.year); break;
            case TickUnit::quarter:
            case TickUnit::month: with_year = first_tick || date.month == 1; label = month_label(day, with_year); break;
            case TickUnit::week:
            case TickUnit::day: with_year = first_tick; label = day_label(day, with_year); break;
        }
        out.ticks.push_back({day, std::move(label), major, with_year});
    };
    const auto full = [&] { return out.ticks.size() >= max_axis_ticks; };

    const IsoDate start = civil_from_days(first);
    switch (step.unit) {
        case TickUnit::day:
        case TickUnit::week: {
            std::int64_t day = first;
            if (step.unit == TickUnit::week) {
                // 1970-01-01 was a Thursday: weekday (Monday = 0) of day d is (d + 3) mod 7.
                const std::int64_t weekday = (static_cast<std::int64_t>(first) + 3) - 7 * floor_div(first + 3, 7);
                day += (7 - weekday) % 7;
            }
            const std::int64_t stride = step.unit == TickUnit::week ? 7 : 1;
            for (; day <= last && !full(); day += stride) {
                const DayNumber d = static_cast<DayNumber>(day);
                add(d, civil_from_days(d).day == 1);
            }
            break;
        }
        case TickUnit::month:
        case TickUnit::quarter: {
            const int stride = step.unit == TickUnit::quarter ? 3 : 1;
            int year = start.year;
            int month = start.month;
            if (start.day != 1) ++month;
            while ((month - 1) % stride != 0) ++month;  // quarters start in Jan, Apr, Jul, Oct
            for (;;) {
                if (month > 12) {
                    month -= 12;
                    ++year;
                }
                const DayNumber d = days_from_civil(year, month, 1);
                if (d > last || full()) break;
                add(d, month == 1);
                month += stride;
            }
            break;
        }
        case TickUnit::year: {
            const std::int64_t last_year = civil_from_days(last).year;
            std::int64_t year = start.year;
            if (first != days_from_civil(start.year, 1, 1)) ++year;
            year = -floor_div(-year, step.years) * step.years;  // round up to a multiple of the step
            // Compare years before converting: a rounded-up year may lie far outside int range of days.
            for (; year <= last_year && !full(); year += step.years) {
                add(days_from_civil(static_cast<int>(year), 1, 1), true);
            }
            break;
        }
    }
    return out;
}

}  // namespace accord
