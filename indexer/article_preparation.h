// What every article gets before it is analyzed: a language and a source when it has none.
#pragma once
#include <string>

#include "store/article.h"

namespace news {

struct ArticleDefaults {
  std::string lang;    // for articles that give none; empty: detect it
  std::string source;  // for articles that give none
};

// Sets `article.lang` (its own, else `defaults.lang`, else detected from its title and the
// beginning of its body) and `article.source` (its own, else `defaults.source`).
void prepare_article(Article& article, const ArticleDefaults& defaults);

}  // namespace news
