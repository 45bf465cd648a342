#include "indexer/document_builder.h"

#include <algorithm>
#include <cmath>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "analysis/stemmer.h"
#include "store/article_record.h"
#include "store/fields.h"
#include "store/stored_article.h"

namespace news {
namespace {

// Where the body weighs as a title: an untitled article's lead, up to the byte after its last word
// (0 for an article with a title). Chosen on the odd topics of the known-item set (headlines
// searched in articles without their titles) and of MED (20 to 120 words, weights 2 to 4),
// confirmed on the even ones: MRR@10 .8210 / .8179 -> .8370 / .8345, MED nDCG@10 +.017 / +.015
// (README, Storage). Titled articles keep their body as it is: weighing their lead as well cost
// CRAN, CACM and CISI .016-.053.
uint32_t lead_end(const Article& article, const std::vector<IndexedWord>& body_words) {
  if (!article.title.empty() || body_words.empty()) return 0;
  return body_words[std::min(body_words.size(), kLeadWords) - 1].end;
}

// A word's weight: a title's inside the lead, `wdf` elsewhere.
unsigned wdf_at(uint32_t start, unsigned wdf, uint32_t lead_end) { return start < lead_end ? kTitleWdf : wdf; }

// One occurrence's weight, before any length normalization.
struct Occurrence {
  Occurrence(std::string_view term, bool title_copy, unsigned wdf, uint32_t token)
      : term(term), title_copy(title_copy), wdf(wdf), token(token), hash(hash_of(term, title_copy)) {}

  std::string_view term;
  bool title_copy;  // the term again with the title prefix, for title: searches
  unsigned wdf;
  uint32_t token;  // its token's index among the title's then the body's tokens
  // Sorting by it first groups a term's occurrences with few string comparisons: sorting by the
  // terms themselves was 4% of indexing's instructions.
  uint64_t hash;

  static uint64_t hash_of(std::string_view term, bool title_copy) {
    uint64_t h = title_copy ? 0x9e3779b97f4a7c15ULL : 14695981039346656037ULL;
    for (unsigned char c : term) h = (h ^ c) * 1099511628211ULL;
    return h;
  }
};

// The occurrences of `tokens` (numbered from `first_token`), each weighing `wdf` (a title's inside
// the lead); with `also_as_title`, each once more as a title term.
void add_occurrences(const std::vector<Token>& tokens, uint32_t first_token, unsigned wdf, bool also_as_title,
                     uint32_t lead_end, std::vector<Occurrence>& out) {
  for (uint32_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    out.emplace_back(t.term, false, wdf_at(t.start, wdf, lead_end), first_token + i);
    if (also_as_title) out.emplace_back(t.term, true, 1, first_token + i);
  }
}

// The document's terms, each once with its wdf: the sum of its occurrences' weights, times the
// article's length factor when there is one, rounded once per term (the nearest to BM25's own
// weights); and for each token (and its title copy), which of those terms it is.
struct DocumentTerms {
  struct Term {
    std::string name;
    unsigned wdf;
    bool written = false;  // given to the document with its first position
  };
  std::vector<Term> terms;
  std::vector<uint32_t> of_token;  // [2 * token + title_copy] -> index in `terms`

  DocumentTerms(std::vector<Occurrence>& occurrences, size_t tokens, std::optional<double> factor)
      : of_token(2 * tokens) {
    auto key = [](const Occurrence& o) { return std::make_tuple(o.hash, o.title_copy, o.term); };
    std::sort(occurrences.begin(), occurrences.end(), [&](const Occurrence& a, const Occurrence& b) { return key(a) < key(b); });
    for (size_t i = 0, next; i < occurrences.size(); i = next) {
      unsigned total = 0;
      for (next = i; next < occurrences.size() && key(occurrences[next]) == key(occurrences[i]); ++next) {
        total += occurrences[next].wdf;
        of_token[2 * occurrences[next].token + occurrences[next].title_copy] = static_cast<uint32_t>(terms.size());
      }
      unsigned wdf = factor ? std::max(1u, static_cast<unsigned>(std::lround(total * *factor))) : total;
      std::string name(occurrences[i].term);
      terms.push_back({occurrences[i].title_copy ? fields::kTitle + name : std::move(name), wdf});
    }
  }

  // Adds `token`'s position to its term in `doc`, with the term's wdf the first time: Xapian
  // looks a term up in the document once a call, and a term given its wdf apart costs one more.
  void add_position(Xapian::Document& doc, uint32_t token, bool title_copy, Xapian::termpos position) {
    Term& t = terms[of_token[2 * token + title_copy]];
    doc.add_posting(t.name, position, t.written ? 0 : t.wdf);
    t.written = true;
  }

