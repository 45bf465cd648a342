#include "searcher/phrase_query.h"

#include <algorithm>
#include <set>
#include <vector>

namespace news {

Xapian::Query phrase_query(const Analyzer& analyzer, const std::string& text, const std::string& prefix,
                           const std::string& lang, HighlightTerms& highlight) {
  std::vector<Token> tokens;
  analyzer.tokens(text, lang, 1, tokens);
  // Positions that start a bigram, and those holding a run's final character alone.
  std::set<uint32_t> bigram_at, run_end_at;
  for (const Token& t : tokens) {
    if (t.kind == TokenKind::kBigram) bigram_at.insert(t.position);
    if (t.kind == TokenKind::kRunEnd) run_end_at.insert(t.position);
  }
  std::vector<std::pair<uint32_t, std::string>> sequence;
  for (const Token& t : tokens) {
    if (t.kind == TokenKind::kBigram) {
      sequence.emplace_back(t.position, prefix + t.term);
    } else if (t.kind == TokenKind::kWord || t.kind == TokenKind::kRunWord) {
      bool in_run = bigram_at.count(t.position) || run_end_at.count(t.position);  // false without the backstop
      if (in_run) highlight.strings.push_back(t.term);
      else highlight.words.insert(t.term);
      // A run of one character has no bigram: its word stands for it.
      bool lone_character = in_run && !bigram_at.count(t.position) && !bigram_at.count(t.position - 1);
      if (!in_run || lone_character) sequence.emplace_back(t.position, prefix + t.term);
    }
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
