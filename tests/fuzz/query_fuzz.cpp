// Fuzzes the query path end to end: parse, build, match, facets and snippets, over a small index
// of the seed articles and a few in other scripts, written to a temporary folder on first use.
// The first byte picks sort order, page and a language filter; the rest is the query.
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "indexer/index_writer.h"
#include "indexer/readers.h"
#include "searcher/query_parser.h"
#include "searcher/searcher.h"
#include "tests/fuzz/fuzz_support.h"

namespace {

namespace fs = std::filesystem;
using news::QueryNode;

std::vector<news::Article> tiny_corpus() {
  std::vector<news::Article> articles;
  news::ReaderCallbacks callbacks;
  callbacks.article = [&](news::Article&& a) { articles.push_back(std::move(a)); };
  callbacks.reject = [](const std::string&, const std::string&) {};
  callbacks.warn = [](const std::string&, const std::string&) {};
  for (const auto& entry : fs::directory_iterator(NEWS_SOURCE_DIR "/samples/seeds")) {
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream content;
    content << in.rdbuf();
    news::read_plain_text(content.str(), entry.path().stem().string(), entry.path().string(), {}, callbacks);
  }
  std::istringstream lines(
      R"({"id":"zh","title":"习近平出席上海合作组织峰会","body":"國家主席在北京大学发表讲话。","date":"2018-06-10","source":"xinhua","lang":"zh-Hans"})"
      "\n"
      R"({"id":"ja","title":"東京駅で新しい店","body":"東京駅で新しい店が開業しました。","date":"2023-05-05","source":"nhk"})"
      "\n"
      R"({"id":"ko","title":"서울 소식","body":"서울특별시는 새로운 정책을 발표했다.","date":"2022-01-01","lang":"ko"})"
      "\n"
      R"({"id":"th","title":"ข่าวเศรษฐกิจ","body":"ธนาคารแห่งประเทศไทยประกาศนโยบายใหม่","date":"2020-02-02"})"
      "\n"
      R"({"id":"ar","title":"قمة منظمة شنغهاي","body":"اجتمع القادة في تشينغداو لمناقشة التجارة.","lang":"ar"})"
      "\n"
      R"({"id":"ru","title":"Саммит ШОС","body":"Лидеры встретились в Циндао.","date":"2018-06-09","source":"tass"})"
      "\n"
      R"({"id":"de","title":"Gipfel in Zürich","body":"Die Staatschefs trafen sich in Zürich.","date":"2019-01-05"})"
      "\n",
      std::ios::binary);
  news::read_json_lines(lines, "fuzz", {}, callbacks);
  return articles;
}

// A small database in a scratch folder, and a searcher over it.
class TinyIndex {
 public:
  TinyIndex() : dir_("news-fuzz-query") {
    const news::Analyzer& analyzer = news::fuzz::shared_analyzer();
    {
      news::IndexWriter writer(news::WriterOptions(dir_.path() + "/db", 1), analyzer);
      for (news::Article& a : tiny_corpus()) writer.write(a);
      writer.commit();
      FUZZ_CHECK(writer.doc_count() == 12);
    }
    searcher_ = std::make_unique<news::Searcher>(std::vector<std::string>{dir_.path() + "/db"}, analyzer);
  }
  news::Searcher& searcher() { return *searcher_; }

 private:
  news::fuzz::ScratchDir dir_;  // destroyed after the searcher
  std::unique_ptr<news::Searcher> searcher_;
};

bool is_date_bound(const std::string& s) {
  if (s.empty()) return true;
  if (s.size() != 8) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

void check_tree(const QueryNode& n, int depth) {
  FUZZ_CHECK(depth < 100000);
  switch (n.kind) {
    case QueryNode::Kind::kRequired:
    case QueryNode::Kind::kExcluded:
      FUZZ_CHECK(n.children.size() == 1);
      break;
    case QueryNode::Kind::kAnd:
    case QueryNode::Kind::kAndNot:
      FUZZ_CHECK(n.children.size() == 2);
      break;
    case QueryNode::Kind::kOr:
      FUZZ_CHECK(!n.children.empty());
      break;
    case QueryNode::Kind::kDateRange:
      FUZZ_CHECK(is_date_bound(n.from) && is_date_bound(n.to));
      FUZZ_CHECK(!n.from.empty() || !n.to.empty());
      break;
    case QueryNode::Kind::kFilter:
      FUZZ_CHECK(!n.text.empty());
      break;
    default:
      FUZZ_CHECK(n.children.empty());
  }
  for (const auto& child : n.children) {
    FUZZ_CHECK(child != nullptr);
    check_tree(*child, depth + 1);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  static TinyIndex index;
  const uint8_t options = data[0];
  std::string query(reinterpret_cast<const char*>(data + 1), size - 1);

  news::ParsedQuery parsed = news::parse_query(query);
  FUZZ_CHECK(parsed.root != nullptr);
  check_tree(*parsed.root, 0);

  news::SearchRequest request;
  request.query = query;
  request.sort = static_cast<news::SortOrder>(options % 3);
  request.limit = 1 + (options >> 2) % 8;
  request.offset = (options >> 5) % 4;
  if (options & 0x10) request.languages.push_back(std::string(news::fuzz::language_from(options)));
  news::SearchResponse response = index.searcher().search(request);
  FUZZ_CHECK(response.hits.size() <= request.limit);
  for (const news::SearchHit& hit : response.hits) {
    FUZZ_CHECK(hit.rank > request.offset);
    for (const auto& [begin, end] : hit.title.highlights) FUZZ_CHECK(begin < end && end <= hit.title.text.size());
    for (const news::Fragment& f : hit.snippet)
      for (const auto& [begin, end] : f.highlights) FUZZ_CHECK(begin < end && end <= f.text.size());
  }
  if (!response.hits.empty()) {
    std::optional<news::MarkedArticle> page = index.searcher().marked_article(response.hits[0].article.id, query);
    FUZZ_CHECK(page.has_value());
  }
  index.searcher().article(query);
  return 0;
}
