// Dataset loader: reads JSON (json_text.h), checks every rule of data/SCHEMA.md, collects all
// problems with their JSON paths, then builds the indexed Dataset. Index:
//   [SECTION] problem collection and field readers
//   [SECTION] enumerations
//   [SECTION] dataset, parties, sources, events
//   [SECTION] commitments and actions
//   [SECTION] load_dataset, format_problem, DatasetStore
#include "core/dataset_loader.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <set>
#include <type_traits>
#include <unordered_map>

#include "core/enum_names.h"
#include "core/vocabulary.h"

namespace accord {

namespace {

// [SECTION] problem collection and field readers
constexpr std::size_t max_name_chars = 300;
constexpr std::size_t max_text_chars = 8000;
constexpr std::size_t max_url_chars = 2048;

std::string in_quotes(std::string_view text) {
    constexpr std::size_t shown = 60;
    std::string out = "\"";
    out.append(text.substr(0, shown));
    if (text.size() > shown) out += "…";
    return out + "\"";
}

const char* type_name(const Json& value) {
    if (value.is_number_integer() || value.is_number_unsigned()) return "integer";
    return value.type_name();
}

bool is_slug(std::string_view id) {
    if (id.empty() || id.size() > 120) return false;
    for (const char c : id) {
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.')) return false;
    }
    return id.front() != '-' && id.front() != '.';
}

bool is_upper_code(std::string_view id, std::size_t min_len, std::size_t max_len) {
    if (id.size() < min_len || id.size() > max_len) return false;
    return std::all_of(id.begin(), id.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// http(s) with a host: "javascript:", "data:", "file:" and relative links are refused.
bool is_web_url(std::string_view url) {
    std::string_view rest;
    if (url.rfind("https://", 0) == 0) rest = url.substr(8);
    else if (url.rfind("http://", 0) == 0) rest = url.substr(7);
    else return false;
    if (rest.empty() || rest.front() == '/' || rest.front() == '.') return false;
    return std::none_of(url.begin(), url.end(), [](char c) {
        return static_cast<unsigned char>(c) <= 0x20 || c == '"' || c == '<' || c == '>' || c == '\\';
    });
}

class Checker {
public:
    std::vector<Problem> problems;
    std::size_t total_problems = 0;

    void problem(std::string path, std::string message) {
        ++total_problems;
        if (problems.size() < max_reported_problems) problems.push_back({std::move(path), 0, 0, std::move(message)});
    }

    // Each reader returns false (after recording a problem) when the field is absent or wrong.
    const Json* field(const Json& object, const std::string& path, const char* key, bool required, const char* expected) {
        const auto it = object.find(key);
        if (it == object.end()) {
            if (required) problem(path, std::string("missing required field \"") + key + "\" (" + expected + ")");
            return nullptr;
        }
        return &*it;
    }

    bool string(const Json& object, const std::string& path, const char* key, std::string& out, bool required,
                std::size_t max_chars = max_name_chars, bool allow_null = false) {
        const Json* value = field(object, path, key, required, "a string");
        if (!value) return false;
        const std::string here = path + "/" + key;
        if (allow_null && value->is_null()) return false;
        if (!value->is_string()) {
            problem(here, std::string("expected a string") + (allow_null ? " or null" : "") + ", found " + type_name(*value));
            return false;
        }
        const auto& text = value->get_ref<const std::string&>();
        if (text.empty()) {
            problem(here, "expected a non-empty string");
            return false;
        }
        if (text.size() > max_chars) {
            problem(here, "string is " + std::to_string(text.size()) + " bytes long; at most " + std::to_string(max_chars) + " expected");
            return false;
        }
        out = text;
        return true;
    }

    bool date(const Json& object, const std::string& path, const char* key, IsoDate& out, bool required, bool allow_null = false) {
        const Json* value = field(object, path, key, required, "an ISO date YYYY, YYYY-MM or YYYY-MM-DD");
        if (!value) return false;
        return date_value(*value, path + "/" + key, out, allow_null);
    }

    bool date_value(const Json& value, const std::string& path, IsoDate& out, bool allow_null = false) {
        if (allow_null && value.is_null()) return false;
        if (!value.is_string()) {
            problem(path, std::string("expected an ISO date string (YYYY, YYYY-MM or YYYY-MM-DD), found ") + type_name(value));
            return false;
        }
        const auto& text = value.get_ref<const std::string&>();
        const auto parsed = parse_iso_date(text);
        if (!parsed) {
            problem(path, in_quotes(text) + " is not a real calendar date; expected YYYY, YYYY-MM or YYYY-MM-DD");
            return false;
        }
        out = *parsed;
        return true;
    }

    bool url(const Json& object, const std::string& path, const char* key, std::string& out, bool required, bool allow_null) {
        std::string text;
        if (!string(object, path, key, text, required, max_url_chars, allow_null)) return false;
        if (!is_web_url(text)) {
            problem(path + "/" + key, "URL must be an absolute http:// or https:// address, found " + in_quotes(text));
            return false;
        }
        out = std::move(text);
        return true;
    }

    const Json* array(const Json& object, const std::string& path, const char* key, bool required) {
        const Json* value = field(object, path, key, required, "an array");
        if (!value) return nullptr;
        if (!value->is_array()) {
            problem(path + "/" + key, std::string("expected an array, found ") + type_name(*value));
            return nullptr;
        }
        return value;
    }

    bool string_array(const Json& object, const std::string& path, const char* key, std::vector<std::string>& out,
                      bool required, std::size_t max_chars = max_text_chars) {
        const Json* list = array(object, path, key, required);
        if (!list) return false;
        bool good = true;
        for (std::size_t i = 0; i < list->size(); ++i) {
            const Json& item = (*list)[i];
            const std::string here = path + "/" + key + "/" + std::to_string(i);
            if (!item.is_string() || item.get_ref<const std::string&>().empty()) {
                problem(here, std::string("expected a non-empty string, found ") + (item.is_string() ? "an empty string" : type_name(item)));
                good = false;
            } else if (item.get_ref<const std::string&>().size() > max_chars) {
                problem(here, "string is " + std::to_string(item.get_ref<const std::string&>().size()) + " bytes long; at most " +
                                  std::to_string(max_chars) + " expected");
                good = false;
            } else {
                out.push_back(item.get<std::string>());
            }
        }
        return good;
    }

    bool object_at(const Json& value, const std::string& path, const char* what) {
        if (value.is_object()) return true;
        problem(path, std::string("expected ") + what + " (a JSON object), found " + type_name(value));
        return false;
    }

    // Unknown fields are errors: a misspelt optional field would otherwise vanish silently.
    void only_fields(const Json& object, const std::string& path, std::initializer_list<const char*> allowed) {
        for (auto it = object.begin(); it != object.end(); ++it) {
            const std::string& key = it.key();
            if (std::none_of(allowed.begin(), allowed.end(), [&](const char* a) { return key == a; })) {
                std::string list;
                for (const char* a : allowed) list += std::string(list.empty() ? "" : ", ") + a;
                problem(path + "/" + json_pointer_escape(key), "unknown field " + in_quotes(key) + "; expected one of: " + list);
            }
        }
    }
};

// [SECTION] enumerations (their names: core/vocabulary.h)
// "a | b | c": the names a field accepts, for messages.
template <typename Table>
std::string expected_names(const Table& table) {
    std::string out;
    for (const auto& entry : table) {
        if constexpr (std::is_same_v<std::decay_t<decltype(entry)>, const char*>) out += std::string(out.empty() ? "" : " | ") + entry;
        else out += std::string(out.empty() ? "" : " | ") + entry.second;
    }
    return out;
}

// Reads a name from `table` (pairs of value and name, or a list of names whose index is the value).
template <typename Table, typename E>
bool read_enum_value(Checker& check, const Json& value, const std::string& path, const Table& table, E& out) {
    if (!value.is_string()) {
        check.problem(path, std::string("expected one of ") + expected_names(table) + ", found " + type_name(value));
        return false;
    }
    const std::string& text = value.get_ref<const std::string&>();
    if constexpr (std::is_same_v<typename Table::value_type, const char*>) {
        for (std::size_t i = 0; i < table.size(); ++i) {
            if (text == table[i]) {
                out = table[i];
                return true;
            }
        }
    } else if (const auto found = enum_from_name(table, text)) {
        out = *found;
        return true;
    }
    check.problem(path, "unknown value " + in_quotes(text) + "; expected " + expected_names(table));
    return false;
}

template <typename Table, typename E>
bool read_enum(Checker& check, const Json& object, const std::string& path, const char* key, const Table& table, E& out, bool required = true) {
    const Json* value = check.field(object, path, key, required, expected_names(table).c_str());
    return value && read_enum_value(check, *value, path + "/" + key, table, out);
}

// [SECTION] dataset, parties, sources, events
class DatasetReader {
public:
    DatasetReader(Checker& check, Dataset& out) : check_(check), out_(out) {}

    void read(const Json& root) {
        if (!check_.object_at(root, "", "the dataset")) return;
        check_.only_fields(root, "", {"schema_version", "dataset", "parties", "sources", "events", "commitments", "$schema"});
        if (const Json* version = check_.field(root, "", "schema_version", true, "the integer 1")) {
            if (!version->is_number_integer() || version->get<long long>() != 1) {
                check_.problem("/schema_version", "unsupported schema_version " + version->dump() + "; this build reads version 1");
                return;  // the rest of the rules would only add noise for another version
            }
        }
        if (const Json* info = check_.field(root, "", "dataset", true, "an object")) read_info(*info);
        const Json* parties = check_.array(root, "", "parties", true);
        const Json* sources = check_.array(root, "", "sources", true);
        const Json* events = check_.array(root, "", "events", true);
        const Json* commitments = check_.array(root, "", "commitments", true);
        // Ids first, so that references resolve whatever the order of the file.
        if (parties) collect_ids(*parties, "/parties", party_ids_);
        if (sources) collect_ids(*sources, "/sources", source_ids_);
        if (events) collect_ids(*events, "/events", event_ids_);
        if (parties) for (std::size_t i = 0; i < parties->size(); ++i) read_party((*parties)[i], "/parties/" + std::to_string(i));
        if (sources) for (std::size_t i = 0; i < sources->size(); ++i) read_source((*sources)[i], "/sources/" + std::to_string(i));
        if (events) for (std::size_t i = 0; i < events->size(); ++i) read_event((*events)[i], "/events/" + std::to_string(i));
        if (commitments) {
            std::unordered_map<std::string, std::string> commitment_ids;
            for (std::size_t i = 0; i < commitments->size(); ++i) {
                read_commitment((*commitments)[i], "/commitments/" + std::to_string(i), commitment_ids);
            }
        }
        check_membership_kinds();
    }

private:
    using IdMap = std::unordered_map<std::string, Index>;

    void read_info(const Json& info) {
        if (!check_.object_at(info, "/dataset", "the dataset description")) return;
        check_.only_fields(info, "/dataset", {"id", "title", "version", "as_of", "description", "license", "full_edition"});
        DatasetInfo& d = out_.info;
        if (check_.string(info, "/dataset", "id", d.id, true) && !is_slug(d.id)) {
            check_.problem("/dataset/id", in_quotes(d.id) + " is not a valid id; expected lowercase letters, digits, '-', '_' or '.'");
        }
        check_.string(info, "/dataset", "title", d.title, true);
        check_.date(info, "/dataset", "version", d.version, true);
        check_.date(info, "/dataset", "as_of", d.as_of, true);
        check_.string(info, "/dataset", "description", d.description, false, max_text_chars);
        check_.string(info, "/dataset", "license", d.license, false, max_text_chars);
        if (check_.string(info, "/dataset", "full_edition", d.full_edition, false, max_name_chars) && !is_plain_json_file_name(d.full_edition)) {
            check_.problem("/dataset/full_edition", in_quotes(d.full_edition) + " is not a file name beside this one; expected a name like \"atlas.json\" (letters, digits, '-', '_', '.', ending in .json)");
        }
    }

    // A lean edition (data/SCHEMA.md, "Editions") may leave out the texts only record panels show.
    bool texts_required() const { return out_.info.full_edition.empty(); }

    // A name the host page resolves next to the dataset's own address: no folders, no scheme.
    static bool is_plain_json_file_name(const std::string& name) {
        if (name.size() <= 5 || name.compare(name.size() - 5, 5, ".json") != 0 || name[0] == '.') return false;
        return std::all_of(name.begin(), name.end(), [](char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
        });
    }

    void collect_ids(const Json& list, const std::string& path, IdMap& ids) {
        for (std::size_t i = 0; i < list.size(); ++i) {
            const Json& item = list[i];
            if (!item.is_object()) continue;
            const auto it = item.find("id");
            if (it == item.end() || !it->is_string()) continue;
            const std::string& id = it->get_ref<const std::string&>();
            const auto [existing, inserted] = ids.emplace(id, static_cast<Index>(i));
            if (!inserted) {
                check_.problem(path + "/" + std::to_string(i) + "/id",
                               "duplicate id " + in_quotes(id) + " (first used at " + path + "/" + std::to_string(existing->second) + ")");
            }
        }
    }

    // Resolves an id against one of the id maps; the error names the list it should be in.
    Index resolve(const Json& value, const std::string& path, const IdMap& ids, const char* list_name) {
        if (!value.is_string()) {
            check_.problem(path, std::string("expected an id from ") + list_name + " (a string), found " + type_name(value));
            return no_index;
        }
        const auto it = ids.find(value.get_ref<const std::string&>());
        if (it == ids.end()) {
            check_.problem(path, "unknown id " + in_quotes(value.get_ref<const std::string&>()) + "; expected an id from " + list_name);
            return no_index;
        }
        return it->second;
    }

    std::vector<Index> source_list(const Json& object, const std::string& path, bool at_least_one) {
        return source_list(object, path, "sources", at_least_one);
    }

    std::vector<Index> source_list(const Json& object, const std::string& path, const char* key, bool at_least_one) {
        std::vector<Index> out;
        const Json* list = check_.array(object, path, key, true);
        if (!list) return out;
        if (at_least_one && list->empty()) check_.problem(path + "/" + key, "expected at least one source id");
        std::set<Index> seen;
        for (std::size_t i = 0; i < list->size(); ++i) {
            const Index s = resolve((*list)[i], path + "/" + key + "/" + std::to_string(i), source_ids_, "/sources");
            if (s != no_index && seen.insert(s).second) out.push_back(s);
        }
        return out;
    }

    void read_party(const Json& item, const std::string& path) {
        Party& party = out_.parties.emplace_back();  // index = position in the file, even when broken
        party_paths_.push_back(path);
        if (!check_.object_at(item, path, "a party")) return;
        check_.only_fields(item, path, {"id", "kind", "name", "aliases", "iso_numeric", "headquarters", "members", "sources"});
        read_enum(check_, item, path, "kind", party_kind_names, party.kind);
        if (check_.string(item, path, "id", party.id, true)) {
            const bool valid = party.kind == PartyKind::state          ? is_upper_code(party.id, 3, 3)
                               : party.kind == PartyKind::supranational ? is_upper_code(party.id, 2, 4)
                                                                        : is_slug(party.id);
            if (!valid) {
                check_.problem(path + "/id", in_quotes(party.id) + " is not a valid " + party_kind_name(party.kind) + " id; expected " +
                                                 (party.kind == PartyKind::state ? "an ISO 3166-1 alpha-3 code such as \"FRA\""
                                                  : party.kind == PartyKind::supranational ? "2 to 4 capital letters such as \"EUU\""
                                                                                            : "a lowercase slug such as \"openai\""));
            }
        }
        check_.string(item, path, "name", party.name, true);
        check_.string_array(item, path, "aliases", party.aliases, false, max_name_chars);
        if (check_.string(item, path, "iso_numeric", party.iso_numeric, false)) {
            const bool digits = party.iso_numeric.size() == 3 &&
                                std::all_of(party.iso_numeric.begin(), party.iso_numeric.end(), [](char c) { return c >= '0' && c <= '9'; });
            if (!digits) check_.problem(path + "/iso_numeric", in_quotes(party.iso_numeric) + " is not an ISO 3166-1 numeric code; expected 3 digits");
        }
        if (const Json* hq = check_.field(item, path, "headquarters", false, "a party id")) {
            party.headquarters = resolve(*hq, path + "/headquarters", party_ids_, "/parties");
        }
        if (const Json* members = check_.array(item, path, "members", false)) {
            if (party.kind != PartyKind::supranational) check_.problem(path + "/members", "only a supranational party has members");
            for (std::size_t i = 0; i < members->size(); ++i) read_member((*members)[i], path + "/members/" + std::to_string(i), party);
        }
        if (item.contains("sources")) party.sources = source_list(item, path, true);
    }

    void read_member(const Json& item, const std::string& path, Party& party) {
        if (!check_.object_at(item, path, "a membership")) return;
        check_.only_fields(item, path, {"party", "from", "until"});
        Membership m;
        if (const Json* p = check_.field(item, path, "party", true, "a party id")) m.party = resolve(*p, path + "/party", party_ids_, "/parties");
        const bool has_from = check_.date(item, path, "from", m.from, true);
        m.has_until = check_.date(item, path, "until", m.until, false);
        if (has_from && m.has_until && m.until.last_day() < m.from.first_day()) {
            check_.problem(path + "/until", "membership ends (" + m.until.to_string() + ") before it starts (" + m.from.to_string() + ")");
        }
        if (m.party == no_index) return;
        for (const Membership& other : party.members) {
            if (other.party != m.party) continue;
            const DayNumber a0 = other.from.first_day(), a1 = other.has_until ? other.until.last_day() : INT32_MAX;
            const DayNumber b0 = m.from.first_day(), b1 = m.has_until ? m.until.last_day() : INT32_MAX;
            if (a0 <= b1 && b0 <= a1) check_.problem(path, "membership periods of the same member overlap");
        }
        party.members.push_back(m);
        member_paths_.push_back(path + "/party");
    }

    // Members must be states; checked after all parties are read, when their kinds are known.
    void check_membership_kinds() {
        std::size_t member_number = 0;
        for (const Party& party : out_.parties) {
            for (const Membership& m : party.members) {
                const std::string& path = member_paths_[member_number++];
                if (m.party < out_.parties.size() && out_.parties[m.party].kind != PartyKind::state) {
                    check_.problem(path, "member " + in_quotes(out_.parties[m.party].id) + " is a " +
                                             party_kind_name(out_.parties[m.party].kind) + "; expected a state");
                }
            }
            if (party.headquarters < out_.parties.size() && out_.parties[party.headquarters].kind != PartyKind::state) {
                check_.problem(party_paths_[static_cast<std::size_t>(&party - out_.parties.data())] + "/headquarters",
                               "headquarters must be a state");
            }
        }
    }

    void read_source(const Json& item, const std::string& path) {
        Source& source = out_.sources.emplace_back();
        if (!check_.object_at(item, path, "a source")) return;
        check_.only_fields(item, path, {"id", "url", "publisher", "title", "kind", "supports", "date"});
        if (check_.string(item, path, "id", source.id, true) && !is_slug(source.id)) {
            check_.problem(path + "/id", in_quotes(source.id) + " is not a valid source id; expected lowercase letters, digits, '-', '_' or '.'");
        }
        check_.url(item, path, "url", source.url, true, false);
        check_.string(item, path, "publisher", source.publisher, true);
        check_.string(item, path, "title", source.title, false, max_text_chars);
        read_enum(check_, item, path, "kind", source_kind_names, source.kind);
        check_.string(item, path, "supports", source.supports, texts_required(), max_text_chars);
        source.has_date = check_.date(item, path, "date", source.date, false);
    }

    void read_event(const Json& item, const std::string& path) {
        Event& event = out_.events.emplace_back();
        if (!check_.object_at(item, path, "an event")) return;
        check_.only_fields(item, path, {"id", "name", "kind", "status", "city", "venue", "host", "hosts", "lat", "lon", "start", "end",
                                        "themes", "outputs", "sources", "note"});
        if (check_.string(item, path, "id", event.id, true) && !is_slug(event.id)) {
            check_.problem(path + "/id", in_quotes(event.id) + " is not a valid event id; expected lowercase letters, digits, '-', '_' or '.'");
        }
        check_.string(item, path, "name", event.name, true);
        read_enum(check_, item, path, "kind", event_kind_names, event.kind);
        read_enum(check_, item, path, "status", event_status_names, event.status);
        check_.string(item, path, "city", event.city, false, max_name_chars, true);
        check_.string(item, path, "venue", event.venue, false, max_text_chars, true);
        if (const Json* host = check_.field(item, path, "host", false, "a party id or null"); host && !host->is_null()) {
            event.host = resolve(*host, path + "/host", party_ids_, "/parties");
        }
        check_.string_array(item, path, "hosts", event.hosts, false, max_text_chars);
        read_location(item, path, event);
        const bool has_start = check_.date(item, path, "start", event.start, false, true);
        const bool has_end = check_.date(item, path, "end", event.end, false, true);
        const bool start_given = item.contains("start") && !item["start"].is_null();
        const bool end_given = item.contains("end") && !item["end"].is_null();
        if (start_given != end_given) check_.problem(path, "an event needs both \"start\" and \"end\" dates, or neither");
        if (has_start && has_end) {
            event.has_start = true;
            if (event.end.last_day() < event.start.first_day()) {
                check_.problem(path + "/end", "event ends (" + event.end.to_string() + ") before it starts (" + event.start.to_string() + ")");
            }
        }
        check_.string_array(item, path, "themes", event.themes, false);
        check_.string_array(item, path, "outputs", event.outputs, false);
        event.sources = source_list(item, path, true);
        check_.string(item, path, "note", event.note, false, max_text_chars);
    }

    void read_location(const Json& item, const std::string& path, Event& event) {
        const Json* lat = check_.field(item, path, "lat", false, "a number");
        const Json* lon = check_.field(item, path, "lon", false, "a number");
        const bool lat_given = lat && !lat->is_null();
        const bool lon_given = lon && !lon->is_null();
        if (lat_given != lon_given) {
            check_.problem(path, "an event needs both \"lat\" and \"lon\", or neither");
            return;
        }
        if (!lat_given) return;
        bool good = true;
        const auto coordinate = [&](const Json& value, const char* key, double limit, double& out) {
            if (!value.is_number()) {
                check_.problem(path + "/" + key, std::string("expected a number of degrees, found ") + type_name(value));
                good = false;
                return;
            }
            out = value.get<double>();
            if (!std::isfinite(out) || std::fabs(out) > limit) {
                check_.problem(path + "/" + key, std::string(key) + " " + value.dump() + " is out of range; expected -" +
                                                     std::to_string(static_cast<int>(limit)) + " to " + std::to_string(static_cast<int>(limit)));
                good = false;
            }
        };
        coordinate(*lat, "lat", 90.0, event.lat_deg);
        coordinate(*lon, "lon", 180.0, event.lon_deg);
        event.has_location = good;
    }

    // [SECTION] commitments and actions
    void read_commitment(const Json& item, const std::string& path, std::unordered_map<std::string, std::string>& ids) {
        Commitment c;
        if (!check_.object_at(item, path, "a commitment")) return;
        check_.only_fields(item, path, {"id", "official_title", "short_title", "kind", "event", "adopted", "reference", "adoption", "summary",
                                        "text_url", "party_kinds", "completeness", "confidence", "confidence_note", "open_doubts",
                                        "sources", "official_unread", "actions"});
        if (check_.string(item, path, "id", c.id, true)) {
            if (!is_slug(c.id)) check_.problem(path + "/id", in_quotes(c.id) + " is not a valid commitment id; expected lowercase letters, digits, '-', '_' or '.'");
            const auto [existing, inserted] = ids.emplace(c.id, path);
            if (!inserted) check_.problem(path + "/id", "duplicate id " + in_quotes(c.id) + " (first used at " + existing->second + ")");
        }
        check_.string(item, path, "official_title", c.official_title, true, max_text_chars);
        check_.string(item, path, "short_title", c.short_title, true);
        read_enum(check_, item, path, "kind", commitment_kind_names, c.kind);
        if (const Json* event = check_.field(item, path, "event", true, "an event id or null"); event && !event->is_null()) {
            c.event = resolve(*event, path + "/event", event_ids_, "/events");
        }
        const bool has_adopted = check_.date(item, path, "adopted", c.adopted, true);
        check_.string(item, path, "reference", c.reference, false);
        read_enum(check_, item, path, "adoption", adoption_names, c.adoption, false);
        check_.string(item, path, "summary", c.summary, texts_required(), max_text_chars);
        if (check_.field(item, path, "text_url", true, "an http(s) URL or null")) check_.url(item, path, "text_url", c.text_url, true, true);
        if (const Json* kinds = check_.array(item, path, "party_kinds", true)) {
            if (kinds->empty()) check_.problem(path + "/party_kinds", "expected at least one party kind");
            for (std::size_t i = 0; i < kinds->size(); ++i) {
                PartyKind k{};
                if (read_enum_value(check_, (*kinds)[i], path + "/party_kinds/" + std::to_string(i), party_kind_names, k)) c.party_kinds.push_back(k);
            }
        }
        if (const Json* completeness = check_.field(item, path, "completeness", true, "an object")) {
            read_completeness(*completeness, path + "/completeness", c);
        }
        read_enum(check_, item, path, "confidence", confidence_names, c.confidence);
        check_.string(item, path, "confidence_note", c.confidence_note, texts_required(), max_text_chars);
        check_.string_array(item, path, "open_doubts", c.open_doubts, false);
        c.sources = source_list(item, path, "sources", true);
        if (item.contains("official_unread")) c.official_unread = source_list(item, path, "official_unread", false);
        const Index commitment_index = static_cast<Index>(out_.commitments.size());
        const std::size_t first_action = out_.actions.size();
        if (const Json* actions = check_.array(item, path, "actions", true)) {
            for (std::size_t i = 0; i < actions->size(); ++i) {
                read_action((*actions)[i], path + "/actions/" + std::to_string(i), commitment_index);
            }
        }
        if (has_adopted) check_action_sequences(c, path, first_action);
        check_official_unread(c, path, first_action);
        out_.commitments.push_back(std::move(c));
    }

    void read_completeness(const Json& item, const std::string& path, Commitment& c) {
        if (!check_.object_at(item, path, "the completeness of the party list")) return;
        check_.only_fields(item, path, {"list", "stated_counts", "note"});
        read_enum(check_, item, path, "list", list_completeness_names, c.completeness);
        check_.string(item, path, "note", c.completeness_note, false, max_text_chars);
        const Json* counts = check_.array(item, path, "stated_counts", true);
        if (!counts) return;
        for (std::size_t i = 0; i < counts->size(); ++i) {
            const Json& entry = (*counts)[i];
            const std::string here = path + "/stated_counts/" + std::to_string(i);
            if (!check_.object_at(entry, here, "a stated count")) continue;
            check_.only_fields(entry, here, {"count", "text", "as_of", "sources"});
            StatedCount sc;
            if (const Json* count = check_.field(entry, here, "count", true, "a whole number or null"); count && !count->is_null()) {
                if (!count->is_number_integer() || count->get<long long>() < 0 || count->get<long long>() > 100000) {
                    check_.problem(here + "/count", std::string("expected a whole number from 0 to 100000 or null, found ") +
                                                        (count->is_number() ? count->dump() : type_name(*count)));
                } else {
                    sc.has_count = true;
                    sc.count = count->get<int>();
                }
            }
            check_.string(entry, here, "text", sc.text, texts_required(), max_text_chars);
            check_.date(entry, here, "as_of", sc.as_of, true);
            sc.sources = source_list(entry, here, true);
            c.stated_counts.push_back(std::move(sc));
        }
    }

    void read_action(const Json& item, const std::string& path, Index commitment_index) {
        Action a;
        a.commitment = commitment_index;
        if (!check_.object_at(item, path, "an action")) return;
        check_.only_fields(item, path, {"party", "action", "date", "confidence", "basis", "sources", "note"});
        if (const Json* party = check_.field(item, path, "party", true, "a party id")) {
            a.party = resolve(*party, path + "/party", party_ids_, "/parties");
        }
        const bool kind_ok = read_enum(check_, item, path, "action", action_kind_names, a.kind);
        const Json* date = check_.field(item, path, "date", true, R"(an object: {"on": date}, {"by": date} or {"between": [date, date]})");
        const bool date_ok = date && read_action_date(*date, path + "/date", a.date);
        read_enum(check_, item, path, "confidence", confidence_names, a.confidence);
        if (item.contains("basis")) a.has_basis = read_enum(check_, item, path, "basis", basis_names, a.basis);
        a.sources = source_list(item, path, true);
        check_.string(item, path, "note", a.note, false, max_text_chars);
        if (a.party == no_index || !kind_ok || !date_ok) return;
        action_paths_.push_back(path);
        out_.actions.push_back(std::move(a));
    }

    bool read_action_date(const Json& value, const std::string& path, ActionDate& out) {
        if (!value.is_object()) {
            check_.problem(path, std::string(R"(expected {"on": date}, {"by": date} or {"between": [date, date]}, found )") + type_name(value));
            return false;
        }
        check_.only_fields(value, path, {"on", "by", "between", "note"});
        check_.string(value, path, "note", out.note, false, max_text_chars);
        const int forms = int(value.contains("on")) + int(value.contains("by")) + int(value.contains("between"));
        if (forms != 1) {
            check_.problem(path, R"(expected exactly one of "on", "by" or "between")");
            return false;
        }
        if (value.contains("on")) {
            out.form = DateForm::on;
            return check_.date_value(value["on"], path + "/on", out.first);
        }
        if (value.contains("by")) {
            out.form = DateForm::by;
            return check_.date_value(value["by"], path + "/by", out.first);
        }
        out.form = DateForm::between;
        const Json& window = value["between"];
        if (!window.is_array() || window.size() != 2) {
            check_.problem(path + "/between", "expected an array of two ISO dates [first, last]");
            return false;
        }
        const bool first_ok = check_.date_value(window[0], path + "/between/0", out.first);
        const bool second_ok = check_.date_value(window[1], path + "/between/1", out.second);
        if (!first_ok || !second_ok) return false;
        if (out.second.last_day() < out.first.first_day() ||
            (out.second.last_day() == out.first.last_day() && out.first.first_day() == out.second.first_day())) {
            check_.problem(path + "/between", "date window out of order or empty: " + out.first.to_string() + " is not before " + out.second.to_string());
            return false;
        }
        return true;
    }

    // An official page that was not read is shown as such, never as evidence: it is an official
    // source and none of the commitment's actions cites it.
    void check_official_unread(const Commitment& c, const std::string& path, std::size_t first_action) {
        for (std::size_t i = 0; i < c.official_unread.size(); ++i) {
            const Source& source = out_.sources[c.official_unread[i]];
            const std::string here = path + "/official_unread/" + std::to_string(i);
            if (source.kind != SourceKind::official) {
                check_.problem(here, in_quotes(source.id) + " is a " + source_kind_name(source.kind) + " source; only official pages go here");
            }
            for (std::size_t a = first_action; a < out_.actions.size(); ++a) {
                const auto& cited = out_.actions[a].sources;
                if (std::find(cited.begin(), cited.end(), c.official_unread[i]) != cited.end()) {
                    check_.problem(here, in_quotes(source.id) + " is cited as evidence at " + action_paths_[a] +
                                             "; a page that was not read cannot be both");
                    break;
                }
            }
        }
    }

    // Per commitment: party kind allowed, action kind fits how the text was adopted, no duplicate
    // action, withdrawals only after joining, and a list marked complete matches its latest stated count.
    void check_action_sequences(const Commitment& c, const std::string& path, std::size_t first_action) {
        std::vector<std::size_t> order;
        for (std::size_t i = first_action; i < out_.actions.size(); ++i) order.push_back(i);
        for (const std::size_t i : order) {
            const Action& a = out_.actions[i];
            if (!action_fits_adoption(a.kind, c.adoption)) {
                check_.problem(action_paths_[i] + "/action",
                               c.adoption == Adoption::consensus
                                   ? in_quotes(action_kind_name(a.kind)) + " does not fit a text adopted by consensus, which has no signatories and no refusers; an objection is \"objected\""
                                   : in_quotes(action_kind_name(a.kind)) + " is only for texts adopted by consensus (\"adoption\": \"consensus\"); a refusal to sign is \"declined\" or \"not-signed\"");
            }
            const Party& p = out_.parties[a.party];
            if (std::find(c.party_kinds.begin(), c.party_kinds.end(), p.kind) == c.party_kinds.end() && !c.party_kinds.empty()) {
                std::string kinds;
                for (const PartyKind k : c.party_kinds) kinds += std::string(kinds.empty() ? "" : ", ") + party_kind_name(k);
                check_.problem(action_paths_[i] + "/party", in_quotes(p.id) + " is a " + party_kind_name(p.kind) +
                                                                 ", but this commitment is open to: " + kinds);
            }
        }
        std::stable_sort(order.begin(), order.end(), [this](std::size_t x, std::size_t y) {
            const Action& a = out_.actions[x];
            const Action& b = out_.actions[y];
            if (a.party != b.party) return a.party < b.party;
            return a.date.certain_day() < b.date.certain_day();
        });
        std::set<Index> joined_parties_by_latest_count;
        const StatedCount* latest = latest_stated_count(c);
        for (std::size_t k = 0; k < order.size(); ++k) {
            const Action& a = out_.actions[order[k]];
            const bool new_party = k == 0 || out_.actions[order[k - 1]].party != a.party;
            if (!new_party) {
                const Action& previous = out_.actions[order[k - 1]];
                if (previous.kind == a.kind && previous.date.to_string() == a.date.to_string()) {
                    check_.problem(action_paths_[order[k]], "duplicate action: " + in_quotes(out_.parties[a.party].id) + " " +
                                                                action_kind_name(a.kind) + " " + a.date.to_string() + " is already at " +
                                                                action_paths_[order[k - 1]]);
                }
            }
            if (a.kind == ActionKind::withdrew) {
                bool joined_before = false;
                for (std::size_t j = k; j-- > 0 && out_.actions[order[j]].party == a.party;) {
                    joined_before = joined_before || action_joins(out_.actions[order[j]].kind);
                }
                if (!joined_before) check_.problem(action_paths_[order[k]] + "/action", "\"withdrew\" without an earlier joining action of the same party");
            }
            if (latest && action_joins(a.kind) && a.date.certain_day() <= latest->as_of.last_day()) {
                joined_parties_by_latest_count.insert(a.party);
            }
        }
        if (c.completeness == ListCompleteness::complete && latest &&
            static_cast<int>(joined_parties_by_latest_count.size()) != latest->count) {
            check_.problem(path + "/completeness/list",
                           "marked \"complete\", but " + std::to_string(joined_parties_by_latest_count.size()) + " parties had joined by " +
                               latest->as_of.to_string() + " while the stated count then is " + std::to_string(latest->count) +
                               "; a list that does not match its stated count must be \"partial\"");
        }
    }

    Checker& check_;
    Dataset& out_;
    IdMap party_ids_, source_ids_, event_ids_;
    std::vector<std::string> party_paths_, member_paths_, action_paths_;
};

}  // namespace

// [SECTION] load_dataset, format_problem, DatasetStore
LoadResult load_dataset(std::string_view json_text, const JsonLimits& limits) {
    LoadResult result;
    JsonReadResult read = read_json(json_text, limits);
    if (read.error) {
        const TextPosition where = position_of_offset(json_text, read.error->byte_offset);
        result.problems.push_back({"", where.line, where.column, read.error->message});
        return result;
    }
    Checker check;
    auto dataset = std::make_shared<Dataset>();
    DatasetReader(check, *dataset).read(read.value);
    if (!check.problems.empty()) {
        for (Problem& p : check.problems) {
            if (const auto offset = locate_json_pointer(json_text, p.path)) {
                const TextPosition where = position_of_offset(json_text, *offset);
                p.line = where.line;
                p.column = where.column;
            }
        }
        if (check.total_problems > check.problems.size()) {
            check.problems.push_back({"", 0, 0, "… and " + std::to_string(check.total_problems - check.problems.size()) + " more problems"});
        }
        result.problems = std::move(check.problems);
        return result;
    }
    dataset->build_indexes();
    result.dataset = std::move(dataset);
    return result;
}

std::string format_problem(std::string_view file_name, const Problem& problem) {
    std::string out(file_name);
    if (problem.line > 0) out += ":" + std::to_string(problem.line) + ":" + std::to_string(problem.column);
    out += ": ";
    out += problem.path.empty() ? "(document)" : problem.path;
    out += ": " + problem.message;
    return out;
}

bool DatasetStore::load(std::string_view name, std::string_view json_text, const JsonLimits& limits) {
    LoadResult result = load_dataset(json_text, limits);
    last_problems_ = std::move(result.problems);
    if (!result.dataset) {
        rejected_name_ = std::string(name);
        return false;
    }
    current_ = std::move(result.dataset);
    current_name_ = std::string(name);
    rejected_name_.clear();
    ++generation_;
    return true;
}

void DatasetStore::refuse(std::string_view name, Problem problem) {
    last_problems_.assign(1, std::move(problem));
    rejected_name_ = std::string(name);
}

}  // namespace accord
