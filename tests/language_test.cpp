// Language identification: script rules first, CLD2 between languages sharing an alphabet.
#include <gtest/gtest.h>

#include "analysis/language.h"

namespace news {
namespace {

TEST(DetectLanguage, ScriptRulesForCjkAndThai) {
  EXPECT_EQ(detect_language("中国人民银行今天宣布降低存款准备金率"), "zh-Hans");
  EXPECT_EQ(detect_language("中國人民銀行今天宣布降低存款準備金率"), "zh-Hant");
  EXPECT_EQ(detect_language("東京都で新しい駅が開業した"), "ja");
  EXPECT_EQ(detect_language("한국은행이 기준금리를 동결했다"), "ko");
  EXPECT_EQ(detect_language("รัฐบาลไทยประกาศนโยบายใหม่"), "th");
}

TEST(DetectLanguage, KanjiOnlyJapaneseHeadline) {
  // No kana at all, but 駅 and 円 are Japanese-only forms.
  EXPECT_EQ(detect_language("東京駅前再開発計画"), "ja");
  EXPECT_EQ(detect_language("一万円札"), "ja");
}

TEST(DetectLanguage, AlphabeticLanguagesByCld2) {
  EXPECT_EQ(detect_language("The central bank raised interest rates again on Tuesday, citing inflation."), "en");
  EXPECT_EQ(detect_language("Le gouvernement a annoncé mardi une nouvelle réforme des retraites en France."), "fr");
  EXPECT_EQ(detect_language("Die Bundesregierung hat am Dienstag neue Maßnahmen gegen die Inflation beschlossen."), "de");
  EXPECT_EQ(detect_language("Правительство России объявило о новых мерах поддержки экономики."), "ru");
  EXPECT_EQ(detect_language("أعلنت الحكومة المصرية عن خطة جديدة لدعم الاقتصاد الوطني"), "ar");
}

TEST(DetectLanguage, ShortTextFallsBackToTheScriptsUsualLanguage) {
  EXPECT_EQ(detect_language("Alimov"), "en");
  EXPECT_EQ(detect_language("Москва"), "ru");
  EXPECT_EQ(detect_language("123 !!"), "und");
}

TEST(PlausibleLanguages, QueryIsTriedInItsScriptsUsualLanguageToo) {
  std::vector<std::string> langs = plausible_languages("Wirtschaftspolitik der Bundesregierung");
  ASSERT_FALSE(langs.empty());
  EXPECT_EQ(langs[0], "de");
  EXPECT_NE(std::find(langs.begin(), langs.end(), "en"), langs.end());
}

TEST(PlausibleLanguages, AHeadlineIsTriedInItsDetectedLanguageAlone) {
  EXPECT_EQ(plausible_languages("Les acheteurs étrangers seront soumis à un droit de timbre plus élevé"),
            std::vector<std::string>{"fr"});
  std::vector<std::string> six = plausible_languages("Les acheteurs étrangers seront soumis ailleurs");
  EXPECT_NE(std::find(six.begin(), six.end(), "en"), six.end());
}

}  // namespace
}  // namespace news
