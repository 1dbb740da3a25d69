// The UI's string table: see strings.h.
#include "ui/strings.h"

namespace accord::ui {

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
    switch (kind) {
        case ActionKind::signed_: return "signed";
        case ActionKind::endorsed: return "endorsed";
        case ActionKind::adhered: return "adhered";
        case ActionKind::joined: return "joined";
        case ActionKind::member: return "member";
        case ActionKind::subscribed: return "subscribed";
        case ActionKind::ratified: return "ratified";
        case ActionKind::sponsored: return "sponsored";
        case ActionKind::co_sponsored: return "co-sponsored";
        case ActionKind::declined: return "declined";
        case ActionKind::not_signed: return "not among the signatories";
        case ActionKind::withdrew: return "withdrew";
        case ActionKind::disputed: return "disputed (sources conflict)";
        case ActionKind::objected: return "objected (the text was adopted by consensus)";
        case ActionKind::co_facilitated: return "co-facilitated the negotiation";
    }
    return "";
}

}  // namespace accord::ui
