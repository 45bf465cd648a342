// The stored article (a value of each document, store/article_record.h): the article as result
// pages show it, and the words of its title and body with the terms each was indexed as, so that
// the highlighter compares a query with what indexing made of the text instead of analyzing it
// again. A compact binary record compressed with LZ4 (read in about a microsecond, where zlib
// and JSON parsing took tens per result, and Zstandard six).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/analyzer.h"
#include "store/article.h"
#include "store/text_arena.h"

namespace news {

// A distinct word of the article with the terms it was indexed as.
struct StoredKey {
  std::string_view word, stem, accent;  // terms as WordTerms has them, in StoredArticle::key_text
  bool in_run = false;                  // a word of a CJK/Thai run
};

// One word of the title or the body.
struct StoredWord {
  uint32_t start = 0, end = 0;  // bytes of its text
  uint32_t key = 0;             // into StoredArticle::keys
  bool continues_run = false;   // in the same run as the word before it
};

struct StoredArticle {
  Article article;
  std::vector<StoredKey> keys;
  std::vector<StoredWord> title_words, body_words;
  TextArena key_text;  // the bytes of the keys' terms
};

// The stored record of `article`, whose title and body gave `title` and `body` (Analyzer::tokens).
std::string encode_article(const Article& article, const std::vector<IndexedWord>& title,
                           const std::vector<IndexedWord>& body);

// The article and its words. Data written before words were stored (JSON) gives the article
// alone; data that cannot be read gives an empty article.
StoredArticle decode_stored_article(std::string_view data);

// The article alone (its words are not decoded).
Article decode_article(std::string_view data);

// The fingerprint of the title and body that the data begins with, read without decoding the
// rest: equal for the same article under two ids (search results show one of them). 0 when the
// data has none (written by an older version).
uint64_t stored_content_hash(std::string_view data);

// A fingerprint of every field that the index depends on, plus the analyzer's version, so that an
// article is re-analyzed when either changes.
std::string article_fingerprint(const Article& article);

// Lower-cased ASCII, for filter terms and the words of the key table.
inline char lower_ascii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
std::string lower_ascii(std::string s);

}  // namespace news
