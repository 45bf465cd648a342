#include "indexer/document_builder.h"

#include <algorithm>
#include <cmath>
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

// A word occurrence's wdf, `weight`, multiplied by the article's length factor (1 when the
// database leaves BM25's length normalization to Xapian).
unsigned scaled(unsigned weight, double factor) {
  if (factor == 1) return weight;
  return std::max(1u, static_cast<unsigned>(std::lround(weight * factor)));
}

// Positions only where the analyzer says phrases read them; title terms again with the title
// prefix, for title: searches.
void add_tokens(Xapian::Document& doc, const std::vector<Token>& tokens, const Analyzer& analyzer, unsigned wdf,
                bool also_as_title, uint32_t lead_end, double factor) {
  unsigned title_copy = scaled(1, factor);
  for (const Token& t : tokens) {
    unsigned weight = scaled(wdf_at(t.start, wdf, lead_end), factor);
    if (t.position && analyzer.stores_position(t.kind)) {
      doc.add_posting(t.term, t.position, weight);
      if (also_as_title) doc.add_posting(fields::kTitle + t.term, t.position, title_copy);
    } else {
      doc.add_term(t.term, weight);
      if (also_as_title) doc.add_term(fields::kTitle + t.term, title_copy);
    }
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

// Xapian's length of the document written without normalization: the sum of its wdfs.
double length_of(const AnalyzedArticle& a) {
  double length = static_cast<double>(a.title.size()) * (kTitleWdf + 1);  // the title copies too
  for (const Token& t : a.body) length += wdf_at(t.start, 1, a.lead_end);
  return length + unwritten_length(a.title_words, a.body_words, a.lead_end);
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
  double factor = norm ? norm->factor(length_of(a), mostly_unspaced(a)) : 1;
  add_tokens(doc, a.title, analyzer, kTitleWdf, true, 0, factor);
  add_tokens(doc, a.body, analyzer, 1, false, a.lead_end, factor);
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
  return length_of(analyze(article, analyzer));
}

}  // namespace news
