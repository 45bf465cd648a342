// newsweb over HTTP: every API parameter and error, the HTML pages, escaping, asset path checks,
// security headers, limits, and articles indexed while the server runs.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <atomic>
#include <filesystem>
#include <thread>

#include "web/url.h"
#include "web_server_fixture.h"

using news::testing::NewsWeb;
using news::testing::RawResponse;
using news::web::url_encode;
using nlohmann::json;

namespace {

// The ids of a search response's results, in rank order.
std::vector<std::string> ids(const json& response) {
  std::vector<std::string> out;
  for (const json& r : response["results"]) out.push_back(r["id"]);
  return out;
}

class WebApi : public ::testing::Test {
 protected:
  void SetUp() override {
    web_ = std::make_unique<NewsWeb>(::testing::UnitTest::GetInstance()->current_test_info()->name());
    web_->start();
  }

  RawResponse get(const std::string& target) { return web_->get(target); }

  json get_json(const std::string& target, int expected_status = 200) {
    RawResponse r = get(target);
    EXPECT_EQ(r.status, expected_status) << target << "\n" << r.body;
    EXPECT_EQ(news::testing::header_of(r, "Content-Type"), "application/json; charset=utf-8") << target;
    json j = json::parse(r.body, nullptr, false);
    EXPECT_FALSE(j.is_discarded()) << r.body;
    return j;
  }

  std::unique_ptr<NewsWeb> web_;
};

size_t count(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
  return n;
}

const std::string kSecretaryGeneral = "/api/search?q=secretary%20general";

}  // namespace

TEST_F(WebApi, Healthz) {
  json j = get_json("/healthz");
  EXPECT_EQ(j, json({{"status", "ok"}, {"articles", 8}}));
  EXPECT_EQ(web_->articles(), 8u);
}

TEST_F(WebApi, SearchRanksAndHighlights) {
  json j = get_json(kSecretaryGeneral);
  EXPECT_EQ(j["query"], "secretary general");
  EXPECT_EQ(j["page"], 1);
  EXPECT_EQ(j["offset"], 0);
  EXPECT_EQ(j["limit"], 10);
  EXPECT_EQ(j["total"]["estimated"], 4);
  EXPECT_TRUE(j["total"]["exact"]);
  EXPECT_EQ(j["total"]["counts"], "any_part");  // fewer than ten articles hold both words
  std::vector<std::string> got = ids(j);
  ASSERT_EQ(got.size(), 4u);
  EXPECT_EQ(got[0], "000_cee87e1c9373ec3f");
  const json& first = j["results"][0];
  EXPECT_EQ(first["rank"], 1);
  EXPECT_EQ(first["date"], "2018-06-16");
  EXPECT_EQ(first["lang"], "en");
  std::string snippet = first["snippet"]["html"];
  EXPECT_NE(snippet.find("<mark>Secretary</mark>-<mark>General</mark>"), std::string::npos) << snippet;
  EXPECT_EQ(j["facets"]["lang"], json::parse(R"([{"value": "en", "count": 4}])"));
}

TEST_F(WebApi, PagesSliceTheRanking) {
  std::vector<std::string> all = ids(get_json(kSecretaryGeneral));
  ASSERT_EQ(all.size(), 4u);
  json p2 = get_json(kSecretaryGeneral + "&limit=2&page=2");
  EXPECT_EQ(p2["page"], 2);
  EXPECT_EQ(p2["offset"], 2);
  EXPECT_EQ(p2["limit"], 2);
  EXPECT_EQ(ids(p2), (std::vector<std::string>{all[2], all[3]}));
  EXPECT_EQ(p2["results"][0]["rank"], 3);
  EXPECT_TRUE(ids(get_json(kSecretaryGeneral + "&limit=2&page=3")).empty());

  // The first page of two: the estimate from term statistics overshoots (8), the facet count
  // (every match seen) bounds it, so the page says 4 results and offers 2 pages.
  json p1 = get_json(kSecretaryGeneral + "&limit=2");
  EXPECT_EQ(p1["total"]["estimated"], 4);
  EXPECT_TRUE(p1["total"]["exact"]);
  RawResponse page = get("/?q=secretary+general&limit=2");
  EXPECT_NE(page.body.find("4 results"), std::string::npos);
  EXPECT_EQ(page.body.find("page=3"), std::string::npos);
}

