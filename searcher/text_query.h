// The ranked query of free text: the words of a query's text clauses (the words typed between
// operators), each searched as its terms, and the CJK/Thai runs also as their character bigrams.
// Sibling clauses are searched together, so that a term asked for twice is read once and a long
// query can be cut to its most telling parts.
#pragma once
#include <xapian.h>

#include <map>
#include <string>
#include <vector>

#include "analysis/analyzer.h"
#include "searcher/highlight_terms.h"

namespace news {

struct QueryWeights {
  double derived = 1.0;   // stems and accent-folded forms, relative to the exact word
  double backstop = 0.5;  // CJK/Thai bigram matches, relative to the exact word
};

class TextQuery {
 public:
  TextQuery(const Analyzer& analyzer, const QueryWeights& weights, const std::vector<std::string>& languages,
            HighlightTerms& highlight);

  // Adds a text clause, searched in the field whose term prefix is `prefix` ("" for any).
  void add(const std::string& text, const std::string& prefix);

  // Everything added, as one query; empty when nothing was.
  Xapian::Query query();

  // After query(): what a document holds to match it well, one query per part: each word (by
  // any of its terms) and each CJK/Thai run (as the whole string). Empty when the query is one
  // word, long (a headline, a pasted sentence) or only stopwords: then every match counts.
  const std::vector<Xapian::Query>& units() const { return units_; }

  // After query(): whether the text is long (a headline, a pasted sentence): every match counts,
  // and there are many.
  bool is_long() const { return long_; }

 private:
  using BigramWeights = std::map<std::string, double>;  // bigram term -> weight
  struct Clause {
    std::string text, prefix;
    std::vector<Word> words;  // words only, no punctuation
  };
  struct Run {
    std::string prefix;               // of its clause's field
    std::vector<std::string> grams;  // its bigram terms, in order
    std::string typed;               // its characters as typed (before normalization)
  };
  bool is_stopword(const Word& w) const;
  Xapian::Query word(const Word& w, const std::string& prefix, bool alone);
  Xapian::Query word_part(const Word& w, const std::string& prefix, bool alone, std::vector<Xapian::Query>& parts);
  void clause_parts(const Clause& clause, bool keep_stopwords, bool alone, std::vector<Xapian::Query>& parts);
  static Xapian::Query string_query(const Run& run);
  Xapian::Query whole_string(const Run& run, double phrase_weight) const;

  const Analyzer& analyzer_;
  QueryWeights weights_;
  const std::vector<std::string>& languages_;
  HighlightTerms& highlight_;
  std::vector<Clause> clauses_;
  BigramWeights grams_;
  struct Repeat {
    size_t part;   // its index among the parts
    double times;  // how often the query asks for it
  };
  std::map<std::string, Repeat> repeats_;  // spaced words by field and form
  std::vector<Run> runs_;  // the CJK/Thai runs of two or more characters
  std::vector<Xapian::Query> units_;
  bool long_ = false;
  bool many_run_words_ = false;  // a long query by the CJK/Thai measure (query())
};

}  // namespace news
