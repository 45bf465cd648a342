// Gains per relevance value for the gain-based measures (ndcg, ndcg_rel, Rndcg, dcg, ideal_dcg,
// G, rbp): by default a judgment's value is its gain; "level=gain" parameters override single
// values (ndcg.1=3,2=9).
#pragma once
#include <string>
#include <utility>
#include <vector>

#include "eval/ranking.h"

namespace news::eval {

struct LevelGain {
  long level = 0;
  double gain = 0;
  long judged = 0;  // documents of the query judged at this level
};

class Gains {
 public:
  // Parameter pairs whose name is not a whole number (rbp's p=0.9) are not gains and are skipped.
  Gains(const std::vector<std::pair<std::string, double>>& pairs, const RankedQuery& query);

  // The gain of a ranked document's judgment; 0 for unjudged documents and unlisted values.
  double of(long rel) const;

  // Levels in trec_eval's order: increasing gain (see gains.cpp for its tie order).
  const std::vector<LevelGain>& levels() const { return levels_; }
  std::vector<LevelGain>& levels() { return levels_; }

 private:
  std::vector<LevelGain> levels_;
};

// The gains of the ideal ranking, rank by rank: every judged document, best gain first.
class IdealGains {
 public:
  explicit IdealGains(const Gains& gains);
  // The gain of the rank the sequence is at (before the first advance(): the best gain).
  double current() const { return gain_; }
  // Moves to the next rank and returns its gain; 0 or less once no document is left.
  double advance();

 private:
  const std::vector<LevelGain>& levels_;
  long level_;
  long taken_ = 0;
  double gain_;
};

}  // namespace news::eval
