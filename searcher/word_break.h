// Words written together: a query word that no article holds may be several indexed words whose
// spaces were lost ("القتلبالطعن" for "القتل بالطعن", a translated headline's glue), as Lucene's
// WordBreakSpellChecker finds them. The database's own term dictionary says what a word is.
#pragma once
#include <xapian.h>

#include <string>
#include <vector>

namespace news {

// The fewest indexed words (unprefixed terms, each of at least two characters) that `word`, a
// normalized word, is made of end to end; among as few, the cut whose rarest word is in the most
// documents. Each two neighbouring words of the cut must follow each other in two articles, else
// a word the articles lack (a name, an inflection) is cut into whatever short words the index
// holds ("полюбили" -> "по любили"). Empty when there is no such cut, and for words of more than
// 64 characters.
std::vector<std::string> indexed_words_written_together(const Xapian::Database& db, const std::string& word);

}  // namespace news
