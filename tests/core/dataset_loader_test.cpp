// Loader: the fixture loads; each malformed input yields the exact path and message (and the
// line and column where the text has them); all problems come at once; a rejected text never
// replaces the dataset in the store.
//
// Index (grep "[SECTION]"):
//   [SECTION] text-level problems
//   [SECTION] structure and types
//   [SECTION] dates
//   [SECTION] identity and references
//   [SECTION] consistency rules
//   [SECTION] reporting
#include "core/dataset_loader.h"

#include <gtest/gtest.h>

#include <string>

#include "dataset_fixture.h"

namespace accord {

namespace {

using test::fixture_json;
using test::load_json;

// Expects exactly one problem, at `path`, saying `message`.
void expect_single_problem(const LoadResult& result, const std::string& path, const std::string& message) {
    ASSERT_FALSE(result.ok());
    ASSERT_EQ(result.problems.size(), 1u) << format_problem("x", result.problems.front()) << " (+" << result.problems.size() - 1 << ")";
    EXPECT_EQ(result.problems[0].path, path);
    EXPECT_EQ(result.problems[0].message, message);
}

void expect_single_problem(const Json& value, const std::string& path, const std::string& message) {
    expect_single_problem(load_json(value), path, message);
}

}  // namespace

TEST(DatasetLoader, FixtureLoads) {
    const LoadResult result = load_json(fixture_json());
    ASSERT_TRUE(result.ok()) << format_problem("fixture", result.problems.front());
    EXPECT_EQ(result.dataset->parties.size(), 7u);
    EXPECT_EQ(result.dataset->commitments.size(), 3u);
    EXPECT_EQ(result.dataset->actions.size(), 9u);
    EXPECT_EQ(result.dataset->info.title, "Test dataset");
}

// [SECTION] text-level problems
TEST(DatasetLoaderMalformed, EmptyFile) { expect_single_problem(load_dataset(""), "", "file is empty; expected a JSON object"); }

TEST(DatasetLoaderMalformed, TruncatedJsonHasLineAndColumn) {
    const std::string text = fixture_json().dump(2);
    const LoadResult result = load_dataset(std::string_view(text).substr(0, 300));
    ASSERT_EQ(result.problems.size(), 1u);
    EXPECT_EQ(result.problems[0].path, "");
    EXPECT_NE(result.problems[0].message.find("syntax error while parsing"), std::string::npos) << result.problems[0].message;
    EXPECT_GT(result.problems[0].line, 1);
}

TEST(DatasetLoaderMalformed, SyntaxErrorPosition) {
    const LoadResult result = load_dataset("{\n  \"schema_version\": 1,\n  \"dataset\": tru\n}");
    ASSERT_EQ(result.problems.size(), 1u);
    EXPECT_EQ(result.problems[0].line, 3);
    EXPECT_EQ(result.problems[0].column, 17);  // where the parser stopped: the end of the bad literal
    EXPECT_EQ(result.problems[0].message.rfind("syntax error while parsing value - invalid literal; last read: ", 0), 0u)
        << result.problems[0].message;
}

TEST(DatasetLoaderMalformed, TrailingGarbage) {
    const LoadResult result = load_dataset(fixture_json().dump() + " ]");
    ASSERT_EQ(result.problems.size(), 1u);
    EXPECT_EQ(result.problems[0].message, "syntax error while parsing value - unexpected ']'; expected end of input");
}

TEST(DatasetLoaderMalformed, InvalidUtf8) {
    Json value = fixture_json();
    std::string text = value.dump();
    const std::size_t at = text.find("France");
    text[at + 1] = static_cast<char>(0xC3);  // a lead byte followed by ASCII: invalid UTF-8
    const LoadResult result = load_dataset(text);
    ASSERT_EQ(result.problems.size(), 1u);
    EXPECT_NE(result.problems[0].message.find("ill-formed UTF-8 byte"), std::string::npos) << result.problems[0].message;
    EXPECT_EQ(result.problems[0].line, 1);
}

TEST(DatasetLoaderMalformed, ByteOrderMarkIsAccepted) {
    const LoadResult result = load_dataset("\xEF\xBB\xBF" + fixture_json().dump());
    EXPECT_TRUE(result.ok());
}

TEST(DatasetLoaderMalformed, ByteOrderMarkDoesNotShiftColumns) {
    const LoadResult result = load_dataset("\xEF\xBB\xBF{\"schema_version\": 2}");
    ASSERT_EQ(result.problems.size(), 1u);
    EXPECT_EQ(result.problems[0].path, "/schema_version");
    EXPECT_EQ(result.problems[0].line, 1);
    EXPECT_EQ(result.problems[0].column, 20);
}

TEST(DatasetLoaderMalformed, DeepNestingIsRefusedBeforeParsing) {
    const std::string text = "{\"a\":" + std::string(100000, '[') + std::string(100000, ']') + "}";
    expect_single_problem(load_dataset(text), "", "nesting deeper than 64 levels; a dataset needs far fewer, so the file is refused");
}

TEST(DatasetLoaderMalformed, JunkFailsAtItsFirstBadByteNotAtALaterDeepBracket) {
    const std::string text = "{x" + std::string(200, '[');
    const LoadResult result = load_dataset(text);
    ASSERT_EQ(result.problems.size(), 1u);
    EXPECT_EQ(result.problems[0].line, 1);
    EXPECT_EQ(result.problems[0].column, 2);
    EXPECT_NE(result.problems[0].message.find("syntax error"), std::string::npos) << result.problems[0].message;
}

TEST(DatasetLoaderMalformed, NestingProblemPointsAtTheFirstBracketTooDeep) {
    const std::string text = "{\"a\": \"[[[\", \"b\":\n" + std::string(70, '[');
    const LoadResult result = load_dataset(text);
    ASSERT_EQ(result.problems.size(), 1u);
    EXPECT_EQ(result.problems[0].line, 2);
    EXPECT_EQ(result.problems[0].column, 64);  // the 64th "[" on line 2 is the 65th level
}

TEST(DatasetLoaderMalformed, LongStretchWithoutAValueIsRefusedWhereItStarts) {
    const std::string message =
        "more than 65536 bytes without a string or a number (blank space, brackets, true/false/null); a dataset has far fewer, so the file is refused";
    const std::string text = "{\"a\": 1,\n  " + std::string(64 * 1024 + 1, '\n') + "x";
    const LoadResult result = load_dataset(text);
    ASSERT_EQ(result.problems.size(), 1u);
    EXPECT_EQ(result.problems[0].message, message);
    EXPECT_EQ(result.problems[0].line, 1);
    EXPECT_EQ(result.problems[0].column, 8);  // right after the number 1
    // Blank space broken up by literals and brackets is still one stretch: nlohmann keeps it all.
    std::string mixed = "{\"a\": [";
    for (int i = 0; i < 2000; ++i) mixed += std::string(40, '\n') + "null, [], ";
    const LoadResult mixed_result = load_dataset(mixed + "x");
    ASSERT_EQ(mixed_result.problems.size(), 1u);
    EXPECT_EQ(mixed_result.problems[0].message, message);
    // Strings and numbers end a stretch; a valid file with long arrays of them is fine.
    std::string numbers = "{\"a\": [";
    for (int i = 0; i < 20000; ++i) numbers += std::string(8, ' ') + "1, \"s\", ";
    EXPECT_NE(load_dataset(numbers + "1]}").problems[0].message.find("schema_version"), std::string::npos);
    EXPECT_NE(load_dataset("{\"a\": 1,\n" + std::string(64 * 1024 - 3, ' ') + "x").problems[0].message.find("syntax error"), std::string::npos);
    // A problem before the stretch is reported first, at its place.
    const LoadResult earlier = load_dataset("{x" + std::string(100000, '\n'));
    ASSERT_EQ(earlier.problems.size(), 1u);
    EXPECT_EQ(earlier.problems[0].column, 2);
    EXPECT_NE(earlier.problems[0].message.find("syntax error"), std::string::npos) << earlier.problems[0].message;
}

TEST(DatasetLoaderMalformed, LongBadTokenIsShortenedInTheMessage) {
    const std::string text = "{\"a\": \"" + std::string(100000, 'y') + "\\q\"}";
    const LoadResult result = load_dataset(text);
    ASSERT_EQ(result.problems.size(), 1u);
    const std::string& message = result.problems[0].message;
    EXPECT_LT(message.size(), 300u) << message.substr(0, 300);
    EXPECT_NE(message.find("last read: '\u2026yyyy"), std::string::npos) << message;
    EXPECT_NE(message.find("\\q'"), std::string::npos) << message;
    // A short token with an apostrophe nearby stays whole.
    const LoadResult short_token = load_dataset("{\"it's\": tru}");
    ASSERT_EQ(short_token.problems.size(), 1u);
    EXPECT_NE(short_token.problems[0].message.find("last read: '\"it's\": tru}'"), std::string::npos) << short_token.problems[0].message;
}

TEST(DatasetLoaderMalformed, OversizedFileIsRefusedBeforeParsing) {
    JsonLimits limits;
    limits.max_bytes = 1000;
    expect_single_problem(load_dataset(std::string(1001, ' '), limits), "",
                          "file is 1001 bytes; the limit is 1000 bytes, so it was not parsed");
}

TEST(DatasetLoaderMalformed, OversizeMessageGivesMebibytesAndExactBytes) {
    const std::size_t limit = JsonLimits{}.max_bytes;
    EXPECT_EQ(oversize_message(70u * 1024u * 1024u, limit),
              "file is 70 MiB (73400320 bytes); the limit is 64 MiB (67108864 bytes), so it was not parsed");
    EXPECT_EQ(oversize_message(73400321u, limit),
              "file is 70.0 MiB (73400321 bytes); the limit is 64 MiB (67108864 bytes), so it was not parsed");
    EXPECT_EQ(oversize_message(67108865u, limit, true),
              "file is larger than the limit of 64 MiB (67108864 bytes); reading stopped there, so it was not parsed");
    EXPECT_EQ(oversize_message(3u * 1024u * 1024u / 2u, 1024u * 1024u), "file is 1.5 MiB (1572864 bytes); the limit is 1 MiB (1048576 bytes), so it was not parsed");
}

TEST(DatasetLoaderMalformed, RootIsNotAnObject) {
    expect_single_problem(load_dataset("[1, 2]"), "", "expected the dataset (a JSON object), found array");
    expect_single_problem(load_dataset("null"), "", "expected the dataset (a JSON object), found null");
}

// [SECTION] structure and types
TEST(DatasetLoaderMalformed, UnsupportedSchemaVersion) {
    Json value = fixture_json();
    value["schema_version"] = 2;
    expect_single_problem(value, "/schema_version", "unsupported schema_version 2; this build reads version 1");
}

TEST(DatasetLoaderMalformed, MissingRequiredField) {
    Json value = fixture_json();
    value["dataset"].erase("title");
    expect_single_problem(value, "/dataset", "missing required field \"title\" (a string)");
}

TEST(DatasetLoaderMalformed, WrongTypeForName) {
    Json value = fixture_json();
    value["parties"][0]["name"] = 42;
    expect_single_problem(value, "/parties/0/name", "expected a string, found integer");
}

TEST(DatasetLoaderMalformed, WrongTypeForArray) {
    Json value = fixture_json();
    value["commitments"][0]["actions"] = Json::object();
    expect_single_problem(value, "/commitments/0/actions", "expected an array, found object");
}

TEST(DatasetLoaderMalformed, HugeStringIsRefused) {
    Json value = fixture_json();
    value["parties"][1]["name"] = std::string(1000000, 'x');
    expect_single_problem(value, "/parties/1/name", "string is 1000000 bytes long; at most 300 expected");
}

TEST(DatasetLoaderMalformed, EmptyString) {
    Json value = fixture_json();
    value["commitments"][0]["summary"] = "";
    expect_single_problem(value, "/commitments/0/summary", "expected a non-empty string");
}

TEST(DatasetLoaderMalformed, UnknownFieldIsATypo) {
    Json value = fixture_json();
    value["commitments"][0]["adoptd"] = "2023-11-01";
    expect_single_problem(value, "/commitments/0/adoptd",
                          "unknown field \"adoptd\"; expected one of: id, official_title, short_title, kind, event, adopted, "
                          "reference, adoption, summary, text_url, party_kinds, completeness, confidence, confidence_note, open_doubts, "
                          "sources, official_unread, actions");
}

TEST(DatasetLoaderMalformed, UnknownEnumValue) {
    Json value = fixture_json();
    value["commitments"][0]["actions"][0]["action"] = "sined";
    expect_single_problem(value, "/commitments/0/actions/0/action",
                          "unknown value \"sined\"; expected signed | endorsed | adhered | joined | member | subscribed | ratified | "
                          "sponsored | co-sponsored | declined | not-signed | withdrew | disputed | objected | co-facilitated");
}

TEST(DatasetLoaderMalformed, StateIdMustBeAlpha3) {
    Json value = fixture_json();
    value["parties"][4]["id"] = "Italy";
    expect_single_problem(value, "/parties/4/id", "\"Italy\" is not a valid state id; expected an ISO 3166-1 alpha-3 code such as \"FRA\"");
}

TEST(DatasetLoaderMalformed, IsoNumericMustBeThreeDigits) {
    Json value = fixture_json();
    value["parties"][0]["iso_numeric"] = "25";
    expect_single_problem(value, "/parties/0/iso_numeric", "\"25\" is not an ISO 3166-1 numeric code; expected 3 digits");
}

// [SECTION] dates
TEST(DatasetLoaderMalformed, ImpossibleCalendarDate) {
    Json value = fixture_json();
    value["commitments"][0]["adopted"] = "2025-02-30";
    expect_single_problem(value, "/commitments/0/adopted", "\"2025-02-30\" is not a real calendar date; expected YYYY, YYYY-MM or YYYY-MM-DD");
}

TEST(DatasetLoaderMalformed, DateOfWrongType) {
    Json value = fixture_json();
    value["dataset"]["version"] = 20260101;
    expect_single_problem(value, "/dataset/version", "expected an ISO date string (YYYY, YYYY-MM or YYYY-MM-DD), found integer");
}

TEST(DatasetLoaderMalformed, DateWindowOutOfOrder) {
    Json value = fixture_json();
    value["commitments"][0]["actions"][3]["date"] = {{"between", {"2024-02-20", "2024-01-10"}}};
    expect_single_problem(value, "/commitments/0/actions/3/date/between",
                          "date window out of order or empty: 2024-02-20 is not before 2024-01-10");
}

TEST(DatasetLoaderMalformed, ActionDateWithTwoForms) {
    Json value = fixture_json();
    value["commitments"][0]["actions"][0]["date"] = {{"on", "2023-11-01"}, {"by", "2023-12"}};
    expect_single_problem(value, "/commitments/0/actions/0/date", "expected exactly one of \"on\", \"by\" or \"between\"");
}

TEST(DatasetLoaderMalformed, EventEndsBeforeItStarts) {
    Json value = fixture_json();
    value["events"][0]["end"] = "2023-10-31";
    expect_single_problem(value, "/events/0/end", "event ends (2023-10-31) before it starts (2023-11-01)");
}

TEST(DatasetLoaderMalformed, EventWithStartButNoEnd) {
    Json value = fixture_json();
    value["events"][0].erase("end");
    expect_single_problem(value, "/events/0", "an event needs both \"start\" and \"end\" dates, or neither");
}

TEST(DatasetLoaderMalformed, LatitudeOutOfRange) {
    Json value = fixture_json();
    value["events"][0]["lat"] = 148.86;
    expect_single_problem(value, "/events/0/lat", "lat 148.86 is out of range; expected -90 to 90");
}

// [SECTION] identity and references
TEST(DatasetLoaderMalformed, DuplicatePartyId) {
    Json value = fixture_json();
    value["parties"][4]["id"] = "FRA";
    expect_single_problem(value, "/parties/4/id", "duplicate id \"FRA\" (first used at /parties/0)");
}

TEST(DatasetLoaderMalformed, DuplicateCommitmentId) {
    Json value = fixture_json();
    value["commitments"][2]["id"] = "decl";
    expect_single_problem(value, "/commitments/2/id", "duplicate id \"decl\" (first used at /commitments/0)");
}

TEST(DatasetLoaderMalformed, UnknownPartyInAction) {
    Json value = fixture_json();
    value["commitments"][0]["actions"][1]["party"] = "XYZ";
    expect_single_problem(value, "/commitments/0/actions/1/party", "unknown id \"XYZ\"; expected an id from /parties");
}

TEST(DatasetLoaderMalformed, DanglingEventReference) {
    Json value = fixture_json();
    value["commitments"][0]["event"] = "summit-2099";
    expect_single_problem(value, "/commitments/0/event", "unknown id \"summit-2099\"; expected an id from /events");
}

TEST(DatasetLoaderMalformed, DanglingSourceReference) {
    Json value = fixture_json();
    value["commitments"][1]["actions"][2]["sources"] = {"s1", "s9"};
    expect_single_problem(value, "/commitments/1/actions/2/sources/1", "unknown id \"s9\"; expected an id from /sources");
}

TEST(DatasetLoaderMalformed, ActionWithoutSource) {
    Json value = fixture_json();
    value["commitments"][0]["actions"][2]["sources"] = Json::array();
    expect_single_problem(value, "/commitments/0/actions/2/sources", "expected at least one source id");
}

TEST(DatasetLoaderMalformed, JavascriptUrlIsRefused) {
    Json value = fixture_json();
    value["sources"][0]["url"] = "javascript:alert(document.cookie)";
    expect_single_problem(value, "/sources/0/url", "URL must be an absolute http:// or https:// address, found \"javascript:alert(document.cookie)\"");
}

TEST(DatasetLoaderMalformed, DataUrlAsTextUrlIsRefused) {
    Json value = fixture_json();
    value["commitments"][0]["text_url"] = "data:text/html,<script>x</script>";
    expect_single_problem(value, "/commitments/0/text_url", "URL must be an absolute http:// or https:// address, found \"data:text/html,<script>x</script>\"");
}

TEST(DatasetLoaderMalformed, UrlWithoutHost) {
    Json value = fixture_json();
    value["sources"][1]["url"] = "https:///etc/passwd";
    expect_single_problem(value, "/sources/1/url", "URL must be an absolute http:// or https:// address, found \"https:///etc/passwd\"");
}

// [SECTION] consistency rules
TEST(DatasetLoaderMalformed, MembershipEndsBeforeItStarts) {
    Json value = fixture_json();
    value["parties"][5]["members"][2]["until"] = "1972-12-31";
    expect_single_problem(value, "/parties/5/members/2/until", "membership ends (1972-12-31) before it starts (1973-01-01)");
}

TEST(DatasetLoaderMalformed, MemberMustBeAState) {
    Json value = fixture_json();
    value["parties"][5]["members"].push_back({{"party", "acme-ai"}, {"from", "2020-01-01"}});
    expect_single_problem(value, "/parties/5/members/3/party", "member \"acme-ai\" is a company; expected a state");
}

TEST(DatasetLoaderMalformed, OverlappingMemberships) {
    Json value = fixture_json();
    value["parties"][5]["members"].push_back({{"party", "GBR"}, {"from", "2019-01-01"}});
    expect_single_problem(value, "/parties/5/members/3", "membership periods of the same member overlap");
}

TEST(DatasetLoaderMalformed, CompanyInAStateCommitment) {
    Json value = fixture_json();
    value["commitments"][0]["actions"].push_back(
        {{"party", "acme-ai"}, {"action", "signed"}, {"date", {{"on", "2024-03-01"}}}, {"confidence", "low"}, {"sources", {"s1"}}});
    expect_single_problem(value, "/commitments/0/actions/5/party",
                          "\"acme-ai\" is a company, but this commitment is open to: state, supranational");
}

TEST(DatasetLoaderMalformed, WithdrawalWithoutJoining) {
    Json value = fixture_json();
    value["commitments"][1]["actions"][2]["party"] = "ITA";
    expect_single_problem(value, "/commitments/1/actions/2/action", "\"withdrew\" without an earlier joining action of the same party");
}

TEST(DatasetLoaderMalformed, DuplicateAction) {
    Json value = fixture_json();
    value["commitments"][0]["actions"].push_back(value["commitments"][0]["actions"][0]);
    expect_single_problem(value, "/commitments/0/actions/5", "duplicate action: \"FRA\" signed 2023-11-01 is already at /commitments/0/actions/0");
}

TEST(DatasetLoaderMalformed, CompleteListMustMatchItsStatedCount) {
    Json value = fixture_json();
    value["commitments"][1]["completeness"]["stated_counts"][0]["count"] = 3;
    expect_single_problem(value, "/commitments/1/completeness/list",
                          "marked \"complete\", but 2 parties had joined by 2024-06-01 while the stated count then is 3; "
                          "a list that does not match its stated count must be \"partial\"");
}

TEST(DatasetLoaderMalformed, NegativeStatedCount) {
    Json value = fixture_json();
    value["commitments"][0]["completeness"]["stated_counts"][0]["count"] = -5;
    expect_single_problem(value, "/commitments/0/completeness/stated_counts/0/count", "expected a whole number from 0 to 100000 or null, found -5");
}

// [SECTION] texts adopted by consensus: "objected" and "co-facilitated" (data/SCHEMA.md)
namespace {
// The fixture plus a resolution adopted by consensus: the US objected, France co-facilitated.
Json with_consensus_resolution() {
    Json value = fixture_json();
    value["commitments"].push_back(Json::parse(R"json({
      "id": "res", "official_title": "The Resolution", "short_title": "Resolution", "kind": "resolution", "event": null,
      "adopted": "2025-08-26", "adoption": "consensus", "summary": "A resolution.", "text_url": null, "party_kinds": ["state"],
      "completeness": {"list": "partial", "stated_counts": [{"count": null, "text": "adopted by consensus", "as_of": "2025-08-26", "sources": ["s1"]}]},
      "confidence": "high", "confidence_note": "Official.", "sources": ["s1", "s2"],
      "actions": [
        {"party": "USA", "action": "objected", "date": {"on": "2025-08-26"}, "confidence": "medium", "sources": ["s2"]},
        {"party": "FRA", "action": "co-facilitated", "date": {"on": "2025-08-26"}, "confidence": "high", "sources": ["s1"]}
      ]})json"));
    return value;
}
}  // namespace

TEST(DatasetLoader, ConsensusTextTakesObjectionsAndCoFacilitators) {
    const LoadResult result = load_json(with_consensus_resolution());
    ASSERT_TRUE(result.ok()) << format_problem("x", result.problems.front());
    const Dataset& d = *result.dataset;
    const Index res = d.commitment_index("res");
    EXPECT_EQ(d.commitments[res].adoption, Adoption::consensus);
    const DayNumber day = days_from_civil(2025, 9, 1);
    // An objection has its own status, never "declined"; a co-facilitator is not drawn as a party.
    EXPECT_EQ(d.status_of(d.party_index("USA"), res, day).status, Status::objected);
    const StatusAt france = d.status_of(d.party_index("FRA"), res, day);
    EXPECT_EQ(france.status, Status::unknown);
    ASSERT_NE(france.action, no_index);
    EXPECT_EQ(d.actions[france.action].kind, ActionKind::co_facilitated);
    EXPECT_EQ(d.party_count_on(res, day), 0);  // neither joins
    EXPECT_EQ(std::string(status_name(Status::objected)), "objected");
    EXPECT_EQ(std::string(action_kind_name(ActionKind::co_facilitated)), "co-facilitated");
}

TEST(DatasetLoaderMalformed, ObjectedOnlyOnATextAdoptedByConsensus) {
    Json value = fixture_json();
    value["commitments"][0]["actions"][2]["action"] = "objected";  // GBR on a signed declaration
    expect_single_problem(value, "/commitments/0/actions/2/action",
                          "\"objected\" is only for texts adopted by consensus (\"adoption\": \"consensus\"); a refusal to sign is "
                          "\"declined\" or \"not-signed\"");
    Json voted = with_consensus_resolution();
    voted["commitments"][3]["adoption"] = "vote";
    const LoadResult result = load_json(voted);
    ASSERT_EQ(result.problems.size(), 2u);  // the objection and the co-facilitation
    EXPECT_EQ(result.problems[0].path, "/commitments/3/actions/0/action");
    EXPECT_EQ(result.problems[1].path, "/commitments/3/actions/1/action");
}

TEST(DatasetLoaderMalformed, NoSignatureOrRefusalOnATextAdoptedByConsensus) {
    constexpr const char* rest = " does not fit a text adopted by consensus, which has no signatories and no refusers; an objection is \"objected\"";
    for (const std::string kind : {"signed", "not-signed", "declined"}) {
        Json value = with_consensus_resolution();
        value["commitments"][3]["actions"][0]["action"] = kind;
        const LoadResult result = load_json(value);
        ASSERT_EQ(result.problems.size(), 1u) << kind;
        EXPECT_EQ(result.problems[0].path, "/commitments/3/actions/0/action");
        EXPECT_EQ(result.problems[0].message.substr(0, kind.size() + 2), '"' + kind + '"');
        EXPECT_EQ(result.problems[0].message.substr(kind.size() + 2), rest);
    }
}

TEST(DatasetLoaderMalformed, UnknownAdoption) {
    Json value = with_consensus_resolution();
    value["commitments"][3]["adoption"] = "acclamation";
    const LoadResult result = load_json(value);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.problems[0].path, "/commitments/3/adoption");
    EXPECT_EQ(result.problems[0].message, "unknown value \"acclamation\"; expected consensus | vote");
}

