#include "searcher/phrase_query.h"

#include <algorithm>
#include <set>
#include <vector>

namespace news {

Xapian::Query phrase_query(const Analyzer& analyzer, const std::string& text, const std::string& prefix,
                           const std::string& lang, HighlightTerms& highlight) {
  std::vector<Token> tokens;
  analyzer.tokens(text, lang, 1, tokens);
  // Positions that start a bigram: a run's last character stands for itself only in a run of one
  // character, which has no bigram.
  std::set<uint32_t> bigram_at;
  for (const Token& t : tokens)
    if (t.kind == TokenKind::kBigram) bigram_at.insert(t.position);
  std::vector<std::pair<uint32_t, std::string>> sequence;
  for (const Token& t : tokens) {
    bool in_phrase = analyzer.stores_position(t.kind);
    if (t.kind == TokenKind::kRunEnd) in_phrase = !bigram_at.count(t.position - 1);
    if (t.kind == TokenKind::kWord) highlight.words.insert(t.term);
    if (t.kind == TokenKind::kRunWord) highlight.strings.push_back(t.term);
    if (in_phrase) sequence.emplace_back(t.position, prefix + t.term);
  }
  if (sequence.empty()) return Xapian::Query();
  std::sort(sequence.begin(), sequence.end());
  if (sequence.size() == 1) return Xapian::Query(sequence[0].second);
  std::vector<Xapian::Query> terms;
  for (const auto& [position, term] : sequence) terms.emplace_back(term);
  Xapian::termcount window = sequence.back().first - sequence.front().first + 1;
  return Xapian::Query(Xapian::Query::OP_PHRASE, terms.begin(), terms.end(), std::max<Xapian::termcount>(window, terms.size()));
}

}  // namespace news
