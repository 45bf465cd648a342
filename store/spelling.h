// The spelling dictionary behind "did you mean": the plain words of titles and bodies written in
// alphabetic scripts, kept by Xapian in each database (shard) beside its documents and combined
// when databases are searched together.
//
// CJK, Thai, Hangul and the other scripts written without spaces are left out: an edit distance
// over their characters finds other words, not corrections.
#pragma once
#include <xapian.h>

#include <string_view>

namespace news {

// Whether a normalized word belongs in the dictionary: it has a letter and no character of a
// script that gets the CJK/Thai backstop (numbers and symbols are not spelt).
bool is_spelling_word(std::string_view word);

// Adds the document's dictionary words, each as often as it occurs there (its wdf, in which
// title words weigh more). Frequencies are not taken back when an article is replaced or deleted,
// as Xapian's own indexers do: a word left without articles stays, which is why the searcher
// offers only corrections that still match documents.
void add_spelling_of(Xapian::WritableDatabase& db, const Xapian::Document& doc);

}  // namespace news