TEST_F(WebApi, FiltersBySourceLanguageYearAndDate) {
  std::string q = "/api/search?q=" + url_encode("secretary OR 秘书长 OR الأمين");
  json all = get_json(q);
  EXPECT_EQ(all["total"]["estimated"], 5);

  EXPECT_EQ(ids(get_json(q + "&lang=zh-Hans")), (std::vector<std::string>{"web-zh-1"}));
  EXPECT_EQ(ids(get_json(q + "&lang=ar")), (std::vector<std::string>{"web-ar-1"}));
  json both = get_json(q + "&lang=ar&lang=zh-Hans");  // several values of one filter: any of them
  EXPECT_EQ(both["total"]["estimated"], 2);
  EXPECT_EQ(ids(get_json(q + "&source=" + url_encode("Example Daily"))), (std::vector<std::string>{"web-zh-1"}));
  json y2019 = get_json(q + "&year=2019");
  EXPECT_EQ(y2019["total"]["estimated"], 2);
  for (const json& r : y2019["results"]) EXPECT_EQ(r["date"].get<std::string>().substr(0, 4), "2019");
  json range = get_json(q + "&from=2019-04-01&to=2021-12-31");
  std::vector<std::string> in_range = ids(range);
  std::sort(in_range.begin(), in_range.end());
  EXPECT_EQ(in_range, (std::vector<std::string>{"002_db71e7c1c3482f44", "web-ar-1"}));
  EXPECT_TRUE(ids(get_json(q + "&lang=ar&year=2018")).empty());
  // A filter alone lists the articles it selects, newest first.
  EXPECT_EQ(ids(get_json("/api/search?lang=ar")), (std::vector<std::string>{"web-ar-1"}));
}

TEST_F(WebApi, SortsByDate) {
  std::string q = "/api/search?q=" + url_encode("secretary OR 秘书长 OR الأمين");
  auto dates = [&](const std::string& sort) {
    std::vector<std::string> out;
    json response = get_json(q + "&sort=" + sort);
    for (const json& r : response["results"]) out.push_back(r["date"]);
    return out;
  };
  EXPECT_EQ(dates("newest"), (std::vector<std::string>{"2024-06-20", "2021-07-02", "2019-04-02", "2019-03-12", "2018-06-16"}));
  EXPECT_EQ(dates("oldest"), (std::vector<std::string>{"2018-06-16", "2019-03-12", "2019-04-02", "2021-07-02", "2024-06-20"}));
  EXPECT_EQ(dates("relevance").size(), 5u);
}

TEST_F(WebApi, BadParametersAre400WithAMessage) {
  struct Case {
    std::string query, error;
  } cases[] = {
      {"q=x&page=abc", "page must be a whole number from 1 to 1000"},
      {"q=x&page=0", "page must be a whole number from 1 to 1000"},
      {"q=x&limit=101", "limit must be a whole number from 1 to 100"},
      {"q=x&limit=0", "limit must be a whole number from 1 to 100"},
      {"q=x&from=2018-02-30", "from must be a date YYYY-MM-DD"},
      {"q=x&to=yesterday", "to must be a date YYYY-MM-DD"},
      {"q=x&from=2020-01-01&to=2019-01-01", "from is after to"},
      {"q=x&sort=sideways", "sort must be relevance, newest or oldest"},
      {"q=x&lang=%3Cscript%3E", "lang must be a language tag such as en or zh-Hant"},
      {"q=x&year=18", "year must have four digits"},
      {"q=" + std::string(1025, 'a'), "q is longer than 1024 bytes"},
      {"q=" + std::string(342, 'x') + url_encode(std::string(342 * 2, 'y')), "q is longer than 1024 bytes"},
      {"q=caf%C3", "q is not valid UTF-8"},
      {"", "q is required (or a filter: lang, source, year, from, to)"},
  };
  for (const Case& c : cases) {
    json j = get_json("/api/search?" + c.query, 400);
    EXPECT_EQ(j, json({{"error", c.error}})) << c.query;
  }
  // Exactly at the limits is fine.
  get_json("/api/search?q=" + std::string(1024, 'a') + "&limit=100&page=100");
}

