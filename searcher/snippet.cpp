#include "searcher/snippet.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <set>
#include <unordered_map>

#include "analysis/runs.h"
#include "analysis/terms.h"
#include "analysis/utf8.h"

namespace news {
namespace {

using Range = std::pair<size_t, size_t>;

struct Match {
  size_t start, end;  // bytes
  std::string key;    // which query form it matched, to count distinct words
};

// Finds the query's CJK/Thai strings inside one run of adjacent words (normalized, concatenated),
// and maps each occurrence back to the original bytes: character by character when normalization
// kept the character count of a word, else to the whole word.
void match_run(std::string_view text, const std::vector<Word>& words, size_t first, size_t last,
               const HighlightTerms& terms, std::vector<Match>& out) {
  std::string joined;
  std::vector<Range> original;  // original byte range of each character of `joined`
  std::vector<uint32_t> joined_starts;
  for (size_t i = first; i <= last; ++i) {
    const Word& w = words[i];
    std::vector<uint32_t> form_chars = char_starts(w.form);
    std::vector<uint32_t> text_chars = char_starts(text.substr(w.start, w.end - w.start));
    for (size_t k = 0; k < form_chars.size(); ++k) {
      joined_starts.push_back(joined.size() + form_chars[k]);
      if (form_chars.size() == text_chars.size()) {
        size_t s = w.start + text_chars[k];
        size_t e = k + 1 < text_chars.size() ? w.start + text_chars[k + 1] : w.end;
        original.emplace_back(s, e);
      } else {
        original.emplace_back(w.start, w.end);
      }
    }
    joined += w.form;
  }
  for (const std::string& needle : terms.strings) {
    for (size_t at = joined.find(needle); at != std::string::npos; at = joined.find(needle, at + 1)) {
      auto first_char = std::lower_bound(joined_starts.begin(), joined_starts.end(), at);
      auto last_char = std::lower_bound(joined_starts.begin(), joined_starts.end(), at + needle.size()) - 1;
      if (first_char == joined_starts.end() || *first_char != at) continue;  // not on a character boundary
      size_t a = static_cast<size_t>(first_char - joined_starts.begin());
      size_t b = static_cast<size_t>(last_char - joined_starts.begin());
      out.push_back({original[a].first, original[b].second, needle});
    }
  }
}

std::vector<Match> collect_matches(std::string_view text, std::string_view lang, const HighlightTerms& terms,
                                   const Analyzer& analyzer) {
  std::vector<Match> matches;
  if (terms.empty()) return matches;
  std::vector<Word> words = analyzer.words(text);
  std::unordered_map<std::string, std::string> derived_match;  // form -> the derived term it matches, or ""
  LanguageTools language = analyzer.language_tools(lang);
  for (size_t i = 0; i < words.size(); ++i) {
    const Word& w = words[i];
    if (!w.is_word) continue;
    if (terms.words.count(w.form) || terms.derived.count(w.form)) {
      matches.push_back({w.start, w.end, w.form});
    } else if (!is_backstop_script(w.script)) {
      if (terms.derived.empty()) continue;
      // Articles repeat their words: stem and fold each distinct form once.
      auto known = derived_match.find(w.form);
      if (known == derived_match.end()) {
        std::string match;
        WordTerms indexed = analyzer.word_terms(w, language);
        for (const std::string& derived : {indexed.stem, indexed.accent}) {
          if (!derived.empty() && terms.derived.count(derived)) {
            match = derived;
            break;
          }
        }
        known = derived_match.emplace(w.form, std::move(match)).first;
      }
      if (!known->second.empty()) matches.push_back({w.start, w.end, known->second});
    } else if (w.script == Script::kHangul) {
      // The noun without its particle: mark the noun (Hangul is unchanged by normalization).
      std::string stem = analyzer.word_terms(w, language).stem;
      size_t noun_bytes = stem.size() - std::string_view(terms::kStem).size();
      if (terms.derived.count(stem) && noun_bytes <= w.end - w.start) matches.push_back({w.start, w.start + noun_bytes, stem});
    }
    if (is_backstop_script(w.script) && !terms.strings.empty()) {
      size_t last = run_end(words, i);
      match_run(text, words, i, last - 1, terms, matches);
      for (size_t j = i + 1; j < last; ++j)
        if (terms.words.count(words[j].form)) matches.push_back({words[j].start, words[j].end, words[j].form});
      i = last - 1;
    }
  }
  std::sort(matches.begin(), matches.end(), [](const Match& a, const Match& b) {
    return a.start != b.start ? a.start < b.start : a.end > b.end;
  });
  // Merge overlapping and touching matches (a word inside a CJK substring match, two adjacent
  // CJK words), so that each marked stretch is one <mark>.
  std::vector<Match> merged;
  for (Match& m : matches) {
    if (!merged.empty() && m.start <= merged.back().end) {
      merged.back().end = std::max(merged.back().end, m.end);
      continue;
    }
    merged.push_back(std::move(m));
  }
  return merged;
}

std::string flatten(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  return out;
}

Fragment cut(std::string_view text, size_t start, size_t end, const std::vector<Match>& matches) {
  Fragment f;
  f.text = flatten(text.substr(start, end - start));
  f.cut_before = start > 0;
  f.cut_after = end < text.size();
  for (const Match& m : matches)
    if (m.start >= start && m.end <= end) f.highlights.emplace_back(m.start - start, m.end - start);
  return f;
}

// A window of at most `chars` characters around matches[anchor], snapped to word boundaries:
// it starts a little before the match, so the reader sees what leads up to it.
Range window_at(std::string_view text, const std::vector<uint32_t>& starts, size_t anchor_byte, size_t chars) {
  size_t anchor = static_cast<size_t>(std::upper_bound(starts.begin(), starts.end(), anchor_byte) - starts.begin()) - 1;
  size_t lead = std::min(anchor, chars / 5);
  size_t first = anchor - lead;
  size_t last = std::min(starts.size(), first + chars);
  if (last == starts.size() && last - first < chars) first = last > chars ? last - chars : 0;
  size_t begin = starts[first], end = last < starts.size() ? starts[last] : text.size();
  // Do not start or end in the middle of a word of a spaced script.
  if (first > 0) {
    size_t space = text.find_first_of(" \n", begin);
    if (space != std::string_view::npos && space < anchor_byte && space - begin < 25) begin = space + 1;
  }
  if (end < text.size()) {
    size_t space = text.find_last_of(" \n", end);
    if (space != std::string_view::npos && space > begin && end - space < 25 && space >= anchor_byte) end = space;
  }
  return {begin, end};
}

}  // namespace

std::vector<Range> find_matches(std::string_view text, std::string_view lang, const HighlightTerms& terms,
                                const Analyzer& analyzer) {
  std::vector<Range> ranges;
  for (const Match& m : collect_matches(text, lang, terms, analyzer)) ranges.emplace_back(m.start, m.end);
  return ranges;
}

std::vector<Fragment> make_snippet(std::string_view text, std::string_view lang, const HighlightTerms& terms,
                                   const Analyzer& analyzer, const SnippetOptions& options) {
  text = truncate_utf8(text, options.max_scan_bytes);
  std::vector<Match> matches = collect_matches(text, lang, terms, analyzer);
  std::vector<uint32_t> starts = char_starts(text);
  if (starts.empty()) return {};
  if (matches.empty()) {
    Range r = window_at(text, starts, 0, options.max_chars);
    return {cut(text, r.first, r.second, matches)};
  }
  std::set<std::string> all_keys;
  for (const Match& m : matches) all_keys.insert(m.key);

  // Fewest fragments that cover the most distinct query words: one long passage when the words
  // sit together, up to max_fragments shorter ones when they are spread out.
  std::vector<Range> best;
  size_t best_covered = 0;
  for (size_t k = 1; k <= std::max<size_t>(1, options.max_fragments); ++k) {
    size_t chars = options.max_chars / k;
    std::vector<Range> chosen;
    std::set<std::string> covered;
    for (size_t round = 0; round < k; ++round) {
      Range pick{0, 0};
      size_t pick_gain = 0, pick_count = 0;
      for (const Match& anchor : matches) {
        Range r = window_at(text, starts, anchor.start, chars);
        bool overlaps = false;
        for (const Range& c : chosen)
          if (r.first < c.second && c.first < r.second) overlaps = true;
        if (overlaps) continue;
        std::set<std::string> fresh;
        size_t count = 0;
        for (const Match& m : matches)
          if (m.start >= r.first && m.end <= r.second) {
            ++count;
            if (!covered.count(m.key)) fresh.insert(m.key);
          }
        if (fresh.size() > pick_gain || (fresh.size() == pick_gain && count > pick_count)) {
          pick = r;
          pick_gain = fresh.size();
          pick_count = count;
        }
      }
      if (pick_gain == 0 && !chosen.empty()) break;
      if (pick.second == 0) break;
      chosen.push_back(pick);
      for (const Match& m : matches)
        if (m.start >= pick.first && m.end <= pick.second) covered.insert(m.key);
    }
    if (covered.size() > best_covered) {
      best = chosen;
      best_covered = covered.size();
    }
    if (best_covered == all_keys.size()) break;
  }
  std::sort(best.begin(), best.end());
  std::vector<Fragment> fragments;
  for (const Range& r : best) fragments.push_back(cut(text, r.first, r.second, matches));
  return fragments;
}

Fragment highlight_all(std::string_view text, std::string_view lang, const HighlightTerms& terms, const Analyzer& analyzer) {
  return cut(text, 0, text.size(), collect_matches(text, lang, terms, analyzer));
}

std::string escape_html(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 16);
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

namespace {
std::string render(const std::vector<Fragment>& fragments, std::string_view open, std::string_view close,
                   std::string_view ellipsis, bool html) {
  std::string out;
  for (size_t i = 0; i < fragments.size(); ++i) {
    const Fragment& f = fragments[i];
    if (f.cut_before && i == 0) out += ellipsis;
    size_t at = 0;
    for (const auto& [s, e] : f.highlights) {
      std::string_view before = std::string_view(f.text).substr(at, s - at);
      std::string_view marked = std::string_view(f.text).substr(s, e - s);
      out += html ? escape_html(before) : std::string(before);
      out += open;
      out += html ? escape_html(marked) : std::string(marked);
      out += close;
      at = e;
    }
    std::string_view rest = std::string_view(f.text).substr(at);
    out += html ? escape_html(rest) : std::string(rest);
    if (f.cut_after) out += ellipsis;
    else if (i + 1 < fragments.size()) out += " ";
  }
  return out;
}
}  // namespace

std::string fragments_html(const std::vector<Fragment>& fragments) {
  return render(fragments, "<mark>", "</mark>", "…", true);
}

std::string fragments_text(const std::vector<Fragment>& fragments, std::string_view open, std::string_view close) {
  return render(fragments, open, close, "…", false);
}

}  // namespace news
