// Articles for tests that index them, made in one line.
#pragma once
#include <string>
#include <utility>

#include "store/article.h"

namespace news::testing {

inline Article make(std::string id, std::string title, std::string body, std::string lang, std::string date = "",
                    std::string source = "wire") {
  Article a;
  a.id = std::move(id);
  a.title = std::move(title);
  a.body = std::move(body);
  a.lang = std::move(lang);
  a.date = std::move(date);
  a.source = std::move(source);
  return a;
}

}  // namespace news::testing
