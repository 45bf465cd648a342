// Finds the publication date that a plain-text article states somewhere near its top.
#pragma once
#include <string>
#include <string_view>

namespace news {

// The first date written in `text` as YYYY-MM-DD, or empty. Understands "2018-06-11",
// "June 16th, 2018", "16 June 2018", "Jun. 9, 2018" and "2018年6月16日".
std::string find_date(std::string_view text);

}  // namespace news
