#include "indexer/article_preparation.h"

#include "analysis/language.h"

namespace news {

// The title and this much of the body tell the language; more only costs time.
constexpr size_t kDetectionBytes = 4096;

void prepare_article(Article& article, const ArticleDefaults& defaults) {
  if (article.lang.empty())
    article.lang = !defaults.lang.empty() ? defaults.lang
                                          : detect_language(article.title + "\n" + article.body.substr(0, kDetectionBytes));
  if (article.source.empty()) article.source = defaults.source;
}

}  // namespace news
