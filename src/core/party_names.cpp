// Reading data/party-names.json against a dataset: see party_names.h.
#include "core/party_names.h"

#include "core/json_text.h"

namespace accord {

const std::vector<std::string>* PartyNames::find(std::string_view tag, Index party) const {
    for (const LanguageNames& language : languages) {
        if (language.tag != tag) continue;
        if (party >= language.names.size() || language.names[party].empty()) return nullptr;
        return &language.names[party];
    }
    return nullptr;
}

PartyNamesRead read_party_names(std::string_view json_text, const Dataset& dataset) {
    PartyNamesRead out;
    const auto problem = [&](const std::string& path, std::size_t offset, const std::string& message) {
        const TextPosition at = position_of_offset(json_text, offset);
        out.problems.push_back({path, at.line, at.column, message});
    };
    const auto problem_at = [&](const std::string& path, const std::string& message) {
        const std::optional<std::size_t> offset = locate_json_pointer(json_text, path);
        if (offset) problem(path, *offset, message);
        else out.problems.push_back({path, 0, 0, message});
    };
    JsonReadResult read = read_json(json_text, JsonLimits{.max_bytes = 8u * 1024u * 1024u});
    if (read.error) {
        problem("", read.error->byte_offset, read.error->message);
        return out;
    }
    const Json& root = read.value;
    if (!root.is_object()) {
        problem_at("", "expected an object with \"languages\"");
        return out;
    }
    if (const auto it = root.find("source"); it != root.end() && it->is_string()) out.names.source = it->get<std::string>();
    const auto languages = root.find("languages");
    if (languages == root.end() || !languages->is_object()) {
        problem_at("", "expected \"languages\": an object of language tag -> {party id: [names]}");
        return out;
    }
    for (const auto& [tag, by_id] : languages->items()) {
        const std::string path = "/languages/" + json_pointer_escape(tag);
        if (!by_id.is_object()) {
            problem_at(path, "expected an object of party id -> [names]");
            continue;
        }
        LanguageNames language{tag, std::vector<std::vector<std::string>>(dataset.parties.size())};
        for (const auto& [id, names] : by_id.items()) {
            const std::string name_path = path + "/" + json_pointer_escape(id);
            bool good = names.is_array() && !names.empty();
            for (const Json& name : names) good = good && name.is_string() && !name.get_ref<const std::string&>().empty();
            if (!good) {
                problem_at(name_path, "expected a list of names (non-empty strings), the display name first");
                continue;
            }
            const Index p = dataset.party_index(id);
            if (p == no_index) {
                ++out.skipped_ids;
                continue;
            }
            for (const Json& name : names) language.names[p].push_back(name.get<std::string>());
        }
        out.names.languages.push_back(std::move(language));
    }
    if (!out.problems.empty()) out.names = {};
    return out;
}

}  // namespace accord