TEST_F(WebApi, ArticlesByIdAnd404) {
  json a = get_json("/api/doc/web-zh-1");
  EXPECT_EQ(a["title"], "上海合作组织秘书长会见各国记者");
  EXPECT_EQ(a["lang"], "zh-Hans");
  EXPECT_EQ(a["source"], "Example Daily");
  EXPECT_NE(a["body"].get<std::string>().find("本次会见持续了一个小时。"), std::string::npos);
  EXPECT_EQ(get_json("/api/doc/no-such-id", 404), json({{"error", "no article with id \"no-such-id\""}}));
  EXPECT_EQ(get_json("/api/nothing", 404), json({{"error", "There is nothing at this address."}}));
}

TEST_F(WebApi, SearchPageRendersResultsFacetsAndPages) {
  RawResponse r = get("/?q=secretary%20general&limit=2");
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(news::testing::header_of(r, "Content-Type"), "text/html; charset=utf-8");
  const std::string& html = r.body;
  EXPECT_NE(html.find("value=\"secretary general\""), std::string::npos);
  EXPECT_EQ(count(html, "<li class=\"hit\""), 2u);
  EXPECT_NE(html.find("data-id=\"000_cee87e1c9373ec3f\""), std::string::npos);
  EXPECT_NE(html.find("<mark>Secretary</mark>-<mark>General</mark>"), std::string::npos);
  EXPECT_NE(html.find("<li class=\"hit\" lang=\"en\" dir=\"auto\""), std::string::npos);
  EXPECT_NE(html.find("<time dir=\"auto\" datetime=\"2018-06-16\">16 Jun 2018</time>"), std::string::npos);
  // The count says "About" only when it is an estimate: it must agree with the API.
  json api = get_json(kSecretaryGeneral + "&limit=2");
  std::string expected = std::string(api["total"]["exact"] ? "" : "About ") +
                         std::to_string(api["total"]["estimated"].get<int>()) + " results";
  EXPECT_NE(html.find("role=\"status\">" + expected + " <span"), std::string::npos) << expected;
  // Facets add filters; sort and pages keep the search.
  EXPECT_NE(html.find("href=\"/?q=secretary%20general&amp;lang=en&amp;limit=2\""), std::string::npos);
  EXPECT_NE(html.find("href=\"/?q=secretary%20general&amp;sort=newest&amp;limit=2\""), std::string::npos);
  EXPECT_NE(html.find("rel=\"next\" href=\"/?q=secretary%20general&amp;limit=2&amp;page=2\""), std::string::npos);
  EXPECT_EQ(html.find("rel=\"prev\""), std::string::npos);
  EXPECT_NE(html.find("<input type=\"date\" name=\"from\""), std::string::npos);

  std::string page2 = get("/?q=secretary%20general&limit=2&page=2").body;
  EXPECT_NE(page2.find("<ol class=\"hits\" start=\"3\">"), std::string::npos);
  EXPECT_NE(page2.find("rel=\"prev\" href=\"/?q=secretary%20general&amp;limit=2\""), std::string::npos);
}

