// Synthetic dataset generator: see synthetic_dataset.h. Written as text directly (not through a
// JSON tree) so that generating 100,000 actions stays cheap next to what it measures.
#include "core/synthetic_dataset.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <numeric>
#include <vector>

#include "core/iso_date.h"

namespace accord {

namespace {

class Random {
public:
    explicit Random(int seed) : state_(0x9E3779B97F4A7C15ull ^ static_cast<std::uint64_t>(seed)) {}
    std::uint32_t next() {  // splitmix64
        std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return static_cast<std::uint32_t>((z ^ (z >> 31)) >> 32);
    }
    int below(int n) { return static_cast<int>(next() % static_cast<std::uint32_t>(n)); }

private:
    std::uint64_t state_;
};

std::string state_code(int i) {  // AAA, AAB, … (synthetic, not ISO)
    std::string code = "AAA";
    code[2] = static_cast<char>('A' + i % 26);
    code[1] = static_cast<char>('A' + (i / 26) % 26);
    code[0] = static_cast<char>('A' + (i / 676) % 26);
    return code;
}

}  // namespace

std::string synthesize_dataset_json(const SyntheticSize& size) {
    Random random(size.seed);
    const int party_count = std::clamp(size.parties, 1, 17576);
    const int commitment_count = std::max(size.commitments, 1);
    const int source_count = std::max(commitment_count / 4, 1);
    const int event_count = std::max(commitment_count / 40, 1);
    const DayNumber first_day = days_from_civil(2019, 1, 1);
    std::string out;
    out.reserve(static_cast<std::size_t>(size.actions) * 150 + static_cast<std::size_t>(commitment_count) * 700);
    out += "{\"schema_version\":1,\"dataset\":{\"id\":\"synthetic\",\"title\":\"Synthetic benchmark dataset\",";
    out += "\"version\":\"2026-01-01\",\"as_of\":\"2026-01-01\",\"description\":\"Generated; not real data.\"},\n\"parties\":[\n";
    for (int p = 0; p < party_count; ++p) {
        out += (p ? ",\n" : "") + std::string("{\"id\":\"") + state_code(p) + "\",\"kind\":\"state\",\"name\":\"Synthetic state " +
               std::to_string(p) + "\",\"aliases\":[\"State " + std::to_string(p) + "\"]}";
    }
    out += "],\n\"sources\":[\n";
    for (int s = 0; s < source_count; ++s) {
        out += (s ? ",\n" : "") + std::string("{\"id\":\"src-") + std::to_string(s) + "\",\"url\":\"https://example.org/source/" +
               std::to_string(s) + "\",\"publisher\":\"Synthetic publisher\",\"kind\":\"secondary\",\"supports\":\"Synthetic source for benchmarks.\"}";
    }
    out += "],\n\"events\":[\n";
    for (int e = 0; e < event_count; ++e) {
        const std::string day = format_day(first_day + e * 30);
        out += (e ? ",\n" : "") + std::string("{\"id\":\"event-") + std::to_string(e) + "\",\"name\":\"Synthetic summit " +
               std::to_string(e) + "\",\"kind\":\"summit\",\"status\":\"held\",\"city\":\"City\",\"host\":\"" +
               state_code(e % party_count) + "\",\"lat\":" + std::to_string(e % 90) + ",\"lon\":" + std::to_string(e % 180) +
               ",\"start\":\"" + day + "\",\"end\":\"" + day + "\",\"sources\":[\"src-" + std::to_string(e % source_count) + "\"]}";
    }
    out += "],\n\"commitments\":[\n";
    std::vector<int> parties(static_cast<std::size_t>(party_count));
    std::iota(parties.begin(), parties.end(), 0);
    const char* kinds[] = {"signed", "endorsed", "adhered", "joined", "declined"};
    for (int c = 0; c < commitment_count; ++c) {
        const int wanted = size.actions / commitment_count + (c < size.actions % commitment_count ? 1 : 0);
        const int action_count = std::min(wanted, party_count);
        const DayNumber adopted = first_day + random.below(2500);
        // Partial Fisher-Yates: the first action_count entries are distinct random parties.
        for (int i = 0; i < action_count; ++i) std::swap(parties[static_cast<std::size_t>(i)], parties[static_cast<std::size_t>(i + random.below(party_count - i))]);
        std::string actions;
        int joined = 0;
        for (int i = 0; i < action_count; ++i) {
            const int kind = random.below(20) == 0 ? 4 : random.below(4);
            joined += kind != 4;
            const std::string src = "src-" + std::to_string(random.below(source_count));
            actions += (i ? ",\n" : "") + std::string("{\"party\":\"") + state_code(parties[static_cast<std::size_t>(i)]) + "\",\"action\":\"" +
                       kinds[kind] + "\",\"date\":{\"on\":\"" + format_day(adopted + random.below(400)) +
                       "\"},\"confidence\":\"medium\",\"sources\":[\"" + src + "\"]}";
        }
        const std::string id = std::to_string(c);
        out += (c ? ",\n" : "") + std::string("{\"id\":\"commitment-") + id + "\",\"official_title\":\"Synthetic commitment " + id +
               "\",\"short_title\":\"Synthetic " + id + "\",\"kind\":\"declaration\",\"event\":\"event-" + std::to_string(c % event_count) +
               "\",\"adopted\":\"" + format_day(adopted) + "\",\"summary\":\"Generated for benchmarks.\",\"text_url\":null," +
               "\"party_kinds\":[\"state\"],\"completeness\":{\"list\":\"complete\",\"stated_counts\":[{\"count\":" +
               std::to_string(joined) + ",\"text\":\"" + std::to_string(joined) + " parties\",\"as_of\":\"" + format_day(adopted + 400) +
               "\",\"sources\":[\"src-0\"]}]},\"confidence\":\"medium\",\"confidence_note\":\"Synthetic.\",\"sources\":[\"src-0\"],\"actions\":[\n" +
               actions + "]}";
    }
    out += "]}\n";
    return out;
}

}  // namespace accord
