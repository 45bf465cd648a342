// The nearest indexed word to a misspelt one, found in the database's own term dictionary, the
// way Lucene's DirectSpellChecker does: no spelling index is written, so indexing pays nothing,
// deleted articles take their words with them, and shards and remote databases answer as one.
#pragma once
#include <xapian.h>

#include <string>
#include <string_view>

namespace news {

// Whether a normalized word can be spelt: it has a letter and no character of a script that gets
// the CJK/Thai backstop (an edit distance over those finds other words, not corrections), so
// numbers and symbols are left alone too.
bool is_spelling_word(std::string_view word);

// Edits between two strings of code points: insertions, deletions, substitutions and swaps of two
// neighbours ("alimvo" -> "alimov" is one), or max_edits + 1 when there are more than max_edits.
unsigned edit_distance(const std::u32string& a, const std::u32string& b, unsigned max_edits);

// The indexed word (unprefixed term) closest to `word` within `max_edits`, in the most documents
// among the closest; empty when there is none. Candidates start with the same character as
// `word`: a typo in the first letter is rare, and that keeps the scan to a slice of the terms.
std::string nearest_indexed_word(const Xapian::Database& db, const std::string& word, unsigned max_edits);

}  // namespace news