TEST_F(WebApi, SearchPageFiltersNotesAndNoResults) {
  std::string filtered = get("/?q=" + url_encode("秘书长") + "&lang=zh-Hans&from=2019-01-01").body;
  EXPECT_EQ(count(filtered, "<li class=\"hit\""), 1u);
  EXPECT_NE(filtered.find("<li class=\"hit\" lang=\"zh-Hans\" dir=\"auto\" data-id=\"web-zh-1\">"), std::string::npos);
  EXPECT_NE(filtered.find("<mark>秘书长</mark>"), std::string::npos);
  EXPECT_NE(filtered.find("Language: Chinese (Simplified)"), std::string::npos);
  EXPECT_NE(filtered.find("Date: since 1 Jan 2019"), std::string::npos);
  // The active filter links to the same search without it, and the search box carries it along.
  EXPECT_NE(filtered.find("href=\"/?q=%E7%A7%98%E4%B9%A6%E9%95%BF&amp;from=2019-01-01\""), std::string::npos);
  EXPECT_NE(filtered.find("<input type=\"hidden\" name=\"lang\" value=\"zh-Hans\">"), std::string::npos);

  std::string arabic = get("/?q=" + url_encode("الأمين العام")).body;
  EXPECT_NE(arabic.find("<li class=\"hit\" lang=\"ar\" dir=\"auto\" data-id=\"web-ar-1\">"), std::string::npos);

  std::string note = get("/?q=%22secretary").body;
  EXPECT_NE(note.find("<ul class=\"notes\">\n<li>unbalanced quote"), std::string::npos) << note;

  RawResponse none = get("/?q=zzyzxqqq");
  EXPECT_EQ(none.status, 200);
  EXPECT_NE(none.body.find("No articles match <strong dir=\"auto\">zzyzxqqq</strong>."), std::string::npos);
  EXPECT_NE(none.body.find("role=\"status\">0 results"), std::string::npos);

  RawResponse home = get("/");
  EXPECT_EQ(home.status, 200);
  EXPECT_NE(home.body.find("Search 8 news articles"), std::string::npos);
  EXPECT_NE(home.body.find("<body class=\"home\">"), std::string::npos);

  RawResponse bad = get("/?q=x&page=abc");
  EXPECT_EQ(bad.status, 400);
  EXPECT_NE(bad.body.find("page must be a whole number from 1 to 1000"), std::string::npos);
  EXPECT_NE(bad.body.find("<h1>Bad request</h1>"), std::string::npos);
}

TEST_F(WebApi, ArticlePageMarksTheQuery) {
  RawResponse r = get("/doc/web-zh-1?q=" + url_encode("秘书长"));
  ASSERT_EQ(r.status, 200);
  const std::string& html = r.body;
  EXPECT_NE(html.find("<h1>上海合作组织<mark>秘书长</mark>会见各国记者</h1>"), std::string::npos) << html;
  EXPECT_NE(html.find("<p><mark>秘书长</mark>表示，"), std::string::npos);
  EXPECT_EQ(count(html, "<mark>秘书长</mark>"), 3u);
  EXPECT_NE(html.find("<article lang=\"zh-Hans\" dir=\"auto\">"), std::string::npos);
  EXPECT_NE(html.find("href=\"https://news.example.cn/2019/03/sco.html\" rel=\"noopener noreferrer nofollow\""),
            std::string::npos);
  EXPECT_NE(html.find("href=\"/?q=%E7%A7%98%E4%B9%A6%E9%95%BF\">‹ Back to the results"), std::string::npos);

  std::string plain = get("/doc/000_cee87e1c9373ec3f").body;
  EXPECT_EQ(plain.find("<mark>"), std::string::npos);
  EXPECT_NE(plain.find("<p>June 16th, 2018, Beijing, China</p>"), std::string::npos);

  RawResponse missing = get("/doc/no-such-id");
  EXPECT_EQ(missing.status, 404);
  EXPECT_NE(missing.body.find("<h1>Article not found</h1>"), std::string::npos);
  EXPECT_EQ(get("/no/such/page").status, 404);
}

