// Small helpers for assembling Xapian queries from parts that may be empty.
#pragma once
#include <xapian.h>

#include <vector>

namespace news {

// The parts that are not empty, joined by `op`; the part itself when there is one; empty for none.
inline Xapian::Query combine(Xapian::Query::op op, const std::vector<Xapian::Query>& parts) {
  std::vector<Xapian::Query> present;
  for (const auto& q : parts)
    if (!q.empty()) present.push_back(q);
  if (present.empty()) return Xapian::Query();
  if (present.size() == 1) return present[0];
  return Xapian::Query(op, present.begin(), present.end());
}

// `q` with its weight multiplied by `factor` (left as it is for 1).
inline Xapian::Query scaled(const Xapian::Query& q, double factor) {
  if (q.empty() || factor == 1.0) return q;
  return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, q, factor);
}

}  // namespace news
