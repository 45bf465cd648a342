// The words of a stored text as a compact table: each word is its key (the distinct terms it was
// indexed as, defined where the key first occurs) and its place in the text, written as the gap
// after the word before and its length, both left out when they are the usual ones (one space;
// the key's own length). A key whose word is its text lower-cased (most words, and CJK ones) is
// not spelt out: the reader takes it from the text.
#pragma once
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "analysis/analyzer.h"
#include "store/byte_codec.h"
#include "store/stored_article.h"
#include "store/text_arena.h"

namespace news {

// The keys defined so far while writing one article's tables (title, then body).
struct KeyWriter {
  std::unordered_map<std::string, uint32_t> ids;  // word form (+ run flag) -> key
};

void encode_words(std::string& out, std::string_view text, const std::vector<IndexedWord>& words, KeyWriter& keys);

// Reads a table written by encode_words over the same `text`, adding the keys it defines, their
// bytes kept in `arena`. Throws CorruptRecord.
std::vector<StoredWord> decode_words(ByteReader& in, std::string_view text, std::vector<StoredKey>& keys, TextArena& arena);

}  // namespace news
