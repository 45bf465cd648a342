// Unit tests of newsweb's pieces that need no server: URL parameters, links, pagination, the
// asset path checks, formatting.
#include <gtest/gtest.h>

#include "store/dates.h"

#include <filesystem>

#include "tests/test_support.h"
#include "web/canned_response.h"
#include "web/drop_log.h"
#include "web/facets_html.h"
#include "web/html_page.h"
#include "web/language_names.h"
#include "web/opensearch.h"
#include "web/pagination.h"
#include "web/request_head.h"
#include "web/result_cache.h"
#include "web/results_html.h"
#include "web/routes_search.h"
#include "web/search_params.h"
#include "web/search_totals.h"
#include "web/server_options.h"
#include "web/static_files.h"
#include "web/url.h"

using namespace news::web;

namespace {

SearchState parse(const Params& params) { return parse_search_params(params, ParamLimits{}); }

std::string error_of(const Params& params) {
  try {
    parse(params);
  } catch (const ParamError& e) {
    return e.what();
  }
  return "no error";
}

}  // namespace

TEST(SearchParams, ParsesEveryParameter) {
  SearchState s = parse({{"q", "secretary general"}, {"page", "3"}, {"limit", "20"}, {"lang", "en"}, {"lang", "zh-Hans"},
                         {"source", "Xinhua"}, {"year", "2018"}, {"from", "2018-01-01"}, {"to", "2018-12-31"},
                         {"sort", "newest"}, {"unknown", "ignored"}});
  EXPECT_EQ(s.q, "secretary general");
  EXPECT_EQ(s.page, 3u);
  EXPECT_EQ(s.limit, 20u);
  EXPECT_EQ(s.langs, (std::vector<std::string>{"en", "zh-Hans"}));
  EXPECT_EQ(s.sources, (std::vector<std::string>{"Xinhua"}));
  EXPECT_EQ(s.years, (std::vector<std::string>{"2018"}));
  EXPECT_EQ(s.from, "2018-01-01");
  EXPECT_EQ(s.to, "2018-12-31");
  EXPECT_EQ(s.sort, news::SortOrder::kNewest);

  news::SearchRequest r = to_request(s, ParamLimits{}, 0.5);
  EXPECT_EQ(r.offset, 40u);
  EXPECT_EQ(r.limit, 20u);
  EXPECT_EQ(r.languages.size(), 2u);
  EXPECT_DOUBLE_EQ(r.time_limit_seconds, 0.5);
}

TEST(SearchParams, EmptyValuesAreAbsent) {
  // An unfilled form field arrives as "from=": it must not be a bad date.
  SearchState s = parse({{"q", "x"}, {"from", ""}, {"to", ""}, {"page", ""}, {"lang", ""}, {"sort", ""}});
  EXPECT_TRUE(s.from.empty());
  EXPECT_EQ(s.page, 1u);
  EXPECT_TRUE(s.langs.empty());
  EXPECT_FALSE(s.filtered());
  EXPECT_TRUE(s.active());
  EXPECT_FALSE(parse({}).active());
}

TEST(SearchParams, RejectsBadValuesNamingTheParameter) {
  EXPECT_EQ(error_of({{"page", "abc"}}), "page must be a whole number from 1 to 1000");
  EXPECT_EQ(error_of({{"page", "0"}}), "page must be a whole number from 1 to 1000");
  EXPECT_EQ(error_of({{"page", "-1"}}), "page must be a whole number from 1 to 1000");
  EXPECT_EQ(error_of({{"page", "1001"}}), "page must be a whole number from 1 to 1000");
  EXPECT_EQ(error_of({{"limit", "101"}}), "limit must be a whole number from 1 to 100");
  EXPECT_EQ(error_of({{"limit", "1e2"}}), "limit must be a whole number from 1 to 100");
  EXPECT_EQ(error_of({{"limit", "50"}, {"page", "201"}}), "page must be a whole number from 1 to 200");
  EXPECT_EQ(error_of({{"from", "2018-02-30"}}), "from must be a date YYYY-MM-DD");
  EXPECT_EQ(error_of({{"to", "2018/01/01"}}), "to must be a date YYYY-MM-DD");
  EXPECT_EQ(error_of({{"from", "2019-01-01"}, {"to", "2018-01-01"}}), "from is after to");
  EXPECT_EQ(error_of({{"sort", "sideways"}}), "sort must be relevance, newest or oldest");
  EXPECT_EQ(error_of({{"lang", "<script>"}}), "lang must be a language tag such as en or zh-Hant");
  EXPECT_EQ(error_of({{"year", "18"}}), "year must have four digits");
  EXPECT_EQ(error_of({{"q", std::string(1025, 'a')}}), "q is longer than 1024 bytes");
  EXPECT_EQ(error_of({{"q", "caf\xC3"}}), "q is not valid UTF-8");
  EXPECT_EQ(error_of({{"q", std::string(1024, 'a')}}), "no error");
  EXPECT_EQ(error_of({{"from", "2024-02-29"}}), "no error");  // a leap day
  EXPECT_EQ(error_of({{"from", "2023-02-29"}}), "from must be a date YYYY-MM-DD");
}

