#include <gtest/gtest.h>

#include "text/analysis.h"

namespace sitrep::text {
namespace {

TEST(DetectLanguage, FrenchAndEnglishArticles) {
  EXPECT_EQ(DetectLanguage("Le président russe a estimé que la reprise du contrôle par l'armée "
                           "syrienne était un pas très important."),
            "fr");
  EXPECT_EQ(DetectLanguage("The Russian president said the recapture of the city was a very "
                           "important step towards settling the conflict."),
            "en");
}

TEST(DetectLanguage, EightLanguagesOnShortNewsSentences) {
  EXPECT_EQ(DetectLanguage("Au moins douze civils ont été tués dans un bombardement à Alep."),
            "fr");
  EXPECT_EQ(DetectLanguage("At least twelve civilians were killed in an air strike on Aleppo."),
            "en");
  EXPECT_EQ(DetectLanguage("قتل ما لا يقل عن اثني عشر مدنيا في غارة جوية على مدينة حلب"), "ar");
  EXPECT_EQ(DetectLanguage("Al menos doce civiles murieron en un bombardeo en la ciudad de Alepo."),
            "es");
  EXPECT_EQ(DetectLanguage("Mindestens zwölf Zivilisten wurden bei einem Luftangriff auf Aleppo "
                           "getötet."),
            "de");
  EXPECT_EQ(DetectLanguage("Almeno dodici civili sono stati uccisi in un bombardamento su Aleppo."),
            "it");
  EXPECT_EQ(DetectLanguage("Pelo menos doze civis foram mortos num bombardeamento em Alepo."),
            "pt");
  EXPECT_EQ(DetectLanguage("По меньшей мере двенадцать мирных жителей погибли при авиаударе по "
                           "Алеппо."),
            "ru");
}

TEST(DetectLanguage, TitlePlusText) {
  EXPECT_EQ(DetectLanguage("Syrie : l'armée reprend Alep-Est\n\nL'armée syrienne a annoncé jeudi "
                           "avoir repris le contrôle total de la ville."),
            "fr");
}

TEST(DetectLanguage, UnsureOnVeryShortOrEmptyText) {
  EXPECT_EQ(DetectLanguage(""), "und");
  EXPECT_EQ(DetectLanguage("12 345"), "und");
  EXPECT_EQ(DetectLanguage("OK"), "und");
  EXPECT_EQ(DetectLanguage("\xFF\xFE garbage \xC3"), "und");
}

}  // namespace
}  // namespace sitrep::text
