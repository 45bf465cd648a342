// What the highlighter should mark: the forms the query builder searched for.
#pragma once
#include <string>
#include <unordered_set>
#include <vector>

namespace news {

struct HighlightTerms {
  std::unordered_set<std::string> words;    // normalized word forms
  std::unordered_set<std::string> derived;  // stem and accent terms, with their prefixes
  std::vector<std::string> strings;         // normalized CJK/Thai strings, matched as substrings

  bool empty() const { return words.empty() && derived.empty() && strings.empty(); }
};

}  // namespace news