TEST(SearchParams, LinksRoundTrip) {
  SearchState s = parse({{"q", "上海 & co"}, {"lang", "zh-Hans"}, {"year", "2018"}, {"sort", "oldest"}, {"page", "2"}});
  std::string href = search_href(s);
  EXPECT_EQ(href, "/?q=%E4%B8%8A%E6%B5%B7%20%26%20co&lang=zh-Hans&year=2018&sort=oldest&page=2");
  SearchState first;
  EXPECT_EQ(search_href(first), "/");
}

TEST(Url, EncodesEverythingButUnreserved) {
  EXPECT_EQ(url_encode("a b/c?d=e&f#g"), "a%20b%2Fc%3Fd%3De%26f%23g");
  EXPECT_EQ(url_encode("-._~AZaz09"), "-._~AZaz09");
  EXPECT_EQ(url_encode("\"><"), "%22%3E%3C");
  EXPECT_EQ(query_string({{"q", "x y"}, {"lang", ""}, {"page", "2"}}), "q=x%20y&page=2");
}

TEST(Url, OnlyHttpUrlsBecomeLinks) {
  EXPECT_TRUE(is_web_url("https://example.com/a?b=c"));
  EXPECT_TRUE(is_web_url("HTTP://EXAMPLE.COM/"));
  EXPECT_FALSE(is_web_url("javascript:alert(1)"));
  EXPECT_FALSE(is_web_url(" javascript:alert(1)"));
  EXPECT_FALSE(is_web_url("data:text/html,<script>"));
  EXPECT_FALSE(is_web_url("//evil.example/"));
  EXPECT_FALSE(is_web_url("https://exa mple.com/"));
  EXPECT_FALSE(is_web_url("https://"));
}

TEST(Pagination, WindowAroundTheCurrentPage) {
  PageLinks a = page_links(1, 95, 10);
  EXPECT_EQ(a.last, 10u);
  EXPECT_EQ(a.pages, (std::vector<size_t>{1, 2, 3, 0, 10}));
  PageLinks b = page_links(6, 95, 10);
  EXPECT_EQ(b.pages, (std::vector<size_t>{1, 0, 4, 5, 6, 7, 8, 0, 10}));
  PageLinks c = page_links(1, 7, 10);
  EXPECT_EQ(c.last, 1u);
  EXPECT_EQ(c.pages, (std::vector<size_t>{1}));
  // Never deeper than the results served, however large the estimate.
  EXPECT_EQ(page_links(1, 5000000, 10).last, kMaxResultDepth / 10);
  // A page past the end stays reachable.
  EXPECT_EQ(page_links(4, 7, 2).last, 4u);
  EXPECT_EQ(page_links(9, 7, 2).last, 9u);
}

TEST(Pagination, HtmlLinksKeepTheSearch) {
  SearchState s;
  s.q = "a\"b";
  s.limit = 2;
  std::string html = pagination_html(s, 7, 2);
  EXPECT_NE(html.find("href=\"/?q=a%22b&amp;limit=2&amp;page=2\""), std::string::npos) << html;
  EXPECT_NE(html.find("rel=\"next\""), std::string::npos);
  EXPECT_EQ(html.find("rel=\"prev\""), std::string::npos);
  EXPECT_EQ(pagination_html(s, 2, 2), "");
}

