// Article readers, the date finder and the read-ahead stream: every format, and every kind of bad
// input.
#include <gtest/gtest.h>

#include <sstream>

#include "indexer/date_finder.h"
#include "indexer/read_ahead.h"
#include "indexer/readers.h"

namespace news {
namespace {

struct Collected {
  std::vector<Article> articles;
  std::vector<std::string> rejects, warnings;
  ReaderCallbacks callbacks() {
    return {[this](Article&& a) { articles.push_back(std::move(a)); },
            [this](const std::string& o, const std::string& r) { rejects.push_back(o + ": " + r); },
            [this](const std::string& o, const std::string& m) { warnings.push_back(o + ": " + m); }};
  }
};

TEST(DateFinder, FormsFoundInNewsText) {
  EXPECT_EQ(find_date("June 16th, 2018, Beijing, China"), "2018-06-16");
  EXPECT_EQ(find_date("China Plus Published: 2018-06-11 19:24:34"), "2018-06-11");
  EXPECT_EQ(find_date("Publisher:系统管理员Release time:2021-07-02visits:20"), "2021-07-02");
  EXPECT_EQ(find_date("is held in Astana, June 20, 2024."), "2024-06-20");
  EXPECT_EQ(find_date("on 9 June 2018 in Qingdao"), "2018-06-09");
  EXPECT_EQ(find_date("新华社北京2018年6月10日电"), "2018-06-10");
  EXPECT_EQ(find_date("2010-05-22T14:30:00+0900"), "2010-05-22");
}

TEST(DateFinder, TheEarliestDateWinsAndNonsenseIsIgnored) {
  EXPECT_EQ(find_date("Updated 2020-01-02. Originally June 1, 2019"), "2020-01-02");
  EXPECT_EQ(find_date("version 2018-13-45 of the file"), "");
  EXPECT_EQ(find_date("no date here at all"), "");
  EXPECT_EQ(find_date("February 29, 2019"), "");  // not a leap year
}

// A text that starts with its date (JSON Lines "date" fields) is read without the patterns; what
// does not fit that form exactly still goes through them.
TEST(DateFinder, ALeadingDateIsReadAsThePatternsWould) {
  EXPECT_EQ(find_date("2018-6-1"), "2018-06-01");
  EXPECT_EQ(find_date("2018-06-11 19:24:34"), "2018-06-11");
  EXPECT_EQ(find_date("2018-13-01, June 5, 2019"), "2019-06-05");  // invalid first: the next date
  EXPECT_EQ(find_date("12018-06-11"), "2018-06-11");               // five digits: found inside
  EXPECT_EQ(find_date("2018-06-111 and 2019-01-02"), "2019-01-02");  // day too long: not a date
  EXPECT_EQ(find_date("2018-006-01"), "");
  EXPECT_EQ(find_date("2018-06-"), "");
}

TEST(PlainText, TitleIsTheFirstNonEmptyLine) {
  Collected c;
  read_plain_text("\n\n  My Title  \n\nJune 16th, 2018\nBody line one.\nBody line two.\n", "a1", "a1.txt", {}, c.callbacks());
  ASSERT_EQ(c.articles.size(), 1u);
  EXPECT_EQ(c.articles[0].id, "a1");
  EXPECT_EQ(c.articles[0].title, "My Title");
  EXPECT_EQ(c.articles[0].date, "2018-06-16");
  EXPECT_EQ(c.articles[0].body, "June 16th, 2018\nBody line one.\nBody line two.");
}

TEST(PlainText, BadInputIsRejectedWithAReason) {
  Collected c;
  read_plain_text("", "e", "e.txt", {}, c.callbacks());
  read_plain_text(std::string("\x7f" "ELF\0\0\0", 7), "b", "b.bin", {}, c.callbacks());
  ReaderLimits small;
  small.max_article_bytes = 10;
  read_plain_text("A title\nA body that is too long", "h", "h.txt", small, c.callbacks());
  EXPECT_TRUE(c.articles.empty());
  ASSERT_EQ(c.rejects.size(), 3u);
  EXPECT_EQ(c.rejects[0], "e.txt: empty article (no title and no body)");
  EXPECT_EQ(c.rejects[1], "b.bin: binary data, not text");
  EXPECT_NE(c.rejects[2].find("over the limit of 10"), std::string::npos);
}

TEST(PlainText, InvalidUtf8IsRepairedWithAWarning) {
  Collected c;
  read_plain_text("Caf\xe9 news\nBody", "u", "u.txt", {}, c.callbacks());
  ASSERT_EQ(c.articles.size(), 1u);
  EXPECT_EQ(c.articles[0].title, "Caf\xEF\xBF\xBD news");
  ASSERT_EQ(c.warnings.size(), 1u);
  EXPECT_NE(c.warnings[0].find("u.txt: invalid UTF-8 repaired"), std::string::npos);
}

TEST(Livedoor, UrlDateTitleBody) {
  std::string file =
      "http://news.livedoor.com/article/detail/4778030/\n2010-05-22T14:30:00+0900\n"
      "友人代表のスピーチ、独女はどうこなしている？\n　もうすぐジューン・ブライドと呼ばれる６月。\n";
  EXPECT_TRUE(looks_like_livedoor(file));
  EXPECT_FALSE(looks_like_livedoor("A title\nA body\n"));
  Collected c;
  read_livedoor(file, "dokujo-tsushin-4778030", "x.txt", {}, c.callbacks());
  ASSERT_EQ(c.articles.size(), 1u);
  const Article& a = c.articles[0];
  EXPECT_EQ(a.url, "http://news.livedoor.com/article/detail/4778030/");
  EXPECT_EQ(a.date, "2010-05-22");
  EXPECT_EQ(a.title, "友人代表のスピーチ、独女はどうこなしている？");
  EXPECT_EQ(a.body, "もうすぐジューン・ブライドと呼ばれる６月。");
  EXPECT_EQ(a.lang, "ja");
  EXPECT_EQ(a.source, "livedoor");
}

TEST(JsonLines, EveryFieldIsRead) {
  std::istringstream in(
      R"({"id":"x-1","title":"T","body":"B","date":"2019-03-04","url":"http://e/1","source":"ntrex128","lang":"zh-Hant"})"
      "\n");
  Collected c;
  read_json_lines(in, "f.jsonl", {}, c.callbacks());
  ASSERT_EQ(c.articles.size(), 1u);
  const Article& a = c.articles[0];
  EXPECT_EQ(a.id, "x-1");
  EXPECT_EQ(a.date, "2019-03-04");
  EXPECT_EQ(a.url, "http://e/1");
  EXPECT_EQ(a.source, "ntrex128");
  EXPECT_EQ(a.lang, "zh-Hant");
  EXPECT_EQ(a.origin, "f.jsonl:1");
}

TEST(JsonLines, TheBytesConsumedAreToldLineByLine) {
  const std::string first = "{\"id\":\"a\",\"title\":\"A\",\"body\":\"b\"}\n", bad = "{broken\n",
                    last = "{\"id\":\"c\",\"title\":\"C\",\"body\":\"b\"}";  // no final newline
  std::istringstream in(first + bad + last);
  Collected c;
  std::vector<uint64_t> consumed;
  ReaderCallbacks callbacks = c.callbacks();
  callbacks.consumed = [&consumed](uint64_t bytes) { consumed.push_back(bytes); };
  read_json_lines(in, "f.jsonl", {}, callbacks);
  EXPECT_EQ(consumed, (std::vector<uint64_t>{first.size(), first.size() + bad.size(), first.size() + bad.size() + last.size()}));
  EXPECT_EQ(c.articles.size(), 2u);
}

TEST(JsonLines, OneBadLineNeverStopsTheOthers) {
  std::istringstream in(
      "{\"id\":\"ok-1\",\"title\":\"One\",\"body\":\"b\"}\n"
      "{not json at all\n"
      "\n"
      "[1,2,3]\n"
      "{\"title\":\"no id\",\"body\":\"b\"}\n"
      "{\"id\":\"empty\",\"title\":\"\",\"body\":\"  \"}\n"
      "{\"id\":\"num\",\"title\":{\"a\":1},\"body\":\"b\"}\n"
      "{\"id\":\"bad-utf8\",\"title\":\"Caf\xe9\",\"body\":\"b\"}\n"
      "{\"id\":\"ok-2\",\"title\":\"Two\",\"body\":\"b\"}\n");
  Collected c;
  read_json_lines(in, "f.jsonl", {}, c.callbacks());
  std::vector<std::string> ids;
  for (const Article& a : c.articles) ids.push_back(a.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"ok-1", "bad-utf8", "ok-2"}));
  ASSERT_EQ(c.rejects.size(), 5u);
  EXPECT_EQ(c.rejects[0], "f.jsonl:2: malformed JSON line");
  EXPECT_EQ(c.rejects[1], "f.jsonl:4: malformed JSON line");
  EXPECT_EQ(c.rejects[2], "f.jsonl:5: no id");
  EXPECT_EQ(c.rejects[3], "f.jsonl:6: empty article (no title and no body)");
  EXPECT_EQ(c.rejects[4], "f.jsonl:7: field \"title\" is not a string");
  ASSERT_EQ(c.warnings.size(), 1u);
  EXPECT_NE(c.warnings[0].find("f.jsonl:8: invalid UTF-8 repaired"), std::string::npos);
}

