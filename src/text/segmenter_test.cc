#include <gtest/gtest.h>

#include "text/analysis.h"

namespace sitrep::text {
namespace {

TEST(Normalize, FoldsThinSpaceAndApostrophe) {
  OffsetMap map;
  EXPECT_EQ(Normalize("9\u202F000 l\u2019arm\u00E9e", &map), "9 000 l'armée");
}

TEST(Analyze, SplitsFrenchSentences) {
  Analysis a = Analyze("Alep est tombée. Le président russe a parlé.", "fr");
  ASSERT_EQ(a.sentences.size(), 2u);
  EXPECT_EQ(a.Text(a.sentences[1].span), "Le président russe a parlé.");
}

TEST(DetectLanguage, FrenchAndEnglish) {
  EXPECT_EQ(DetectLanguage("Le président russe a estimé que la reprise du contrôle par l'armée "
                           "syrienne était un pas très important."),
            "fr");
  EXPECT_EQ(DetectLanguage("The Russian president said the recapture of the city was a very "
                           "important step towards settling the conflict."),
            "en");
}

}  // namespace
}  // namespace sitrep::text
