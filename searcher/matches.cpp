#include "searcher/matches.h"

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
    for (const std::string* derived : {&key.stem, &key.accent})
      if (!derived->empty() && searched(*derived, terms_.derived)) return {true, *derived, 0};
    return {};
  }
  if (!key.stem.empty() && searched(key.stem, terms_.derived)) {
    size_t prefix = stem_prefix_bytes(key.word, key.stem);
    if (prefix) return {true, key.stem, static_cast<uint32_t>(prefix)};
  }
  return {};
}

// A run's normalized characters, and the original bytes each stands for: its own character where
// normalization kept the word's character count, else the whole word. Reused from run to run.
struct MatchFinder::Run {
  std::u32string chars;
  std::vector<std::pair<uint32_t, uint32_t>> original;
  std::vector<std::string_view> forms;  // the ids of matched forms (form_id)
};

MatchFinder::MatchFinder(const HighlightTerms& terms) : terms_(terms) {
  for (const auto* set : {&terms.words, &terms.derived})
    for (const std::string& term : *set) sieve_.add(term);
  for (const std::string& s : terms.strings) {
    if (s.empty()) continue;
    strings_.push_back(code_points(s));
    first_bits_ |= uint64_t{1} << (strings_.back()[0] % 64);
  }
}

void MatchFinder::match_run(std::string_view text, const std::vector<StoredWord>& words, const std::vector<StoredKey>& keys,
                            size_t first, size_t last, Run& run, std::vector<Match>& out) const {
  run.chars.clear();
  run.original.clear();
  for (size_t i = first; i < last; ++i) {
    const StoredWord& w = words[i];
    std::string_view form(keys[w.key].word), surface = text.substr(w.start, w.end - w.start);
    size_t before = run.chars.size();
    for (size_t f = 0; f < form.size();) run.chars.push_back(next_code_point(form, f));
    size_t t = 0;
    while (t < surface.size() && run.original.size() < run.chars.size()) {
      size_t char_start = t;
      next_code_point(surface, t);
      run.original.emplace_back(w.start + char_start, w.start + t);
    }
    if (run.original.size() != run.chars.size() || t != surface.size()) {  // not one for one: the whole word
      run.original.resize(before);
      run.original.resize(run.chars.size(), {w.start, w.end});
    }
  }
  for (size_t i = 0; i < run.chars.size(); ++i) {
    if (!(first_bits_ >> (run.chars[i] % 64) & 1)) continue;
    for (size_t s = 0; s < strings_.size(); ++s) {
      const std::u32string& needle = strings_[s];
      if (needle[0] != run.chars[i] || run.chars.compare(i, needle.size(), needle) != 0) continue;
      out.push_back({run.original[i].first, run.original[i + needle.size() - 1].second, form_id(run.forms, terms_.strings[s])});
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
    if (!keys[w.key].in_run || strings_.empty()) continue;
    size_t last = i + 1;
    while (last < words.size() && words[last].continues_run) ++last;
    match_run(text, words, keys, i, last, run, matches);
    // The run's other words count when they are query words themselves.
    for (size_t j = i + 1; j < last; ++j) {
      const std::string& form = keys[words[j].key].word;
      if (searched(form, terms_.words)) matches.push_back({words[j].start, words[j].end, form_id(run.forms, form)});
    }
    i = last - 1;
  }
  return merged(std::move(matches));
}

}  // namespace news