// Lines of 50 bytes, numbered: more than the read-ahead buffer's chunk of 64 KB, several times.
std::string numbered_lines(size_t count) {
  std::string text;
  for (size_t i = 0; i < count; ++i) {
    std::string line = "line " + std::to_string(i) + " ";
    text += line + std::string(49 - line.size(), 'x') + "\n";
  }
  return text;
}

// A source that has at most `piece` bytes ready at a time, as a pipe fed line by line has.
ReadAheadBuffer::ReadSome trickle(std::istringstream& source, std::streamsize piece) {
  return [&source, piece](char* to, std::streamsize size) {
    source.read(to, std::min(size, piece));
    return source.gcount();
  };
}

std::string read_whole(std::streambuf& buffer) {
  std::istream in(&buffer);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

TEST(ReadAhead, GivesBackWhatItReadAheadThenTheRest) {
  std::string text = numbered_lines(10000);
  std::istringstream source(text);
  ReadAheadBuffer buffer(trickle(source, 1 << 16));
  std::string_view ahead = buffer.read_ahead(100, 1 << 20);
  EXPECT_EQ(ahead, std::string_view(text).substr(0, 100 * 50));  // the first 100 lines, whole
  EXPECT_EQ(read_whole(buffer), text);
}

TEST(ReadAhead, TakesWhatTheSourceHasReadyAsItComes) {
  std::string text = numbered_lines(300);
  std::istringstream source(text);
  ReadAheadBuffer buffer(trickle(source, 7));
  EXPECT_EQ(buffer.read_ahead(3, 1 << 20), std::string_view(text).substr(0, 3 * 50));
  std::istream in(&buffer);
  std::string line;
  for (size_t i = 0; i < 300 && std::getline(in, line); ++i) ASSERT_EQ(line + "\n", text.substr(i * 50, 50));
  EXPECT_FALSE(std::getline(in, line));
}

TEST(ReadAhead, StopsAtItsByteBoundAndKeepsALastLineWithoutNewline) {
  std::string text = numbered_lines(10000);
  std::istringstream source(text);
  ReadAheadBuffer bounded(trickle(source, 1 << 16));
  EXPECT_LT(bounded.read_ahead(1000000, 100000).size(), 200000u);
  EXPECT_EQ(read_whole(bounded), text);

  std::istringstream short_source("first\nlast without newline");
  ReadAheadBuffer whole(trickle(short_source, 1 << 16));
  EXPECT_EQ(whole.read_ahead(10, 1000), "first\nlast without newline");
  EXPECT_EQ(read_whole(whole), "first\nlast without newline");
  EXPECT_THROW(whole.read_ahead(10, 1000), std::logic_error);  // once read, nothing is ahead
}

}  // namespace
}  // namespace news
