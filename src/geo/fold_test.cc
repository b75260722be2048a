#include "geo/fold.h"

#include <gtest/gtest.h>

namespace sitrep::geo {
namespace {

TEST(FoldTest, LatinAccentsCaseHyphens) {
  EXPECT_EQ(Fold("Al-Bāb"), "al bab");
  EXPECT_EQ(Fold("Al Bab"), "al bab");
  EXPECT_EQ(Fold("Ḩalab"), "halab");
  EXPECT_EQ(Fold("Zürich"), "zurich");
  EXPECT_EQ(Fold("Saint-Étienne"), "saint etienne");
  EXPECT_EQ(Fold("N'Djamena"), "ndjamena");
  EXPECT_EQ(Fold("Łódź"), "lodz");
  EXPECT_EQ(Fold("  Alep -  Est "), "alep est");
  EXPECT_EQ(Fold("Maʿarrat"), "maarrat");
  EXPECT_EQ(Fold("İstanbul"), "istanbul");
  EXPECT_EQ(Fold("Gədəbəy"), "gadabay");  // schwa, as Azerbaijani names are written in English
  EXPECT_EQ(Fold("Tǝrtǝr"), "tartar");
}

TEST(FoldTest, ArabicMarksAndAlef) {
  EXPECT_EQ(Fold("حَلَب"), "حلب");
  EXPECT_EQ(Fold("إدلب"), "ادلب");
  EXPECT_EQ(Fold("الباب"), "الباب");
}

TEST(FoldTest, CaseTests) {
  EXPECT_TRUE(StartsUpper("Alep"));
  EXPECT_TRUE(StartsUpper("Égypte"));
  EXPECT_FALSE(StartsUpper("alep"));
  EXPECT_FALSE(StartsUpper("élan"));
  EXPECT_TRUE(StartsArabic("حلب"));
  EXPECT_FALSE(StartsArabic("Alep"));
}

}  // namespace
}  // namespace sitrep::geo