// [SECTION] official pages that were not read, source dates
TEST(DatasetLoader, OfficialUnreadPagesAreKeptApartFromEvidence) {
    Json value = fixture_json();
    value["sources"].push_back({{"id", "gov-text"}, {"url", "https://gov.example/text"}, {"publisher", "Example Government"},
                                {"kind", "official"}, {"supports", "Not read: the list is at the end of the page."}});
    value["commitments"][0]["official_unread"] = {"gov-text"};
    const LoadResult result = load_json(value);
    ASSERT_TRUE(result.ok()) << format_problem("x", result.problems.front());
    const Commitment& decl = result.dataset->commitments[result.dataset->commitment_index("decl")];
    ASSERT_EQ(decl.official_unread.size(), 1u);
    EXPECT_EQ(result.dataset->sources[decl.official_unread[0]].id, "gov-text");
}

TEST(DatasetLoaderMalformed, OfficialUnreadMustBeOfficial) {
    Json value = fixture_json();
    value["sources"].push_back({{"id", "blog"}, {"url", "https://blog.example/text"}, {"publisher", "A blog"},
                                {"kind", "secondary"}, {"supports", "A copy of the text."}});
    value["commitments"][0]["official_unread"] = {"blog"};
    expect_single_problem(value, "/commitments/0/official_unread/0", "\"blog\" is a secondary source; only official pages go here");
}

