// The UI's languages: every table sets every text (and the plural forms its language uses),
// keeps English's printf conversions in order, and dates, lists and plural rules follow each
// language. Tags from browsers and links map to the languages the UI has.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <regex>
#include <string>
#include <vector>

#include "scene/strings.h"

namespace accord::scene {
namespace {

// Restores English after a test that switches the language.
struct LanguageGuard {
    explicit LanguageGuard(Language language) { set_language(language); }
    ~LanguageGuard() { set_language(Language::en); }
};

// A table as its slots of text pointers: the plain ones first, then each PluralText's six.
constexpr std::size_t slot_count = sizeof(Strings) / sizeof(const char*);
constexpr std::size_t first_plural_slot = offsetof(Strings, counts) / sizeof(const char*);
const char* slot(const Strings& table, std::size_t i) { return reinterpret_cast<const char* const*>(&table)[i]; }

std::vector<PluralCategory> categories_of(Language language) {
    switch (language) {
        case Language::en:
        case Language::es:
        case Language::fr: return {PluralCategory::one, PluralCategory::other};
        case Language::ru: return {PluralCategory::one, PluralCategory::few, PluralCategory::many, PluralCategory::other};
        case Language::zh_hans: return {PluralCategory::other};
    }
    return {};
}

// "%s", "%d", "%+d" … in order ("%%" is not one).
std::vector<std::string> conversions(const char* format) {
    std::vector<std::string> out;
    static const std::regex spec("%[-+ #0]*[0-9]*(?:\\.[0-9]+)?[a-zA-Z%]");
    const std::string text = format;
    for (auto it = std::sregex_iterator(text.begin(), text.end(), spec); it != std::sregex_iterator(); ++it) {
        if (it->str() != "%%") out.push_back(it->str());
    }
    return out;
}

class EveryLanguage : public ::testing::TestWithParam<Language> {};

TEST_P(EveryLanguage, SetsEveryTextAndThePluralFormsItsLanguageUses) {
    const Strings& english = strings_for(Language::en);
    const Strings& table = strings_for(GetParam());
    for (std::size_t i = 0; i < first_plural_slot; ++i) {
        ASSERT_NE(slot(table, i), nullptr) << language_tag(GetParam()) << ": text " << i << " (English: " << slot(english, i) << ")";
        EXPECT_STRNE(slot(table, i), "") << language_tag(GetParam()) << ": text " << i;
    }
    for (std::size_t p = first_plural_slot; p < slot_count; p += 6) {
        for (const PluralCategory category : categories_of(GetParam())) {
            EXPECT_NE(slot(table, p + static_cast<std::size_t>(category)), nullptr)
                << language_tag(GetParam()) << ": plural text " << (p - first_plural_slot) / 6 << " lacks category " << static_cast<int>(category);
        }
    }
}

TEST_P(EveryLanguage, KeepsEnglishsConversionsInOrder) {
    const Strings& english = strings_for(Language::en);
    const Strings& table = strings_for(GetParam());
    for (std::size_t i = 0; i < first_plural_slot; ++i) {
        if (!slot(english, i) || !slot(table, i)) continue;
        EXPECT_EQ(conversions(slot(table, i)), conversions(slot(english, i))) << language_tag(GetParam()) << ": \"" << slot(table, i) << "\"";
    }
    for (std::size_t p = first_plural_slot; p < slot_count; p += 6) {
        const std::vector<std::string> expected = conversions(slot(english, p + static_cast<std::size_t>(PluralCategory::other)));
        for (std::size_t k = 0; k < 6; ++k) {
            const char* form = slot(table, p + k);
            if (!form) continue;
            // Where "one" is exactly 1 (English, Spanish) its form may spell the count ("1 more");
            // elsewhere it covers other numbers too (French 0, Russian 21) and keeps every %d.
            if ((GetParam() == Language::en || GetParam() == Language::es) && k == static_cast<std::size_t>(PluralCategory::one)) continue;
            EXPECT_EQ(conversions(form), expected) << language_tag(GetParam()) << ": \"" << form << "\"";
        }
    }
}

class EveryTranslation : public ::testing::TestWithParam<Language> {};

TEST_P(EveryTranslation, IsATranslationNotACopy) {
    const Strings& english = strings_for(Language::en);
    const Strings& table = strings_for(GetParam());
    std::vector<std::string> same;
    for (std::size_t i = 0; i < slot_count; ++i) {
        if (!slot(english, i) || !slot(table, i) || std::string(slot(english, i)) != slot(table, i)) continue;
        const std::string text = slot(table, i);
        // Date patterns, separators and key symbols are the same in many languages.
        const bool has_word = std::count_if(text.begin(), text.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); }) >= 2;
        if (has_word && text.find('{') == std::string::npos) same.push_back(text);
    }
    // Words that are the same in both ("Menu", "Pause", "Date", "Tab, Shift+Tab").
    EXPECT_LE(same.size(), 8u) << [&] {
        std::string list;
        for (const std::string& s : same) list += "\"" + s + "\" ";
        return list;
    }();
}

