// The analyzer, stage by stage: each test fails if its stage is removed.
#include <gtest/gtest.h>

#include <algorithm>

#include "analysis/analyzer.h"
#include "analysis/chinese_variants.h"
#include "analysis/hangul.h"
#include "analysis/normalizer.h"
#include "analysis/runs.h"
#include "analysis/segmenter.h"
#include "analysis/stemmer.h"
#include "analysis/utf8.h"

namespace news {
namespace {

std::vector<std::string> segment_strings(std::string_view text, bool words_only = true) {
  std::vector<std::string> out;
  for (const Segment& s : segment_text(text))
    if (s.is_word || !words_only) out.emplace_back(text.substr(s.start, s.end - s.start));
  return out;
}

std::vector<std::string> terms_of(const Analyzer& a, std::string_view text, std::string_view lang, TokenKind kind) {
  std::vector<Token> tokens;
  a.tokens(text, lang, 1, tokens);
  std::vector<std::string> out;
  for (const Token& t : tokens)
    if (t.kind == kind) out.push_back(t.term);
  return out;
}

// The backstop terms of `text`: its runs' bigrams and run-final characters.
std::vector<std::string> backstop_of(const Analyzer& a, std::string_view text, std::string_view lang) {
  std::vector<Token> tokens;
  a.tokens(text, lang, 1, tokens);
  std::vector<std::string> out;
  for (const Token& t : tokens)
    if (t.kind == TokenKind::kBigram || t.kind == TokenKind::kRunEnd) out.push_back(t.term);
  return out;
}

bool contains(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

Analyzer& analyzer() {
  static Analyzer a;
  return a;
}

// --- normalization ---------------------------------------------------------------------------

TEST(Normalize, FullWidthAndCaseFoldToTheSameForm) {
  EXPECT_EQ(normalize_word("ＳＣＯ２０２４"), "sco2024");
  EXPECT_EQ(normalize_word("SCO2024"), "sco2024");
  EXPECT_EQ(normalize_word("Straße"), "strasse");
  EXPECT_EQ(normalize_word("ﬁnance"), "finance");  // ligature
  EXPECT_EQ(normalize_word("ПРАВДА"), "правда");
}

TEST(Normalize, TraditionalHanFoldsToSimplified) {
  EXPECT_EQ(normalize_word("習近平"), "习近平");
  EXPECT_EQ(normalize_word("习近平"), "习近平");
  EXPECT_EQ(normalize_word("臺灣經濟"), "台湾经济");
  EXPECT_EQ(simplified_han(U'國'), U'国');
  EXPECT_EQ(simplified_han(U'a'), U'a');
}

// The form a Han string is written in, which whole-string search prefers over folded matches.
TEST(Normalize, HanFormTellsSimplifiedFromTraditionalText) {
  EXPECT_EQ(han_form("书籍"), HanForm::kSimplified);
  EXPECT_EQ(han_form("書籍"), HanForm::kTraditional);
  EXPECT_EQ(han_form("上海"), HanForm::kNeutral);  // the same in both forms
  EXPECT_EQ(han_form("國家 and 书"), HanForm::kTraditional);
  EXPECT_EQ(han_form("summit"), HanForm::kNeutral);
}

TEST(Normalize, AccentFoldingOnlyWhereItChangesSomething) {
  EXPECT_EQ(fold_accents("zürich"), "zurich");
  EXPECT_EQ(fold_accents("café"), "cafe");
  EXPECT_EQ(fold_accents("zurich"), "");  // nothing to fold: no duplicate term
}

// --- script runs and segmentation ------------------------------------------------------------

TEST(Segment, CutsWhereTheScriptChanges) {
  EXPECT_EQ(segment_strings("iPhone发布会").front(), "iPhone");
  EXPECT_EQ(segment_strings("한국abc"), (std::vector<std::string>{"한국", "abc"}));
  EXPECT_EQ(segment_strings("Москваcity"), (std::vector<std::string>{"Москва", "city"}));
}

TEST(Segment, DictionarySegmentationForChineseJapaneseAndThai) {
  EXPECT_EQ(segment_strings("我们在北京大学学习"), (std::vector<std::string>{"我们", "在", "北京", "大学", "学习"}));
  std::vector<std::string> ja = segment_strings("東京都に住んでいます");
  EXPECT_TRUE(contains(ja, "東京")) << ::testing::PrintToString(ja);
  EXPECT_GE(ja.size(), 4u);
  std::vector<std::string> th = segment_strings("ประเทศไทยมีประชากร");
  EXPECT_TRUE(contains(th, "ประชากร")) << ::testing::PrintToString(th);
  EXPECT_GE(th.size(), 3u);
}

TEST(Segment, KeepsPunctuationAsSegmentsButNotSpaces) {
  std::vector<std::string> all = segment_strings("Hello, world.", false);
  EXPECT_EQ(all, (std::vector<std::string>{"Hello", ",", "world", "."}));
}

TEST(Segment, OffsetsPointIntoTheOriginalBytes) {
  std::string text = "Zürich 北京";
  std::vector<Segment> segments = segment_text(text);
  ASSERT_EQ(segments.size(), 2u);
  EXPECT_EQ(text.substr(segments[0].start, segments[0].end - segments[0].start), "Zürich");
  EXPECT_EQ(text.substr(segments[1].start, segments[1].end - segments[1].start), "北京");
}

// --- token filters ---------------------------------------------------------------------------

TEST(Tokens, WordsCarryTheirByteOffsetsAndPositions) {
  std::string text = "Rashid Alimov spoke";
  std::vector<Token> tokens;
  analyzer().tokens(text, "en", 1, tokens);
  std::vector<const Token*> words;
  for (const Token& t : tokens)
    if (t.kind == TokenKind::kWord) words.push_back(&t);
  ASSERT_EQ(words.size(), 3u);
  EXPECT_EQ(words[1]->term, "alimov");
  EXPECT_EQ(text.substr(words[1]->start, words[1]->end - words[1]->start), "Alimov");
  EXPECT_EQ(words[0]->position + 1, words[1]->position);
  EXPECT_EQ(words[1]->position + 1, words[2]->position);
}

TEST(Tokens, StemsFollowTheDocumentLanguage) {
  EXPECT_TRUE(contains(terms_of(analyzer(), "running", "en", TokenKind::kStem), "Zrun"));
  EXPECT_TRUE(contains(terms_of(analyzer(), "вопросы", "ru", TokenKind::kStem), "Zвопрос"));
  EXPECT_TRUE(contains(terms_of(analyzer(), "Wirtschaftspolitik", "de", TokenKind::kStem), "Zwirtschaftspolit"));
  // No stemmer for the language: the word itself stands as its stem (in most Latin-script languages).
  EXPECT_EQ(terms_of(analyzer(), "running", "lv", TokenKind::kStem), std::vector<std::string>{"Zrunning"});
}

// Whether a query for `typed` finds `written` by one of the terms indexing writes for it.
bool finds(std::string_view typed, std::string_view written, const std::string& lang) {
  QueryTerms q = analyzer().query_terms(analyzer().words(typed)[0], {lang});
  std::vector<Token> tokens;
  analyzer().tokens(written, lang, 1, tokens);
  for (const Token& t : tokens)
    if (t.term == q.word || contains(q.derived, t.term)) return true;
  return false;
}

TEST(Tokens, WithoutAStemmerTheStemIsNotWrittenYetFound) {
  // In the Arabic script (and outside the alphabets stemmed by prefix), the word stands for its stem.
  EXPECT_TRUE(terms_of(analyzer(), "افغانستان", "ps", TokenKind::kStem).empty());
  EXPECT_TRUE(contains(analyzer().query_terms(analyzer().words("افغانستان")[0], {"ps"}).derived, "افغانستان"));
  EXPECT_FALSE(contains(analyzer().query_terms(analyzer().words("افغانستان")[0], {"ps"}).derived, "Zافغانستان"));
  EXPECT_TRUE(finds("افغانستان", "افغانستان", "ps"));
  EXPECT_TRUE(terms_of(analyzer(), "київ", "und", TokenKind::kStem).empty());  // an undetermined language
  // A Latin word, often a name that articles in stemmed languages hold too, keeps its stem term.
  EXPECT_EQ(terms_of(analyzer(), "warszawa", "lv", TokenKind::kStem), std::vector<std::string>{"Zwarszawa"});
  // A stemmed language writes its stems, the word's own too.
  EXPECT_EQ(terms_of(analyzer(), "run", "en", TokenKind::kStem), std::vector<std::string>{"Zrun"});
  for (const char* typed : {"run", "runs", "running"})
    for (const char* written : {"run", "runs", "running", "Run"}) EXPECT_TRUE(finds(typed, written, "en")) << typed << " " << written;
  EXPECT_FALSE(finds("runs", "ran", "en"));
  // A Korean word without a particle is its own stem.
  EXPECT_TRUE(finds("서울특별시는", "서울특별시", "ko"));
  EXPECT_TRUE(finds("서울특별시", "서울특별시는", "ko"));
}

TEST(Tokens, EveryXapianStemmerLanguageIsMapped) {
  for (const char* lang : {"ar", "hy", "eu", "ca", "da", "nl", "en", "fi", "fr", "de", "hu", "id", "ga", "it", "lt",
                           "ne", "nb", "nn", "pt", "ro", "ru", "es", "sv", "ta", "tr"}) {
    CachingStemmer* stemmer = thread_stemmer(lang);
    ASSERT_NE(stemmer, nullptr) << lang;
    EXPECT_NO_THROW((*stemmer)("test")) << lang;
  }
  EXPECT_EQ(primary_language("zh-Hant"), "zh");
  EXPECT_EQ(primary_language("en_GB"), "en");
}

TEST(Tokens, AccentFoldedFormSitsBesideTheExactWord) {
  std::vector<std::string> accents = terms_of(analyzer(), "Zürich", "de", TokenKind::kAccent);
  EXPECT_EQ(accents, std::vector<std::string>{"XAzurich"});
  EXPECT_TRUE(contains(terms_of(analyzer(), "Zürich", "de", TokenKind::kWord), "zürich"));
  // Per-language option: a language can keep its accents.
  AnalyzerOptions keep;
  keep.no_accent_folding = {"de"};
  Analyzer strict(keep);
  EXPECT_TRUE(terms_of(strict, "Zürich", "de", TokenKind::kAccent).empty());
}

TEST(Tokens, KoreanParticleIsStripped) {
  EXPECT_EQ(strip_korean_particle("서울특별시는"), "서울특별시");
  EXPECT_EQ(strip_korean_particle("정부가"), "정부");
  EXPECT_EQ(strip_korean_particle("대통령은"), "대통령");
  EXPECT_EQ(strip_korean_particle("서울에서"), "서울");
  EXPECT_EQ(strip_korean_particle("국가"), "");        // 가 is part of the word: one syllable would remain
  EXPECT_EQ(strip_korean_particle("대통령는"), "");    // 는 cannot follow a final consonant
  EXPECT_TRUE(contains(terms_of(analyzer(), "서울특별시는", "ko", TokenKind::kStem), "Z서울특별시"));
}

// --- CJK backstop ----------------------------------------------------------------------------

TEST(Backstop, BigramsOfTheRunAtConsecutivePositions) {
  std::vector<Token> tokens;
  analyzer().tokens("发布会", "zh-Hans", 10, tokens);
  std::vector<std::pair<std::string, uint32_t>> grams;
  for (const Token& t : tokens)
    if (t.kind == TokenKind::kBigram || t.kind == TokenKind::kRunEnd)
      grams.emplace_back(t.term + (t.kind == TokenKind::kRunEnd ? " end" : ""), t.position);
  EXPECT_EQ(grams, (std::vector<std::pair<std::string, uint32_t>>{{"XB发布", 10}, {"XB布会", 11}, {"XB会 end", 12}}));
}

TEST(Backstop, BigramsCrossWordBoundariesSoAnyCutIsFound) {
  // 京大 is no word of the text, yet any substring is found: its bigram exists.
  std::vector<std::string> grams = backstop_of(analyzer(), "我们在北京大学学习", "zh-Hans");
  EXPECT_TRUE(contains(grams, "XB京大"));
  EXPECT_TRUE(contains(grams, "XB大学"));
  EXPECT_TRUE(contains(grams, "XB在北"));
}

TEST(Backstop, TraditionalTextGivesSimplifiedBigrams) {
  EXPECT_TRUE(contains(backstop_of(analyzer(), "習近平", "zh-Hant"), "XB习近"));
}

TEST(Backstop, CanBeSwitchedOff) {
  AnalyzerOptions off;
  off.backstop = false;
  Analyzer plain(off);
  EXPECT_TRUE(backstop_of(plain, "发布会", "zh-Hans").empty());
}

TEST(Backstop, BigramTermsSpellAString) {
  EXPECT_EQ(bigram_terms("习近平"), (std::vector<std::string>{"XB习近", "XB近平"}));
  EXPECT_EQ(bigram_terms("中"), (std::vector<std::string>{"XB中"}));
}

TEST(Runs, AdjacentWordsOfOneUnspacedScriptFormARun) {
  std::vector<Word> ws = analyzer().words("我们在北京 iPhone发布会，上海");
  // 我们|在|北京 is one run; the space ends it; iPhone is Latin; 发布会 is a run; the comma ends it.
  ASSERT_GE(ws.size(), 6u);
  size_t end = run_end(ws, 0);
  EXPECT_EQ(run_form(ws, 0, end), "我们在北京");
  EXPECT_EQ(ws[end].form, "iphone");
  EXPECT_EQ(run_end(ws, end), end + 1);  // a Latin word is a run of its own
  EXPECT_EQ(run_form(ws, end + 1, run_end(ws, end + 1)), "发布会");
  EXPECT_FALSE(continues_run(ws[end - 1], ws[end]));
}

// A two-character Han or kana word is written as its bigram only; Thai and Hangul words and
// longer ones are written as words too.
TEST(Runs, WordsOfARunAreRunWordsAndTheLastCharacterEndsIt) {
  auto shown = [](std::string_view text, std::string_view lang) {
    std::vector<Token> tokens;
    analyzer().tokens(text, lang, 1, tokens);
    std::vector<std::string> out;
    for (const Token& t : tokens) out.push_back(std::string(token_kind_name(t.kind)) + ":" + t.term + "@" + std::to_string(t.position));
    return out;
  };
  EXPECT_EQ(shown("在北京", "zh-Hans"), (std::vector<std::string>{"runword:在@1", "bigram:XB在北@1", "bigram:XB北京@2", "runend:XB京@3"}));
  EXPECT_EQ(shown("北京市", "zh-Hans"), (std::vector<std::string>{"runword:北京市@1", "bigram:XB北京@1", "bigram:XB京市@2", "runend:XB市@3"}));
  std::vector<std::string> thai = shown("ปีใหม่", "th");
  EXPECT_EQ(thai.front(), "runword:ปี@1");
}

// --- what a query word is searched as, and what a text word is indexed as --------------------

TEST(QueryTerms, WordStemsAndAccentsInEveryLanguageAsked) {
  Word w = analyzer().words("Zürich")[0];
  QueryTerms q = analyzer().query_terms(w, {"de", "en"});
  EXPECT_EQ(q.word, "zürich");
  EXPECT_EQ(q.derived, (std::vector<std::string>{"XAzurich", "Zzurich", "Zzürich", "zurich"}));
  EXPECT_EQ(analyzer().query_terms(w, {"lv"}).derived, (std::vector<std::string>{"XAzurich", "Zzürich", "zurich"}));
  EXPECT_TRUE(q.backstop.empty());
}

TEST(QueryTerms, CjkWordsGetTheirBigramsOrAPrefixForOneCharacter) {
  Word secretary_general{0, 9, Script::kCjk, true, "秘书长"};
  QueryTerms q = analyzer().query_terms(secretary_general, {"zh-Hans"});
  EXPECT_EQ(q.backstop, (std::vector<std::string>{"XB秘书", "XB书长"}));
  EXPECT_FALSE(q.backstop_is_prefix);
  EXPECT_TRUE(q.derived.empty());
  q = analyzer().query_terms(analyzer().words("中")[0], {"zh-Hans"});
  EXPECT_EQ(q.backstop, (std::vector<std::string>{"XB中"}));
  EXPECT_TRUE(q.backstop_is_prefix);
}

TEST(WordTerms, WhatATextWordIsIndexedAs) {
  LanguageTools en = analyzer().language_tools("en");
  WordTerms running = analyzer().word_terms(analyzer().words("Running")[0], en);
  EXPECT_EQ(running.word, "running");
  EXPECT_EQ(running.stem, "Zrun");
  EXPECT_EQ(running.accent, "");
  WordTerms the = analyzer().word_terms(analyzer().words("the")[0], en);
  EXPECT_EQ(the.stem, "");  // stopwords get no stem
  std::string blob(80, 'x');
  EXPECT_EQ(analyzer().word_terms(analyzer().words(blob)[0], en).word, "");  // too long to index
}

// --- stopwords -------------------------------------------------------------------------------

TEST(Stopwords, ListsAreLoadedPerLanguage) {
  EXPECT_TRUE(analyzer().is_stopword("en", "the"));
  EXPECT_TRUE(analyzer().is_stopword("en-GB", "of"));
  EXPECT_FALSE(analyzer().is_stopword("en", "alimov"));
  EXPECT_TRUE(analyzer().is_stopword("de", "und"));
  EXPECT_TRUE(analyzer().is_stopword("ru", "и"));
  EXPECT_TRUE(analyzer().is_stopword("zh-Hans", "的"));
  EXPECT_FALSE(analyzer().is_stopword("xx", "the"));
}

TEST(Stopwords, StopwordsGetNoStemButKeepTheirWordAndPosition) {
  std::vector<Token> tokens;
  analyzer().tokens("the running", "en", 1, tokens);
  EXPECT_TRUE(contains(terms_of(analyzer(), "the running", "en", TokenKind::kWord), "the"));
  EXPECT_FALSE(contains(terms_of(analyzer(), "the running", "en", TokenKind::kStem), "Zthe"));
}

// --- per script: what each writing system needs from the pipeline ----------------------------

TEST(Chinese, SimplifiedAndTraditionalSpellingsGiveTheSameTerms) {
  EXPECT_EQ(backstop_of(analyzer(), "經濟發展", "zh-Hant"),
            backstop_of(analyzer(), "经济发展", "zh-Hans"));
  EXPECT_TRUE(terms_of(analyzer(), "经济发展", "zh-Hans", TokenKind::kStem).empty());  // no stemming for Han
}

TEST(Japanese, KanjiAndKanaFormOneRunWhoseBigramsCrossTheirBorder) {
  std::vector<std::string> grams = backstop_of(analyzer(), "東京都に住んでいます", "ja");
  EXPECT_TRUE(contains(grams, "XB都に")) << ::testing::PrintToString(grams);
  EXPECT_TRUE(contains(grams, "XBます"));
  // The prolonged sound mark (a common-script character) stays inside its katakana word.
  EXPECT_TRUE(contains(segment_strings("コーヒーを飲む"), "コーヒー"));
}

TEST(Korean, WordsKeepTheirParticleAndGetTheSyllableBigrams) {
  EXPECT_TRUE(contains(terms_of(analyzer(), "한국은행이", "ko", TokenKind::kRunWord), "한국은행이"));
  EXPECT_TRUE(contains(terms_of(analyzer(), "한국은행이", "ko", TokenKind::kStem), "Z한국은행"));
  EXPECT_TRUE(contains(backstop_of(analyzer(), "한국은행이", "ko"), "XB은행"));
}

TEST(Thai, DictionaryWordsAndBigramsInsideThem) {
  std::vector<std::string> words = segment_strings("รัฐบาลไทยประกาศนโยบายใหม่");
  EXPECT_TRUE(contains(words, "รัฐบาล")) << ::testing::PrintToString(words);
  EXPECT_TRUE(contains(words, "นโยบาย"));
  EXPECT_TRUE(contains(backstop_of(analyzer(), "ประเทศไทย", "th"), "XBไท"));
}

TEST(LaoKhmerMyanmar, DictionarySegmentationAndBackstop) {
  std::vector<std::string> lao = segment_strings("ປະເທດລາວມີປະຊາກອນ");
  EXPECT_TRUE(contains(lao, "ປະເທດ") && contains(lao, "ປະຊາກອນ")) << ::testing::PrintToString(lao);
  std::vector<std::string> khmer = segment_strings("ប្រទេសកម្ពុជាមានប្រជាជន");
  EXPECT_TRUE(contains(khmer, "ប្រទេស") && contains(khmer, "ប្រជាជន")) << ::testing::PrintToString(khmer);
  std::vector<std::string> myanmar = segment_strings("မြန်မာနိုင်ငံသည်");
  EXPECT_EQ(myanmar, (std::vector<std::string>{"မြန်မာနိုင်ငံ", "သည်"}));
  for (const char* text : {"ປະເທດລາວ", "ប្រទេសកម្ពុជា", "မြန်မာနိုင်ငံ"})
    EXPECT_FALSE(backstop_of(analyzer(), text, "und").empty()) << text;
}

TEST(Russian, InflectionsShareOneStem) {
  for (const char* form : {"вопросы", "вопрос", "вопросов", "ВОПРОСАМИ"})
    EXPECT_EQ(terms_of(analyzer(), form, "ru", TokenKind::kStem), std::vector<std::string>{"Zвопрос"}) << form;
  for (const char* typed : {"вопросы", "вопрос", "вопросов", "ВОПРОСАМИ"})
    for (const char* written : {"вопросы", "вопрос", "вопросов", "ВОПРОСАМИ"}) EXPECT_TRUE(finds(typed, written, "ru")) << typed << " " << written;
}

TEST(Cyrillic, OtherLanguagesAreNotGivenTheRussianStemmer) {
  // Xapian 1.4 has no Ukrainian or Bulgarian stemmer: their words stem by prefix (the first five
  // letters), where the Russian stemmer would cut them by its own endings.
  EXPECT_EQ(terms_of(analyzer(), "ПИТАННЯ", "uk", TokenKind::kStem), std::vector<std::string>{"Zпитан"});
  EXPECT_FALSE(terms_of(analyzer(), "ПИТАННЯ", "ru", TokenKind::kStem).empty());
  EXPECT_TRUE(contains(terms_of(analyzer(), "ПИТАННЯ", "uk", TokenKind::kWord), "питання"));
  EXPECT_EQ(terms_of(analyzer(), "въпроси", "bg", TokenKind::kStem), std::vector<std::string>{"Zвъпро"});
  EXPECT_EQ(terms_of(analyzer(), "въпроси", "ru", TokenKind::kStem), std::vector<std::string>{"Zвъпрос"});
}

TEST(Tokens, AlphabetsWithoutAStemmerStemByTheWordsFirstLetters) {
  // Ukrainian, Kazakh, Georgian, Hindi: the first five letters, which inflected forms share.
  EXPECT_EQ(terms_of(analyzer(), "президента", "uk", TokenKind::kStem), std::vector<std::string>{"Zпрези"});
  EXPECT_TRUE(finds("президентом", "Президент", "uk"));
  EXPECT_TRUE(finds("Қазақстанның", "Қазақстанда", "kk"));
  EXPECT_TRUE(finds("საქართველოს", "საქართველო", "ka"));
  EXPECT_FALSE(finds("президент", "презентація", "uk"));
  EXPECT_EQ(terms_of(analyzer(), "київ", "uk", TokenKind::kStem), std::vector<std::string>{"Zкиїв"});  // short: itself
  // Not in the Latin script (a language without a stemmer keeps the word, but see below) nor in
  // the Arabic one, nor Latin words in a language stemmed by prefix in its own alphabet only
  // (Ukrainian: mostly names).
  EXPECT_EQ(terms_of(analyzer(), "abantwana", "zu", TokenKind::kStem), std::vector<std::string>{"Zabantwana"});
  EXPECT_EQ(terms_of(analyzer(), "Manchester", "uk", TokenKind::kStem), std::vector<std::string>{"Zmanchester"});
  EXPECT_TRUE(terms_of(analyzer(), "پاکستان", "ur", TokenKind::kStem).empty());
  // A language with a Snowball stemmer keeps it.
  EXPECT_EQ(terms_of(analyzer(), "президента", "ru", TokenKind::kStem), std::vector<std::string>{"Zпрезидент"});
}

TEST(Tokens, LatinLanguagesThatDeclineByEndingsStemByPrefix) {
  // Slavic languages, Estonian, Icelandic, Faroese, Albanian: a noun's cases share its beginning.
  EXPECT_EQ(terms_of(analyzer(), "prezidenta", "cs", TokenKind::kStem), std::vector<std::string>{"Zprezi"});
  EXPECT_TRUE(finds("prezidentem", "Prezident", "cs"));
  EXPECT_TRUE(finds("Hrvatske", "Hrvatska", "hr"));
  EXPECT_TRUE(finds("prezydentowi", "prezydenta", "pl"));
  EXPECT_TRUE(finds("valitsuse", "valitsus", "et"));
  EXPECT_TRUE(finds("forsetans", "forseti", "is"));
  EXPECT_TRUE(finds("Manchesteru", "Manchester", "cs"));  // names decline too
  EXPECT_TRUE(finds("Sarajeva", "Sarajevo", "sh"));
  EXPECT_FALSE(finds("prezident", "prezentace", "cs"));
  // Others keep the word: Latvian (one half lower) and Zulu (its classes are prefixes).
  EXPECT_EQ(terms_of(analyzer(), "prezidenta", "lv", TokenKind::kStem), std::vector<std::string>{"Zprezidenta"});
  EXPECT_FALSE(finds("abantwana", "abantu", "zu"));
}

TEST(Greek, CaseFinalSigmaAndAccentsFoldSoSpellingsMeet) {
  // Xapian 1.4 has no Greek stemmer; Greek words meet through case, final-sigma and accent folding.
  EXPECT_EQ(normalize_word("ΑΘΗΝΑΣ"), "αθηνασ");
  EXPECT_EQ(normalize_word("αθηνας"), "αθηνασ");
  EXPECT_EQ(terms_of(analyzer(), "Αθήνας", "el", TokenKind::kAccent), std::vector<std::string>{"XAαθηνασ"});
}

TEST(Arabic, WordsStemsAndPresentationForms) {
  EXPECT_EQ(segment_strings("قال الرئيس، إن الاقتصاد"), (std::vector<std::string>{"قال", "الرئيس", "إن", "الاقتصاد"}));
  // The stemmer drops the article and the short-vowel marks.
  EXPECT_TRUE(contains(terms_of(analyzer(), "الاقتصاد", "ar", TokenKind::kStem), "Zاقتصاد"));
  EXPECT_EQ(terms_of(analyzer(), "كَتَبَ", "ar", TokenKind::kStem), terms_of(analyzer(), "كتب", "ar", TokenKind::kStem));
  EXPECT_EQ(normalize_word("ﻻ"), "لا");  // presentation-form ligature
  EXPECT_TRUE(analyzer().is_stopword("ar", "في"));
}

TEST(English, StemsStopwordsAndPossessives) {
  EXPECT_EQ(terms_of(analyzer(), "Elections", "en", TokenKind::kStem), std::vector<std::string>{"Zelect"});
  EXPECT_TRUE(contains(segment_strings("Alimov's l'économie"), "Alimov"));
  EXPECT_TRUE(contains(segment_strings("Alimov's l'économie"), "économie"));
  EXPECT_TRUE(analyzer().is_stopword("en", "and"));
}

TEST(Hindi, StopwordsAndNuktaSpellings) {
  EXPECT_TRUE(analyzer().is_stopword("hi", "के"));
  EXPECT_TRUE(analyzer().is_stopword("hi", "है"));
  EXPECT_FALSE(analyzer().is_stopword("hi", "भारत"));
  EXPECT_EQ(normalize_word("\u0958"), normalize_word("\u0915\u093C"));  // precomposed and decomposed qa
}

// --- UTF-8 -----------------------------------------------------------------------------------

TEST(Utf8, RepairsInvalidSequences) {
  size_t repairs = 0;
  EXPECT_FALSE(is_valid_utf8("abc\xff"));
  EXPECT_EQ(repair_utf8("abc\xff" "d", &repairs), "abc\xEF\xBF\xBD" "d");
  EXPECT_EQ(repairs, 1u);
  EXPECT_TRUE(is_valid_utf8("北京"));
  EXPECT_EQ(truncate_utf8("北京", 4), "北");
  EXPECT_TRUE(looks_binary(std::string("ab\0cd", 5)));
  EXPECT_FALSE(looks_binary("plain text\nwith lines\n"));
}

TEST(Words, OverlongTokensAreNotIndexed) {
  std::string blob(300, 'a');
  EXPECT_TRUE(terms_of(analyzer(), blob, "en", TokenKind::kWord).empty());
}

}  // namespace
}  // namespace news