TEST(StaticFiles, ResolvesOnlyFilesInsideTheFolder) {
  namespace fs = std::filesystem;
  std::string dir = news::testing::scratch_dir("static_files");
  news::testing::write_file(dir + "/assets/style.css", "body{}");
  news::testing::write_file(dir + "/assets/img/logo.svg", "<svg/>");
  news::testing::write_file(dir + "/assets/.hidden", "secret");
  news::testing::write_file(dir + "/outside.txt", "outside");
  fs::create_symlink(dir + "/outside.txt", dir + "/assets/link.txt");
  fs::create_directory_symlink(dir, dir + "/assets/up");
  StaticFiles files(dir + "/assets");

  EXPECT_EQ(files.resolve("style.css"), fs::canonical(dir + "/assets/style.css").string());
  EXPECT_TRUE(files.resolve("img/logo.svg"));
  for (const char* bad : {"", "../outside.txt", "img/../style.css", "./style.css", "/etc/passwd", "img//logo.svg",
                          "..\\outside.txt", "%2e%2e/outside.txt", ".hidden", "link.txt", "up/outside.txt", "img",
                          "missing.css", "style.css\n"})
    EXPECT_FALSE(files.resolve(bad)) << bad;
  EXPECT_THROW(StaticFiles(dir + "/no-such-folder"), std::runtime_error);
}

TEST(StaticFiles, ContentTypes) {
  EXPECT_EQ(content_type_for("a/style.css"), "text/css; charset=utf-8");
  EXPECT_EQ(content_type_for("newsweb.js"), "text/javascript; charset=utf-8");
  EXPECT_EQ(content_type_for("favicon.svg"), "image/svg+xml");
  EXPECT_EQ(content_type_for("x.PNG"), "image/png");
  EXPECT_EQ(content_type_for("README"), "application/octet-stream");
}

TEST(HtmlPage, EscapesTheQueryAndHasTheHead) {
  PageFrame frame;
  frame.title = "<t>";
  frame.state.q = "\"><script>alert(1)</script>";
  frame.state.langs = {"en"};
  std::string html = render_page(frame, "<main></main>");
  EXPECT_NE(html.find("<html lang=\"en\">"), std::string::npos);
  EXPECT_NE(html.find("name=\"viewport\""), std::string::npos);
  EXPECT_NE(html.find("<link rel=\"search\" type=\"application/opensearchdescription+xml\""), std::string::npos);
  EXPECT_NE(html.find("value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\""), std::string::npos);
  EXPECT_NE(html.find("<input type=\"hidden\" name=\"lang\" value=\"en\">"), std::string::npos);
  EXPECT_NE(html.find("autofocus"), std::string::npos);
  EXPECT_EQ(html.find("<script>alert"), std::string::npos);
  EXPECT_EQ(html.find("<t>"), std::string::npos);
  EXPECT_EQ(html.find("style="), std::string::npos);  // no inline styles (the CSP forbids them)
}

TEST(HtmlPage, Formatting) {
  EXPECT_EQ(format_count(0), "0");
  EXPECT_EQ(format_count(999), "999");
  EXPECT_EQ(format_count(1000), "1,000");
  EXPECT_EQ(format_count(1234567), "1,234,567");
  EXPECT_EQ(news::display_date("2018-06-16"), "16 Jun 2018");
  EXPECT_EQ(news::display_date("2018"), "2018");
  EXPECT_EQ(language_name("en"), "English");
  EXPECT_EQ(language_name("zh-Hant"), "Chinese (Traditional)");
  EXPECT_EQ(language_name("ar"), "Arabic");
}

// The count says which articles it counts (requirements.h) and whether it is an estimate.
TEST(HtmlPage, ResultCountSaysWhatItCounts) {
  news::SearchResponse r;
  r.estimated = 44;
  r.exact = true;
  r.counted = news::Counted::kEveryPart;
  EXPECT_EQ(result_count_text(r), "44 results with every word");
  r.counted = news::Counted::kAllPartsButOne;
  r.exact = false;
  r.estimated = 1200;
  EXPECT_EQ(result_count_text(r), "About 1,200 results with all words but one");
  r.counted = news::Counted::kAnyPart;
  r.estimated = 1;
  r.exact = true;
  EXPECT_EQ(result_count_text(r), "1 result");
}

TEST(OpenSearch, EscapesTheAuthority) {
  std::string xml = opensearch_xml("127.0.0.1:8080");
  EXPECT_NE(xml.find("template=\"http://127.0.0.1:8080/?q={searchTerms}\""), std::string::npos) << xml;
  EXPECT_NE(opensearch_xml("a\"b").find("http://a&quot;b/"), std::string::npos);
}

