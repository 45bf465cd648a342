#include "searcher/query_builder.h"

#include <algorithm>
#include <map>
#include <set>

#include "analysis/language.h"
#include "analysis/script.h"
#include "analysis/runs.h"
#include "analysis/utf8.h"
#include "store/fields.h"
#include "store/stored_article.h"

namespace news {
namespace {

using Kind = QueryNode::Kind;

Xapian::Query combine(Xapian::Query::op op, const std::vector<Xapian::Query>& parts) {
  std::vector<Xapian::Query> present;
  for (const auto& q : parts)
    if (!q.empty()) present.push_back(q);
  if (present.empty()) return Xapian::Query();
  if (present.size() == 1) return present[0];
  return Xapian::Query(op, present.begin(), present.end());
}

Xapian::Query scaled(const Xapian::Query& q, double factor) {
  if (q.empty() || factor == 1.0) return q;
  return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, q, factor);
}

}  // namespace

struct QueryBuilder::Context {
  std::vector<std::string> languages;
  std::map<std::string, std::vector<std::string>> filters;  // field -> filter terms
  std::vector<Xapian::Query> date_ranges;
  HighlightTerms highlight;
};

Xapian::Query QueryBuilder::word(const Word& w, const std::string& prefix, bool alone, Context& c) const {
  QueryTerms terms = analyzer_.query_terms(w, c.languages);
  c.highlight.words.insert(terms.word);
  Xapian::Query exact(prefix + terms.word);
  std::vector<Xapian::Query> derived;
  for (const std::string& term : terms.derived) {
    c.highlight.derived.insert(term);
    derived.emplace_back(prefix + term);
  }
  Xapian::Query parts = combine(Xapian::Query::OP_OR, {exact, scaled(combine(Xapian::Query::OP_SYNONYM, derived), weights_.derived)});
  if (terms.backstop.empty()) return parts;

  // The phrase of the word's bigrams finds the word inside any document that contains its
  // characters, whatever way the document's text was segmented there.
  Xapian::Query backstop;
  if (terms.backstop_is_prefix) {
    // One character: every occurrence begins a bigram (or ends a run); only worth it alone.
    if (!alone) return parts;
    backstop = Xapian::Query(Xapian::Query::OP_WILDCARD, prefix + terms.backstop[0], 2000,
                             Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT);
  } else {
    std::vector<Xapian::Query> grams;
    for (const std::string& g : terms.backstop) grams.emplace_back(prefix + g);
    backstop = grams.size() == 1 ? grams[0] : Xapian::Query(Xapian::Query::OP_PHRASE, grams.begin(), grams.end(), grams.size());
  }
  c.highlight.strings.push_back(w.form);
  return combine(Xapian::Query::OP_OR, {parts, scaled(backstop, weights_.backstop)});
}

// All the bigrams of a run, across word cuts, in OR: how much of the typed string a document
// holds, and in what order (bigrams straddling two words reward adjacency). Measured on the
// known-item set this beats a phrase of the run (an exact headline rarely recurs) by .01-.02 MRR.
Xapian::Query QueryBuilder::run_backstop(const std::string& run, const std::string& prefix, Context& c) const {
  std::vector<Xapian::Query> terms;
  for (const std::string& g : bigram_terms(run)) terms.emplace_back(prefix + g);
  c.highlight.strings.push_back(run);
  if (terms.size() == 1) return scaled(terms[0], weights_.backstop);
  return scaled(Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end()), weights_.backstop);
}

Xapian::Query QueryBuilder::text(const QueryNode& n, Context& c) const {
  std::string prefix = n.field == "title" ? fields::kTitle : "";
  std::vector<Word> words;
  for (Word& w : analyzer_.words(n.text))
    if (w.is_word) words.push_back(std::move(w));
  auto is_stop = [&](const Word& w) {
    for (const std::string& lang : c.languages)
      if (analyzer_.is_stopword(lang, w.form)) return true;
    return false;
  };
  bool all_stopwords = std::all_of(words.begin(), words.end(), is_stop);
  std::vector<Xapian::Query> parts;
  for (size_t i = 0; i < words.size(); ++i) {
    const Word& w = words[i];
    // Stopwords add nothing to a query with other words; a query of only stopwords keeps them.
    if (all_stopwords || !is_stop(w)) parts.push_back(word(w, prefix, words.size() == 1, c));
    if (!is_backstop_script(w.script)) continue;
    // Typed without spaces, a CJK/Thai run is one string to the user however ICU cut it: its
    // bigrams, across the word cuts too, say how much of it a document holds.
    size_t last = run_end(words, i);
    std::string run = run_form(words, i, last);
    for (size_t j = i + 1; j < last; ++j)
      if (all_stopwords || !is_stop(words[j])) parts.push_back(word(words[j], prefix, false, c));
    if (last > i + 1 || char_count(run) > 1) parts.push_back(run_backstop(run, prefix, c));
    i = last - 1;
  }
  Xapian::Query any = combine(Xapian::Query::OP_OR, parts);
  if (all_stopwords && words.size() > 1) {
    QueryNode as_phrase;
    as_phrase.kind = Kind::kPhrase;
    as_phrase.text = n.text;
    as_phrase.field = n.field;
    return combine(Xapian::Query::OP_OR, {phrase(as_phrase, c), any});
  }
  return any;
}