  // The terms no position gave to the document.
  void add_unwritten(Xapian::Document& doc) const {
    for (const Term& t : terms)
      if (!t.written) doc.add_term(t.name, t.wdf);
  }
};

// Positions only where the analyzer says phrases read them.
void add_positions(Xapian::Document& doc, const std::vector<Token>& tokens, uint32_t first_token,
                   const Analyzer& analyzer, bool also_as_title, DocumentTerms& terms) {
  for (uint32_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (!t.position || !analyzer.stores_position(t.kind)) continue;
    terms.add_position(doc, first_token + i, false, t.position);
    if (also_as_title) terms.add_position(doc, first_token + i, true, t.position);
  }
}

// The terms that another term stands for are not written (Analyzer::word_terms: stems that are
// their word, words that are their bigram), but they count in the document's length as before:
// BM25's parameters were chosen, and the ranking measured, with those lengths. The length
// normalization counts them; without one, a term per document carries them for Xapian.
Xapian::termcount unwritten_terms(const WordTerms& terms) { return terms.stem_is_word + terms.word_is_bigram; }

Xapian::termcount unwritten_length(const std::vector<IndexedWord>& title_words,
                                   const std::vector<IndexedWord>& body_words, uint32_t lead_end) {
  Xapian::termcount length = 0;
  for (const IndexedWord& w : title_words) length += unwritten_terms(w.terms) * (kTitleWdf + 1);  // and its title copy
  for (const IndexedWord& w : body_words) length += unwritten_terms(w.terms) * wdf_at(w.start, 1, lead_end);
  return length;
}

// An article's title and body as the analyzer cuts them for indexing.
struct AnalyzedArticle {
  std::vector<Token> title, body;
  std::vector<IndexedWord> title_words, body_words;
  uint32_t lead_end = 0;
};

AnalyzedArticle analyze(const Article& article, const Analyzer& analyzer) {
  AnalyzedArticle a;
  uint32_t next = analyzer.tokens(article.title, article.lang, 1, a.title, &a.title_words);
  analyzer.tokens(article.body, article.lang, next + kBodyPositionGap, a.body, &a.body_words);
  a.lead_end = lead_end(article, a.body_words);
  return a;
}

std::vector<Occurrence> occurrences(const AnalyzedArticle& a) {
  std::vector<Occurrence> out;
  add_occurrences(a.title, 0, kTitleWdf, true, 0, out);
  add_occurrences(a.body, static_cast<uint32_t>(a.title.size()), 1, false, a.lead_end, out);
  return out;
}

// Xapian's length of the document written without normalization: the sum of its wdfs.
double length_of(const AnalyzedArticle& a, const std::vector<Occurrence>& occurrences) {
  double length = unwritten_length(a.title_words, a.body_words, a.lead_end);
  for (const Occurrence& o : occurrences) length += o.wdf;
  return length;
}

// Whether most of the article's words are in scripts written without spaces.
bool mostly_unspaced(const AnalyzedArticle& a) {
  size_t in_runs = 0;
  for (const auto* words : {&a.title_words, &a.body_words})
    for (const IndexedWord& w : *words) in_runs += w.in_run;
  return 2 * in_runs > a.title_words.size() + a.body_words.size();
}

void add_filters(Xapian::Document& doc, const Article& a) {
  doc.add_boolean_term(fields::kId + a.id);
  std::string lang = lower_ascii(a.lang);
  doc.add_boolean_term(fields::kLanguage + lang);
  std::string primary = primary_language(lang);
  if (primary != lang) doc.add_boolean_term(fields::kLanguage + primary);
  doc.add_value(fields::kLanguageSlot, a.lang);
  if (!a.source.empty()) {
    doc.add_boolean_term(fields::kSource + lower_ascii(a.source));
    doc.add_value(fields::kSourceSlot, a.source);
  }
  if (a.date.size() == 10) {
    std::string year = a.date.substr(0, 4), month = a.date.substr(5, 2), day = a.date.substr(8, 2);
    doc.add_boolean_term(fields::kYear + year);
    doc.add_boolean_term(fields::kMonth + year + month);
    doc.add_boolean_term(fields::kDay + year + month + day);
    doc.add_value(fields::kDateSlot, year + month + day);
    doc.add_value(fields::kYearSlot, year);
  }
}

}  // namespace

Xapian::Document build_document(const Article& article, const Analyzer& analyzer, const std::string& fingerprint,
                                 const std::optional<LengthNorm>& norm) {
  Xapian::Document doc;
  AnalyzedArticle a = analyze(article, analyzer);
  std::vector<Occurrence> weights = occurrences(a);
  std::optional<double> factor;
  if (norm) factor = norm->factor(length_of(a, weights), mostly_unspaced(a));
  DocumentTerms terms(weights, a.title.size() + a.body.size(), factor);
  add_positions(doc, a.title, 0, analyzer, true, terms);
  add_positions(doc, a.body, static_cast<uint32_t>(a.title.size()), analyzer, false, terms);
  terms.add_unwritten(doc);
  if (!norm) {
    Xapian::termcount unwritten = unwritten_length(a.title_words, a.body_words, a.lead_end);
    if (unwritten) doc.add_term(fields::kUnwrittenLength, unwritten);
  }
  add_filters(doc, article);
  doc.add_value(fields::kContentHashSlot, fingerprint);
  set_article_record(doc, encode_article(article, a.title_words, a.body_words));
  return doc;
}

double indexed_length(const Article& article, const Analyzer& analyzer) {
  AnalyzedArticle a = analyze(article, analyzer);
  return length_of(a, occurrences(a));
}

}  // namespace news
