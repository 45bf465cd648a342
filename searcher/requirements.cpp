#include "searcher/requirements.h"

namespace news {

namespace {

struct CountedText {
  const char* name;
  const char* words;
};

CountedText text_of(Counted counted) {
  switch (counted) {
    case Counted::kEveryPart: return {"every_part", " with every word"};
    case Counted::kAllPartsButOne: return {"all_parts_but_one", " with all words but one"};
    case Counted::kAnyPart: break;
  }
  return {"any_part", ""};
}

}  // namespace

const char* counted_name(Counted counted) { return text_of(counted).name; }

const char* counted_words(Counted counted) { return text_of(counted).words; }

std::vector<Xapian::Query> requirements(const std::vector<Xapian::Query>& units) {
  if (units.empty()) return {};
  std::vector<Xapian::Query> out = {Xapian::Query(Xapian::Query::OP_AND, units.begin(), units.end())};
  if (units.size() < 3) return out;
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