TEST_F(WebApi, InjectedMarkupIsEscapedEverywhere) {
  std::string pages[] = {get("/?q=secretariat").body, get("/doc/web-xss-1?q=secretariat").body,
                         get("/?q=secretariat&source=" + url_encode("Test Wire <b>")).body,
                         get("/?q=" + url_encode("\"><script>alert(2)</script>")).body,
                         get("/doc/" + url_encode("<script>alert(3)</script>")).body};
  for (const std::string& html : pages) {
    EXPECT_EQ(html.find("<script>alert"), std::string::npos) << html;
    EXPECT_EQ(html.find("<img src=x"), std::string::npos);
    EXPECT_EQ(html.find("<b>"), std::string::npos);
    EXPECT_EQ(html.find("javascript:"), std::string::npos);
  }
  EXPECT_NE(pages[0].find("Security bulletin &lt;script&gt;alert(1)&lt;/script&gt; about the <mark>secretariat</mark>"),
            std::string::npos);
  EXPECT_NE(pages[0].find("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"), std::string::npos);
  EXPECT_NE(pages[0].find("<bdi class=\"source\">Test Wire &lt;b&gt;</bdi>"), std::string::npos);
  EXPECT_NE(pages[0].find("data-value=\"Test Wire &lt;b&gt;\""), std::string::npos);
  // Its javascript: URL never becomes a link: the title leads to the stored copy instead.
  EXPECT_NE(pages[0].find("<h2 class=\"hit-title\"><a href=\"/doc/web-xss-1?q=secretariat\">"), std::string::npos);
  EXPECT_NE(pages[1].find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
  EXPECT_NE(pages[3].find("value=\"&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;\""), std::string::npos);
  EXPECT_NE(pages[4].find("&lt;script&gt;alert(3)&lt;/script&gt;"), std::string::npos);
  // The API returns the text as it is (JSON is not HTML) but its *_html fields are escaped.
  json api = get_json("/api/search?q=secretariat");
  for (const json& r : api["results"])
    if (r["id"] == "web-xss-1") {
      EXPECT_EQ(r["title"], "Security bulletin <script>alert(1)</script> about the secretariat");
      EXPECT_EQ(r["title_html"],
                "Security bulletin &lt;script&gt;alert(1)&lt;/script&gt; about the <mark>secretariat</mark>");
    }
}

TEST_F(WebApi, AssetsServedAndTraversalRefused) {
  RawResponse css = get("/assets/style.css");
  EXPECT_EQ(css.status, 200);
  EXPECT_EQ(news::testing::header_of(css, "Content-Type"), "text/css; charset=utf-8");
  std::ifstream in(news::testing::kSource + "/web/assets/style.css");
  EXPECT_EQ(css.body, std::string(std::istreambuf_iterator<char>(in), {}));
  EXPECT_EQ(news::testing::header_of(get("/assets/newsweb.js"), "Content-Type"), "text/javascript; charset=utf-8");
  EXPECT_EQ(news::testing::header_of(get("/assets/favicon.svg"), "Content-Type"), "image/svg+xml");

  for (const char* target :
       {"/assets/../CMakeLists.txt", "/assets/../../etc/passwd", "/assets/%2e%2e/CMakeLists.txt",
        "/assets/%2E%2E/%2E%2E/CMakeLists.txt", "/assets/..%2fCMakeLists.txt", "/assets/%2e%2e%2fCMakeLists.txt",
        "/assets/%252e%252e/CMakeLists.txt", "/assets/..%5cCMakeLists.txt", "/assets/.%2e/CMakeLists.txt",
        "/assets//etc/passwd", "/assets/%2fetc%2fpasswd", "/assets/./style.css", "/assets/style.css%00.txt",
        "/assets/", "/assets", "/../CMakeLists.txt", "/%2e%2e/CMakeLists.txt", "/assets/../web/CMakeLists.txt",
        "/assets/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd"}) {
    RawResponse r = get(target);
    EXPECT_TRUE(r.status == 404 || r.status == 400) << target << " -> " << r.status;
    EXPECT_EQ(r.body.find("cmake_minimum_required"), std::string::npos) << target;
    EXPECT_EQ(r.body.find("add_library"), std::string::npos) << target;
    EXPECT_EQ(r.body.find("root:"), std::string::npos) << target;
  }
}

TEST_F(WebApi, SecurityHeadersOnEveryResponse) {
  RawResponse responses[] = {get("/"),
                             get("/?q=secretary"),
                             get("/doc/web-zh-1"),
                             get("/doc/missing"),
                             get("/api/search?q=x"),
                             get("/api/search?q=x&page=abc"),
                             get("/assets/style.css"),
                             get("/assets/../CMakeLists.txt"),
                             get("/healthz"),
                             get("/opensearch.xml"),
                             get("/?q=" + std::string(8000, 'a')),
                             news::testing::raw_request(web_->port(), "/", "POST")};
  for (const RawResponse& r : responses) {
    EXPECT_NE(r.status, 0);
    std::string csp = news::testing::header_of(r, "Content-Security-Policy");
    EXPECT_EQ(csp.rfind("default-src 'self';", 0), 0u) << r.head;
    EXPECT_EQ(csp.find("unsafe-inline"), std::string::npos);
    EXPECT_EQ(news::testing::header_of(r, "X-Content-Type-Options"), "nosniff") << r.head;
    EXPECT_EQ(news::testing::header_of(r, "X-Frame-Options"), "DENY") << r.head;
    EXPECT_EQ(news::testing::header_of(r, "Referrer-Policy"), "same-origin") << r.head;
  }
}

TEST_F(WebApi, LimitsOnTheRequest) {
  // Over the request-target limit (3 x 1024 + 2048 by default): 414, whether newsweb or httplib
  // notices first.
  EXPECT_EQ(get("/?q=" + std::string(5200, 'a')).status, 414);
  EXPECT_EQ(get("/api/search?q=" + std::string(9000, 'a')).status, 414);
  // A long query under it gets the clearer 400.
  EXPECT_EQ(get("/?q=" + std::string(2000, 'a')).status, 400);
  RawResponse post = news::testing::raw_request(web_->port(), "/api/search?q=x", "POST");
  EXPECT_EQ(post.status, 405);
  EXPECT_EQ(news::testing::header_of(post, "Allow"), "GET, HEAD");
  RawResponse head = news::testing::raw_request(web_->port(), "/healthz", "HEAD");
  EXPECT_EQ(head.status, 200);
  EXPECT_TRUE(head.body.empty());
}

TEST_F(WebApi, OpenSearchDescription) {
  RawResponse r = get("/opensearch.xml");
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(news::testing::header_of(r, "Content-Type"), "application/opensearchdescription+xml; charset=utf-8");
  // The request's Host names the server (the raw client sends 127.0.0.1).
  EXPECT_NE(r.body.find("template=\"http://127.0.0.1/?q={searchTerms}\""), std::string::npos) << r.body;
  EXPECT_NE(get("/").body.find("<link rel=\"search\" type=\"application/opensearchdescription+xml\""), std::string::npos);
  // A Host header that is not a plain host name is not echoed: the server's own address is used.
  RawResponse evil = news::testing::raw_request(web_->port(), "/opensearch.xml", "GET", "Host: evil\"><x\r\n");
  EXPECT_EQ(evil.status, 200);
  EXPECT_EQ(evil.body.find("evil"), std::string::npos);
  EXPECT_NE(evil.body.find("template=\"http://127.0.0.1:" + std::to_string(web_->port()) + "/?q={searchTerms}\""),
            std::string::npos) << evil.body;
}

TEST_F(WebApi, AccessLogHasOneLinePerRequest) {
  get("/healthz");
  get("/api/search?q=x&page=abc");
  web_->stop();
  std::string log = web_->log();
  EXPECT_NE(log.find(" 127.0.0.1 GET \"/healthz\" 200 "), std::string::npos) << log;
  EXPECT_NE(log.find(" 127.0.0.1 GET \"/api/search?q=x&page=abc\" 400 "), std::string::npos) << log;
  EXPECT_NE(log.find("ms\n"), std::string::npos);
  EXPECT_EQ(web_->exit_status(), 0);  // SIGTERM stops it cleanly
}

TEST_F(WebApi, FindsArticlesIndexedWhileRunning) {
  const std::string q = "/api/search?q=quokkaphone";
  EXPECT_EQ(get_json(q)["total"]["estimated"], 0);
  std::string file = web_->dir() + "/late.jsonl";
  news::testing::write_file(file, R"({"id": "late-1", "title": "The quokkaphone arrives", "body": "A quokkaphone was )"
                                  R"(shown in Perth today.", "date": "2025-01-02", "lang": "en"})"
                                  "\n");
  web_->index({file});
  json j = get_json(q);
  EXPECT_EQ(ids(j), (std::vector<std::string>{"late-1"}));
  EXPECT_EQ(get_json("/healthz")["articles"], 9);
  EXPECT_NE(get("/?q=quokkaphone").body.find("The <mark>quokkaphone</mark> arrives"), std::string::npos);
}