TEST(DatasetLoaderMalformed, OfficialUnreadIsNeverEvidence) {
    Json value = fixture_json();
    value["commitments"][0]["official_unread"] = {"s1"};  // FRA's signature cites s1
    expect_single_problem(value, "/commitments/0/official_unread/0",
                          "\"s1\" is cited as evidence at /commitments/0/actions/0; a page that was not read cannot be both");
}

TEST(DatasetLoaderMalformed, SourceDateMustBeARealDate) {
    Json value = fixture_json();
    value["sources"][0]["date"] = "2023-02-30";
    expect_single_problem(value, "/sources/0/date", "\"2023-02-30\" is not a real calendar date; expected YYYY, YYYY-MM or YYYY-MM-DD");
}

// [SECTION] reporting
TEST(DatasetLoader, ReportsAllProblemsAtOnceWithPositions) {
    Json value = fixture_json();
    value["parties"][0]["name"] = 1;
    value["commitments"][0]["adopted"] = "2023-13-01";
    value["commitments"][0]["actions"][1]["party"] = "nobody";
    const std::string text = value.dump(2);
    const LoadResult result = load_dataset(text);
    ASSERT_EQ(result.problems.size(), 3u);
    for (const Problem& p : result.problems) {
        ASSERT_GT(p.line, 0) << p.path;
        // The reported line holds the offending value.
        std::size_t offset = 0;
        for (int line = 1; line < p.line; ++line) offset = text.find('\n', offset) + 1;
        const std::string line_text = text.substr(offset, text.find('\n', offset) - offset);
        const std::string key = p.path.substr(p.path.rfind('/') + 1);
        EXPECT_NE(line_text.find("\"" + key + "\""), std::string::npos) << p.path << " -> line " << p.line << ": " << line_text;
        EXPECT_EQ(static_cast<std::size_t>(p.column - 1), line_text.find(':') + 2) << p.path;
    }
    EXPECT_EQ(format_problem("atlas.json", result.problems[0]).rfind("atlas.json:", 0), 0u);
}