// A phrase is the exact sequence: words at consecutive positions, and inside CJK/Thai runs the
// run's character bigrams at consecutive positions (the exact string, whatever the segmentation).
Xapian::Query QueryBuilder::phrase(const QueryNode& n, Context& c) const {
  std::string prefix = n.field == "title" ? fields::kTitle : "";
  std::string lang = c.languages.empty() ? std::string("und") : c.languages[0];
  std::vector<Token> tokens;
  analyzer_.tokens(n.text, lang, 1, tokens);

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
      if (in_run) c.highlight.strings.push_back(t.term);
      else c.highlight.words.insert(t.term);
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

Xapian::Query QueryBuilder::sequence(const QueryNode& n, Context& c) const {
  std::vector<Xapian::Query> required, optional, excluded;
  for (const auto& child : n.children) {
    if (child->kind == Kind::kRequired) required.push_back(node(*child->children[0], c));
    else if (child->kind == Kind::kExcluded) excluded.push_back(node(*child->children[0], c));
    else optional.push_back(node(*child, c));
  }
  Xapian::Query must = combine(Xapian::Query::OP_AND, required);
  Xapian::Query may = combine(Xapian::Query::OP_OR, optional);
  Xapian::Query q = must.empty() ? may : (may.empty() ? must : Xapian::Query(Xapian::Query::OP_AND_MAYBE, must, may));
  Xapian::Query not_q = combine(Xapian::Query::OP_OR, excluded);
  if (not_q.empty()) return q;
  return Xapian::Query(Xapian::Query::OP_AND_NOT, q.empty() ? Xapian::Query::MatchAll : q, not_q);
}

Xapian::Query QueryBuilder::node(const QueryNode& n, Context& c) const {
  switch (n.kind) {
    case Kind::kText: return text(n, c);
    case Kind::kPhrase: return phrase(n, c);
    case Kind::kOr: return sequence(n, c);
    // The parser keeps +/- clauses inside their sequence; alone they mean "must" / "must not".
    case Kind::kRequired: return node(*n.children[0], c);
    case Kind::kExcluded: return Xapian::Query(Xapian::Query::OP_AND_NOT, Xapian::Query::MatchAll, node(*n.children[0], c));
    case Kind::kAnd:
    case Kind::kAndNot: {
      Xapian::Query a = node(*n.children[0], c), b = node(*n.children[1], c);
      if (n.kind == Kind::kAndNot) {
        if (b.empty()) return a;
        return Xapian::Query(Xapian::Query::OP_AND_NOT, a.empty() ? Xapian::Query::MatchAll : a, b);
      }
      return combine(Xapian::Query::OP_AND, {a, b});
    }
    case Kind::kFilter: {
      std::string value = lower_ascii(n.text);
      const char* prefix = n.field == "lang" ? fields::kLanguage : n.field == "source" ? fields::kSource : fields::kYear;
      c.filters[n.field].push_back(prefix + value);
      return Xapian::Query();
    }
    case Kind::kDateRange:
      if (n.from.empty()) c.date_ranges.emplace_back(Xapian::Query::OP_VALUE_LE, fields::kDateSlot, n.to);
      else if (n.to.empty()) c.date_ranges.emplace_back(Xapian::Query::OP_VALUE_GE, fields::kDateSlot, n.from);
      else c.date_ranges.emplace_back(Xapian::Query::OP_VALUE_RANGE, fields::kDateSlot, n.from, n.to);
      return Xapian::Query();
    case Kind::kNothing: return Xapian::Query();
  }
  return Xapian::Query();
}

BuiltQuery QueryBuilder::build(const ParsedQuery& parsed, const std::string& raw,
                               const std::vector<std::string>& languages) const {
  Context c;
  for (const std::string& l : languages)
    if (std::find(c.languages.begin(), c.languages.end(), l) == c.languages.end()) c.languages.push_back(l);
  for (const std::string& l : plausible_languages(raw))
    if (std::find(c.languages.begin(), c.languages.end(), l) == c.languages.end()) c.languages.push_back(l);

  BuiltQuery built;
  built.query = node(*parsed.root, c);
  std::vector<Xapian::Query> filters;
  for (const auto& [field, terms] : c.filters) {
    std::vector<Xapian::Query> alternatives(terms.begin(), terms.end());
    filters.push_back(combine(Xapian::Query::OP_OR, alternatives));
  }
  filters.push_back(combine(Xapian::Query::OP_AND, c.date_ranges));
  built.filter = combine(Xapian::Query::OP_AND, filters);
  built.highlight = std::move(c.highlight);
  built.languages = std::move(c.languages);
  return built;
}

}  // namespace news
