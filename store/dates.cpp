#include "store/dates.h"

#include <cctype>
#include <cstdio>
#include <regex>

namespace news {
namespace {

bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return kDays[month - 1] + (month == 2 && is_leap(year) ? 1 : 0);
}

}  // namespace

std::string iso_date(int year, int month, int day) {
  if (year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1 || day > days_in_month(year, month)) return {};
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return buffer;
}

bool is_iso_date(const std::string& text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (!std::isdigit(static_cast<unsigned char>(text[i]))) return false;
  int year = std::stoi(text.substr(0, 4)), month = std::stoi(text.substr(5, 2)), day = std::stoi(text.substr(8, 2));
  return month >= 1 && month <= 12 && day >= 1 && day <= days_in_month(year, month);
}

std::string date_value(const std::string& iso) {
  std::string out;
  for (char c : iso)
    if (c != '-') out += c;
  return out;
}

std::string date_bound_value(const std::string& text, bool upper) {
  static const std::regex form("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");
  std::smatch m;
  if (!std::regex_match(text, m, form)) return {};
  int year = std::stoi(m[1]);
  int month = m[2].matched ? std::stoi(m[2]) : (upper ? 12 : 1);
  // An upper end past the month's last day still bounds it: "20180631" sorts after every June day.
  int day = m[3].matched ? std::stoi(m[3]) : (upper ? 31 : 1);
  if (month < 1 || month > 12 || day < 1 || day > 31) return {};
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d%02d%02d", year, month, day);
  return buffer;
}

std::string display_date(const std::string& iso) {
  static const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  if (!is_iso_date(iso)) return iso;
  int month = std::stoi(iso.substr(5, 2)), day = std::stoi(iso.substr(8, 2));
  return std::to_string(day) + " " + kMonths[month - 1] + " " + iso.substr(0, 4);
}

}  // namespace news
