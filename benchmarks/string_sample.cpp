#include "benchmarks/string_sample.h"

#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <unordered_set>

#include "indexer/readers.h"

namespace news::sample {
namespace fs = std::filesystem;
namespace {

ReaderCallbacks collect(std::vector<Article>& out) {
  return {[&out](Article&& a) { out.push_back(std::move(a)); }, [](const std::string&, const std::string&) {},
          [](const std::string&, const std::string&) {}};
}

std::vector<Article> read_jsonl(const fs::path& file) {
  std::vector<Article> out;
  std::ifstream in(file, std::ios::binary);
  if (in) read_json_lines(in, file.filename().string(), {}, collect(out));
  return out;
}

// The first `per_category` articles of each livedoor category, in file name order.
std::vector<Article> read_livedoor_sample(const fs::path& text_dir, size_t per_category) {
  std::vector<Article> out;
  if (!fs::is_directory(text_dir) || per_category == 0) return out;
  std::set<fs::path> categories;
  for (const auto& e : fs::directory_iterator(text_dir))
    if (e.is_directory()) categories.insert(e.path());
  for (const fs::path& category : categories) {
    std::set<fs::path> files;
    for (const auto& e : fs::directory_iterator(category))
      if (e.is_regular_file() && e.path().filename().string().rfind("LICENSE", 0) != 0) files.insert(e.path());
    size_t taken = 0;
    for (auto it = files.begin(); it != files.end() && taken < per_category; ++it, ++taken) {
      std::ifstream in(*it, std::ios::binary);
      std::stringstream content;
      content << in.rdbuf();
      read_livedoor(content.str(), it->stem().string(), it->filename().string(), {}, collect(out));
    }
  }
  return out;
}

// Byte offsets where the user-perceived characters (grapheme clusters) of `s` begin, and its
// size: a Thai vowel sign or tone mark belongs to the consonant before it, never starts a string.
std::vector<size_t> character_starts(std::string_view s) {
  thread_local std::unique_ptr<icu::BreakIterator> it = [] {
    UErrorCode status = U_ZERO_ERROR;
    return std::unique_ptr<icu::BreakIterator>(icu::BreakIterator::createCharacterInstance(icu::Locale::getRoot(), status));
  }();
  UErrorCode status = U_ZERO_ERROR;
  UText* text = utext_openUTF8(nullptr, s.data(), static_cast<int64_t>(s.size()), &status);
  it->setText(text, status);
  std::vector<size_t> starts;
  for (int32_t b = it->first(); b != icu::BreakIterator::DONE; b = it->next()) starts.push_back(static_cast<size_t>(b));
  it->setText(icu::UnicodeString());
  utext_close(text);
  return starts;
}

size_t grapheme_count(std::string_view s) { return character_starts(s).size() - 1; }

// The first `n` characters of `s` (or its last `n` when `from_end`).
std::string_view chars(std::string_view s, size_t n, bool from_end) {
  std::vector<size_t> starts = character_starts(s);
  size_t total = starts.size() - 1;
  if (n >= total) return s;
  return from_end ? s.substr(starts[total - n]) : s.substr(0, starts[n]);
}

// Every character is a letter of a backstop script (no digits, no marks of the common script).
bool all_backstop_letters(std::string_view s) {
  for (int32_t i = 0; i < static_cast<int32_t>(s.size());) {
    UChar32 c;
    U8_NEXT(s.data(), i, static_cast<int32_t>(s.size()), c);
    if (c < 0 || !is_backstop_script(script_of(static_cast<char32_t>(c)))) return false;
  }
  return true;
}

bool word_length_fits(const Word& w, size_t length) {
  return w.script == Script::kThai ? length >= 3 && length <= 6 : length >= 2 && length <= 4;
}

uint64_t fnv1a(std::string_view s) {
  uint64_t h = 14695981039346656037ULL;
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ULL;
  return h;
}

struct Candidate {
  std::string text;
  std::set<size_t> articles;  // where it was seen
};

// Candidates in an order that depends on nothing but their forms (not on map layout or input
// order), keeping those in the frequency band.
std::vector<SampledString> pick(const std::map<std::string, Candidate>& candidates, size_t group_size, size_t n,
                                bool crosses_cut, const std::map<std::string, Candidate>* exclude) {
  size_t most = std::max<size_t>(3, group_size / 10);
  std::vector<std::pair<uint64_t, const std::string*>> order;
  for (const auto& [form, c] : candidates)
    if (c.articles.size() >= 3 && c.articles.size() <= most && !(exclude && exclude->count(form)))
      order.emplace_back(fnv1a(form), &form);
  std::sort(order.begin(), order.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first < b.first : *a.second < *b.second;
  });
  std::vector<SampledString> out;
  for (size_t i = 0; i < order.size() && out.size() < n; ++i)
    out.push_back({candidates.at(*order[i].second).text, *order[i].second, crosses_cut});
  return out;
}

}  // namespace

