// The query language's syntax tree, and its fallback for malformed queries.
#include <gtest/gtest.h>

#include "searcher/query_parser.h"

namespace news {
namespace {

using Kind = QueryNode::Kind;

// A compact rendering of the tree, to compare whole shapes.
std::string show(const QueryNode& n) {
  switch (n.kind) {
    case Kind::kText: return (n.field.empty() ? "" : n.field + ":") + n.text;
    case Kind::kPhrase: return (n.field.empty() ? "" : n.field + ":") + "\"" + n.text + "\"";
    case Kind::kFilter: return n.field + "=" + n.text;
    case Kind::kDateRange: return "date[" + n.from + "," + n.to + "]";
    case Kind::kNothing: return "nothing";
    case Kind::kRequired: return "+" + show(*n.children[0]);
    case Kind::kExcluded: return "-" + show(*n.children[0]);
    default: break;
  }
  std::string op = n.kind == Kind::kAnd ? "AND" : n.kind == Kind::kOr ? "OR" : "NOT";
  std::string out = "(" + op;
  for (const auto& c : n.children) out += " " + show(*c);
  return out + ")";
}

std::string parse(const std::string& q) { return show(*parse_query(q).root); }

TEST(QueryParser, WordsPhrasesAndModifiers) {
  EXPECT_EQ(parse("Alimov"), "Alimov");
  EXPECT_EQ(parse("shanghai spirit"), "(OR shanghai spirit)");
  EXPECT_EQ(parse("\"community of shared future\""), "\"community of shared future\"");
  EXPECT_EQ(parse("+sco -summit cooperation"), "(OR +sco -summit cooperation)");
  EXPECT_EQ(parse("\"上海合作组织\" 秘书长"), "(OR \"上海合作组织\" 秘书长)");
}

TEST(QueryParser, BooleanOperatorsAndParentheses) {
  EXPECT_EQ(parse("a AND b"), "(AND a b)");
  EXPECT_EQ(parse("a OR b AND c"), "(OR a (AND b c))");
  EXPECT_EQ(parse("(a OR b) AND c"), "(AND (OR a b) c)");
  EXPECT_EQ(parse("a NOT b"), "(NOT a b)");
  EXPECT_EQ(parse("and or not"), "(OR and or not)");  // lower-case words are words
}

TEST(QueryParser, AQuerySetInCapitalsHasNoOperators) {
  // A headline as printed: its AND, OR and NOT are words, as the other words' capitals tell.
  EXPECT_EQ(parse("BRAZIL EXPORT PRICES NOT CONFIRMED"), "(OR BRAZIL EXPORT PRICES NOT CONFIRMED)");
  EXPECT_EQ(parse("FREEPORT-MCMORAN OIL AND GAS <FMR> PAYOUT OFF"),
            "(OR FREEPORT-MCMORAN OIL AND GAS <FMR> PAYOUT OFF)");
  EXPECT_EQ(parse("ОПЕК OR НЕФТЬ"), "(OR ОПЕК OR НЕФТЬ)");
  EXPECT_TRUE(parse_query("OIL AND GAS").only_words);
  // A lower-case letter anywhere, or no other capitals, and they are operators again.
  EXPECT_EQ(parse("OIL AND gas"), "(AND OIL gas)");
  EXPECT_EQ(parse("(IRAN OR IRAQ) AND oil"), "(AND (OR IRAN IRAQ) oil)");
  EXPECT_EQ(parse("中国 AND 美国"), "(AND 中国 美国)");
  EXPECT_EQ(parse("\"a\" NOT b"), "(NOT \"a\" b)");
  // Field names and filter values are not the query's text: they do not bring the operators back.
  EXPECT_EQ(parse("lang:en OIL AND GAS"), "(OR lang=en OIL AND GAS)");
  EXPECT_EQ(parse("title:OIL AND GAS"), "(OR title:OIL AND GAS)");
  EXPECT_EQ(parse("title:oil AND GAS"), "(AND title:oil GAS)");  // the title's words count
}

bool has_kind(const QueryNode& n, Kind kind) {
  if (n.kind == kind) return true;
  for (const auto& c : n.children)
    if (has_kind(*c, kind)) return true;
  return false;
}

TEST(QueryParser, APlusOrMinusInsideAWordIsNoModifier) {
  // A Reuters headline: "-BANKERS" excluded would leave out its own article.
  EXPECT_FALSE(has_kind(*parse_query("(CORRECTED)-BANKERS TRUST <BT> PAYOUT").root, Kind::kExcluded));
  EXPECT_FALSE(has_kind(*parse_query("\"shared future\"+summit").root, Kind::kRequired));
  EXPECT_TRUE(has_kind(*parse_query("(-weather summit)").root, Kind::kExcluded));
  EXPECT_TRUE(has_kind(*parse_query("summit -weather").root, Kind::kExcluded));
}

TEST(QueryParser, FieldsFiltersAndDates) {
  EXPECT_EQ(parse("title:summit"), "title:summit");
  EXPECT_EQ(parse("title:\"shared future\""), "title:\"shared future\"");
  EXPECT_EQ(parse("lang:zh source:Reuters year:2018 trade"), "(OR lang=zh source=Reuters year=2018 trade)");
  EXPECT_EQ(parse("date:2018-06-01..2018-06-30"), "date[20180601,20180630]");
  EXPECT_EQ(parse("date:2018-06-01.."), "date[20180601,]");
  EXPECT_EQ(parse("date:..2018-06"), "date[,20180631]");
  EXPECT_EQ(parse("date:2018"), "date[20180101,20181231]");
  EXPECT_EQ(parse("url:http://x"), "url:http://x");  // not a field: a word
}

// Only a query of words and filters asks that results hold its words (requirements.h).
TEST(QueryParser, TellsAQueryOfOnlyWordsFromOneWithSyntax) {
  for (const char* words : {"shanghai spirit", "lang:zh 上海 year:2018", "title:summit trade", "and or not"})
    EXPECT_TRUE(parse_query(words).only_words) << words;
  for (const char* syntax : {"a OR b", "+sco summit", "-weather summit", "\"shared future\" sco", "(a b)", "a AND b",
                             "\"unbalanced"})
    EXPECT_FALSE(parse_query(syntax).only_words) << syntax;
}

TEST(QueryParser, MalformedQueriesFallBackToTheWords) {
  ParsedQuery q = parse_query("\"community of shared future");
  EXPECT_EQ(show(*q.root), "(OR community of shared future)");
  ASSERT_EQ(q.notes.size(), 1u);
  EXPECT_NE(q.notes[0].find("unbalanced quote"), std::string::npos);

  q = parse_query("(sco summit");
  EXPECT_EQ(show(*q.root), "(OR sco summit)");
  EXPECT_NE(q.notes[0].find("unbalanced parenthesis"), std::string::npos);

  q = parse_query("sco) summit");
  EXPECT_EQ(show(*q.root), "(OR sco summit)");

  q = parse_query("summit date:2018-99-99");
  EXPECT_EQ(show(*q.root), "summit");
  EXPECT_NE(q.notes[0].find("not understood"), std::string::npos);

  EXPECT_EQ(parse("AND"), "nothing");
  EXPECT_EQ(parse(""), "nothing");
  EXPECT_EQ(parse("   "), "nothing");
}

}  // namespace
}  // namespace news
