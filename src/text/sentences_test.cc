// Sentence boundaries on real French and English news sentences (from the Wikinews articles of
// ../shared/data/articles) and on typography cases, expected boundaries written by hand.
#include <gtest/gtest.h>

#include "text/analysis.h"
#include "text/test_util.h"

namespace sitrep::text {
namespace {

using testing::Sentences;
using V = std::vector<std::string>;

TEST(Sentences, FrenchDatelineAndTitleAbbreviation) {
  EXPECT_EQ(
      Sentences("4 juillet 2012. - Hier mardi, le chef du gouvernement français, M. Ayrault, sur "
                "le point d'investir son nouveau gouvernement (Ayrault 2), a prononcé un discours "
                "devant l'Assemblée nationale nouvellement constituée. Cette assemblée écouta un "
                "discours.",
                "fr"),
      (V{"4 juillet 2012.",
         "- Hier mardi, le chef du gouvernement français, M. Ayrault, sur le point d'investir son "
         "nouveau gouvernement (Ayrault 2), a prononcé un discours devant l'Assemblée nationale "
         "nouvellement constituée.",
         "Cette assemblée écouta un discours."}));
}

TEST(Sentences, FrenchQuoteWithExclamationInside) {
  EXPECT_EQ(
      Sentences("Dès 1976, il fit parler de lui lors du match éliminatoire Bulgarie – France. "
                "Alors que l'arbitre avait généreusement accordé un penalty en toutes "
                "dernières minutes aux Bulgares, il avait alors lâché : « M. Foote, vous "
                "êtes un salaud ! »\n\nLors de la deuxième partie des années 1970, il fut "
                "présentateur vedette de Stade 2.",
                "fr"),
      (V{"Dès 1976, il fit parler de lui lors du match éliminatoire Bulgarie – France.",
         "Alors que l'arbitre avait généreusement accordé un penalty en toutes dernières "
         "minutes aux Bulgares, il avait alors lâché : « M. Foote, vous êtes un salaud ! »",
         "Lors de la deuxième partie des années 1970, il fut présentateur vedette de Stade "
         "2."}));
}

TEST(Sentences, FrenchQuoteSpanningSentencesAndClosingGuillemet) {
  EXPECT_EQ(Sentences("« On a constaté, depuis le début de l'année, 261 cas de « réelle » fraude, "
                      "pour 2 millions d'euros. Et dans énormément de cas, on sait encore "
                      "récupérer une partie de l'argent. Dans ce cas, la perte s'élève à un "
                      "montant proche de 700\u00A0000 euros. »\n\nLa fédération a nuancé.",
                      "fr"),
            (V{"« On a constaté, depuis le début de l'année, 261 cas de « réelle » fraude, pour "
               "2 millions d'euros.",
               "Et dans énormément de cas, on sait encore récupérer une partie de l'argent.",
               "Dans ce cas, la perte s'élève à un montant proche de 700 000 euros. »",
               "La fédération a nuancé."}));
}

TEST(Sentences, FrenchNumbersWithSpacesAndDecimals) {
  EXPECT_EQ(Sentences("La CGT estime à 75\u202F000 le nombre d'emplois menacés, contre 45 000 au "
                      "mois de mai. Cette annonce fait suite à la volonté du groupe de réduire "
                      "ses effectifs de 8 %, soit 27 000 salariés. Le taux est passé à 3,5 % en "
                      "un an. La Syrie compte 110.000 morts.",
                      "fr"),
            (V{"La CGT estime à 75 000 le nombre d'emplois menacés, contre 45 000 au mois de mai.",
               "Cette annonce fait suite à la volonté du groupe de réduire ses effectifs de 8 %, "
               "soit 27 000 salariés.",
               "Le taux est passé à 3,5 % en un an.", "La Syrie compte 110.000 morts."}));
}

TEST(Sentences, FrenchAbbreviationsAvJcMmeEtc) {
  EXPECT_EQ(Sentences("La ville fut fondée en 52 av. J.-C. par les Romains. Elle fut détruite en "
                      "410 apr. J.-C. Le site est classé. Mme Dupont et Dr. Martin, etc. sont "
                      "venus. Il y avait des chars, des canons, etc. Le convoi est reparti.",
                      "fr"),
            (V{"La ville fut fondée en 52 av. J.-C. par les Romains.",
               "Elle fut détruite en 410 apr. J.-C.", "Le site est classé.",
               "Mme Dupont et Dr. Martin, etc. sont venus.",
               "Il y avait des chars, des canons, etc.", "Le convoi est reparti."}));
}

TEST(Sentences, FrenchQuestionAndTitleThenText) {
  EXPECT_EQ(Sentences("États-Unis : Lancement réussi pour Space X Dragon\n\nLa fusée Falcon 9, "
                      "développée par une société privée : SpaceX, a décollé sans problème ce "
                      "matin à 7h44 UTC. Qui paiera ? Personne ne le sait.",
                      "fr"),
            (V{"États-Unis : Lancement réussi pour Space X Dragon",
               "La fusée Falcon 9, développée par une société privée : SpaceX, a décollé sans "
               "problème ce matin à 7h44 UTC.",
               "Qui paiera ?", "Personne ne le sait."}));
}

TEST(Sentences, FrenchDialogueVerbAfterQuoteDoesNotBreak) {
  EXPECT_EQ(
      Sentences("« Nous ne partirons pas ! » a-t-il lancé. « Jamais. » Le ministre s'est tu.",
                "fr"),
      (V{"« Nous ne partirons pas ! » a-t-il lancé.", "« Jamais. »", "Le ministre s'est tu."}));
}

TEST(Sentences, EnglishDatelineAndSpeaker) {
  EXPECT_EQ(Sentences("Monday, February 11, 2019\n\n\nRoman Catholic Bishop Emeritus Dinualdo "
                      "Gutierrez of the Marbel diocese in the Philippines, 79, died early "
                      "yesterday morning. He would have been 80 on February 20. In a statement, "
                      "the current bishop said, \"It is with great sadness that I announce the "
                      "death of Most Rev. Dinualdo Gutierrez. He passed away 5:03 AM, February "
                      "10, 2019, at the Gen. Santos Doctors' Hospital.\" Casicas also asked "
                      "people to \"please pray for the repose of his soul\".",
                      "en"),
            (V{"Monday, February 11, 2019",
               "Roman Catholic Bishop Emeritus Dinualdo Gutierrez of the Marbel diocese in the "
               "Philippines, 79, died early yesterday morning.",
               "He would have been 80 on February 20.",
               "In a statement, the current bishop said, \"It is with great sadness that I "
               "announce the death of Most Rev. Dinualdo Gutierrez.",
               "He passed away 5:03 AM, February 10, 2019, at the Gen. Santos Doctors' "
               "Hospital.\"",
               "Casicas also asked people to \"please pray for the repose of his soul\"."}));
}

TEST(Sentences, EnglishUsAbbreviation) {
  EXPECT_EQ(
      Sentences("About a quarter of the U.S. federal government, 800,000 employees, is not "
                "in operation. In 1979, revolutionaries captured the U.S. embassy. Six "
                "other U.S. diplomats fled. The attack was blamed on the U.S. The "
                "ministry denied it. U.S. troops left.",
                "en"),
      (V{"About a quarter of the U.S. federal government, 800,000 employees, is not in "
         "operation.",
         "In 1979, revolutionaries captured the U.S. embassy.", "Six other U.S. diplomats fled.",
         "The attack was blamed on the U.S.", "The ministry denied it.", "U.S. troops left."}));
}

TEST(Sentences, EnglishTitlesAndInitials) {
  EXPECT_EQ(Sentences("Adamowicz was taken to the Medical University of Gdańsk, where Dr. Tomasz "
                      "Stefaniak was met with applause. Mr. Smith and Lt. Gen. John Jones met "
                      "St. Louis officials. J. F. Kennedy was shot in 1963. George W. Bush "
                      "spoke on Jan. 5 at 10 p.m. local time.",
                      "en"),
            (V{"Adamowicz was taken to the Medical University of Gdańsk, where Dr. Tomasz "
               "Stefaniak was met with applause.",
               "Mr. Smith and Lt. Gen. John Jones met St. Louis officials.",
               "J. F. Kennedy was shot in 1963.",
               "George W. Bush spoke on Jan. 5 at 10 p.m. local time."}));
}

TEST(Sentences, EnglishQuoteEndingInsideQuotes) {
  EXPECT_EQ(Sentences("Dr. Tristan Smith explained that crews might turn their transponders off "
                      "in order to \"avoid attracting unwanted attention. This can involve them "
                      "being turned off for several days at a time.\" Doug Miller disagreed.",
                      "en"),
            (V{"Dr. Tristan Smith explained that crews might turn their transponders off in "
               "order to \"avoid attracting unwanted attention.",
               "This can involve them being turned off for several days at a time.\"",
               "Doug Miller disagreed."}));
  EXPECT_EQ(Sentences("Bolton said: \"I offered to resign and Trump said, 'Let's talk about it "
                      "tomorrow.'\" Reportedly, they have been at odds.",
                      "en"),
            (V{"Bolton said: \"I offered to resign and Trump said, 'Let's talk about it "
               "tomorrow.'\"",
               "Reportedly, they have been at odds."}));
}

TEST(Sentences, EnglishNumbersAndEllipsis) {
  EXPECT_EQ(
      Sentences("The 1973 building was home to over 1,000 people; 48 apartments were "
                "damaged. A total of 39 are dead... Officials said 3.5 percent. Why? Nobody "
                "knows!",
                "en"),
      (V{"The 1973 building was home to over 1,000 people; 48 apartments were damaged.",
         "A total of 39 are dead...", "Officials said 3.5 percent.", "Why?", "Nobody knows!"}));
}

TEST(Sentences, LineBreaksEndSentencesBeforeCapitalsOnly) {
  EXPECT_EQ(Sentences("Magnitogorsk building collapses\nAn apartment building collapsed on "
                      "Monday\nin Magnitogorsk, a city in Russia.",
                      "en"),
            (V{"Magnitogorsk building collapses",
               "An apartment building collapsed on Monday\nin Magnitogorsk, a city in Russia."}));
}

TEST(Sentences, ParagraphStartAndTokenCoverage) {
  Analysis a = Analyze("Titre\n\nPremière phrase. Deuxième phrase.\nTroisième.", "fr");
  ASSERT_EQ(a.sentences.size(), 4u);
  EXPECT_TRUE(a.sentences[0].paragraph_start);
  EXPECT_TRUE(a.sentences[1].paragraph_start);
  EXPECT_FALSE(a.sentences[2].paragraph_start);
  EXPECT_TRUE(a.sentences[3].paragraph_start);
  size_t next = 0;
  for (const Sentence& s : a.sentences) {
    EXPECT_EQ(s.first_token, next);
    EXPECT_LT(s.first_token, s.end_token);
    next = s.end_token;
  }
  EXPECT_EQ(next, a.tokens.size());
}

TEST(Sentences, NoTerminalPunctuationIsOneSentence) {
  EXPECT_EQ(Sentences("des tirs à Alep", "fr"), (V{"des tirs à Alep"}));
  EXPECT_EQ(Sentences("  .  ", "fr"), (V{"."}));
}

}  // namespace
}  // namespace sitrep::text
