// Tests of quote attribution and speaker resolution written on the fresh English part 4 of the
// quote development set (tests/dev/quotes/annotations_en4.py) and on French non-gold articles:
// names after an organization and a role noun, appositions holding glued punctuation, a name
// before a complement chain and a participle aside, an acronym in brackets before the cue,
// quotes resumed without a comma, a name and cue after a quote ending in "!", role nouns with
// capitalized modifiers, document owners. Sentences from non-gold Wikinews articles (CC BY 2.5,
// ../shared/data/articles); expectations written by hand.
#include <gtest/gtest.h>

#include "recognize/quote_test_util.h"

namespace sitrep::recognize {
namespace {

TEST(QuoteSpeakers3Test, NameAfterOrganizationAndRoleNoun) {
  const Record r = RunQuotes(
      "\"This is the first potentially habitable planet where the temperature is right and where "
      "we now know there is water,\" said UCL astronomer Angelos Tsiaras.",
      "en", {{"organization", "UCL", "University College London"}});
  EXPECT_EQ(SpeakerName(FindQuote(r, "This is the first")), "Angelos Tsiaras");
}

TEST(QuoteSpeakers3Test, NameAfterRoleBeforeDocumentNoun) {
  // "study" is a document noun: the name after the role still speaks.
  const Record r = RunQuotes(
      "\"Now we're seeing a new process, where warm water cuts into the shelf from below,\" said "
      "study co-author Ted Scambos of CU Boulder's Cooperative Institute for Research in "
      "Environmental Sciences (CIRES).",
      "en", {});
  EXPECT_EQ(SpeakerName(FindQuote(r, "Now we're seeing")), "Ted Scambos");
}

TEST(QuoteSpeakers3Test, AppositionWithAmpersandName) {
  const Record r = RunQuotes(
      "Sumeet Singh, a vice president at PG&E, said \"We very much understand the inconvenience "
      "and difficulties such a power outage would cause\".",
      "en", {});
  EXPECT_EQ(SpeakerName(FindQuote(r, "We very much")), "Sumeet Singh");
}

TEST(QuoteSpeakers3Test, AsideWithWebAddressBeforeCue) {
  const Record r = RunQuotes(
      "Amazon Environmental Research Institute Director Ane Alencar, in remarks to UOL.com.br, "
      "said, \"This year we do not have an extreme drought, as there was in 2015 and 2016.\"",
      "en", {});
  EXPECT_EQ(SpeakerName(FindQuote(r, "This year we")), "Ane Alencar");
}

TEST(QuoteSpeakers3Test, NameBeforeComplementChainAndParticipleAside) {
  const Record r = RunQuotes(
      "Steve Peers of the University of Essex, speaking to BBC, said, \"If there's a court order "
      "to say that someone's been defamed, then Facebook has to also search for different "
      "variations of it\".",
      "en", {{"organization", "BBC", "BBC"}});
  EXPECT_EQ(SpeakerName(FindQuote(r, "If there's")), "Steve Peers");
}

TEST(QuoteSpeakers3Test, AcronymInBracketsBeforeCue) {
  const Record r = RunQuotes(
      "Mike Ryan of the World Health Organization (WHO) told the press the new drugs were only "
      "part of the solution: \"What will stop Ebola is good surveillance, good infection "
      "prevention and control, good community engagement.\"",
      "en", {{"organization", "World Health Organization", "World Health Organization"}});
  EXPECT_EQ(SpeakerName(FindQuote(r, "What will stop")), "Mike Ryan");
}

TEST(QuoteSpeakers3Test, QuoteResumesWithoutComma) {
  const Record r = RunQuotes(
      "\"We stand ready\" tweeted Johnson \"to provide whatever help we can to bring them under "
      "control and help protect one of Earth's greatest wonders.\"",
      "en", {{"person", "Johnson", "Boris Johnson"}});
  ASSERT_EQ(r.quotes.size(), 1u);
  EXPECT_EQ(SpeakerName(&r.quotes[0]), "Boris Johnson");
  EXPECT_NE(r.quotes[0].text.find("greatest wonders."), std::string::npos);
}

TEST(QuoteSpeakers3Test, QuoteResumesAfterLongerTail) {
  const Record r = RunQuotes(
      "\"I have the unfortunate reputation of being Miss Goody Two-Shoes, America's Virgin, and "
      "all that,\" Day said in her 1976 autobiography, \"so I'm afraid it's going to shock some "
      "people for me to say this.\"",
      "en", {{"person", "Day", "Doris Day"}});
  ASSERT_EQ(r.quotes.size(), 1u);
  EXPECT_EQ(SpeakerName(&r.quotes[0]), "Doris Day");
  EXPECT_NE(r.quotes[0].text.find("to say this."), std::string::npos);
}

TEST(QuoteSpeakers3Test, NameAndCueAfterExclamation) {
  const Record r = RunQuotes(
      "\"Our house is burning. Literally. It is an international crisis. Members of the G7 "
      "Summit, let's discuss this emergency first order in two days!\" Macron told the world on "
      "Thursday via Twitter.",
      "en", {{"person", "Macron", "Emmanuel Macron"}});
  EXPECT_EQ(SpeakerName(FindQuote(r, "Our house")), "Emmanuel Macron");
}

TEST(QuoteSpeakers3Test, RoleNounWithCapitalizedModifier) {
  const Record r = RunQuotes(
      "\"Warm water circulation is attacking the undersides of these ice shelves at their most "
      "vulnerable points,\" said study co-author Karen Alley. The Wooster professor added, "
      "\"These effects matter [...] But exactly how much, we don't yet know. We need to.\"",
      "en", {});
  EXPECT_EQ(SpeakerName(FindQuote(r, "These effects")), "Karen Alley");
}

TEST(QuoteSpeakers3Test, PronounSkipsCenterForName) {
  // "Harvard–Smithsonian Center for Astrophysics" is no person "he" could name.
  const Record r = RunQuotes(
      "\"It's a good sign\", said Ryan Cloutier of the Harvard–Smithsonian Center for "
      "Astrophysics, who was not one of either study's authors. \"Overall,\" he continued, \"the "
      "presence of water in its atmosphere certainly improves the prospect of K2-18b being a "
      "potentially habitable planet.\"",
      "en", {});
  EXPECT_EQ(SpeakerName(FindQuote(r, "Overall")), "Ryan Cloutier");
}

TEST(QuoteSpeakers3Test, SurveyPublishedInYearByOrganization) {
  const Record r = RunQuotes(
      "According to a survey published in 2017 by the Royal Pharmaceutical Society, 84% of "
      "surveyed Britons did not wash their hands well enough from a hygiene perspective.",
      "en", {{"organization", "Royal Pharmaceutical Society", "Royal Pharmaceutical Society"}});
  EXPECT_EQ(SpeakerName(FindQuote(r, "84% of")), "Royal Pharmaceutical Society");
}

TEST(QuoteSpeakers3Test, OwnedFilingIsTheOwners) {
  const Record r = RunQuotes(
      "Ford said in their filing the matter \"currently focuses on issues relating to road load "
      "estimations\". According to the filing, Ford voluntarily disclosed this matter to the U.S. "
      "Environmental Protection Agency on February 18.",
      "en", {{"organization", "Ford", "Ford Motor Company"}});
  EXPECT_EQ(SpeakerName(FindQuote(r, "Ford voluntarily")), "Ford Motor Company");
}

TEST(QuoteSpeakers3Test, RoleNounTakesPersonEntityNotCapitalizedRun) {
  const Record r = RunQuotes(
      "Cette planète Alpha Centauri Bb a été repérée par l'astronome suisse Michel Mayor et son "
      "équipe. En effet, elle orbite en 3,2 jours terrestres à 0,04 UA de son étoile naine orange "
      "Alpha Centauri B, c'est-à-dire à 6 millions de km de celle-ci. D'après le chercheur, la "
      "planète présenterait toujours la même face à son étoile.",
      "fr", {{"person", "Michel Mayor", "Michel Mayor"}});
  EXPECT_EQ(SpeakerName(FindQuote(r, "la planète présenterait")), "Michel Mayor");
}

TEST(QuoteSpeakers3Test, InsertedInvertedCueAppuieTIl) {
  const Record r = RunQuotes(
      "Pour l’Américain Pete Selleck, la langue française est une exigence à tous les postes de "
      "direction. Contrairement à tous les discours, appuie-t-il, le français est classé 3è "
      "langue d’affaires.",
      "fr", {{"person", "Pete Selleck", "Pete Selleck"}});
  const Quote* q = FindQuote(r, "Contrairement");
  ASSERT_NE(q, nullptr);
  EXPECT_FALSE(q->direct);
  EXPECT_EQ(SpeakerName(q), "Pete Selleck");
}

TEST(QuoteSpeakers3Test, PronounCueInsertedAfterSubject) {
  const Record r = RunQuotes(
      "Day's animal foundation said she had been in otherwise \"excellent physical health for "
      "her age\" but had recently had pneumonia.  Day, they said, desired no memorials or grave "
      "markers.",
      "en", {{"person", "Day", "Doris Day"}});
  const Quote* q = FindQuote(r, "Day, they said");
  ASSERT_NE(q, nullptr);
  EXPECT_FALSE(q->direct);
  ASSERT_TRUE(q->speaker);
  EXPECT_EQ(q->speaker->text, "they");
}

TEST(QuoteSpeakers3Test, PluralNounThenVerbIsAClauseNotASpeaker) {
  const Record r = RunQuotes(
      "In a News.com.au report, Dr Gary Mortimer, retail expert from Queensland University of "
      "Technology, said the stores fill the stock every night.",
      "en", {});
  ASSERT_EQ(r.quotes.size(), 1u);
  EXPECT_EQ(r.quotes[0].text, "the stores fill the stock every night");
  EXPECT_EQ(SpeakerName(&r.quotes[0]), "Gary Mortimer");
}

TEST(QuoteSpeakers3Test, NamedSourceClosingTheSentenceWithoutComma) {
  const Record r = RunQuotes(
      "Past EVD outbreak mortality rates have been at least 25%, as high as 90%, and averaged "
      "around 50% according to WHO's statistics.",
      "en", {{"organization", "WHO", "World Health Organization"}});
  const Quote* q = FindQuote(r, "Past EVD");
  ASSERT_NE(q, nullptr);
  EXPECT_FALSE(q->direct);
  EXPECT_EQ(q->text.find("according"), std::string::npos);
  EXPECT_EQ(SpeakerName(q), "World Health Organization");
}

TEST(QuoteSpeakers3Test, AcronymIsNoRelativePronoun) {
  // "WHO" is no "who" ending the phrase "the official WHO report".
  const Record r = RunQuotes(
      "According to the official WHO report yesterday, there had been 2741 confirmed cases, 80 "
      "deaths, 461 severe cases, and 5794 suspected cases in China.",
      "en", {{"organization", "WHO", "World Health Organization"}});
  EXPECT_EQ(SpeakerName(FindQuote(r, "there had been")), "World Health Organization");
}

TEST(QuoteSpeakers3Test, NamedRecordsClosingTheSentence) {
  const Record r = RunQuotes(
      "The aircraft, a Boeing B-17 Flying Fortress, is registered in Middlesex County, "
      "Massachusetts, and was manufactured in 1944 according to Federal Aviation Administration "
      "records.",
      "en", {{"organization", "Federal Aviation Administration", "Federal Aviation Administration"}});
  EXPECT_EQ(SpeakerName(FindQuote(r, "The aircraft")), "Federal Aviation Administration");
}

TEST(QuoteSpeakers3Test, TitleWithCapitalizedComplementBeforeName) {
  // The first sentence is from a non-gold article; the quote is written for the test.
  const Record r = RunQuotes(
      "Pour la première fois, le président du Conseil des ministres Mario Monti a envisagé un "
      "recours aux fonds de secours de la zone euro pour faire face à la prospérité des taux "
      "d'emprunts. « Nous ne demanderons pas d'aide », a déclaré le président du Conseil.",
      "fr", {{"person", "Mario Monti", "Mario Monti"}});
  EXPECT_EQ(SpeakerName(FindQuote(r, "Nous ne demanderons")), "Mario Monti");
}

TEST(QuoteSpeakers3Test, HeadOfStateSynonymFindsTheTitledName) {
  // The first sentence is from a non-gold article; the quote is written for the test.
  const Record r = RunQuotes(
      "C’est à Chicago que le président Barack Obama a attendu la proclamation des résultats. "
      "« La lutte pour le changement n’est pas terminée », a lancé le chef de l'État.",
      "fr", {{"person", "Barack Obama", "Barack Obama"}});
  EXPECT_EQ(SpeakerName(FindQuote(r, "La lutte")), "Barack Obama");
}

TEST(QuoteSpeakers3Test, ReportedClauseAroundPartialQuote) {
  const Record r = RunQuotes(
      "In a video message posted to Twitter, Warren commended Biden for his empathy towards US "
      "citizens and said she was \"proud to endorse Joe Biden as president of the United "
      "States.\"",
      "en", {{"person", "Warren", "Elizabeth Warren"}});
  const Quote* clause = FindQuote(r, "she was");
  ASSERT_NE(clause, nullptr);
  EXPECT_FALSE(clause->direct);
  EXPECT_EQ(SpeakerName(clause), "Elizabeth Warren");
  const Quote* words = FindQuote(r, "proud to endorse");
  ASSERT_NE(words, nullptr);
  EXPECT_TRUE(words->direct);
}

TEST(QuoteSpeakers3Test, ReportedClauseEndsAtColonBeforeQuote) {
  const Record r = RunQuotes(
      "Mike Ryan of the World Health Organization (WHO) told the press the new drugs were only "
      "part of the solution: \"What will stop Ebola is good surveillance, good infection "
      "prevention and control, good community engagement.\"",
      "en", {{"organization", "World Health Organization", "World Health Organization"}});
  const Quote* clause = FindQuote(r, "the new drugs");
  ASSERT_NE(clause, nullptr);
  EXPECT_EQ(clause->text, "the new drugs were only part of the solution");
  EXPECT_EQ(SpeakerName(clause), "Mike Ryan");
}

TEST(QuoteSpeakers3Test, StatementWhichReadIsTheSubjects) {
  const Record r = RunQuotes(
      "Facebook released a statement which read, in part, \"This judgment raises critical "
      "questions around freedom of expression and the role that internet companies should play "
      "in monitoring, interpreting and removing speech that might be illegal in any particular "
      "country\".",
      "en", {{"organization", "Facebook", "Facebook"}});
  EXPECT_EQ(SpeakerName(FindQuote(r, "This judgment")), "Facebook");
}

TEST(QuoteSpeakers3Test, OwnersStatementOnATopic) {
  const Record r = RunQuotes(
      "The family's statement on the death read: \"Don loved and adored Deirdre, who "
      "unconditionally loved him back.\"",
      "en", {});
  EXPECT_EQ(SpeakerName(FindQuote(r, "Don loved")), "family");
}

}  // namespace
}  // namespace sitrep::recognize
