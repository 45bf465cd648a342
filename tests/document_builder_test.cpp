// What indexing writes for an article: each term once, and document lengths that do not depend on
// which terms were left out.
#include <gtest/gtest.h>

#include <map>

#include "indexer/document_builder.h"
#include "store/article_record.h"
#include "store/fields.h"
#include "store/stored_article.h"

namespace news {
namespace {

std::map<std::string, Xapian::termcount> wdfs(const Xapian::Document& doc) {
  std::map<std::string, Xapian::termcount> out;
  for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) out[*t] = t.get_wdf();
  return out;
}

Xapian::termcount length(const Xapian::Document& doc) {
  Xapian::termcount sum = 0;
  for (const auto& [term, wdf] : wdfs(doc)) sum += wdf;
  return sum;
}

Xapian::termcount positions(const Xapian::Document& doc, const std::string& term) {
  auto t = doc.termlist_begin();
  t.skip_to(term);
  return t != doc.termlist_end() && *t == term ? t.positionlist_count() : 0;
}

Article article(const std::string& title, const std::string& body, const std::string& lang) {
  Article a;
  a.id = "a1";
  a.title = title;
  a.body = body;
  a.lang = lang;
  return a;
}

TEST(DocumentBuilder, WithoutAStemmerTheStemIsNotWrittenButStillCountsInTheLength) {
  Analyzer analyzer;
  // Urdu: no stemmer, and the Arabic script is not stemmed by prefix.
  Xapian::Document doc = build_document(article("پاکستان", "پاکستان خبریں", "ur"), analyzer, "fp");
  auto terms = wdfs(doc);
  EXPECT_EQ(terms["پاکستان"], kTitleWdf + 1);
  EXPECT_EQ(terms["Sپاکستان"], 1u);
  EXPECT_EQ(terms["خبریں"], 1u);
  for (const char* unwritten : {"Zپاکستان", "SZپاکستان", "Zخبریں"}) EXPECT_EQ(terms.count(unwritten), 0u) << unwritten;
  // Written out, the stems were Zپاکستان (title and body), SZپاکستان and Zخبریں: as long as the words.
  EXPECT_EQ(length(doc), 2 * (kTitleWdf + 1 + 1) + 2);
}

TEST(DocumentBuilder, AStemOtherThanItsWordIsWrittenWithoutPositions) {
  Analyzer analyzer;
  Xapian::Document doc = build_document(article("Elections", "elections held", "en"), analyzer, "fp");
  auto terms = wdfs(doc);
  EXPECT_EQ(terms["Zelect"], kTitleWdf + 1);
  EXPECT_EQ(terms["SZelect"], 1u);
  EXPECT_EQ(positions(doc, "Zelect"), 0u);
  EXPECT_EQ(positions(doc, "elections"), 2u);
  EXPECT_EQ(terms["Zheld"], 1u);  // a stemmed language writes every stem
  EXPECT_EQ(terms.count(fields::kUnwrittenLength), 0u);
  EXPECT_EQ(length(doc), 2 * (kTitleWdf + 1 + 1) + 2);
}

// Xapian deflates the document data it writes; the stored article is compressed already and goes
// in a value, which Xapian writes as it is.
TEST(DocumentBuilder, TheStoredArticleIsAValueNotTheDocumentData) {
  Analyzer analyzer;
  Xapian::Document doc = build_document(article("Elections", "elections held", "en"), analyzer, "fp");
  EXPECT_EQ(doc.get_data(), "");
  StoredArticle stored = decode_stored_article(article_record(doc));
  EXPECT_EQ(stored.article.title, "Elections");
  EXPECT_EQ(stored.article.body, "elections held");
  EXPECT_EQ(stored.body_words.size(), 2u);
}

TEST(DocumentBuilder, ATwoCharacterHanWordIsWrittenAsItsBigramAndStillCountsInTheLength) {
  Analyzer analyzer;
  Xapian::Document doc = build_document(article("北京", "在北京", "zh-Hans"), analyzer, "fp");
  auto terms = wdfs(doc);
  for (const char* unwritten : {"北京", "S北京"}) EXPECT_EQ(terms.count(unwritten), 0u) << unwritten;
  EXPECT_EQ(terms["XB北京"], kTitleWdf + 1);
  EXPECT_EQ(positions(doc, "XB北京"), 2u);
  EXPECT_EQ(terms["在"], 1u);
  // Written out, the word was 北京 twice (title and body) and S北京 once.
  Xapian::termcount words = (kTitleWdf + 1) + 1 + 1;          // 北京 (title, its copy, body), 在
  Xapian::termcount grams = (kTitleWdf + 1) * 2 + 3;          // XB北京 XB京 in the title, XB在北 XB北京 XB京
  EXPECT_EQ(length(doc), words + grams);
}

// An article without a title: its lead (the first kLeadWords words of the body) weighs as a title
// does, the rest of the body as usual; an article with a title keeps its body at one.
TEST(DocumentBuilder, TheLeadOfAnArticleWithoutATitleWeighsAsATitle) {
  Analyzer analyzer;
  std::string body = "volcano";
  for (size_t i = 1; i < kLeadWords; ++i) body += " filler";
  body += " glacier";
  auto untitled = wdfs(build_document(article("", body, "en"), analyzer, "fp"));
  EXPECT_EQ(untitled["volcano"], kTitleWdf);  // the lead's first word
  EXPECT_EQ(untitled["filler"], (kLeadWords - 1) * kTitleWdf);
  EXPECT_EQ(untitled["glacier"], 1u);  // the first word past it
  EXPECT_EQ(untitled["Zvolcano"], kTitleWdf);  // and its stem
  // Urdu has no stemmer: the stems are the words, not written but counted in the length, at the
  // same weights.
  std::string urdu = "پاکستان";
  for (size_t i = 1; i <= kLeadWords; ++i) urdu += " خبریں";
  auto unstemmed = wdfs(build_document(article("", urdu, "ur"), analyzer, "fp"));
  EXPECT_EQ(unstemmed["خبریں"], (kLeadWords - 1) * kTitleWdf + 1);
  EXPECT_EQ(unstemmed[fields::kUnwrittenLength], kLeadWords * kTitleWdf + 1);
  auto titled = wdfs(build_document(article("News", body, "en"), analyzer, "fp"));
  EXPECT_EQ(titled["volcano"], 1u);
  EXPECT_EQ(titled["filler"], kLeadWords - 1);
}

}  // namespace
}  // namespace news