// Start-up errors: one clear line and exit status 2.
TEST(NewsWebCommand, StartupErrors) {
  using news::testing::kBin;
  using news::testing::run;
  std::string missing = news::testing::scratch_dir("newsweb_missing") + "/nothing-here";
  news::testing::CommandResult r = run(kBin + "/newsweb --db " + missing + " --port 0 2>&1");
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.out, "newsweb: " + missing + ": no database there (create it with newsindex --db " + missing + ")\n");

  r = run(kBin + "/newsweb 2>&1");
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.out, "newsweb: --db DB is required\nTry 'newsweb --help'.\n");
  r = run(kBin + "/newsweb --db x --limit 3 2>&1");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.out.find("unknown option --limit"), std::string::npos);
  r = run(kBin + "/newsweb --help");
  EXPECT_EQ(r.status, 0);
  EXPECT_NE(r.out.find("--max-query-bytes"), std::string::npos);
}

TEST(NewsWebCommand, PortInUse) {
  NewsWeb first("newsweb_port_in_use", {news::testing::kWebFixtures});
  first.start();
  std::string port = std::to_string(first.port());
  news::testing::CommandResult r =
      news::testing::run(news::testing::kBin + "/newsweb --db " + first.db() + " --port " + port + " 2>&1");
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.out, "newsweb: cannot listen on 127.0.0.1:" + port + ": the port is already in use\n");
  // The first server is unaffected.
  EXPECT_EQ(first.get("/healthz").status, 200);
}

