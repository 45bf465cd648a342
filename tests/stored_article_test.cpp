// The stored article: the article's fields and the words of its title and body with the terms
// they were indexed as, written compactly and read back exactly.
#include "store/stored_article.h"

#include <gtest/gtest.h>

#include "analysis/analyzer.h"

namespace news {
namespace {

Analyzer& analyzer() {
  static Analyzer a;
  return a;
}

struct Written {
  Article article;
  std::vector<IndexedWord> title, body;
  std::string data;
};

Written write(const std::string& title, const std::string& body, const std::string& lang) {
  Written w;
  w.article = {"id-1", title, body, "2018-06-16", "https://example.org/a", "Reuters", lang, "", ""};
  std::vector<Token> tokens;
  uint32_t next = analyzer().tokens(title, lang, 1, tokens, &w.title);
  analyzer().tokens(body, lang, next + 100, tokens, &w.body);
  w.data = encode_article(w.article, w.title, w.body);
  return w;
}

// Each stored word as "text|word|stem|accent|run flags", to compare with what was indexed.
std::vector<std::string> shown(const std::string& text, const std::vector<StoredWord>& words, const std::vector<StoredKey>& keys) {
  std::vector<std::string> out;
  for (const StoredWord& w : words) {
    const StoredKey& k = keys[w.key];
    out.push_back(text.substr(w.start, w.end - w.start) + "|" + std::string(k.word) + "|" + std::string(k.stem) + "|" + std::string(k.accent) + "|" +
                  (k.in_run ? "r" : "") + (w.continues_run ? "c" : ""));
  }
  return out;
}

std::vector<std::string> shown(const std::string& text, const std::vector<IndexedWord>& words) {
  std::vector<std::string> out;
  for (const IndexedWord& w : words)
    out.push_back(text.substr(w.start, w.end - w.start) + "|" + w.terms.word + "|" + w.terms.stem + "|" + w.terms.accent +
                  "|" + (w.in_run ? "r" : "") + (w.continues_run ? "c" : ""));
  return out;
}

TEST(StoredArticle, FieldsComeBackAsWritten) {
  Written w = write("Seminar on the SCO", "Rashid Alimov spoke.\nSecond paragraph.", "en");
  StoredArticle s = decode_stored_article(w.data);
  EXPECT_EQ(s.article.id, "id-1");
  EXPECT_EQ(s.article.title, "Seminar on the SCO");
  EXPECT_EQ(s.article.body, "Rashid Alimov spoke.\nSecond paragraph.");
  EXPECT_EQ(s.article.date, "2018-06-16");
  EXPECT_EQ(s.article.url, "https://example.org/a");
  EXPECT_EQ(s.article.source, "Reuters");
  EXPECT_EQ(s.article.lang, "en");
  Article fields_only = decode_article(w.data);
  EXPECT_EQ(fields_only.body, s.article.body);
  EXPECT_EQ(fields_only.title, s.article.title);
}

TEST(StoredArticle, WordsComeBackWithTheTermsTheyWereIndexedAs) {
  for (const auto& [title, body, lang] : std::vector<std::tuple<std::string, std::string, std::string>>{
           {"Running Elections", "The runners ran, running fast; ÉLECTIONS in Zürich (ＳＣＯ２０２４)!", "en"},
           {"上海合作组织", "习近平主席在北京会见秘书长。習近平發表講話", "zh-Hans"},
           {"서울특별시는", "서울특별시는 오늘 발표했다. 한국은행이", "ko"},
           {"Straße", "Die Straße in Köln, STRASSE", "de"}}) {
    Written w = write(title, body, lang);
    StoredArticle s = decode_stored_article(w.data);
    EXPECT_EQ(shown(s.article.title, s.title_words, s.keys), shown(title, w.title)) << lang;
    EXPECT_EQ(shown(s.article.body, s.body_words, s.keys), shown(body, w.body)) << lang;
  }
}

TEST(StoredArticle, KeysStayReadableAfterTheArticleMoves) {
  // A long body: its keys fill more than one of the arena's blocks. The title is short enough to
  // live inside its std::string, which a move copies: keys must not point into it.
  std::string body;
  for (int i = 0; i < 3000; ++i) body += "Word" + std::to_string(i) + "s ";
  Written w = write("big talks", body, "en");
  std::vector<StoredArticle> moved;
  moved.push_back(decode_stored_article(w.data));
  StoredArticle first = std::move(moved[0]);
  moved.clear();
  moved.push_back(std::move(first));
  const StoredArticle& s = moved.back();
  EXPECT_EQ(shown(s.article.title, s.title_words, s.keys), shown("big talks", w.title));
  EXPECT_EQ(shown(s.article.body, s.body_words, s.keys), shown(body, w.body));
}

TEST(TextArena, ViewsKeepTheirBytesAsBlocksAreAdded) {
  TextArena arena;
  std::vector<std::pair<std::string, std::string_view>> kept;
  for (size_t i = 0; i < 2000; ++i) {
    std::string s(i % 97 + 1, static_cast<char>('a' + i % 26));
    kept.emplace_back(s, arena.copy(s));
  }
  kept.emplace_back(std::string(40000, 'z'), arena.copy(std::string(40000, 'z')));  // larger than a block
  TextArena moved = std::move(arena);
  for (const auto& [expected, view] : kept) ASSERT_EQ(view, expected);
  EXPECT_EQ(arena.copy("after").size(), 5u);  // the arena moved from starts over
}

TEST(StoredArticle, RunWordsSayWhichRunTheyContinue) {
  Written w = write("", "我们在北京，上海", "zh-Hans");
  StoredArticle s = decode_stored_article(w.data);
  ASSERT_GE(s.body_words.size(), 3u);
  EXPECT_FALSE(s.body_words[0].continues_run);
  EXPECT_TRUE(s.body_words[1].continues_run);
  EXPECT_FALSE(s.body_words.back().continues_run);  // after the comma, a new run
  EXPECT_TRUE(s.keys[s.body_words[0].key].in_run);
}

TEST(StoredArticle, IsSmallerThanTheTextItMarks) {
  std::string body;
  for (int i = 0; i < 50; ++i) body += "The secretary general of the organisation spoke about regional security. ";
  Written w = write("Security", body, "en");
  EXPECT_LT(w.data.size(), body.size() / 2);  // repeated words cost a byte or two each, and the record is compressed
}

TEST(StoredArticle, RecordsCompressedWithZstandardByEarlierVersionsAreStillRead) {
  // The record newsindex wrote for this article before records were compressed with LZ4.
  const std::string zstd_record(
    "\x04\xdd\xcb\x6d\x56\xd1\xab\xd1\xd7\x89\x01\x28\xb5\x2f\xfd\x20\x89\xfd\x03\x00\x32\x88\x1d\x1e"
    "\x40\xad\x1e\xc0\x5b\xa2\xc1\x16\x0b\x28\x6b\x6b\xec\xd7\x4b\xb1\x68\x0f\x6d\xbe\xb7\xc3\x7d\x08"
    "\x1c\x11\x99\x24\x92\x02\xdc\x26\xeb\xf6\x70\x2b\xb0\x6b\xd8\x4d\xd6\x4e\xb0\xf0\x9b\xac\x1f\x07"
    "\x1e\x03\x26\x6b\xa8\x70\x27\x0c\x27\x6b\xc8\xad\xd9\xda\xf4\x92\xec\x2b\x1e\x3b\x32\x3a\x4c\x24"
    "\x48\xa6\x49\x06\x88\x03\xe4\x55\xb2\xdc\xba\xee\x82\x7a\x75\xdc\x47\xe5\x91\x4b\xfd\x64\xf0\xe8"
    "\xa5\x8a\x26\x16\x86\xfd\xc6\xd7\xc7\xed\x3b\x84\xda\xa7\x2a\xa4\xc8\x18\x4d\xd7\x05\x01\x00\xaf"
    "\x86\x12\x05",
      147);
  StoredArticle s = decode_stored_article(zstd_record);
  EXPECT_EQ(s.article.id, "old-1");
  EXPECT_EQ(s.article.title, "Seminar in Beijing");
  EXPECT_EQ(s.article.body, "Rashid Alimov spoke about the SCO.");
  EXPECT_EQ(s.article.source, "Xinhua");
  ASSERT_EQ(s.body_words.size(), 6u);
  EXPECT_EQ(std::string(s.keys[s.body_words[2].key].stem), "Zspoke");
  EXPECT_NE(stored_content_hash(zstd_record), 0u);
  EXPECT_EQ(decode_article(zstd_record).body, s.article.body);
}

TEST(StoredArticle, DataOfOlderDatabasesIsReadWithoutWords) {
  StoredArticle s = decode_stored_article(R"({"id":"x","title":"T","body":"B","lang":"en"})");
  EXPECT_EQ(s.article.id, "x");
  EXPECT_EQ(s.article.body, "B");
  EXPECT_TRUE(s.body_words.empty());
}

TEST(StoredArticle, DamagedDataGivesNoWordsAndNoCrash) {
  Written w = write("Seminar", "Rashid Alimov spoke about the SCO.", "en");
  for (size_t cut = 1; cut < w.data.size(); ++cut) {
    StoredArticle s = decode_stored_article(std::string_view(w.data).substr(0, cut));
    for (const StoredWord& word : s.body_words) {
      EXPECT_LE(word.end, s.article.body.size());
      EXPECT_LT(word.key, s.keys.size());
    }
  }
  std::string flipped = w.data;
  for (size_t i = 2; i < flipped.size(); i += 3) flipped[i] = static_cast<char>(flipped[i] ^ 0x5A);
  StoredArticle s = decode_stored_article(flipped);
  for (const StoredWord& word : s.body_words) EXPECT_LE(word.end, s.article.body.size());
}

}  // namespace
}  // namespace news
