#include "web/search_params.h"

#include <algorithm>
#include <cctype>

#include "analysis/utf8.h"
#include "store/dates.h"
#include "web/url.h"

namespace news::web {
namespace {

bool all_of(const std::string& s, bool (*ok)(char)) {
  for (char c : s)
    if (!ok(c)) return false;
  return true;
}
bool is_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }
bool is_tag_char(char c) { return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || c == '_'; }

size_t parse_count(const std::string& name, const std::string& value, size_t min, size_t max) {
  if (!value.empty() && value.size() <= 9 && all_of(value, is_digit)) {
    size_t n = std::stoul(value);
    if (n >= min && n <= max) return n;
  }
  throw ParamError(name + " must be a whole number from " + std::to_string(min) + " to " + std::to_string(max));
}

// The non-empty values of `name`, each checked for UTF-8.
std::vector<std::string> values(const Params& params, const std::string& name) {
  std::vector<std::string> out;
  auto [first, last] = params.equal_range(name);
  for (auto it = first; it != last; ++it) {
    if (it->second.empty()) continue;
    if (!is_valid_utf8(it->second)) throw ParamError(name + " is not valid UTF-8");
    out.push_back(it->second);
  }
  return out;
}

std::string single(const Params& params, const std::string& name) {
  std::vector<std::string> v = values(params, name);
  return v.empty() ? std::string() : v.front();
}

}  // namespace

bool SearchState::filtered() const {
  return !langs.empty() || !sources.empty() || !years.empty() || !from.empty() || !to.empty();
}

SearchState SearchState::unfiltered() const {
  SearchState s = *this;
  s.langs.clear();
  s.sources.clear();
  s.years.clear();
  s.from.clear();
  s.to.clear();
  s.page = 1;
  return s;
}

bool SearchState::active() const { return !q.empty() || filtered(); }

const char* sort_name(SortOrder sort) {
  switch (sort) {
    case SortOrder::kNewest: return "newest";
    case SortOrder::kOldest: return "oldest";
    default: return "relevance";
  }
}


SearchState parse_search_params(const Params& params, const ParamLimits& limits) {
  SearchState s;
  s.q = single(params, "q");
  if (s.q.size() > limits.max_query_bytes)
    throw ParamError("q is longer than " + std::to_string(limits.max_query_bytes) + " bytes");

  std::string limit = single(params, "limit");
  if (!limit.empty()) s.limit = parse_count("limit", limit, 1, limits.max_limit);
  size_t per_page = s.limit ? s.limit : limits.default_limit;
  std::string page = single(params, "page");
  if (!page.empty()) s.page = parse_count("page", page, 1, std::max<size_t>(1, kMaxResultDepth / per_page));

  for (const std::string& v : values(params, "lang")) {
    if (v.size() > 35 || !all_of(v, is_tag_char)) throw ParamError("lang must be a language tag such as en or zh-Hant");
    s.langs.push_back(v);
  }
  for (const std::string& v : values(params, "source")) {
    if (v.size() > 200) throw ParamError("source is longer than 200 bytes");
    s.sources.push_back(v);
  }
  for (const std::string& v : values(params, "year")) {
    if (v.size() != 4 || !all_of(v, is_digit)) throw ParamError("year must have four digits");
    s.years.push_back(v);
  }
  s.from = single(params, "from");
  s.to = single(params, "to");
  for (const std::string* date : {&s.from, &s.to})
    if (!date->empty() && !is_iso_date(*date))
      throw ParamError(std::string(date == &s.from ? "from" : "to") + " must be a date YYYY-MM-DD");
  if (!s.from.empty() && !s.to.empty() && s.from > s.to) throw ParamError("from is after to");

  std::string sort = single(params, "sort");
  if (sort.empty() || sort == "relevance") s.sort = SortOrder::kRelevance;
  else if (sort == "newest" || sort == "date") s.sort = SortOrder::kNewest;
  else if (sort == "oldest") s.sort = SortOrder::kOldest;
  else throw ParamError("sort must be relevance, newest or oldest");
  return s;
}

SearchRequest to_request(const SearchState& state, const ParamLimits& limits, double time_limit_seconds) {
  SearchRequest r;
  r.query = state.q;
  r.limit = state.limit ? state.limit : limits.default_limit;
  r.offset = (state.page - 1) * r.limit;
  r.languages = state.langs;
  r.sources = state.sources;
  r.years = state.years;
  r.from = state.from;
  r.to = state.to;
  r.sort = state.sort;
  r.time_limit_seconds = time_limit_seconds;
  return r;
}

std::vector<std::pair<std::string, std::string>> to_params(const SearchState& state) {
  std::vector<std::pair<std::string, std::string>> p = {{"q", state.q}};
  for (const std::string& v : state.langs) p.emplace_back("lang", v);
  for (const std::string& v : state.sources) p.emplace_back("source", v);
  for (const std::string& v : state.years) p.emplace_back("year", v);
  p.emplace_back("from", state.from);
  p.emplace_back("to", state.to);
  if (state.sort != SortOrder::kRelevance) p.emplace_back("sort", sort_name(state.sort));
  if (state.limit) p.emplace_back("limit", std::to_string(state.limit));
  if (state.page > 1) p.emplace_back("page", std::to_string(state.page));
  return p;
}

std::string search_href(const SearchState& state) {
  std::string qs = query_string(to_params(state));
  return qs.empty() ? "/" : "/?" + qs;
}

}  // namespace news::web
