#include "searcher/query_builder.h"

#include <algorithm>
#include <map>

#include "analysis/language.h"
#include "searcher/phrase_query.h"
#include "searcher/query_ops.h"
#include "store/fields.h"
#include "store/stored_article.h"

namespace news {
namespace {

using Kind = QueryNode::Kind;

std::string field_prefix(const QueryNode& n) { return n.field == "title" ? fields::kTitle : ""; }

}  // namespace

struct QueryBuilder::Context {
  std::vector<std::string> languages;
  std::map<std::string, std::vector<std::string>> filters;  // field -> filter terms
  std::vector<Xapian::Query> date_ranges;
  HighlightTerms highlight;
  std::vector<Xapian::Query> units;  // of the last free text searched
  bool long_text = false;             // and whether it was long

  // The query of free text, and what it says about counting (the last text searched decides).
  Xapian::Query searched(TextQuery& text) {
    Xapian::Query q = text.query();
    units = text.units();
    long_text = text.is_long();
    return q;
  }
};

Xapian::Query QueryBuilder::text(const QueryNode& n, Context& c) const {
  TextQuery text(analyzer_, weights_, c.languages, c.highlight);
  text.add(n.text, field_prefix(n));
  return c.searched(text);
}

Xapian::Query QueryBuilder::phrase(const QueryNode& n, Context& c) const {
  std::string lang = c.languages.empty() ? std::string("und") : c.languages[0];
  return phrase_query(analyzer_, n.text, field_prefix(n), lang, c.highlight);
}

// Juxtaposed clauses: +required, -excluded, and the others ranked together (their free text
// as one TextQuery).
Xapian::Query QueryBuilder::sequence(const QueryNode& n, Context& c) const {
  std::vector<Xapian::Query> required, optional, excluded;
  TextQuery words(analyzer_, weights_, c.languages, c.highlight);
  for (const auto& child : n.children) {
    if (child->kind == Kind::kRequired) required.push_back(node(*child->children[0], c));
    else if (child->kind == Kind::kExcluded) excluded.push_back(node(*child->children[0], c));
    else if (child->kind == Kind::kText) words.add(child->text, field_prefix(*child));
    else optional.push_back(node(*child, c));
  }
  optional.push_back(c.searched(words));
  Xapian::Query must = combine(Xapian::Query::OP_AND, required);
  Xapian::Query may = combine(Xapian::Query::OP_OR, optional);
  Xapian::Query q = must.empty() ? may : (may.empty() ? must : Xapian::Query(Xapian::Query::OP_AND_MAYBE, must, may));
  Xapian::Query not_q = combine(Xapian::Query::OP_OR, excluded);
  if (not_q.empty()) return q;
  return Xapian::Query(Xapian::Query::OP_AND_NOT, q.empty() ? Xapian::Query::MatchAll : q, not_q);
}

Xapian::Query QueryBuilder::node(const QueryNode& n, Context& c) const {
  switch (n.kind) {
    case Kind::kText: return text(n, c);
    case Kind::kPhrase: return phrase(n, c);
    case Kind::kOr: return sequence(n, c);
    // The parser keeps +/- clauses inside their sequence; alone they mean "must" / "must not".
    case Kind::kRequired: return node(*n.children[0], c);
    case Kind::kExcluded: return Xapian::Query(Xapian::Query::OP_AND_NOT, Xapian::Query::MatchAll, node(*n.children[0], c));
    case Kind::kAnd:
    case Kind::kAndNot: {
      Xapian::Query a = node(*n.children[0], c), b = node(*n.children[1], c);
      if (n.kind == Kind::kAndNot) {
        if (b.empty()) return a;
        return Xapian::Query(Xapian::Query::OP_AND_NOT, a.empty() ? Xapian::Query::MatchAll : a, b);
      }
      return combine(Xapian::Query::OP_AND, {a, b});
    }
    case Kind::kFilter:
    case Kind::kDateRange: return filter(n, c);
    case Kind::kNothing: return Xapian::Query();
  }
  return Xapian::Query();
}

// Filters are collected apart (the boolean part of the search), not ranked.
Xapian::Query QueryBuilder::filter(const QueryNode& n, Context& c) const {
  if (n.kind == Kind::kFilter) {
    const char* prefix = n.field == "lang" ? fields::kLanguage : n.field == "source" ? fields::kSource : fields::kYear;
    c.filters[n.field].push_back(prefix + lower_ascii(n.text));
  } else if (n.from.empty()) {
    c.date_ranges.emplace_back(Xapian::Query::OP_VALUE_LE, fields::kDateSlot, n.to);
  } else if (n.to.empty()) {
    c.date_ranges.emplace_back(Xapian::Query::OP_VALUE_GE, fields::kDateSlot, n.from);
  } else {
    c.date_ranges.emplace_back(Xapian::Query::OP_VALUE_RANGE, fields::kDateSlot, n.from, n.to);
  }
  return Xapian::Query();
}

BuiltQuery QueryBuilder::build(const ParsedQuery& parsed, const std::string& raw,
                               const std::vector<std::string>& languages) const {
  Context c;
  for (const std::string& l : languages)
    if (std::find(c.languages.begin(), c.languages.end(), l) == c.languages.end()) c.languages.push_back(l);
  for (const std::string& l : plausible_languages(raw))
    if (std::find(c.languages.begin(), c.languages.end(), l) == c.languages.end()) c.languages.push_back(l);

  BuiltQuery built;
  built.query = node(*parsed.root, c);
  std::vector<Xapian::Query> filters;
  for (const auto& [field, terms] : c.filters) {
    std::vector<Xapian::Query> alternatives(terms.begin(), terms.end());
    filters.push_back(combine(Xapian::Query::OP_OR, alternatives));
  }
  filters.push_back(combine(Xapian::Query::OP_AND, c.date_ranges));
  built.filter = combine(Xapian::Query::OP_AND, filters);
  built.highlight = std::move(c.highlight);
  built.languages = std::move(c.languages);
  if (parsed.only_words) built.units = std::move(c.units);
  built.long_text = c.long_text;
  return built;
}

}  // namespace news
