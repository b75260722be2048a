// Name folding and matching for speakers, groups and places.
#include "eval/names.h"

#include <gtest/gtest.h>

namespace sitrep::eval {
namespace {

TEST(FoldName, CaseAccentsAndPunctuation) {
  EXPECT_EQ(FoldName("Al-Bāb"), "al bab");
  EXPECT_EQ(FoldName("  Choïgou "), "choigou");
  EXPECT_EQ(FoldName("ÉTATS-UNIS"), "etats unis");
  EXPECT_EQ(FoldName("Bachar al-Assad"), "bachar al assad");
  EXPECT_EQ(FoldName(""), "");
}

TEST(SameSpeaker, LastNameAndAccents) {
  EXPECT_TRUE(SameSpeaker("Putin", "Vladimir Putin"));
  EXPECT_TRUE(SameSpeaker("vladimir putin", "Vladimir Putin"));
  EXPECT_TRUE(SameSpeaker("François Hollande", "Francois HOLLANDE"));
  EXPECT_TRUE(SameSpeaker("Vladimir Putin", "Vladimir Vladimirovich Putin"));
  EXPECT_FALSE(SameSpeaker("Vladimir Putin", "Putin Vladimir"));
  EXPECT_FALSE(SameSpeaker("Marine Le Pen", "Jean-Marie Le Pen"));
  EXPECT_FALSE(SameSpeaker("Donald Trump", "Ivanka Trump"));
  EXPECT_FALSE(SameSpeaker("", "Putin"));
}

TEST(SameGroup, PluralsAndCase) {
  EXPECT_TRUE(SameGroup("civilians", "Civilian"));
  EXPECT_TRUE(SameGroup("police officers", "police officer"));
  EXPECT_FALSE(SameGroup("children", "civilians"));
}

TEST(SamePlace, WholeWordParts) {
  EXPECT_TRUE(SamePlace("Aleppo", "East Aleppo"));
  EXPECT_TRUE(SamePlace("Al-Bab", "Al Bāb"));
  EXPECT_FALSE(SamePlace("Bab", "Babylon"));
  EXPECT_FALSE(SamePlace("Paris", ""));
}

}  // namespace
}  // namespace sitrep::eval
