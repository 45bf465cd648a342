#include "web/response_json.h"

namespace news {

nlohmann::json fragments_json(const std::vector<Fragment>& fragments) {
  nlohmann::json highlights = nlohmann::json::array();
  std::string text = fragments_text(fragments, "", "");
  // Offsets into `text`, recomputed from the rendered form so that they match it exactly.
  size_t base = 0;
  for (size_t i = 0; i < fragments.size(); ++i) {
    const Fragment& f = fragments[i];
    if (f.cut_before && i == 0) base += std::string("…").size();
    for (const auto& [s, e] : f.highlights) highlights.push_back({base + s, base + e});
    base += f.text.size() + (f.cut_after ? std::string("…").size() : (i + 1 < fragments.size() ? 1 : 0));
  }
  // Large parts are moved in after the braces: a braced list copies every value it holds.
  nlohmann::json out = {{"html", fragments_html(fragments)}, {"text", std::move(text)}};
  out["highlights"] = std::move(highlights);
  return out;
}

nlohmann::json response_json(const SearchRequest& request, const SearchResponse& response) {
  nlohmann::json results = nlohmann::json::array();
  for (const SearchHit& hit : response.hits) {
    const Article& a = hit.article;
    nlohmann::json r = {{"rank", hit.rank},   {"id", a.id},       {"title", a.title},
                        {"date", a.date},     {"url", a.url},     {"source", a.source},
                        {"lang", a.lang},     {"score", hit.score}, {"percent", hit.percent},
                        {"title_html", fragments_html({hit.title})}};
    r["snippet"] = fragments_json(hit.snippet);
    results.push_back(std::move(r));
  }
  nlohmann::json facets = nlohmann::json::object();
  for (const auto& [name, values] : response.facets) {
    nlohmann::json list = nlohmann::json::array();
    for (const FacetCount& v : values) list.push_back({{"value", v.value}, {"count", v.count}});
    facets[name] = std::move(list);
  }
  nlohmann::json out = {{"query", request.query},
                        {"offset", request.offset},
                        {"limit", request.limit},
                        {"total", {{"estimated", response.estimated}, {"exact", response.exact},
                                   {"lower_bound", response.lower_bound}, {"upper_bound", response.upper_bound},
                                   {"counts", counted_name(response.counted)}}},
                        {"facets_exact", response.facets_exact},
                        {"notes", response.notes},
                        {"suggestion", response.suggestion},
                        {"timing_ms", {{"match", response.match_ms}, {"snippets", response.snippet_ms}}}};
  out["results"] = std::move(results);
  out["facets"] = std::move(facets);
  return out;
}

}  // namespace news
