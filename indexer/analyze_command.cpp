#include "indexer/analyze_command.h"

#include <istream>
#include <ostream>
#include <vector>

#include "analysis/language.h"
#include "analysis/utf8.h"

namespace news {

void print_tokens(std::istream& in, std::ostream& out, const Analyzer& analyzer, const std::string& lang) {
  std::string line;
  uint32_t position = 1;
  uint32_t line_offset = 0;  // offsets are reported into the whole input, not the line
  while (std::getline(in, line)) {
    std::string text = repair_utf8(line);
    std::string language = lang.empty() ? detect_language(text) : lang;
    std::vector<Token> tokens;
    position = analyzer.tokens(text, language, position, tokens);
    for (const Token& t : tokens)
      out << t.term << '\t' << token_kind_name(t.kind) << '\t' << t.position << '\t' << (line_offset + t.start) << '\t'
          << (line_offset + t.end) << '\n';
    line_offset += static_cast<uint32_t>(line.size() + 1);
  }
}

void print_words(std::istream& in, std::ostream& out, const Analyzer& analyzer) {
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::string text = repair_utf8(line);
    const char* separator = "";
    for (const Word& w : analyzer.words(text)) {
      out << separator << std::string_view(text).substr(w.start, w.end - w.start);
      separator = " ";
    }
    out << '\n';
  }
}

}  // namespace news
