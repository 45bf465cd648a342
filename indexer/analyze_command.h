// `newsindex --analyze` and `--words`: show what the analyzer makes of text on standard input.
#pragma once
#include <iosfwd>
#include <string>

#include "analysis/analyzer.h"

namespace news {

// One token per line: term, kind, position, start and end byte offsets (tab-separated).
// `lang` empty means detect per line.
void print_tokens(std::istream& in, std::ostream& out, const Analyzer& analyzer, const std::string& lang);

// Each input line's segments (original characters, punctuation included) joined by single spaces.
void print_words(std::istream& in, std::ostream& out, const Analyzer& analyzer);

}  // namespace news
