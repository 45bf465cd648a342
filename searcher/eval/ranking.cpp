#include "eval/ranking.h"

#include <algorithm>

namespace news::eval {

void sort_trec_order(std::vector<Retrieved>& docs) {
  // std::string compares bytes as unsigned char, the same order as trec_eval's strcmp.
  std::sort(docs.begin(), docs.end(), [](const Retrieved& a, const Retrieved& b) {
    if (a.score != b.score) return a.score > b.score;
    return a.docno > b.docno;
  });
}

std::vector<long> relevance_by_rank(const std::vector<Retrieved>& ranked,
                                    const Judgments& judgments) {
  std::vector<long> rels;
  rels.reserve(ranked.size());
  for (const Retrieved& doc : ranked) {
    const auto it = judgments.find(doc.docno);
    rels.push_back(it == judgments.end() ? kNotJudged : it->second);
  }
  return rels;
}

}  // namespace news::eval
