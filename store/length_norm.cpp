#include "store/length_norm.h"

#include <algorithm>
#include <cstdio>
#include <utility>

#include "analysis/environment.h"

namespace news {
namespace {

// Xapian's BM25Weight clamps length / avgdl from below at its min_normlen, 0.5 as the searcher
// sets it: folding keeps that.
constexpr double kMinNormalizedLength = 0.5;

}  // namespace

LengthNorm LengthNorm::from_environment(double pivot) {
  LengthNorm n;
  n.pivot = pivot;
  for (auto [name, b] : {std::pair{"NEWS_BM25_B", &n.b}, std::pair{"NEWS_CJK_BM25_B", &n.unspaced_b}}) {
    std::optional<double> value = environment_number(name);
    if (value && *value <= 1) *b = *value;
  }
  return n;
}

double LengthNorm::factor(double length, bool unspaced) const {
  double b_here = unspaced ? unspaced_b : b;
  double normalized = std::max(length / pivot, kMinNormalizedLength);
  return scale / ((1 - b_here) + b_here * normalized);
}

std::string LengthNorm::encode() const {
  char text[128];
  std::snprintf(text, sizeof text, "pivot=%.3f scale=%u b=%.3f unspaced_b=%.3f", pivot, scale, b, unspaced_b);
  return text;
}

std::optional<LengthNorm> LengthNorm::decode(std::string_view text) {
  LengthNorm n;
  std::string s(text);
  int used = 0;
  if (std::sscanf(s.c_str(), "pivot=%lf scale=%u b=%lf unspaced_b=%lf%n", &n.pivot, &n.scale, &n.b, &n.unspaced_b,
                  &used) != 4 ||
      static_cast<size_t>(used) != s.size())
    return std::nullopt;
  if (!(n.pivot > 0) || n.scale == 0 || n.b < 0 || n.b > 1 || n.unspaced_b < 0 || n.unspaced_b > 1)
    return std::nullopt;
  return n;
}

}  // namespace news
