#include "eval/ranking.h"

#include <algorithm>

namespace news::eval {

namespace {

long judgment_of(const std::string& docno, const Judgments& judgments) {
  const auto it = judgments.find(docno);
  if (it == judgments.end()) return kNotInPool;
  return it->second < 0 ? kPoolUnjudged : it->second;
}

// Counts of the judgments per value, and the relevant ones, whatever was retrieved.
void count_judgments(const Judgments& judgments, long level, RankedQuery& query) {
  for (const auto& [docno, rel] : judgments) {
    if (rel < 0) continue;
    if (static_cast<std::size_t>(rel) >= query.rel_levels.size()) query.rel_levels.resize(rel + 1);
    ++query.rel_levels[rel];
    if (rel >= level) ++query.num_rel;
  }
}

void count_ranked(long level, RankedQuery& query) {
  query.num_ret = static_cast<long>(query.rels.size());
  for (long rel : query.rels) {
    if (rel == kNotInPool) {
      ++query.num_nonpool;
    } else if (rel == kPoolUnjudged) {
      ++query.num_unjudged_in_pool;
    } else if (rel >= level) {
      ++query.num_rel_ret;
    }
  }
}

}  // namespace

void sort_trec_order(std::vector<Retrieved>& docs) {
  // std::string compares bytes as unsigned char, the same order as trec_eval's strcmp.
  std::sort(docs.begin(), docs.end(), [](const Retrieved& a, const Retrieved& b) {
    if (a.score != b.score) return a.score > b.score;
    return a.docno > b.docno;
  });
}

RankedQuery rank_query(std::vector<Retrieved> docs, const Judgments& judgments,
                       const EvalSettings& settings) {
  sort_trec_order(docs);
  if (docs.size() > settings.max_docs_per_topic) docs.resize(settings.max_docs_per_topic);
  RankedQuery query;
  query.rels.reserve(docs.size());
  for (const Retrieved& doc : docs) {
    const long rel = judgment_of(doc.docno, judgments);
    // -J keeps the judged documents in their order: the ranks close up over the others.
    if (settings.judged_docs_only && rel < 0) continue;
    query.rels.push_back(rel);
  }
  count_ranked(settings.relevance_level, query);
  count_judgments(judgments, settings.relevance_level, query);
  return query;
}

long relevant_in_top(const RankedQuery& query, long k, long level) {
  const long n = std::min(k, query.num_ret);
  long found = 0;
  for (long i = 0; i < n; ++i) {
    if (query.rels[i] >= level) ++found;
  }
  return found;
}

long judged_below(const RankedQuery& query, long level) {
  long count = 0;
  for (long j = 0; j < level && j < static_cast<long>(query.rel_levels.size()); ++j) {
    count += query.rel_levels[j];
  }
  return count;
}

}  // namespace news::eval