std::string reference_form(std::string_view text) {
  static const icu::Normalizer2* nfkc_casefold = [] {
    UErrorCode status = U_ZERO_ERROR;
    return icu::Normalizer2::getNFKCCasefoldInstance(status);
  }();
  thread_local std::unique_ptr<icu::Transliterator> simplify = [] {
    UErrorCode status = U_ZERO_ERROR;
    return std::unique_ptr<icu::Transliterator>(
        icu::Transliterator::createInstance("Traditional-Simplified", UTRANS_FORWARD, status));
  }();
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString folded =
      nfkc_casefold->normalize(icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), text.size())), status);
  simplify->transliterate(folded);
  std::string out;
  folded.toUTF8String(out);
  return out;
}

std::string find_corpus(const std::string& default_dir) {
  const char* configured = std::getenv("NEWS_CORPUS");
  std::string dir = configured && *configured ? configured : default_dir;
  return fs::is_directory(fs::path(dir) / "dev") ? dir : std::string();
}

std::vector<CorpusArticle> load_articles(const std::string& corpus, const std::vector<std::string>& groups,
                                         const Limits& limits) {
  auto wanted = [&](const std::string& g) { return std::find(groups.begin(), groups.end(), g) != groups.end(); };
  fs::path dev = fs::path(corpus) / "dev";
  std::vector<Article> read;
  for (Article& a : read_jsonl(dev / "ntrex128.jsonl"))
    if (wanted(a.lang)) read.push_back(std::move(a));
  auto add_first = [&](std::vector<Article> more, size_t cap) {
    if (more.size() > cap) more.resize(cap);
    for (Article& a : more) read.push_back(std::move(a));
  };
  if (wanted("zh-Hans")) add_first(read_jsonl(dev / "xinwenlianbo.jsonl"), limits.xinwenlianbo);
  if (wanted("ko")) add_first(read_jsonl(dev / "kowikinews.jsonl"), limits.kowikinews);
  if (wanted("ja")) add_first(read_livedoor_sample(fs::path(corpus) / "livedoor" / "text", limits.livedoor_per_category), SIZE_MAX);

  std::vector<CorpusArticle> out;
  std::unordered_set<std::string> seen;
  for (Article& a : read) {
    if (!seen.insert(a.title + '\x1f' + a.body).second) continue;
    CorpusArticle c;
    c.group = a.lang;
    c.title_form = reference_form(a.title);
    c.body_form = reference_form(a.body);
    c.article = std::move(a);
    out.push_back(std::move(c));
  }
  return out;
}

std::vector<SampledString> sample_strings(const std::vector<CorpusArticle>& articles, const Analyzer& analyzer,
                                          const std::string& group, size_t words, size_t crossings) {
  std::map<std::string, Candidate> word_candidates, crossing_candidates;
  size_t group_size = 0;
  for (size_t i = 0; i < articles.size(); ++i) {
    if (articles[i].group != group) continue;
    ++group_size;
    for (const std::string* field : {&articles[i].article.title, &articles[i].article.body}) {
      std::string_view text(*field);
      std::vector<Word> ws = analyzer.words(text);
      for (size_t k = 0; k < ws.size(); ++k) {
        std::string_view here = text.substr(ws[k].start, ws[k].end - ws[k].start);
        if (!ws[k].is_word || !all_backstop_letters(here)) continue;
        if (word_length_fits(ws[k], grapheme_count(here))) {
          Candidate& c = word_candidates[reference_form(here)];
          if (c.text.empty()) c.text = here;
          c.articles.insert(i);
        }
        if (k == 0 || ws[k - 1].end != ws[k].start || ws[k - 1].script != ws[k].script) continue;
        std::string_view before = text.substr(ws[k - 1].start, ws[k - 1].end - ws[k - 1].start);
        if (!ws[k - 1].is_word || !all_backstop_letters(before)) continue;
        std::string crossing = std::string(chars(before, 1, true)) + std::string(chars(here, 2, false));
        Candidate& c = crossing_candidates[reference_form(crossing)];
        if (c.text.empty()) c.text = crossing;
        c.articles.insert(i);
      }
    }
  }
  std::vector<SampledString> out = pick(word_candidates, group_size, words, false, nullptr);
  for (SampledString& s : pick(crossing_candidates, group_size, crossings, true, &word_candidates))
    out.push_back(std::move(s));
  return out;
}

ArticleIndex::ArticleIndex(const std::vector<CorpusArticle>& articles, const Analyzer& analyzer)
    : articles_(articles), analyzer_(analyzer) {
  for (size_t i = 0; i < articles.size(); ++i) by_id_.emplace(articles[i].article.id, i);
}

std::vector<size_t> ArticleIndex::containing(const std::string& form) const {
  std::vector<size_t> out;
  for (size_t i = 0; i < articles_.size(); ++i)
    if (articles_[i].title_form.find(form) != std::string::npos || articles_[i].body_form.find(form) != std::string::npos)
      out.push_back(i);
  return out;
}

bool ArticleIndex::has_word(size_t article, const std::string& form) const {
  auto it = words_.find(article);
  if (it == words_.end()) {
    it = words_.emplace(article, std::unordered_set<std::string>()).first;
    for (const std::string* field : {&articles_[article].article.title, &articles_[article].article.body})
      for (Word& w : analyzer_.words(*field))
        if (w.is_word) it->second.insert(std::move(w.form));
  }
  return it->second.count(form) > 0;
}

long ArticleIndex::find(const std::string& id) const {
  auto it = by_id_.find(id);
  return it == by_id_.end() ? -1 : static_cast<long>(it->second);
}

}  // namespace news::sample
