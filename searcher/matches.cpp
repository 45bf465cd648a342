#include "searcher/matches.h"

#include <algorithm>
#include <string>

#include "analysis/utf8.h"

namespace news {
namespace {

// Gives each distinct matched form a small number (per text: there are few of them).
class FormIds {
 public:
  uint32_t id(std::string_view form) {
    for (size_t i = 0; i < forms_.size(); ++i)
      if (forms_[i] == form) return static_cast<uint32_t>(i);
    forms_.push_back(form);
    return static_cast<uint32_t>(forms_.size() - 1);
  }

 private:
  std::vector<std::string_view> forms_;
};

// What a key matches by itself: its word, or for words outside runs a stem or accent form, or
// for run words the part its stem stands for (Korean nouns without their particle).
struct KeyMatch {
  bool matches = false;
  std::string_view form;        // the query form it matched
  uint32_t prefix_bytes = 0;    // 0: the whole word
};

KeyMatch match_key(const StoredKey& key, const HighlightTerms& terms) {
  if (terms.words.count(key.word) || terms.derived.count(key.word)) return {true, key.word, 0};
  if (!key.in_run) {
    for (const std::string* derived : {&key.stem, &key.accent})
      if (!derived->empty() && terms.derived.count(*derived)) return {true, *derived, 0};
    return {};
  }
  if (!key.stem.empty() && terms.derived.count(key.stem)) {
    size_t prefix = stem_prefix_bytes(key.word, key.stem);
    if (prefix) return {true, key.stem, static_cast<uint32_t>(prefix)};
  }
  return {};
}

// The query's strings inside one run (words [first, last)): the run's normalized forms joined,
// and each occurrence mapped back to the original bytes, character by character where
// normalization kept a word's character count, else to the whole word.
void match_run(std::string_view text, const std::vector<StoredWord>& words, const std::vector<StoredKey>& keys,
               size_t first, size_t last, const HighlightTerms& terms, FormIds& ids, std::vector<Match>& out) {
  std::string joined;
  std::vector<std::pair<uint32_t, uint32_t>> original;  // original bytes of each character of `joined`
  std::vector<uint32_t> joined_starts;
  for (size_t i = first; i < last; ++i) {
    const StoredWord& w = words[i];
    const std::string& form = keys[w.key].word;
    std::vector<uint32_t> form_chars = char_starts(form);
    std::vector<uint32_t> text_chars = char_starts(text.substr(w.start, w.end - w.start));
    bool same_count = form_chars.size() == text_chars.size();
    for (size_t k = 0; k < form_chars.size(); ++k) {
      joined_starts.push_back(static_cast<uint32_t>(joined.size() + form_chars[k]));
      if (!same_count) original.emplace_back(w.start, w.end);
      else original.emplace_back(w.start + text_chars[k], k + 1 < text_chars.size() ? w.start + text_chars[k + 1] : w.end);
    }
    joined += form;
  }
  for (const std::string& needle : terms.strings) {
    if (needle.empty()) continue;
    for (size_t at = joined.find(needle); at != std::string::npos; at = joined.find(needle, at + 1)) {
      auto first_char = std::lower_bound(joined_starts.begin(), joined_starts.end(), at);
      if (first_char == joined_starts.end() || *first_char != at) continue;  // not on a character boundary
      auto last_char = std::lower_bound(joined_starts.begin(), joined_starts.end(), at + needle.size()) - 1;
      size_t a = static_cast<size_t>(first_char - joined_starts.begin());
      size_t b = static_cast<size_t>(last_char - joined_starts.begin());
      out.push_back({original[a].first, original[b].second, ids.id(needle)});
    }
  }
}

std::vector<Match> merged(std::vector<Match> matches) {
  std::sort(matches.begin(), matches.end(), [](const Match& a, const Match& b) {
    return a.start != b.start ? a.start < b.start : a.end > b.end;
  });
  std::vector<Match> out;
  for (const Match& m : matches) {
    if (!out.empty() && m.start <= out.back().end) out.back().end = std::max(out.back().end, m.end);
    else out.push_back(m);
  }
  return out;
}

}  // namespace

std::vector<Match> find_matches(std::string_view text, const std::vector<StoredWord>& words,
                                const std::vector<StoredKey>& keys, const HighlightTerms& terms, size_t scan_limit) {
  std::vector<Match> matches;
  if (terms.empty()) return matches;
  FormIds ids;
  std::vector<KeyMatch> known(keys.size());
  std::vector<bool> looked_up(keys.size(), false);
  auto key_match = [&](uint32_t key) -> const KeyMatch& {
    if (!looked_up[key]) known[key] = match_key(keys[key], terms), looked_up[key] = true;
    return known[key];
  };
  for (size_t i = 0; i < words.size() && words[i].start < scan_limit; ++i) {
    const StoredWord& w = words[i];
    const KeyMatch& m = key_match(w.key);
    if (m.matches && m.prefix_bytes <= w.end - w.start)
      matches.push_back({w.start, m.prefix_bytes ? w.start + m.prefix_bytes : w.end, ids.id(m.form)});
    if (!keys[w.key].in_run || terms.strings.empty()) continue;
    size_t last = i + 1;
    while (last < words.size() && words[last].continues_run) ++last;
    match_run(text, words, keys, i, last, terms, ids, matches);
    // The run's other words count when they are query words themselves.
    for (size_t j = i + 1; j < last; ++j)
      if (terms.words.count(keys[words[j].key].word)) matches.push_back({words[j].start, words[j].end, ids.id(keys[words[j].key].word)});
    i = last - 1;
  }
  return merged(std::move(matches));
}

}  // namespace news
