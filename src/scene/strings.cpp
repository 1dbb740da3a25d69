// The UI's string table: see strings.h.
#include "scene/strings.h"

#include <cstdarg>
#include <cstdio>

#include "core/timeline.h"

namespace accord::scene {

const Strings& strings() {
    static const Strings english;
    return english;
}

const char* status_label(Status status) {
    const Strings& s = strings();
    switch (status) {
        case Status::party: return s.status_party;
        case Status::declined: return s.status_declined;
        case Status::objected: return s.status_objected;
        case Status::not_signed: return s.status_not_signed;
        case Status::withdrawn: return s.status_withdrawn;
        case Status::unknown: return s.status_unknown;
        case Status::not_party: return s.status_not_party;
        case Status::not_applicable: return s.status_not_applicable;
    }
    return s.status_unknown;
}

const char* compare_label(CompareClass compare) {
    const Strings& s = strings();
    switch (compare) {
        case CompareClass::both: return s.compare_both;
        case CompareClass::only_a: return s.compare_only_a;
        case CompareClass::only_b: return s.compare_only_b;
        case CompareClass::neither: return s.compare_neither;
        case CompareClass::unknown: return s.compare_unknown;
        case CompareClass::not_applicable: return s.compare_not_applicable;
    }
    return s.compare_unknown;
}

const char* action_label(ActionKind kind) {
    const Strings& s = strings();
    switch (kind) {
        case ActionKind::signed_: return s.action_signed;
        case ActionKind::endorsed: return s.action_endorsed;
        case ActionKind::adhered: return s.action_adhered;
        case ActionKind::joined: return s.action_joined;
        case ActionKind::member: return s.action_member;
        case ActionKind::subscribed: return s.action_subscribed;
        case ActionKind::ratified: return s.action_ratified;
        case ActionKind::sponsored: return s.action_sponsored;
        case ActionKind::co_sponsored: return s.action_co_sponsored;
        case ActionKind::declined: return s.action_declined;
        case ActionKind::not_signed: return s.action_not_signed;
        case ActionKind::withdrew: return s.action_withdrew;
        case ActionKind::disputed: return s.action_disputed;
        case ActionKind::objected: return s.action_objected;
        case ActionKind::co_facilitated: return s.action_co_facilitated;
    }
    return "";
}

std::string iso_date_text(const IsoDate& date) {
    return date.precision == DatePrecision::day ? day_label(date.first_day(), true)
           : date.precision == DatePrecision::month ? month_label(date.first_day(), true)
                                                     : std::to_string(date.year);
}

std::string action_date_text(const ActionDate& date) {
    switch (date.form) {
        case DateForm::on: return iso_date_text(date.first);
        case DateForm::by: return format_text(strings().date_by_format, date.first.to_string().c_str());
        case DateForm::between: return format_text(strings().date_between_format, date.first.to_string().c_str(), date.second.to_string().c_str());
    }
    return date.to_string();
}

const char* fact_strength_label(FactStrength strength) {
    switch (strength) {
        case FactStrength::firm: return "";
        case FactStrength::weak_low_confidence: return strings().weak_low_confidence;
        case FactStrength::weak_tertiary_sources: return strings().weak_tertiary_sources;
    }
    return "";
}

std::string format_text(const char* format, ...) {
    char buffer[512];
    va_list args;
    va_start(args, format);
    const int n = std::vsnprintf(buffer, sizeof buffer, format, args);
    va_end(args);
    if (n < 0) return {};
    if (static_cast<std::size_t>(n) < sizeof buffer) return std::string(buffer, static_cast<std::size_t>(n));
    std::string out(static_cast<std::size_t>(n), '\0');  // longer than the buffer: format again into the string
    va_start(args, format);
    std::vsnprintf(out.data(), out.size() + 1, format, args);
    va_end(args);
    return out;
}

}  // namespace accord::scene
