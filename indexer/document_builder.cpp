#include "indexer/document_builder.h"

#include <vector>

#include "analysis/stemmer.h"
#include "store/article_record.h"
#include "store/fields.h"
#include "store/stored_article.h"

namespace news {
namespace {

// Positions only where the analyzer says phrases read them; title terms again with the title
// prefix, for title: searches.
void add_tokens(Xapian::Document& doc, const std::vector<Token>& tokens, const Analyzer& analyzer, unsigned wdf,
                bool also_as_title) {
  for (const Token& t : tokens) {
    if (t.position && analyzer.stores_position(t.kind)) {
      doc.add_posting(t.term, t.position, wdf);
      if (also_as_title) doc.add_posting(fields::kTitle + t.term, t.position);
    } else {
      doc.add_term(t.term, wdf);
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
                          const std::vector<IndexedWord>& body_words) {
  Xapian::termcount length = 0;
  for (const IndexedWord& w : title_words) length += unwritten_terms(w.terms) * (kTitleWdf + 1);  // and its title copy
  for (const IndexedWord& w : body_words) length += unwritten_terms(w.terms);
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
  add_tokens(doc, tokens, analyzer, 1, false);
  add_unwritten_length(doc, title_words, body_words);
  add_filters(doc, article);
  doc.add_value(fields::kContentHashSlot, fingerprint);
  set_article_record(doc, encode_article(article, title_words, body_words));
  return doc;
}

}  // namespace news
