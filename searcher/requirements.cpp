#include "searcher/requirements.h"

namespace news {

std::vector<Xapian::Query> requirements(const std::vector<Xapian::Query>& units) {
  if (units.empty()) return {};
  std::vector<Xapian::Query> out;
  if (units.size() < 3) return {Xapian::Query(Xapian::Query::OP_AND, units.begin(), units.end())};
  std::vector<Xapian::Query> all_but_one;
  for (size_t left_out = 0; left_out < units.size(); ++left_out) {
    std::vector<Xapian::Query> kept;
    for (size_t i = 0; i < units.size(); ++i)
      if (i != left_out) kept.push_back(units[i]);
    all_but_one.emplace_back(Xapian::Query::OP_AND, kept.begin(), kept.end());
  }
  out.emplace_back(Xapian::Query::OP_OR, all_but_one.begin(), all_but_one.end());
  return out;
}

}  // namespace news
