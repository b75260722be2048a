#include "base/utf8.h"

#include <gtest/gtest.h>

namespace sitrep {
namespace {

TEST(Utf8, ValidFrenchText) {
  EXPECT_EQ(FindInvalidUtf8("« Alep » a été reprise"), std::string_view::npos);
}

TEST(Utf8, FindsLoneContinuationByte) {
  EXPECT_EQ(FindInvalidUtf8("ab\x80" "cd"), 2u);
}

TEST(Utf8, RejectsOverlongAndSurrogate) {
  EXPECT_EQ(FindInvalidUtf8("\xC0\xAF"), 0u);
  EXPECT_EQ(FindInvalidUtf8("x\xED\xA0\x80"), 1u);
}

TEST(Utf8, RepairReplacesAndReportsOffsets) {
  std::string out;
  std::vector<size_t> bad;
  EXPECT_FALSE(RepairUtf8("caf\xE9 ok\xFF", &out, &bad));
  EXPECT_EQ(out, "caf\xEF\xBF\xBD ok\xEF\xBF\xBD");
  EXPECT_EQ(bad, (std::vector<size_t>{3, 7}));
}

TEST(Utf8, TruncatedSequenceAtEnd) {
  std::string out;
  EXPECT_FALSE(RepairUtf8("Alep\xC3", &out, nullptr));
  EXPECT_EQ(out, "Alep\xEF\xBF\xBD");
}

TEST(Utf8, EmptyIsValid) {
  std::string out;
  EXPECT_TRUE(RepairUtf8("", &out, nullptr));
  EXPECT_TRUE(out.empty());
}

}  // namespace
}  // namespace sitrep
