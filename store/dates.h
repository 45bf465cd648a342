// Dates in one place: an article's date is ISO "YYYY-MM-DD" in the article and its stored data,
// and "YYYYMMDD" in the date value slot, which sorts and compares as text (store/fields.h).
#pragma once
#include <string>

namespace news {

// "YYYY-MM-DD" for a real calendar day from 1800 to 2200, else an empty string.
std::string iso_date(int year, int month, int day);

// Whether `text` is exactly a real calendar day written YYYY-MM-DD.
bool is_iso_date(const std::string& text);

// The value-slot form of an ISO date: "2018-06-16" -> "20180616" (dashes dropped).
std::string date_value(const std::string& iso);

// The value-slot form of one end of a date range written "2018", "2018-06" or "2018-06-01"
// (month and day may have one digit): a lower end starts its month or year, an upper end
// finishes it ("2018" -> "20181231"). Empty when the text is none of these.
std::string date_bound_value(const std::string& text, bool upper);

// For people: "2018-06-16" -> "16 Jun 2018"; anything that is not an ISO date is returned as is.
std::string display_date(const std::string& iso);

}  // namespace news