TEST(DatasetLoader, CapsTheNumberOfReportedProblems) {
    Json value = fixture_json();
    for (int i = 0; i < 600; ++i) value["parties"].push_back({{"id", "X"}, {"kind", "state"}, {"name", "n"}});
    const LoadResult result = load_json(value);  // 600 invalid ids + 599 duplicates
    ASSERT_EQ(result.problems.size(), max_reported_problems + 1);
    EXPECT_EQ(result.problems.back().message, "… and 699 more problems");
}

TEST(DatasetLoader, FormatProblem) {
    EXPECT_EQ(format_problem("a.json", {"/parties/3/id", 12, 7, "bad"}), "a.json:12:7: /parties/3/id: bad");
    EXPECT_EQ(format_problem("a.json", {"", 0, 0, "file is empty; expected a JSON object"}), "a.json: (document): file is empty; expected a JSON object");
}

TEST(DatasetLoader, LeanEditionNamesItsFullEditionByAPlainFileName) {
    Json value = test::fixture_json();
    value["dataset"]["full_edition"] = "atlas.json";
    const LoadResult result = load_dataset(value.dump());
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result.dataset->info.full_edition, "atlas.json");
    for (const char* bad : {"../atlas.json", "https://example.org/a.json", "atlas.txt", ".json", "data/atlas.json", "javascript:a.json"}) {
        value["dataset"]["full_edition"] = bad;
        const LoadResult rejected = load_dataset(value.dump());
        ASSERT_EQ(rejected.problems.size(), 1u) << bad;
        EXPECT_EQ(rejected.problems[0].path, "/dataset/full_edition") << bad;
    }
}

