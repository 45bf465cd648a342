// CJK/Thai runs: the one definition of which words form an unbroken string of a script written
// without spaces, used alike by indexing, query building and highlighting.
//
// Dictionary segmentation cuts the same string differently depending on its neighbours, so a run
// is indexed both as its words and as character bigrams at one position per character: any
// substring of a run is then findable as the phrase of its bigrams, whatever the cuts.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/word.h"

namespace news {

// Whether `next` continues the run `previous` belongs to: both are words of the same backstop
// script (script.h) and nothing, not even a space or punctuation, separates them.
bool continues_run(const Word& previous, const Word& next);

// One past the last word of the run that begins with words[first] (first + 1 for a word that is
// not in a backstop script or stands alone).
size_t run_end(const std::vector<Word>& words, size_t first);

// The forms of words[first, last) joined: the run as one normalized string.
std::string run_form(const std::vector<Word>& words, size_t first, size_t last);

// The backstop terms that spell `form` (a normalized run or part of one): its character bigrams
// in order. A single character has no bigram: it gets the term every bigram beginning with it
// begins with (and that the last character of a run is indexed as), to be matched as a prefix.
std::vector<std::string> bigram_terms(std::string_view form);

}  // namespace news
