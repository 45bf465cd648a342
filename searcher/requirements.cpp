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

std::vector<Requirement> requirements(const std::vector<Xapian::Query>& units) {
  if (units.empty()) return {};
  std::vector<Requirement> out = {{Xapian::Query(Xapian::Query::OP_AND, units.begin(), units.end())}};
  if (units.size() < 3) return out;
  // All but one as the units' OR with a floor on how many match, not as the OR of the n ANDs of
  // n - 1 units: those read every unit's postings n - 1 times (and a CJK string's positions), while
  // the floor lets Xapian's matcher skip what cannot reach it. Each unit is a synonym so that it
  // weighs one however many of its terms a document holds.
  std::vector<Xapian::Query> parts;
  for (const Xapian::Query& unit : units) parts.emplace_back(Xapian::Query::OP_SYNONYM, &unit, &unit + 1);
  out.push_back({Xapian::Query(Xapian::Query::OP_OR, parts.begin(), parts.end()), static_cast<Xapian::termcount>(units.size() - 1)});
  return out;
}

}  // namespace news
