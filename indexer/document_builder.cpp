#include "indexer/document_builder.h"

#include <algorithm>
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

// Positions only where the analyzer says phrases read them; title terms again with the title
// prefix, for title: searches.
void add_tokens(Xapian::Document& doc, const std::vector<Token>& tokens, const Analyzer& analyzer, unsigned wdf,
                bool also_as_title, uint32_t lead_end = 0) {
  for (const Token& t : tokens) {
    unsigned weight = wdf_at(t.start, wdf, lead_end);
    if (t.position && analyzer.stores_position(t.kind)) {
      doc.add_posting(t.term, t.position, weight);
      if (also_as_title) doc.add_posting(fields::kTitle + t.term, t.position);
    } else {
      doc.add_term(t.term, weight);
      if (also_as_title) doc.add_term(fields::kTitle + t.term);
    }
  }
}

// The terms that another term stands for are not written (Analyzer::word_terms: stems that are
// their word, words that are their bigram), but they count in the document's length as before:
// BM25's parameters were chosen, and the ranking measured, with those lengths. One term per
// document carries them, instead of a posting per word.
Xapian::termcount unwritten_terms(const WordTerms& terms) { return terms.stem_is_word + terms.word_is_bigram; }

void add_unwritten_length(Xapian::Document& doc, const std::vector<IndexedWord>& title_words,
                          const std::vector<IndexedWord>& body_words, uint32_t lead_end) {
  Xapian::termcount length = 0;
  for (const IndexedWord& w : title_words) length += unwritten_terms(w.terms) * (kTitleWdf + 1);  // and its title copy
  for (const IndexedWord& w : body_words) length += unwritten_terms(w.terms) * wdf_at(w.start, 1, lead_end);
  if (length) doc.add_term(fields::kUnwrittenLength, length);
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

Xapian::Document build_document(const Article& article, const Analyzer& analyzer, const std::string& fingerprint) {
  Xapian::Document doc;
  std::vector<Token> tokens;
  std::vector<IndexedWord> title_words, body_words;
  uint32_t next = analyzer.tokens(article.title, article.lang, 1, tokens, &title_words);
  add_tokens(doc, tokens, analyzer, kTitleWdf, true);
  tokens.clear();
  analyzer.tokens(article.body, article.lang, next + kBodyPositionGap, tokens, &body_words);
  uint32_t lead = lead_end(article, body_words);
  add_tokens(doc, tokens, analyzer, 1, false, lead);
  add_unwritten_length(doc, title_words, body_words, lead);
  add_filters(doc, article);
  doc.add_value(fields::kContentHashSlot, fingerprint);
  set_article_record(doc, encode_article(article, title_words, body_words));
  return doc;
}

}  // namespace news