TEST(ServerOptions, ParsesAndRejects) {
  bool help = false;
  const char* ok[] = {"newsweb", "--db", "a", "--db", "b", "--port", "0", "--host", "0.0.0.0", "--threads", "3",
                      "--max-query-bytes", "200", "--max-limit", "50", "--time-limit-ms", "100"};
  ServerOptions o = parse_server_options(17, ok, help);
  EXPECT_FALSE(help);
  EXPECT_EQ(o.databases, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(o.port, 0);
  EXPECT_EQ(o.host, "0.0.0.0");
  EXPECT_EQ(o.threads, 3u);
  EXPECT_EQ(o.max_query_bytes, 200u);
  EXPECT_EQ(o.max_limit, 50u);
  EXPECT_EQ(o.time_limit_ms, 100u);
  EXPECT_EQ(o.uri_limit(), 3 * 200u + 2048);

  const char* no_db[] = {"newsweb"};
  EXPECT_THROW(parse_server_options(1, no_db, help), UsageError);
  const char* bad_port[] = {"newsweb", "--db", "a", "--port", "70000"};
  EXPECT_THROW(parse_server_options(5, bad_port, help), UsageError);
  const char* unknown[] = {"newsweb", "--db", "a", "--frobnicate"};
  EXPECT_THROW(parse_server_options(4, unknown, help), UsageError);
  const char* helpme[] = {"newsweb", "--help"};
  parse_server_options(2, helpme, help);
  EXPECT_TRUE(help);
}

TEST(ServerOptions, SlowClientSettings) {
  bool help = false;
  const char* given[] = {"newsweb", "--db", "a", "--header-timeout", "3", "--keep-alive-timeout", "4",
                         "--write-timeout", "6", "--max-connections", "50", "--max-connections-per-client", "0"};
  ServerOptions o = parse_server_options(13, given, help);
  EXPECT_EQ(o.header_timeout_s, 3u);
  EXPECT_EQ(o.keep_alive_timeout_s, 4u);
  EXPECT_EQ(o.write_timeout_s, 6u);
  EXPECT_EQ(o.max_connections, 50u);
  EXPECT_EQ(o.max_connections_per_client, 0u);

  const char* defaults[] = {"newsweb", "--db", "a"};
  o = parse_server_options(3, defaults, help);
  EXPECT_EQ(o.header_timeout_s, 10u);
  EXPECT_EQ(o.max_connections_per_client, 64u);
  EXPECT_GE(o.worker_threads(), 4u);  // twice the cores, 4 to 32
  EXPECT_LE(o.worker_threads(), 32u);
  o.threads = 7;
  EXPECT_EQ(o.worker_threads(), 7u);

  const char* zero_timeout[] = {"newsweb", "--db", "a", "--header-timeout", "0"};
  EXPECT_THROW(parse_server_options(5, zero_timeout, help), UsageError);
  for (const char* option : {"--header-timeout", "--keep-alive-timeout", "--write-timeout", "--max-connections",
                             "--max-connections-per-client"})
    EXPECT_NE(server_usage().find(option), std::string::npos) << option << " is not in --help";
}

TEST(RequestHead, CompleteOnlyAtTheBlankLine) {
  EXPECT_EQ(head_state(""), HeadState::kIncomplete);
  EXPECT_EQ(head_state("GET / HTTP/1.1\r\nHost: x\r\n"), HeadState::kIncomplete);
  EXPECT_EQ(head_state("GET / HTTP/1.1\r\nHost: x\r\n\r"), HeadState::kIncomplete);
  EXPECT_EQ(head_state("GET / HTTP/1.1\r\nHost: x\r\n\r\n"), HeadState::kComplete);
  EXPECT_EQ(head_state("GET / HTTP/1.1\r\n\r\nGET /next HTTP/1.1\r\n"), HeadState::kComplete);  // pipelined
  EXPECT_EQ(head_state("GET / HTTP/1.1\nX: y\n\r\n"), HeadState::kComplete);  // httplib ends a head there too
}

TEST(RequestHead, WhatCanNeverBeARequestIsUnusableAtOnce) {
  EXPECT_EQ(head_state(std::string("\x16\x03\x01\x00", 4)), HeadState::kUnusable);  // a TLS hello
  EXPECT_EQ(head_state("\r\n"), HeadState::kUnusable);
  EXPECT_EQ(head_state(" GET"), HeadState::kUnusable);
  EXPECT_EQ(head_state("GET /" + std::string(100, 'a'), 64), HeadState::kUnusable);  // too long
  EXPECT_EQ(head_state("GET /" + std::string(100, 'a'), 200), HeadState::kIncomplete);
  EXPECT_EQ(head_state("M-SEARCH * HTTP/1.1\r\n"), HeadState::kIncomplete);  // a token: answered 405 later
}

TEST(DropLog, LinesNameTheClientTheCountAndTheSetting) {
  ServerOptions o;
  DropLog log(o);
  std::string slow = log.line("10.0.0.7", DropReason::kSlowHead, 12);
  EXPECT_NE(slow.find(" 10.0.0.7 dropped 12 connections: request head not complete within 10 s (--header-timeout)\n"),
            std::string::npos) << slow;
  EXPECT_NE(log.line("::1", DropReason::kSlowReader, 1).find(" ::1 dropped 1 connection: response not read within 10 s"),
            std::string::npos);
  EXPECT_NE(log.line("a", DropReason::kClientLimit, 2).find("refused 2 connections: 64 already open from this address"),
            std::string::npos);
  EXPECT_NE(log.line("a", DropReason::kServerLimit, 3).find("refused 3 connections: 1000 connections open"),
            std::string::npos);
}

TEST(CannedResponse, PlainTextClosingWithSecurityHeaders) {
  std::string r = canned_response(503, "Busy.", {{"Retry-After", "5"}});
  EXPECT_EQ(r.rfind("HTTP/1.1 503 Service Unavailable\r\n", 0), 0u) << r;
  for (const char* header : {"\r\nContent-Length: 6\r\n", "\r\nConnection: close\r\n", "\r\nRetry-After: 5\r\n",
                             "\r\nX-Content-Type-Options: nosniff\r\n", "\r\nContent-Security-Policy: "})
    EXPECT_NE(r.find(header), std::string::npos) << header;
  EXPECT_EQ(r.substr(r.size() - 10), "\r\n\r\nBusy.\n");
  EXPECT_EQ(canned_response(408, "Late.").rfind("HTTP/1.1 408 Request Timeout\r\n", 0), 0u);
}

TEST(SearchTotals, APageThatIsNotFullEndsTheResults) {
  auto settled = [](size_t offset, size_t limit, size_t hits, Xapian::doccount estimated) {
    news::SearchRequest request;
    request.offset = offset;
    request.limit = limit;
    news::SearchResponse response;
    response.hits.resize(hits);
    response.estimated = response.upper_bound = estimated;
    response.lower_bound = 1;
    response.exact = false;
    settle_total(request, response);
    return std::make_pair(response.estimated, response.exact);
  };
  EXPECT_EQ(settled(0, 10, 4, 7), std::make_pair(Xapian::doccount(4), true));
  EXPECT_EQ(settled(2, 2, 1, 7), std::make_pair(Xapian::doccount(3), true));
  EXPECT_EQ(settled(0, 10, 0, 0), std::make_pair(Xapian::doccount(0), true));
  EXPECT_EQ(settled(2, 2, 2, 7), std::make_pair(Xapian::doccount(7), false));  // a full page tells nothing
  EXPECT_EQ(settled(4, 2, 0, 7), std::make_pair(Xapian::doccount(7), false));  // past the end: keep the estimate
  EXPECT_EQ(settled(10, 10, 10, 12), std::make_pair(Xapian::doccount(20), false));  // never below what was seen
}

// A total counting the articles that hold every word is no list length: the list goes on.
TEST(SearchTotals, ACountOfArticlesHoldingEveryWordIsLeftAsItIs) {
  news::SearchRequest request;
  request.offset = 40;
  request.limit = 10;
  news::SearchResponse response;
  response.hits.resize(10);
  response.estimated = response.lower_bound = response.upper_bound = 44;
  response.exact = true;
  response.counted = news::Counted::kEveryPart;
  settle_total(request, response);
  EXPECT_EQ(response.estimated, 44u);
  response.hits.resize(3);  // the last page of the ranking, past the counted articles
  request.offset = 60;
  settle_total(request, response);
  EXPECT_EQ(response.estimated, 44u);
}

TEST(FacetsHtml, EstimatedCountsAreMarkedAsSuch) {
  SearchState state;
  state.q = "news";
  news::SearchResponse response;
  response.facets["lang"] = {{"zh", 1234}, {"ja", 56}};
  response.facets_exact = true;
  std::string exact = facets_html(state, response);
  EXPECT_NE(exact.find("<span class=\"count\">1,234</span>"), std::string::npos) << exact;
  EXPECT_EQ(exact.find("≈"), std::string::npos) << exact;
  response.facets_exact = false;
  std::string estimated = facets_html(state, response);
  EXPECT_NE(estimated.find("title=\"estimated\">≈&#8239;1,234</span>"), std::string::npos) << estimated;
  EXPECT_NE(estimated.find("class=\"facet-note\""), std::string::npos) << estimated;
}

TEST(ResultsHtml, SuggestionNotesAndNoResults) {
  SearchState state;
  state.q = "secretery <b>";
  state.langs = {"en"};
  news::SearchResponse response;
  response.exact = true;
  response.suggestion = "secretary <b>";
  response.notes = {"unbalanced quote <x>"};
  std::string html = results_html(state, response, 10);
  EXPECT_NE(html.find("Did you mean <a href=\"/?q=secretary%20%3Cb%3E&amp;lang=en\" dir=\"auto\">secretary &lt;b&gt;</a>?"),
            std::string::npos) << html;
  EXPECT_NE(html.find("<li>unbalanced quote &lt;x&gt;</li>"), std::string::npos);
  EXPECT_NE(html.find("No articles match <strong dir=\"auto\">secretery &lt;b&gt;</strong>."), std::string::npos);
  EXPECT_NE(html.find("<a href=\"/?q=secretery%20%3Cb%3E\">Search without the filters</a>"), std::string::npos);
  EXPECT_NE(html.find(">0 results <span"), std::string::npos);
  EXPECT_EQ(html.find("<b>"), std::string::npos);

  news::SearchHit hit;
  hit.rank = 11;
  hit.article.id = "a/1";
  hit.article.title = "Title";
  hit.article.lang = "ar";
  hit.article.url = "javascript:alert(1)";
  hit.title.text = "Title";
  response.hits.push_back(hit);
  response.estimated = 25;
  response.exact = false;
  response.suggestion.clear();
  state.page = 2;
  html = results_html(state, response, 10);
  EXPECT_NE(html.find("<ol class=\"hits\" start=\"11\">"), std::string::npos);
  EXPECT_NE(html.find("<li class=\"hit\" lang=\"ar\" dir=\"auto\" data-id=\"a/1\">"), std::string::npos);
  EXPECT_NE(html.find("<a href=\"/doc/a%2F1?q=secretery%20%3Cb%3E\">Title</a>"), std::string::npos) << html;
  EXPECT_NE(html.find(">About 25 results <span"), std::string::npos);
  EXPECT_EQ(html.find("javascript:"), std::string::npos);
  EXPECT_EQ(html.find("Did you mean"), std::string::npos);
}

TEST(ResultCache, KeysTellRequestsAndGenerationsApart) {
  news::SearchRequest a;
  a.query = "summit";
  news::SearchRequest b = a;
  b.languages = {"en"};
  news::SearchRequest c = a;
  c.sources = {"en"};
  news::SearchRequest d = a;
  d.offset = 10;
  std::string key = ResultCache::key(a, 1);
  EXPECT_EQ(key, ResultCache::key(a, 1));
  EXPECT_NE(key, ResultCache::key(a, 2));
  for (const news::SearchRequest* other : {&b, &c, &d}) EXPECT_NE(key, ResultCache::key(*other, 1));
  EXPECT_NE(ResultCache::key(b, 1), ResultCache::key(c, 1));
}

TEST(ResultCache, KeepsTheMostRecentlyUsed) {
  ResultCache cache(2);
  auto response = [](const char* suggestion) {
    news::SearchResponse r;
    r.suggestion = suggestion;
    return std::make_shared<const news::SearchResponse>(r);
  };
  cache.store("a", response("A"));
  cache.store("b", response("B"));
  ASSERT_TRUE(cache.find("a"));  // "a" is now the most recent: "b" goes first
  cache.store("c", response("C"));
  EXPECT_FALSE(cache.find("b"));
  EXPECT_EQ(cache.find("a")->suggestion, "A");
  EXPECT_EQ(cache.find("c")->suggestion, "C");

  ResultCache off(0);
  off.store("a", response("A"));
  EXPECT_FALSE(off.find("a"));
}
