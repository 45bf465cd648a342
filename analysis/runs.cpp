#include "analysis/runs.h"

#include "analysis/terms.h"
#include "analysis/utf8.h"

namespace news {

bool continues_run(const Word& previous, const Word& next) {
  return previous.is_word && next.is_word && previous.end == next.start && next.script == previous.script &&
         is_backstop_script(next.script);
}

size_t run_end(const std::vector<Word>& words, size_t first) {
  size_t last = first + 1;
  while (last < words.size() && continues_run(words[last - 1], words[last])) ++last;
  return last;
}

std::string run_form(const std::vector<Word>& words, size_t first, size_t last) {
  std::string form;
  for (size_t i = first; i < last; ++i) form += words[i].form;
  return form;
}

std::vector<std::string> bigram_terms(std::string_view form) {
  std::vector<uint32_t> starts = char_starts(form);
  std::vector<std::string> grams;
  if (starts.size() == 1) grams.push_back(terms::kBackstop + std::string(form));
  for (size_t i = 0; i + 1 < starts.size(); ++i) {
    size_t end = i + 2 < starts.size() ? starts[i + 2] : form.size();
    grams.push_back(terms::kBackstop + std::string(form.substr(starts[i], end - starts[i])));
  }
  return grams;
}

}  // namespace news