TEST_P(EveryLanguage, DatePatternsUseOnlyKnownTokens) {
    const Strings& table = strings_for(GetParam());
    static const std::regex token("\\{[a-z]+\\}");
    for (const char* pattern : {table.day_month_year, table.day_month, table.month_year, table.month_only, table.year_only}) {
        const std::string text = pattern;
        for (auto it = std::sregex_iterator(text.begin(), text.end(), token); it != std::sregex_iterator(); ++it) {
            EXPECT_TRUE(it->str() == "{d}" || it->str() == "{m}" || it->str() == "{mon}" || it->str() == "{y}") << pattern;
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Translations, EveryTranslation, ::testing::Values(Language::fr, Language::es, Language::ru, Language::zh_hans),
                         [](const auto& param_info) { return std::string(language_tag(param_info.param)) == "zh-Hans" ? std::string("zh_Hans") : std::string(language_tag(param_info.param)); });

INSTANTIATE_TEST_SUITE_P(Languages, EveryLanguage, ::testing::ValuesIn(all_languages),
                         [](const auto& param_info) { return std::string(language_tag(param_info.param)) == "zh-Hans" ? std::string("zh_Hans") : std::string(language_tag(param_info.param)); });

// The web app reads a language's table as data (data/ui-<tag>.json, written by atlas-data from
// the compiled tables): the round trip gives the same texts, and a file that does not fit this
// build, or whose texts would take other values than English's, is refused with why.
TEST(TablesAsData, RoundTripAndAreCheckedBeforeUse) {
    const std::string json = strings_json(Language::ru, strings_for(Language::ru));
    EXPECT_TRUE(read_strings(json).empty());
    EXPECT_STREQ(strings_for(Language::ru).status_declined, "Отказ") << "an installed copy reads the same";
    std::string wrong_values = json;
    const std::string from = "\"%s: %d участник\"";
    ASSERT_NE(wrong_values.find(from), std::string::npos);
    wrong_values.replace(wrong_values.find(from), from.size(), "\"%d: %s участник\"");
    const std::vector<std::string> problems = read_strings(wrong_values);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_NE(problems[0].find("does not take English's values"), std::string::npos) << problems[0];
    EXPECT_EQ(read_strings(R"({"language": "fr", "texts": ["a"]})")[0].substr(0, 18), "\"texts\" has 1 text");
    EXPECT_EQ(read_strings(R"({"language": "en", "texts": []})")[0], "\"language\" must be one of the UI's languages other than English");
    EXPECT_EQ(read_strings("nope")[0], "not JSON: expected {\"language\": tag, \"texts\": [...]}");
}

TEST(PluralRules, FollowCldr) {
    EXPECT_EQ(plural_category(Language::en, 1), PluralCategory::one);
    EXPECT_EQ(plural_category(Language::en, 0), PluralCategory::other);
    EXPECT_EQ(plural_category(Language::fr, 0), PluralCategory::one);
    EXPECT_EQ(plural_category(Language::fr, 1), PluralCategory::one);
    EXPECT_EQ(plural_category(Language::fr, 2), PluralCategory::other);
    EXPECT_EQ(plural_category(Language::es, 0), PluralCategory::other);
    for (const long one : {1, 21, 31, 101, 1001}) EXPECT_EQ(plural_category(Language::ru, one), PluralCategory::one) << one;
    for (const long few : {2, 3, 4, 22, 34, 102}) EXPECT_EQ(plural_category(Language::ru, few), PluralCategory::few) << few;
    for (const long many : {0, 5, 11, 12, 14, 19, 25, 111, 112}) EXPECT_EQ(plural_category(Language::ru, many), PluralCategory::many) << many;
    EXPECT_EQ(plural_category(Language::zh_hans, 1), PluralCategory::other);
}

TEST(PluralRules, ChooseTheFormAndFallBackToOther) {
    LanguageGuard russian(Language::ru);
    const PluralText& parties = strings().counts.parties_on_day;
    EXPECT_STREQ(plural_format(parties, 21), parties.one);
    EXPECT_STREQ(plural_format(parties, 3), parties.few);
    EXPECT_STREQ(plural_format(parties, 58), parties.many);
    const PluralText only_other{.other = "%d"};
    EXPECT_STREQ(plural_format(only_other, 1), "%d");
}

TEST(LanguageTags, MapBrowserAndLinkTagsToTheUisLanguages) {
    EXPECT_EQ(language_from_tag("en-GB"), Language::en);
    EXPECT_EQ(language_from_tag("fr"), Language::fr);
    EXPECT_EQ(language_from_tag("fr-CA"), Language::fr);
    EXPECT_EQ(language_from_tag("es-419"), Language::es);
    EXPECT_EQ(language_from_tag("RU"), Language::ru);
    EXPECT_EQ(language_from_tag("zh"), Language::zh_hans);
    EXPECT_EQ(language_from_tag("zh-CN"), Language::zh_hans);
    EXPECT_EQ(language_from_tag("zh-Hans-SG"), Language::zh_hans);
    EXPECT_EQ(language_from_tag("zh_CN"), Language::zh_hans);
    // Traditional Chinese is not Simplified: better English than the wrong script.
    EXPECT_EQ(language_from_tag("zh-TW"), std::nullopt);
    EXPECT_EQ(language_from_tag("zh-Hant-HK"), std::nullopt);
    EXPECT_EQ(language_from_tag("de"), std::nullopt);
    EXPECT_EQ(language_from_tag(""), std::nullopt);
    for (const Language language : all_languages) EXPECT_EQ(language_from_tag(language_tag(language)), language);
}

TEST(Dates, AreWrittenAsEachLanguageWritesThem) {
    const IsoDate day{2023, 11, 2, DatePrecision::day};
    const IsoDate month{2023, 11, 1, DatePrecision::month};
    EXPECT_EQ(iso_date_text(day), "2 Nov 2023");
    EXPECT_EQ(iso_date_text(month), "Nov 2023");
    {
        LanguageGuard french(Language::fr);
        EXPECT_EQ(iso_date_text(day), "2 nov. 2023");
        EXPECT_EQ(iso_date_text(IsoDate{2026, 12, 1, DatePrecision::day}), "1er déc. 2026");
    }
    {
        LanguageGuard russian(Language::ru);
        EXPECT_EQ(iso_date_text(day), "2 нояб. 2023 г.");
        EXPECT_EQ(iso_date_text(month), "нояб. 2023 г.");
        // A day's month is genitive ("2 мая"), a month alone nominative ("май 2024 г.").
        EXPECT_EQ(iso_date_text(IsoDate{2024, 5, 2, DatePrecision::day}), "2 мая 2024 г.");
        EXPECT_EQ(iso_date_text(IsoDate{2024, 5, 1, DatePrecision::month}), "май 2024 г.");
    }
    {
        LanguageGuard chinese(Language::zh_hans);
        EXPECT_EQ(iso_date_text(day), "2023年11月2日");
        EXPECT_EQ(iso_date_text(month), "2023年11月");
        EXPECT_EQ(iso_date_text(IsoDate{2023, 1, 1, DatePrecision::year}), "2023年");
    }
}

TEST(Lists, JoinNamesAsEachLanguageDoes) {
    EXPECT_EQ(names_list({"A", "B", "C"}), "A, B and C");
    LanguageGuard chinese(Language::zh_hans);
    EXPECT_EQ(names_list({"中国", "法国", "印度"}), "中国、法国和印度");
    EXPECT_EQ(names_list({"中国"}), "中国");
}

}  // namespace
}  // namespace accord::scene
