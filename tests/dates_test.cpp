// Dates: the calendar checks, the value-slot form, range ends and the display form.
#include "store/dates.h"

#include <gtest/gtest.h>

namespace news {
namespace {

TEST(Dates, IsoDatesAreRealCalendarDays) {
  EXPECT_EQ(iso_date(2018, 6, 16), "2018-06-16");
  EXPECT_EQ(iso_date(2024, 2, 29), "2024-02-29");
  EXPECT_EQ(iso_date(2023, 2, 29), "");
  EXPECT_EQ(iso_date(1900, 2, 29), "");  // not a leap year
  EXPECT_EQ(iso_date(2000, 2, 29), "2000-02-29");
  EXPECT_EQ(iso_date(2018, 4, 31), "");
  EXPECT_EQ(iso_date(2018, 13, 1), "");
  EXPECT_EQ(iso_date(1799, 1, 1), "");
  EXPECT_TRUE(is_iso_date("2018-06-16"));
  EXPECT_FALSE(is_iso_date("2018-6-16"));
  EXPECT_FALSE(is_iso_date("2018-02-30"));
  EXPECT_FALSE(is_iso_date("2018-06-16T00"));
}

TEST(Dates, ValueFormSortsAsText) {
  EXPECT_EQ(date_value("2018-06-16"), "20180616");
  EXPECT_LT(date_value("2018-06-16"), date_value("2018-11-01"));
}

TEST(Dates, RangeEndsCoverTheirMonthOrYear) {
  EXPECT_EQ(date_bound_value("2018-6-1", false), "20180601");
  EXPECT_EQ(date_bound_value("2018", false), "20180101");
  EXPECT_EQ(date_bound_value("2018", true), "20181231");
  EXPECT_EQ(date_bound_value("2018-06", true), "20180631");  // after every June day
  EXPECT_EQ(date_bound_value("18-06-01", false), "");
  EXPECT_EQ(date_bound_value("2018-00", false), "");
  EXPECT_EQ(date_bound_value("2018-06-32", true), "");
}

TEST(Dates, DisplayFormForPeople) {
  EXPECT_EQ(display_date("2018-06-16"), "16 Jun 2018");
  EXPECT_EQ(display_date("2018"), "2018");
}

}  // namespace
}  // namespace news
