// Words written together: a query word that no article holds may be several indexed words whose
// spaces were lost ("newyork", or "فيمقاطعة" for "في مقاطعة" in a translated headline). As in
// Lucene's WordBreakSpellChecker, the database's own term dictionary says what a word is.
#pragma once
#include <xapian.h>

#include <string>
#include <vector>

namespace news {

// The fewest indexed words (unprefixed terms, each of at least two characters) that `word`, a
// normalized word, is made of end to end; among as few, the cut whose rarest word is in the most
// documents. That cut is kept only when each two neighbouring words of it follow each other in two
// articles (no other cut is tried), else a word the articles lack (a name, an inflection) is cut
// into whatever short words the index holds ("полюбили" -> "по любили"). Empty when it is not
// kept, when there is no cut, and for words of more than 64 characters.
std::vector<std::string> indexed_words_written_together(const Xapian::Database& db, const std::string& word);

}  // namespace news
