#include "searcher/spelling_suggester.h"

#include <algorithm>

#include "analysis/normalizer.h"
#include "analysis/utf8.h"
#include "searcher/nearest_word.h"
#include "searcher/word_break.h"

namespace news {
namespace {

// Corrections are looked for only when the query found fewer results than kFewResults (as Solr's
// maxResultsForSuggest): a query that finds plenty is served, and the scan for nearby words
// (nearest_word.h) is not paid by every headline with a name the articles do not have. A word
// that matches articles is taken as meant unless a word kMoreCommon times as common is one or two
// edits away ("teh" in a few articles, "the" in all of them).
constexpr Xapian::doccount kFewResults = 10;
constexpr Xapian::doccount kMoreCommon = 50;
// Shorter words are left alone: two letters are one edit away from too many others.
constexpr size_t kMinChars = 3;

// One edit for short words (two turn "cat" into most three-letter words), two for longer ones.
unsigned max_edits(size_t chars) { return chars <= 4 ? 1 : 2; }

// A text or phrase node of the query, and whether its words are an operand of their own (of +, -,
// AND, NOT or a field), which a word spelt as several must stay.
struct TextNode {
  const QueryNode* node;
  bool operand;
};

void text_nodes(const QueryNode& n, bool operand, std::vector<TextNode>& out) {
  using Kind = QueryNode::Kind;
  if (n.kind == Kind::kText || n.kind == Kind::kPhrase) out.push_back({&n, operand || !n.field.empty()});
  bool operands = operand || (n.kind != Kind::kOr && n.kind != Kind::kText && n.kind != Kind::kPhrase);
  for (const auto& child : n.children) text_nodes(*child, operands, out);
}

struct Replacement {
  size_t start, end;  // bytes of the query as typed
  std::string text;
};

// A word of the query that may be misspelt, or several written together: a word of letters of
// an alphabetic script, and where it is in the query as typed. (Both uses analyze the query's
// words again; only for queries that found few results or hold a word that matches nothing.)
struct CheckedWord {
  Word word;
  size_t start, end;
  bool operand;  // of its own, outside a phrase: words spelt apart are quoted
};

std::vector<CheckedWord> checked_words(const ParsedQuery& parsed, const Analyzer& analyzer) {
  std::vector<TextNode> nodes;
  text_nodes(*parsed.root, false, nodes);
  std::vector<CheckedWord> out;
  for (const TextNode& n : nodes)
    for (Word& w : analyzer.words(n.node->text)) {
      if (!w.is_word || char_count(w.form) < kMinChars || !is_spelling_word(w.form)) continue;
      size_t start = n.node->offset + w.start, end = n.node->offset + w.end;
      out.push_back({std::move(w), start, end, n.operand && n.node->kind == QueryNode::Kind::kText});
    }
  return out;
}

// `query` with each replacement's bytes replaced by its text.
std::string replaced(const std::string& query, std::vector<Replacement> replacements) {
  std::sort(replacements.begin(), replacements.end(), [](const Replacement& a, const Replacement& b) { return a.start < b.start; });
  std::string out;
  size_t done = 0;
  for (const Replacement& r : replacements) {
    out += query.substr(done, r.start - done) + r.text;
    done = r.end;
  }
  return out + query.substr(done);
}

}  // namespace

Xapian::doccount SpellingSuggester::matches(const Word& w, const BuiltQuery& built, const Xapian::MSet& mset) const {
  // The MSet knows the frequencies of the query's own terms without asking the databases again.
  Xapian::doccount most = mset.get_termfreq(w.form);
  for (const std::string& term : analyzer_.query_terms(w, built.languages).derived) most = std::max(most, mset.get_termfreq(term));
  return most;
}

std::string SpellingSuggester::suggest(const std::string& query, const ParsedQuery& parsed, const BuiltQuery& built,
                                       const Xapian::Database& db, const Xapian::MSet& mset) const {
  if (mset.get_matches_estimated() >= kFewResults) return {};
  std::vector<Replacement> replacements;
  for (const CheckedWord& c : checked_words(parsed, analyzer_)) {
    Xapian::doccount own = matches(c.word, built, mset);
    if (own > 0 && own * kMoreCommon > db.get_doccount()) continue;
    std::string correction = nearest_indexed_word(db, c.word.form, max_edits(char_count(c.word.form)));
    if (correction.empty()) continue;
    Xapian::doccount theirs = mset.get_termfreq(correction);
    if (theirs == 0 || theirs < own * kMoreCommon) continue;
    replacements.push_back({c.start, c.end, cased_like(query.substr(c.start, c.end - c.start), correction)});
  }
  return replacements.empty() ? std::string() : replaced(query, std::move(replacements));
}

std::string SpellingSuggester::written_apart(const std::string& query, const ParsedQuery& parsed,
                                             const BuiltQuery& built, const Xapian::Database& db,
                                             const Xapian::MSet& mset) const {
  // Most queries' words all match as typed: they are not analyzed again.
  bool unmatched = false;
  for (const std::string& form : built.highlight.words)
    if (is_spelling_word(form) && mset.get_termfreq(form) == 0) unmatched = true;
  if (!unmatched) return {};
  std::vector<Replacement> replacements;
  for (const CheckedWord& c : checked_words(parsed, analyzer_)) {
    if (matches(c.word, built, mset) > 0) continue;
    std::vector<std::string> words = indexed_words_written_together(db, c.word.form);
    if (words.empty()) continue;
    std::string apart;
    for (const std::string& w : words) apart += (apart.empty() ? "" : " ") + w;
    // Cased as typed, so that a query in capitals stays one (its AND, OR and NOT words); quoted
    // where it is an operand, so that +, -, AND, NOT or title: still apply to the whole word.
    apart = cased_like(query.substr(c.start, c.end - c.start), apart);
    if (c.operand) apart = "\"" + apart + "\"";
    replacements.push_back({c.start, c.end, apart});
  }
  return replacements.empty() ? std::string() : replaced(query, std::move(replacements));
}

}  // namespace news
