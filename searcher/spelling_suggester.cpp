#include "searcher/spelling_suggester.h"

#include <algorithm>

#include "analysis/normalizer.h"
#include "analysis/utf8.h"
#include "searcher/nearest_word.h"

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

void text_nodes(const QueryNode& n, std::vector<const QueryNode*>& out) {
  if (n.kind == QueryNode::Kind::kText || n.kind == QueryNode::Kind::kPhrase) out.push_back(&n);
  for (const auto& child : n.children) text_nodes(*child, out);
}

struct Replacement {
  size_t start, end;  // bytes of the query as typed
  std::string text;
};

}  // namespace

Xapian::doccount SpellingSuggester::matches(const Word& w, const BuiltQuery& built, const Xapian::MSet& mset) const {
  // The MSet knows the frequencies of the query's own terms without asking the databases again.
  Xapian::doccount most = mset.get_termfreq(w.form);
  for (const std::string& term : analyzer_.query_terms(w, built.languages).derived) most = std::max(most, mset.get_termfreq(term));
  return most;
}

std::string SpellingSuggester::suggest(const std::string& query, const ParsedQuery& parsed, const BuiltQuery& built,
                                       const Xapian::Database& db, const Xapian::MSet& mset) const {
  std::vector<const QueryNode*> nodes;
  text_nodes(*parsed.root, nodes);
  if (mset.get_matches_estimated() >= kFewResults) return {};
  std::vector<Replacement> replacements;
  for (const QueryNode* node : nodes) {
    for (const Word& w : analyzer_.words(node->text)) {
      size_t chars = char_count(w.form);
      if (!w.is_word || chars < kMinChars || !is_spelling_word(w.form)) continue;
      Xapian::doccount own = matches(w, built, mset);
      if (own > 0 && own * kMoreCommon > db.get_doccount()) continue;
      std::string correction = nearest_indexed_word(db, w.form, max_edits(chars));
      if (correction.empty()) continue;
      Xapian::doccount theirs = mset.get_termfreq(correction);
      if (theirs == 0 || theirs < own * kMoreCommon) continue;
      size_t start = node->offset + w.start, end = node->offset + w.end;
      replacements.push_back({start, end, cased_like(query.substr(start, end - start), correction)});
    }
  }
  if (replacements.empty()) return {};
  std::sort(replacements.begin(), replacements.end(), [](const Replacement& a, const Replacement& b) { return a.start < b.start; });
  std::string out;
  size_t done = 0;
  for (const Replacement& r : replacements) {
    out += query.substr(done, r.start - done) + r.text;
    done = r.end;
  }
  return out + query.substr(done);
}

}  // namespace news
