#include "searcher/passages.h"

#include <algorithm>

#include "analysis/utf8.h"

namespace news {
namespace {

using Range = std::pair<size_t, size_t>;

std::string flatten(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  return out;
}

Fragment cut(std::string_view text, Range r, const std::vector<Match>& matches) {
  Fragment f;
  f.text = flatten(text.substr(r.first, r.second - r.first));
  f.cut_before = r.first > 0;
  f.cut_after = r.second < text.size();
  for (const Match& m : matches)
    if (m.start >= r.first && m.end <= r.second) f.highlights.emplace_back(m.start - r.first, m.end - r.first);
  return f;
}

// A window of at most `chars` characters around the character at `anchor_byte`, snapped to word
// boundaries: it starts a little before the match, so the reader sees what leads up to it.
Range window_at(std::string_view text, const std::vector<uint32_t>& starts, size_t anchor_byte, size_t chars) {
  size_t anchor = static_cast<size_t>(std::upper_bound(starts.begin(), starts.end(), anchor_byte) - starts.begin()) - 1;
  size_t lead = std::min(anchor, chars / 5);
  size_t first = anchor - lead;
  size_t last = std::min(starts.size(), first + chars);
  if (last == starts.size() && last - first < chars) first = last > chars ? last - chars : 0;
  size_t begin = starts[first], end = last < starts.size() ? starts[last] : text.size();
  // Do not start or end in the middle of a word of a spaced script: move to a space at most
  // kSnapBytes away (looked for there only: CJK text may have none for the whole article).
  constexpr size_t kSnapBytes = 25;
  auto is_space = [&](size_t at) { return text[at] == ' ' || text[at] == '\n'; };
  if (first > 0) {
    for (size_t at = begin; at < std::min(text.size(), begin + kSnapBytes) && at < anchor_byte; ++at)
      if (is_space(at)) {
        begin = at + 1;
        break;
      }
  }
  if (end < text.size()) {
    size_t from = end >= kSnapBytes - 1 ? end - (kSnapBytes - 1) : 0;
    for (size_t at = end + 1; at-- > from && at > begin && at >= anchor_byte;)
      if (is_space(at)) {
        end = at;
        break;
      }
  }
  return {begin, end};
}

// The matches inside `r`: matches are sorted and do not overlap, so they are one stretch.
std::pair<size_t, size_t> matches_within(const std::vector<Match>& matches, Range r) {
  size_t first = static_cast<size_t>(std::lower_bound(matches.begin(), matches.end(), r.first,
                                                      [](const Match& m, size_t at) { return m.start < at; }) -
                                     matches.begin());
  size_t last = first;
  while (last < matches.size() && matches[last].end <= r.second) ++last;
  return {first, last};
}

struct Choice {
  std::vector<Range> ranges;
  size_t covered = 0;  // distinct query forms inside them
};

// A candidate window and the matches inside it, found once rather than in every round of choose.
struct Window {
  Range range;
  size_t first, last;  // matches[first, last)
};

std::vector<Window> windows_around(std::string_view text, const std::vector<uint32_t>& starts,
                                   const std::vector<Match>& matches, size_t chars) {
  std::vector<Window> windows;
  for (const Match& m : matches) {
    Range r = window_at(text, starts, m.start, chars);
    if (!windows.empty() && windows.back().range == r) continue;  // as good as the one before, never chosen over it
    auto [first, last] = matches_within(matches, r);
    windows.push_back({r, first, last});
  }
  return windows;
}

// Greedily up to `k` of the candidate windows (one around each match), each adding the most
// query forms not yet shown (then the most matches), none overlapping another.
Choice choose(const std::vector<Window>& windows, const std::vector<Match>& matches, size_t k, std::vector<bool>& covered) {
  Choice choice;
  std::fill(covered.begin(), covered.end(), false);
  std::vector<size_t> counted_in(covered.size(), windows.size());  // the last window a form was counted in
  for (size_t round = 0; round < k; ++round) {
    const Window* pick = nullptr;
    size_t pick_gain = 0, pick_count = 0;
    for (size_t w = 0; w < windows.size(); ++w) {
      const Range& r = windows[w].range;
      bool overlaps = std::any_of(choice.ranges.begin(), choice.ranges.end(),
                                  [&](const Range& c) { return r.first < c.second && c.first < r.second; });
      if (overlaps) continue;
      size_t gain = 0;
      for (size_t i = windows[w].first; i < windows[w].last; ++i) {
        uint32_t key = matches[i].key;
        if (!covered[key] && counted_in[key] != w) counted_in[key] = w, ++gain;
      }
      size_t count = windows[w].last - windows[w].first;
      if (gain > pick_gain || (gain == pick_gain && count > pick_count)) pick = &windows[w], pick_gain = gain, pick_count = count;
    }
    if (!pick || (pick_gain == 0 && !choice.ranges.empty())) break;
    choice.ranges.push_back(pick->range);
    for (size_t i = pick->first; i < pick->last; ++i)
      if (!covered[matches[i].key]) covered[matches[i].key] = true, ++choice.covered;
    std::fill(counted_in.begin(), counted_in.end(), windows.size());
  }
  return choice;
}

}  // namespace

std::vector<Fragment> choose_passages(std::string_view text, const std::vector<Match>& all_matches,
                                      const SnippetOptions& options) {
  text = truncate_utf8(text, options.max_scan_bytes);
  std::vector<Match> matches;
  for (const Match& m : all_matches)
    if (m.end <= text.size()) matches.push_back(m);
  std::vector<uint32_t> starts = char_starts(text);
  if (starts.empty()) return {};
  if (matches.empty()) return {cut(text, window_at(text, starts, 0, options.max_chars), matches)};
  uint32_t ids = 0;
  for (const Match& m : matches) ids = std::max(ids, m.key + 1);
  std::vector<bool> covered(ids), present(ids);
  for (const Match& m : matches) present[m.key] = true;
  size_t forms = static_cast<size_t>(std::count(present.begin(), present.end(), true));
  Choice best;
  for (size_t k = 1; k <= std::max<size_t>(1, options.max_fragments); ++k) {
    Choice c = choose(windows_around(text, starts, matches, options.max_chars / k), matches, k, covered);
    if (c.covered > best.covered) best = std::move(c);
    if (best.covered == forms) break;
  }
  std::sort(best.ranges.begin(), best.ranges.end());
  std::vector<Fragment> fragments;
  for (const Range& r : best.ranges) fragments.push_back(cut(text, r, matches));
  return fragments;
}

Fragment mark_all(std::string_view text, const std::vector<Match>& matches) {
  return cut(text, {0, text.size()}, matches);
}

}  // namespace news