TEST(NewsWebCommand, ApiLimitsFollowTheOptions) {
  NewsWeb web("newsweb_options", {news::testing::kSeeds});
  web.start({"--max-limit", "3", "--max-query-bytes", "10", "--page-size", "2"});
  EXPECT_EQ(web.get("/api/search?q=secretary&limit=4").status, 400);
  EXPECT_EQ(web.get("/api/search?q=secretary&limit=3").status, 200);
  EXPECT_EQ(web.get("/api/search?q=secretaryxx").status, 400);  // 11 bytes
  RawResponse r = web.get("/api/search?q=secretary");
  EXPECT_NE(r.body.find("\"limit\":2"), std::string::npos) << r.body;  // the page size is the default limit
  EXPECT_EQ(web.get("/?q=" + std::string(3 * 10 + 2048, 'a')).status, 414);
}

// A repeated search is answered from the result cache until a commit changes the database; one
// worker thread, so that every request after the first finds its searcher already open.
TEST(NewsWebCommand, RepeatedSearchesComeFromTheCacheUntilACommit) {
  NewsWeb web("newsweb_cache", {news::testing::kSeeds});
  web.start({"--threads", "1"});
  auto search = [&web](const std::string& target) { return json::parse(web.get(target).body); };
  const std::string q = "/api/search?q=wombatfone";
  EXPECT_FALSE(search(q)["cached"]);  // the thread's searcher is opened by this request
  EXPECT_FALSE(search(q)["cached"]);
  json again = search(q);
  EXPECT_TRUE(again["cached"]);
  EXPECT_EQ(again["total"]["estimated"], 0);
  EXPECT_FALSE(search(q + "&limit=5")["cached"]);  // another request, another entry

  std::string file = web.dir() + "/late.jsonl";
  news::testing::write_file(file, R"({"id": "late-2", "title": "A wombatfone", "body": "The wombatfone rings.", )"
                                  R"("lang": "en"})"
                                  "\n");
  web.index({file});
  json fresh = search(q);
  EXPECT_FALSE(fresh["cached"]);
  EXPECT_EQ(ids(fresh), (std::vector<std::string>{"late-2"}));
  EXPECT_TRUE(search(q)["cached"]);

  NewsWeb uncached("newsweb_no_cache", {news::testing::kSeeds});
  uncached.start({"--threads", "1", "--cache-entries", "0"});
  for (int i = 0; i < 3; ++i) EXPECT_FALSE(json::parse(uncached.get(q).body)["cached"]);
}

