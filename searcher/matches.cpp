#include "searcher/matches.h"

#include <unicode/utf8.h>

#include <algorithm>

#include "analysis/analyzer.h"
#include "analysis/utf8.h"

namespace news {
namespace {

// Numbers each distinct matched form (per text: there are few of them), to count distinct ones.
uint32_t form_id(std::vector<std::string_view>& forms, std::string_view form) {
  for (size_t i = 0; i < forms.size(); ++i)
    if (forms[i] == form) return static_cast<uint32_t>(i);
  forms.push_back(form);
  return static_cast<uint32_t>(forms.size() - 1);
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

// The original bytes that the `nth` normalized character of `word` stands for: its own character
// where normalization kept the word's character count (`form_chars`), else the whole word.
std::pair<uint32_t, uint32_t> original_char(std::string_view text, const StoredWord& word, size_t form_chars, size_t nth) {
  std::string_view surface = text.substr(word.start, word.end - word.start);
  if (char_count(surface) != form_chars) return {word.start, word.end};
  auto at = static_cast<int32_t>(0), end = static_cast<int32_t>(surface.size());
  for (size_t i = 0; i < nth; ++i) U8_FWD_1(surface.data(), at, end);
  int32_t after = at;
  U8_FWD_1(surface.data(), after, end);
  return {word.start + static_cast<uint32_t>(at), word.start + static_cast<uint32_t>(after)};
}

}  // namespace

// What a key matches by itself: its word, or for words outside runs a stem or accent form, or
// for run words the part its stem stands for (Korean nouns without their particle).
struct MatchFinder::KeyMatch {
  bool matches = false;
  std::string_view form;      // the query form it matched
  uint32_t prefix_bytes = 0;  // 0: the whole word
};

MatchFinder::KeyMatch MatchFinder::match_key(const StoredKey& key) const {
  if (searched(key.word, terms_.words) || searched(key.word, terms_.derived)) return {true, key.word, 0};
  if (!key.in_run) {
    for (std::string_view derived : {key.stem, key.accent})
      if (!derived.empty() && searched(derived, terms_.derived)) return {true, derived, 0};
    return {};
  }
  if (!key.stem.empty() && searched(key.stem, terms_.derived)) {
    size_t prefix = stem_prefix_bytes(key.word, key.stem);
    if (prefix) return {true, key.stem, static_cast<uint32_t>(prefix)};
  }
  return {};
}

// A run's normalized characters and where each of its words begins among them. Reused from run
// to run.
struct MatchFinder::Run {
  std::u32string chars;
  std::vector<uint32_t> word_starts;    // index in `chars` of each word's first character
  std::vector<std::string_view> forms;  // the ids of matched forms (form_id)
};

MatchFinder::MatchFinder(const HighlightTerms& terms) : terms_(terms) {
  for (const auto* set : {&terms.words, &terms.derived})
    for (const std::string& term : *set) sieve_.add(term);
  for (size_t s = 0; s < terms.strings.size(); ++s) {
    if (terms.strings[s].empty()) continue;
    needles_.push_back({code_points(terms.strings[s]), static_cast<uint32_t>(s)});
    firsts_.set(needles_.back().chars[0] % firsts_.size());
  }
  std::sort(needles_.begin(), needles_.end(), [](const Needle& a, const Needle& b) { return a.chars[0] < b.chars[0]; });
}

void MatchFinder::match_run(std::string_view text, const std::vector<StoredWord>& words, const std::vector<StoredKey>& keys,
                            size_t first, size_t last, Run& run, std::vector<Match>& out) const {
  run.chars.clear();
  run.word_starts.clear();
  for (size_t i = first; i < last; ++i) {
    run.word_starts.push_back(static_cast<uint32_t>(run.chars.size()));
    std::string_view form = keys[words[i].key].word;
    for (int32_t f = 0, n = static_cast<int32_t>(form.size()); f < n;) {
      UChar32 c;
      U8_NEXT(form.data(), f, n, c);
      run.chars.push_back(c < 0 ? 0xFFFD : static_cast<char32_t>(c));
    }
  }
  // The original bytes of the run's `nth` character (only matches need them).
  auto original = [&](size_t nth) {
    size_t word = static_cast<size_t>(std::upper_bound(run.word_starts.begin(), run.word_starts.end(), nth) - run.word_starts.begin()) - 1;
    size_t next = word + 1 < run.word_starts.size() ? run.word_starts[word + 1] : run.chars.size();
    return original_char(text, words[first + word], next - run.word_starts[word], nth - run.word_starts[word]);
  };
  for (size_t i = 0; i < run.chars.size(); ++i) {
    char32_t c = run.chars[i];
    if (!firsts_.test(c % firsts_.size())) continue;
    auto n = std::lower_bound(needles_.begin(), needles_.end(), c, [](const Needle& a, char32_t b) { return a.chars[0] < b; });
    for (; n != needles_.end() && n->chars[0] == c; ++n) {
      if (run.chars.compare(i, n->chars.size(), n->chars) != 0) continue;
      out.push_back({original(i).first, original(i + n->chars.size() - 1).second, form_id(run.forms, terms_.strings[n->string])});
    }
  }
}

std::vector<Match> MatchFinder::find(std::string_view text, const std::vector<StoredWord>& words,
                                     const std::vector<StoredKey>& keys, size_t scan_limit) const {
  std::vector<Match> matches;
  if (terms_.empty()) return matches;
  Run run;
  std::vector<KeyMatch> known(keys.size());
  std::vector<bool> looked_up(keys.size(), false);
  for (size_t i = 0; i < words.size() && words[i].start < scan_limit; ++i) {
    const StoredWord& w = words[i];
    if (!looked_up[w.key]) known[w.key] = match_key(keys[w.key]), looked_up[w.key] = true;
    const KeyMatch& m = known[w.key];
    if (m.matches && m.prefix_bytes <= w.end - w.start)
      matches.push_back({w.start, m.prefix_bytes ? w.start + m.prefix_bytes : w.end, form_id(run.forms, m.form)});
    if (!keys[w.key].in_run || needles_.empty()) continue;
    size_t last = i + 1;
    while (last < words.size() && words[last].continues_run) ++last;
    match_run(text, words, keys, i, last, run, matches);
    // The run's other words count when they are query words themselves.
    for (size_t j = i + 1; j < last; ++j) {
      std::string_view form = keys[words[j].key].word;
      if (searched(form, terms_.words)) matches.push_back({words[j].start, words[j].end, form_id(run.forms, form)});
    }
    i = last - 1;
  }
  return merged(std::move(matches));
}

}  // namespace news
