#include "base/ascii.h"

#include <gtest/gtest.h>

namespace sitrep {
namespace {

TEST(Ascii, LowersAsciiCapitalsOnly) {
  // "É" (C3 89) is not ASCII: it stays, and the byte length does not change.
  const std::string_view text = "Obama à l'élection présidentielle de mardi prochain aux États-Unis";
  const std::string lower = AsciiLower(text);
  EXPECT_EQ(lower, "obama à l'élection présidentielle de mardi prochain aux États-unis");
  EXPECT_EQ(lower.size(), text.size());
}

TEST(Ascii, InPlaceMatchesCopy) {
  std::string s = "Content-Type: TEXT/HTML; charset=UTF-8";
  AsciiLowerInPlace(&s);
  EXPECT_EQ(s, "content-type: text/html; charset=utf-8");
  EXPECT_EQ(AsciiLower("Content-Type: TEXT/HTML; charset=UTF-8"), s);
}

TEST(Ascii, KeepsBytesAboveAscii) {
  // Latin-1 "É" (C9) and a lone continuation byte pass through unchanged.
  EXPECT_EQ(AsciiLower("AB\xC9\x80Z"), "ab\xC9\x80z");
  EXPECT_EQ(AsciiLower(""), "");
}

}  // namespace
}  // namespace sitrep
