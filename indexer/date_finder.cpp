#include "indexer/date_finder.h"

#include <array>
#include <regex>

#include "store/dates.h"

namespace news {
namespace {

constexpr size_t kSearchBytes = 4000;  // dates in news sit in the title block or the first lines

int month_number(std::string name) {
  static const std::array<const char*, 12> months = {"jan", "feb", "mar", "apr", "may", "jun",
                                                     "jul", "aug", "sep", "oct", "nov", "dec"};
  for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (size_t i = 0; i < months.size(); ++i)
    if (name.compare(0, 3, months[i]) == 0) return static_cast<int>(i) + 1;
  return 0;
}

const std::string kMonth =
    "(January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?";

struct Pattern {
  std::regex regex;
  int year, month, day;  // capture group of each part
  bool month_is_name;
};

const std::array<Pattern, 4>& patterns() {
  static const std::array<Pattern, 4> list = {
      Pattern{std::regex("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?![0-9])"), 1, 2, 3, false},
      Pattern{std::regex("\\b" + kMonth + " (\\d{1,2})(?:st|nd|rd|th)?, (\\d{4})\\b", std::regex::icase), 3, 1, 2, true},
      Pattern{std::regex("\\b(\\d{1,2}) " + kMonth + ",? (\\d{4})\\b", std::regex::icase), 3, 2, 1, true},
      Pattern{std::regex("(\\d{4})年(\\d{1,2})月(\\d{1,2})日"), 1, 2, 3, false},
  };
  return list;
}

// The digits at the front of `text` (at most `most`), as a number; advances `text` past them.
int leading_number(std::string_view& text, size_t most) {
  int value = 0;
  size_t n = 0;
  for (; n < most && n < text.size() && text[n] >= '0' && text[n] <= '9'; ++n) value = value * 10 + (text[n] - '0');
  text.remove_prefix(n);
  return n ? value : -1;
}

// The date `text` starts with as YYYY-M-D (what JSON Lines inputs give), or empty: the earliest
// date the patterns could find, so it is their answer, found without running them (std::regex
// cost 50,000 instructions an article, 1% of indexing).
std::string leading_iso_date(std::string_view text) {
  std::string_view rest = text;
  int year = leading_number(rest, 4);
  if (text.size() - rest.size() != 4 || rest.empty() || rest[0] != '-') return {};
  rest.remove_prefix(1);
  int month = leading_number(rest, 2);
  if (month < 0 || rest.empty() || rest[0] != '-') return {};
  rest.remove_prefix(1);
  int day = leading_number(rest, 2);
  if (day < 0 || (!rest.empty() && rest[0] >= '0' && rest[0] <= '9')) return {};
  return iso_date(year, month, day);
}

}  // namespace

std::string find_date(std::string_view text) {
  if (std::string date = leading_iso_date(text); !date.empty()) return date;
  std::string head(text.substr(0, kSearchBytes));
  std::string best;
  long best_position = -1;
  for (const Pattern& p : patterns()) {
    for (std::sregex_iterator it(head.begin(), head.end(), p.regex), end; it != end; ++it) {
      const std::smatch& m = *it;
      int month = p.month_is_name ? month_number(m[p.month].str()) : std::stoi(m[p.month].str());
      std::string date = iso_date(std::stoi(m[p.year].str()), month, std::stoi(m[p.day].str()));
      if (date.empty()) continue;
      if (best_position < 0 || m.position(0) < best_position) {
        best = date;
        best_position = m.position(0);
      }
      break;  // later matches of this pattern cannot come earlier in the text
    }
  }
  return best;
}

}  // namespace news