TEST(DatasetLoader, OnlyALeanEditionMayLeaveOutRecordTexts) {
    Json value = test::fixture_json();
    value["sources"][0].erase("supports");
    value["commitments"][0].erase("summary");
    value["commitments"][0].erase("confidence_note");
    EXPECT_EQ(load_dataset(value.dump()).problems.size(), 3u) << "a full edition needs them";
    value["dataset"]["full_edition"] = "atlas.json";
    const LoadResult lean = load_dataset(value.dump());
    ASSERT_TRUE(lean.ok()) << format_problem("lean", lean.problems.front());
    EXPECT_TRUE(lean.dataset->commitments[0].summary.empty());
}

TEST(DatasetStore, RejectedLoadKeepsThePreviousDataset) {
    DatasetStore store;
    ASSERT_TRUE(store.load("good.json", test::fixture_json().dump()));
    const auto first = store.current();
    EXPECT_EQ(store.generation(), 1u);
    EXPECT_FALSE(store.load("bad.json", "{\"schema_version\": 1"));
    EXPECT_EQ(store.current(), first);
    EXPECT_EQ(store.current_name(), "good.json");
    EXPECT_EQ(store.last_rejected_name(), "bad.json");
    EXPECT_EQ(store.last_problems().size(), 1u);
    EXPECT_EQ(store.generation(), 1u);
    ASSERT_TRUE(store.load("good2.json", test::fixture_json().dump()));
    EXPECT_TRUE(store.last_rejected_name().empty());
    EXPECT_TRUE(store.last_problems().empty());
    EXPECT_EQ(store.generation(), 2u);
}

TEST(DatasetStore, RefusalByHostKeepsTheCurrentDatasetAndRecordsWhy) {
    DatasetStore store;
    ASSERT_TRUE(store.load("good.json", test::fixture_json().dump()));
    const auto before = store.current();
    store.refuse("big.json", Problem{"", 0, 0, oversize_message(80u * 1024u * 1024u, JsonLimits{}.max_bytes)});
    EXPECT_EQ(store.current(), before);
    EXPECT_EQ(store.current_name(), "good.json");
    EXPECT_EQ(store.last_rejected_name(), "big.json");
    ASSERT_EQ(store.last_problems().size(), 1u);
    EXPECT_EQ(store.last_problems()[0].message.rfind("file is 80 MiB", 0), 0u);
}

}  // namespace accord