TEST_F(WebApi, DatabaseGoneIs503UntilItIsBack) {
  std::filesystem::remove_all(web_->db());
  EXPECT_EQ(get_json("/api/search?q=secretary", 503), json({{"error", "The search database is not available at the moment."}}));
  EXPECT_EQ(get_json("/healthz", 503)["status"], "error");
  RawResponse page = get("/?q=secretary");
  EXPECT_EQ(page.status, 503);
  EXPECT_NE(page.body.find("<h1>Search unavailable</h1>"), std::string::npos);
  // The details (the server's path) go to the log, not to the client.
  EXPECT_EQ(page.body.find(web_->db()), std::string::npos);
  web_->index({news::testing::kWebFixtures});
  EXPECT_EQ(get_json("/healthz"), json({{"status", "ok"}, {"articles", 3}}));
}

// Indexing while the server answers: every request succeeds, and the new articles are found.
TEST_F(WebApi, IndexingWhileServingLosesNoRequest) {
  std::string file = web_->dir() + "/batch.jsonl";
  std::string lines;
  for (int i = 0; i < 300; ++i)
    lines += R"({"id": "batch-)" + std::to_string(i) + R"(", "title": "Lighthouse keeper )" + std::to_string(i) +
             R"(", "body": "The lighthouse on the cape was repainted.", "lang": "en"})" + "\n";
  news::testing::write_file(file, lines);
  std::atomic<bool> indexing{true};
  std::atomic<int> requests{0}, failures{0};
  std::vector<std::thread> clients;
  for (int t = 0; t < 4; ++t)
    clients.emplace_back([&] {
      // Bounded: at most 500 requests each, fewer when the indexer is done first.
      for (int i = 0; i < 500 && (indexing || i < 5); ++i) {
        RawResponse r = news::testing::raw_request(web_->port(), i % 2 ? kSecretaryGeneral : "/api/search?q=lighthouse");
        ++requests;
        if (r.status != 200) ++failures;
      }
    });
  web_->index({file});
  indexing = false;
  for (std::thread& t : clients) t.join();
  EXPECT_GT(requests.load(), 0);
  EXPECT_EQ(failures.load(), 0);
  EXPECT_EQ(get_json("/api/search?q=lighthouse")["total"]["estimated"], 300);
}

TEST_F(WebApi, ConcurrentRequestsGetTheSameAnswers) {
  // Each worker thread has its own searcher; answers must not depend on which one serves.
  std::vector<std::string> targets = {kSecretaryGeneral, "/api/search?q=" + url_encode("秘书长"),
                                      "/api/search?q=" + url_encode("الأمين العام"), "/api/search?q=secretariat&lang=en",
                                      "/api/search?q=cooperation&sort=newest"};
  std::vector<std::vector<std::string>> expected;
  for (const std::string& t : targets) expected.push_back(ids(get_json(t)));
  std::atomic<int> mismatches{0}, failures{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < 25; ++i) {
        size_t which = static_cast<size_t>(t + i) % targets.size();
        RawResponse r = news::testing::raw_request(web_->port(), targets[which]);
        if (r.status != 200) {
          ++failures;
          continue;
        }
        json j = json::parse(r.body, nullptr, false);
        std::vector<std::string> got;
        if (!j.is_discarded())
          for (const json& hit : j["results"]) got.push_back(hit["id"]);
        if (got != expected[which]) ++mismatches;
      }
    });
  for (std::thread& t : threads) t.join();
  EXPECT_EQ(failures.load(), 0);
  EXPECT_EQ(mismatches.load(), 0);
  EXPECT_FALSE(expected[0].empty());
}
