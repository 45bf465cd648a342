// Snippets: what is marked in CJK and alphabetic text (from the words indexing stored, read back
// from the stored article), passage choice, HTML escaping.
#include <gtest/gtest.h>

#include "analysis/analyzer.h"
#include "searcher/matches.h"
#include "searcher/passages.h"
#include "searcher/query_builder.h"
#include "searcher/query_parser.h"
#include "searcher/term_sieve.h"
#include "store/stored_article.h"
#include "web/html.h"

namespace news {
namespace {

Analyzer& analyzer() {
  static Analyzer a;
  return a;
}

HighlightTerms terms_for(const std::string& query) {
  QueryBuilder builder(analyzer());
  return builder.build(parse_query(query), query).highlight;
}

// `text` as the body of an article in `lang`, indexed and stored, then read back as a search does.
StoredArticle stored(std::string_view text, const std::string& lang) {
  Article a;
  a.id = "a";
  a.body = std::string(text);
  a.lang = lang;
  std::vector<Token> tokens;
  std::vector<IndexedWord> words;
  analyzer().tokens(a.body, lang, 1, tokens, &words);
  return decode_stored_article(encode_article(a, {}, words));
}

std::vector<Match> matches_in(const StoredArticle& s, const std::string& query) {
  HighlightTerms terms = terms_for(query);
  return MatchFinder(terms).find(s.article.body, s.body_words, s.keys);
}

std::vector<std::string> marked(std::string_view text, const std::string& lang, const std::string& query) {
  StoredArticle s = stored(text, lang);
  std::vector<std::string> out;
  for (const Match& m : matches_in(s, query)) out.emplace_back(text.substr(m.start, m.end - m.start));
  return out;
}

std::vector<Fragment> make_snippet(std::string_view text, const std::string& lang, const std::string& query) {
  StoredArticle s = stored(text, lang);
  return choose_passages(s.article.body, matches_in(s, query));
}

TEST(Highlight, AlphabeticWordsStemsAndAccents) {
  EXPECT_EQ(marked("Rashid Alimov met Alimov's team", "en", "alimov"), (std::vector<std::string>{"Alimov", "Alimov"}));
  EXPECT_EQ(marked("Talks were running late; he runs daily.", "en", "run"), (std::vector<std::string>{"running", "runs"}));
  EXPECT_EQ(marked("Der Gipfel in Zürich", "de", "zurich"), (std::vector<std::string>{"Zürich"}));
  EXPECT_EQ(marked("ＳＣＯ２０２４ summit", "en", "SCO2024"), (std::vector<std::string>{"ＳＣＯ２０２４"}));
}

TEST(Highlight, CjkSubstringWhateverTheSegmentation) {
  // The document's ICU cut differs from the query's; the exact string is still marked.
  std::string text = "上海合作组织秘书长拉希德·阿利莫夫出席了会议。";
  EXPECT_EQ(marked(text, "zh-Hans", "秘书长"), (std::vector<std::string>{"秘书长"}));
  EXPECT_EQ(marked(text, "zh-Hans", "合作"), (std::vector<std::string>{"合作"}));
  // Traditional query, simplified text: the original characters are what is marked.
  EXPECT_EQ(marked("习近平主席发表讲话", "zh-Hans", "習近平"), (std::vector<std::string>{"习近平"}));
  EXPECT_EQ(marked("習近平主席發表講話", "zh-Hant", "习近平"), (std::vector<std::string>{"習近平"}));
}

// The sieve before the query's term sets: it may let a word through that is not a query term,
// never stop one that is, and stops most others (else it would save nothing).
TEST(Highlight, TermSieveNeverRulesOutAQueryTermAndMostOthers) {
  TermSieve sieve;
  std::vector<std::string> held;
  for (int i = 0; i < 40; ++i) held.push_back("Z" + std::to_string(i * 7919) + "word");
  held.push_back("上海合作组织");
  held.push_back("XAzurich");
  for (const std::string& t : held) sieve.add(t);
  for (const std::string& t : held) EXPECT_TRUE(sieve.may_hold(t)) << t;
  size_t let_through = 0;
  for (long i = 1; i <= 1000; ++i) let_through += sieve.may_hold(std::to_string(i * 104729));
  EXPECT_LT(let_through, 100u);
}

// Inside a run, a match marks the original characters it stands for; a word whose normalized form
// has another number of characters (ﾃﾞｰﾀ, four, is データ, three) is marked whole.
TEST(Highlight, RunMatchesMarkTheOriginalCharacters) {
  EXPECT_EQ(marked("新しいﾃﾞｰﾀを公開した", "ja", "データ"), (std::vector<std::string>{"ﾃﾞｰﾀ"}));
  EXPECT_EQ(marked("新しいﾃﾞｰﾀを公開した", "ja", "デー"), (std::vector<std::string>{"ﾃﾞｰﾀ"}));
  EXPECT_EQ(marked("ｶﾀｶﾅの会社が発表", "ja", "カタカナ"), (std::vector<std::string>{"ｶﾀｶﾅ"}));
  EXPECT_EQ(marked("ｶﾀｶﾅの会社が発表", "ja", "タカ"), (std::vector<std::string>{"ﾀｶ"}));
  EXPECT_EQ(marked("全國人民代表大會開幕", "zh-Hant", "代表大会"), (std::vector<std::string>{"代表大會"}));
}

TEST(Highlight, KoreanWordWithParticle) {
  EXPECT_EQ(marked("서울특별시는 오늘 발표했다", "ko", "서울특별시"), (std::vector<std::string>{"서울특별시"}));
}

TEST(Snippet, ChoosesThePassageWithTheMatchesAndStaysShort) {
  std::string filler;
  for (int i = 0; i < 60; ++i) filler += "Nothing relevant is said in this sentence. ";
  std::string text = filler + "The Secretary-General Rashid Alimov received an interview. " + filler;
  std::vector<Fragment> fragments = make_snippet(text, "en", "Alimov");
  ASSERT_EQ(fragments.size(), 1u);
  EXPECT_LE(fragments[0].text.size(), 230u);
  EXPECT_TRUE(fragments[0].cut_before);
  EXPECT_TRUE(fragments[0].cut_after);
  EXPECT_EQ(fragments_html(fragments).find("<mark>Alimov</mark>") != std::string::npos, true);
}

TEST(Snippet, SpreadOutWordsGetSeveralFragments) {
  std::string filler;
  for (int i = 0; i < 40; ++i) filler += "Nothing relevant is said in this sentence. ";
  std::string text = "Zanzibar opens the story. " + filler + "Later Kilimanjaro appears. " + filler;
  std::vector<Fragment> fragments = make_snippet(text, "en", "zanzibar kilimanjaro");
  ASSERT_EQ(fragments.size(), 2u);
  std::string html = fragments_html(fragments);
  EXPECT_NE(html.find("<mark>Zanzibar</mark>"), std::string::npos);
  EXPECT_NE(html.find("<mark>Kilimanjaro</mark>"), std::string::npos);
}

TEST(Snippet, CjkTextIsNeitherSpacedNorBroken) {
  std::string text;
  for (int i = 0; i < 30; ++i) text += "会议在北京举行。";
  text += "上海合作组织秘书长出席。";
  for (int i = 0; i < 30; ++i) text += "会议在北京举行。";
  std::vector<Fragment> fragments = make_snippet(text, "zh-Hans", "秘书长");
  ASSERT_EQ(fragments.size(), 1u);
  std::string html = fragments_html(fragments);
  EXPECT_NE(html.find("上海合作组织<mark>秘书长</mark>出席。"), std::string::npos) << html;
  EXPECT_EQ(html.find(' '), std::string::npos) << html;
  // Every fragment is valid UTF-8: it starts and ends on character boundaries.
  EXPECT_NE(static_cast<unsigned char>(fragments[0].text[0]) & 0xC0, 0x80);
}

TEST(Snippet, EverythingIsEscaped) {
  std::string text = "Alert: <script>alert('Alimov')</script> and \"><img src=x onerror=alert(1)> & more";
  std::string html = fragments_html(make_snippet(text, "en", "alimov"));
  EXPECT_EQ(html.find("<script"), std::string::npos) << html;
  EXPECT_EQ(html.find("<img"), std::string::npos) << html;
  EXPECT_NE(html.find("&lt;script&gt;alert(&#39;<mark>Alimov</mark>&#39;)&lt;/script&gt;"), std::string::npos) << html;
  EXPECT_NE(html.find("&quot;&gt;&lt;img"), std::string::npos) << html;
  EXPECT_NE(html.find("&amp; more"), std::string::npos) << html;
}

TEST(Snippet, NoMatchShowsTheBeginning) {
  std::vector<Fragment> fragments = make_snippet("First words of the article. More.", "en", "absent");
  ASSERT_EQ(fragments.size(), 1u);
  EXPECT_EQ(fragments[0].text, "First words of the article. More.");
  EXPECT_TRUE(fragments[0].highlights.empty());
}

}  // namespace
}  // namespace news
