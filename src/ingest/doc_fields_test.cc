#include "ingest/doc_fields.h"

#include <gtest/gtest.h>

namespace sitrep::ingest {
namespace {

TEST(NormalizeDateTest, IsoForms) {
  EXPECT_EQ(NormalizeDate("2019-01-04"), "2019-01-04");
  EXPECT_EQ(NormalizeDate(" 2020-12-31T23:59:00+01:00 "), "2020-12-31");
  EXPECT_EQ(NormalizeDate("2012-05-22T07:44:00Z"), "2012-05-22");
  EXPECT_EQ(NormalizeDate("2012/5/2"), "2012-05-02");
  EXPECT_EQ(NormalizeDate("20190104"), "2019-01-04");
}

TEST(NormalizeDateTest, DayMonthYearOnlyWhenUnambiguous) {
  EXPECT_EQ(NormalizeDate("25/12/2019"), "2019-12-25");
  EXPECT_EQ(NormalizeDate("12/25/2019"), "2019-12-25");
  EXPECT_EQ(NormalizeDate("03/04/2019"), std::nullopt);
}

TEST(NormalizeDateTest, Rfc822) {
  EXPECT_EQ(NormalizeDate("Fri, 04 Jan 2019 10:00:00 GMT"), "2019-01-04");
  EXPECT_EQ(NormalizeDate("4 Dec 2012 08:00 +0100"), "2012-12-04");
}

TEST(NormalizeDateTest, RejectsWhatIsNoDate) {
  EXPECT_EQ(NormalizeDate(""), std::nullopt);
  EXPECT_EQ(NormalizeDate("22 mai 2012"), std::nullopt);
  EXPECT_EQ(NormalizeDate("2019-02-29"), std::nullopt);
  EXPECT_EQ(NormalizeDate("2020-02-29"), "2020-02-29");
  EXPECT_EQ(NormalizeDate("2019-13-01"), std::nullopt);
  EXPECT_EQ(NormalizeDate("2019-01-32"), std::nullopt);
  EXPECT_EQ(NormalizeDate("2019-01/04"), std::nullopt);
  EXPECT_EQ(NormalizeDate("yesterday"), std::nullopt);
}

TEST(NormalizeLangTest, PrimarySubtag) {
  EXPECT_EQ(NormalizeLang("fr"), "fr");
  EXPECT_EQ(NormalizeLang("FR"), "fr");
  EXPECT_EQ(NormalizeLang("fr-FR"), "fr");
  EXPECT_EQ(NormalizeLang("en_GB"), "en");
  EXPECT_EQ(NormalizeLang("french"), std::nullopt);
  EXPECT_EQ(NormalizeLang("1"), std::nullopt);
}

TEST(RepairTest, SpansPointAtTheReplacementInTheOutput) {
  std::vector<Utf8Repair> repairs;
  // Two Latin-1 bytes (é = 0xE9) in "Kiev était \xE9vacuée".
  const std::string out = RepairUtf8Mapped("a\xE9" "b\xE9" "c", &repairs);
  EXPECT_EQ(out, "a\xEF\xBF\xBD" "b\xEF\xBF\xBD" "c");
  ASSERT_EQ(repairs.size(), 2u);
  EXPECT_EQ(repairs[0].input_offset, 1u);
  EXPECT_EQ(repairs[0].output_offset, 1u);
  EXPECT_EQ(repairs[1].input_offset, 3u);
  EXPECT_EQ(repairs[1].output_offset, 5u);
  std::vector<InputError> errors;
  ReportRepairs(repairs, 0, true, &errors);
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[1].span, (Span{5, 8}));
  EXPECT_EQ(out.substr(5, 3), "\xEF\xBF\xBD");
  EXPECT_NE(errors[1].message.find("byte 3"), std::string::npos);
}

TEST(RepairTest, ReportsAreCapped) {
  std::string bad(100, '\xFF');
  std::vector<InputError> errors;
  RepairInput(bad, 0, &errors);
  ASSERT_EQ(errors.size(), 17u);
  EXPECT_NE(errors.back().message.find("84 more"), std::string::npos);
}

}  // namespace
}  // namespace sitrep::ingest
