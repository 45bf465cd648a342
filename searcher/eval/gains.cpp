#include "eval/gains.h"

#include <algorithm>
#include <cstdlib>

namespace news::eval {

namespace {

bool is_whole_number(const std::string& s) {
  std::size_t i = (!s.empty() && (s[0] == '-' || s[0] == '+')) ? 1 : 0;
  if (i == s.size()) return false;
  for (; i < s.size(); ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  return true;
}

// trec_eval sorts the gains with qsort and a comparison that truncates the difference of two
// gains to an int, so gains less than 1 apart compare equal. glibc's qsort is a stable merge
// sort for arrays this small; this is the same merge, so such gains keep their listed order.
bool before(const LevelGain& a, const LevelGain& b) {
  return static_cast<int>(a.gain - b.gain) <= 0;
}

void merge_sort(std::vector<LevelGain>& v, std::size_t begin, std::size_t end) {
  if (end - begin <= 1) return;
  const std::size_t middle = begin + (end - begin) / 2;
  merge_sort(v, begin, middle);
  merge_sort(v, middle, end);
  std::vector<LevelGain> merged;
  std::size_t i = begin, j = middle;
  while (i < middle && j < end) merged.push_back(before(v[i], v[j]) ? v[i++] : v[j++]);
  while (i < middle) merged.push_back(v[i++]);
  while (j < end) merged.push_back(v[j++]);
  std::copy(merged.begin(), merged.end(), v.begin() + static_cast<long>(begin));
}

}  // namespace

Gains::Gains(const std::vector<std::pair<std::string, double>>& pairs, const RankedQuery& query) {
  for (const auto& [name, gain] : pairs) {
    if (is_whole_number(name)) levels_.push_back({std::atol(name.c_str()), gain, 0});
  }
  // Every judged value up to the highest gets an entry: the first listed one for it, else its
  // own value as gain.
  const std::size_t listed = levels_.size();
  for (std::size_t level = 0; level < query.rel_levels.size(); ++level) {
    const long count = query.rel_levels[level];
    std::size_t j = 0;
    while (j < listed && levels_[j].level != static_cast<long>(level)) ++j;
    if (j < listed) {
      levels_[j].judged = count;
    } else {
      levels_.push_back({static_cast<long>(level), static_cast<double>(level), count});
    }
  }
  merge_sort(levels_, 0, levels_.size());
}

double Gains::of(long rel) const {
  for (const LevelGain& l : levels_) {
    if (l.level == rel) return l.gain;
  }
  return 0.0;
}

IdealGains::IdealGains(const Gains& gains)
    : levels_(gains.levels()),
      level_(static_cast<long>(levels_.size()) - 1),
      gain_(level_ >= 0 ? levels_[level_].gain : 0.0) {}

double IdealGains::advance() {
  ++taken_;
  while (level_ >= 0 && taken_ > levels_[level_].judged) {
    taken_ = 1;
    --level_;
    gain_ = level_ >= 0 ? levels_[level_].gain : 0.0;
  }
  return gain_;
}

}  // namespace news::eval
