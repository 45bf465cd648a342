// Where a Xapian document keeps its stored article (store/stored_article.h).
#pragma once
#include <xapian.h>

#include <string>

#include "store/fields.h"

namespace news {

inline void set_article_record(Xapian::Document& doc, std::string record) {
  doc.add_value(fields::kArticleSlot, std::move(record));
}

// Databases written before the article moved to its value slot keep it in the document data.
inline std::string article_record(const Xapian::Document& doc) {
  std::string record = doc.get_value(fields::kArticleSlot);
  return record.empty() ? doc.get_data() : record;
}

}  // namespace news
