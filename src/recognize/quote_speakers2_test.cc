// Tests of quote attribution and speaker resolution written on the fresh English part 3 of the
// quote development set (tests/dev/quotes/annotations_en3.py) and on short French sentences:
// titles with a complement before a name, "el-"/"al-" names, quotes resumed after a cue with a
// medium. Sentences from non-gold Wikinews articles (CC BY 2.5, ../shared/data/articles) or
// written for the test; expectations written by hand.
#include <gtest/gtest.h>

#include "recognize/quote_test_util.h"

namespace sitrep::recognize {
namespace {

const Quote* Find(const Record& r, const std::string& starts_with) {
  return FindQuote(r, starts_with);
}

std::string Who(const Quote* q) { return SpeakerName(q); }

TEST(QuoteSpeakers2Test, TitleWithComplementBeforeName) {
  // The entity recognizer marks the bare title "Minister" as a person: it names nobody.
  const Record r = RunQuotes(
      "First Minister of Scotland Nicola Sturgeon said via Twitter, \"Today's Court of Session "
      "judgment is of huge constitutional significance.\"",
      "en", {{"person", "Minister", "Minister"}});
  const Quote* q = Find(r, "Today's Court");
  ASSERT_NE(q, nullptr);
  ASSERT_TRUE(q->speaker);
  EXPECT_NE(q->speaker->text.find("Nicola Sturgeon"), std::string::npos);
  EXPECT_EQ(q->speaker->text.find("Minister"), std::string::npos);
}

TEST(QuoteSpeakers2Test, ArticleGluedNameBeforeOf) {
  const Record r = RunQuotes(
      "At the opening of the AU summit, AU chairperson President Abdel Fattah el-Sisi of Egypt "
      "said, \"The success of the AfCFTA will be the real test to achieve the economic growth\".",
      "en", {{"person", "President", "President"}, {"state", "Egypt", "Egypt"}});
  EXPECT_EQ(Who(Find(r, "The success")), "Abdel Fattah el-Sisi");
}

TEST(QuoteSpeakers2Test, QuoteResumesAfterCueWithMedium) {
  const Record r = RunQuotes(
      "\"I informed John Bolton last night that his services are no longer needed at the White "
      "House. I disagreed strongly with many of his suggestions, as did others in the "
      "Administration,\" wrote Trump on Twitter, \"and therefore I asked John for his "
      "resignation, which was given to me this morning.\"",
      "en", {{"person", "Trump", "Donald Trump"}});
  ASSERT_EQ(r.quotes.size(), 1u);
  EXPECT_EQ(Who(&r.quotes[0]), "Donald Trump");
  EXPECT_NE(r.quotes[0].text.find("this morning."), std::string::npos);
}

TEST(QuoteSpeakers2Test, BareNounPhraseAfterAccordingTo) {
  const Record r = RunQuotes(
      "According to organizers, the final debate is still scheduled for October 22 at Belmont "
      "University in Nashville, Tennessee. According to eyewitness reports, the suicide bomber "
      "wore a face veil covering, the niqab.",
      "en", {});
  const Quote* debate = Find(r, "the final debate");
  ASSERT_NE(debate, nullptr);
  EXPECT_FALSE(debate->direct);
  EXPECT_EQ(Who(debate), "organizers");
  EXPECT_EQ(Who(Find(r, "the suicide bomber wore")), "eyewitness reports");
}

TEST(QuoteSpeakers2Test, TitleTakesTheHolderTheArticleNamesBeforeTheDictionary) {
  // The entity recognizer's office holder for the title is overridden by the article's own
  // "président ... , Name" apposition (words written for the test).
  const Record r = RunQuotes(
      "Le président malien par intérim, Dioncounda Traoré, a rencontré mardi les chefs "
      "militaires. « Nous ne négocierons pas avec les terroristes », a déclaré le chef de l'État.",
      "fr", {{"person", "chef de l'État", "Amadou Toumani Touré"}});
  EXPECT_EQ(Who(Find(r, "Nous ne négocierons")), "Dioncounda Traoré");
}

TEST(QuoteSpeakers2Test, DefiniteRoleNamesThePreviousSpeaker) {
  // Words written for the test: "par ailleurs" between the auxiliary and the cue, then a role
  // with an adjective that the dictionaries cannot resolve.
  const Record r = RunQuotes(
      "Le Premier ministre grec Antonis Samaras a annoncé que son pays respecterait ses "
      "engagements. Le dirigeant conservateur a par ailleurs estimé que les réformes étaient trop "
      "lentes.",
      "fr", {{"person", "Antonis Samaras", "Antonis Samaras"}});
  const Quote* q = Find(r, "les réformes");
  ASSERT_NE(q, nullptr);
  EXPECT_FALSE(q->direct);
  EXPECT_EQ(Who(q), "Antonis Samaras");
}

TEST(QuoteSpeakers2Test, RoleWithComplementKeepsItsTitle) {
  const Record r = RunQuotes(
      "Le Premier ministre Antonis Samaras a parlé. Le chef de la direction de l'aviation civile "
      "a indiqué que les vols reprendraient lundi.",
      "fr", {{"person", "Antonis Samaras", "Antonis Samaras"}});
  EXPECT_NE(Who(Find(r, "les vols")), "Antonis Samaras");
}

TEST(QuoteSpeakers2Test, ApposedNameAfterDeterminerAndTitle) {
  const Record r = RunQuotes(
      "Le porte-parole de l'armée, le colonel Ahmed Ali, a indiqué que les combats se "
      "poursuivaient.",
      "fr", {{"armed_group", "l'armée", "Armed Forces"}});
  EXPECT_EQ(Who(Find(r, "les combats")), "Ahmed Ali");
}

TEST(QuoteSpeakers2Test, ReflexiveVerbBeforeColonAndProfessionAnaphor) {
  // Written for the test: "le graphiste" names the designer named before.
  const Record r = RunQuotes(
      "Miguel Neiva a conçu ce code. Le graphiste s'est expliqué : « Les couleurs doivent être "
      "comprises par tous les enfants du monde. »",
      "fr", {{"person", "Miguel Neiva", "Miguel Neiva"}});
  EXPECT_EQ(Who(Find(r, "Les couleurs")), "Miguel Neiva");
}

TEST(QuoteSpeakers2Test, ForecastIsReported) {
  // 44959 (fr.wikinews, not gold).
  const Record r = RunQuotes(
      "Météo France prévoit que le record d’août sera battu dans la région Centre.", "fr",
      {{"organization", "Météo France", "Météo France"}});
  const Quote* q = Find(r, "le record");
  ASSERT_NE(q, nullptr);
  EXPECT_FALSE(q->direct);
  EXPECT_EQ(Who(q), "Météo France");
}

TEST(QuoteSpeakers2Test, SubjectBeforeAColonPastTitlesAndAMedium) {
  const Record r = RunQuotes(
      "Former CIA deputy director Michael Morell praised Mendez on Twitter: \"Tony was one of the "
      "best officers to ever serve at CIA. His work was unique.\" Incumbent President Donald Trump "
      "quickly took a parting shot on Twitter: \"Oh no, really big political news, perhaps the "
      "biggest story in years!\"",
      "en", {{"organization", "CIA", "Central Intelligence Agency"}});
  EXPECT_EQ(Who(Find(r, "Tony was one")), "Michael Morell");
  EXPECT_EQ(Who(Find(r, "Oh no")), "Donald Trump");
}

TEST(QuoteSpeakers2Test, QuotedAsSayingNamesTheObject) {
  const Record r = RunQuotes(
      "Politico quoted Tim Manning, formerly a deputy administrator at FEMA, as saying \"FEMA has "
      "an important role in coordinating the larger response to the crisis\". It cited the Air "
      "Force as stating Saha Airlines owned the plane.",
      "en", {{"organization", "Politico", "Politico"}, {"organization", "Air Force", "Air Force"}});
  EXPECT_EQ(Who(Find(r, "FEMA has")), "Tim Manning");
  EXPECT_EQ(Who(Find(r, "Saha Airlines")), "Air Force");
}

TEST(QuoteSpeakers2Test, ReportedClauseWhoseVerbOpensAPartialQuote) {
  const Record r = RunQuotes(
      "African Export–Import Bank president Okey Oramah said the use of third-party currencies "
      "\"costs Africa between $5 and $7 billion\". The police described a \"terrorist-related\" "
      "attack.",
      "en", {{"person", "Okey Oramah", "Okey Oramah"}});
  const Quote* q = Find(r, "the use of third-party");
  ASSERT_NE(q, nullptr);
  EXPECT_FALSE(q->direct);
  EXPECT_EQ(Who(q), "Okey Oramah");
  EXPECT_EQ(Find(r, "a \"terrorist"), nullptr);
}

TEST(QuoteSpeakers2Test, GenericTitleLabelYieldsToTheNameInside) {
  // Written for the test; the first entity reproduces a title entity whose label ("French
  // Minister") names nobody.
  const Record r = RunQuotes(
      "Interrogé sur la crise, le ministre de l'Économie Pierre Moscovici a répondu que la France "
      "tiendrait ses objectifs.",
      "fr", {{"person", "ministre de l'Économie Pierre Moscovici a répondu que la France",
              "French Minister"},
             {"person", "Pierre Moscovici", "Pierre Moscovici"}});
  EXPECT_EQ(Who(Find(r, "la France tiendrait")), "Pierre Moscovici");
}

TEST(QuoteSpeakers2Test, SubjectWithAppositionIsNoReportedClause) {
  // Written for the test; "promis" is a cue of a direct quote.
  const Record r = RunQuotes(
      "Le Premier ministre, Jean-Marc Ayrault, a annoncé mardi un plan de relance. « Ce plan "
      "créera des emplois », a promis le chef du gouvernement.",
      "fr", {{"person", "Jean-Marc Ayrault", "Jean-Marc Ayrault"}});
  EXPECT_EQ(Find(r, "Le Premier ministre"), nullptr);
  ASSERT_EQ(r.quotes.size(), 1u);
  EXPECT_EQ(Who(Find(r, "Ce plan")), "Jean-Marc Ayrault");
}

TEST(QuoteSpeakers2Test, PointedOutIsACuePointingToIsNot) {
  const Record r = RunQuotes(
      "In a livestream, Sanders shared with his supporters his reasoning, pointing out he had "
      "secured around 300 delegates fewer than Joe Biden. The United States called its actions "
      "defensive in nature, pointing to the December 31 attack on the United States Embassy in "
      "Baghdad as an example.",
      "en", {{"person", "Sanders", "Bernie Sanders"}});
  EXPECT_EQ(Who(Find(r, "he had secured")), "Bernie Sanders");
  ASSERT_EQ(r.quotes.size(), 1u);
}

TEST(QuoteSpeakers2Test, NamingVerbAfterARelativeAndCoordinatedPartialQuotes) {
  const Record r = RunQuotes(
      "Kerri Kupec, spokeswoman for the Trump administration's Department of Justice, sharply "
      "criticized the House's decision, which Ross has referred to as \"gamesmanship\" and a "
      "\"stunt\".",
      "en", {{"person", "Ross", "Wilbur Ross"}, {"person", "Kerri Kupec", "Kerri Kupec"}});
  EXPECT_EQ(Who(Find(r, "gamesmanship")), "Wilbur Ross");
  EXPECT_EQ(Who(Find(r, "stunt")), "Wilbur Ross");
}

TEST(QuoteSpeakers2Test, SubjectEndingWithAnApposedNameIsNoReportedClause) {
  // Written for the test.
  const Record r = RunQuotes(
      "Le président du Conseil national de transition (CNT), Moustapha Abdeljalil, a annoncé la "
      "libération du pays. « Nous sommes libres », a lancé M. Abdeljalil.",
      "fr", {{"person", "Moustapha Abdeljalil", "Moustapha Abdeljalil"}});
  EXPECT_EQ(Find(r, "Le président du Conseil"), nullptr);
  EXPECT_EQ(Who(Find(r, "Nous sommes libres")), "Moustapha Abdeljalil");
}

TEST(QuoteSpeakers2Test, NameWithAGluedDashAndAGivenNameAfterATitle) {
  const Record r = RunQuotes(
      "African Export–Import Bank president Okey Oramah said the use of third-party currencies "
      "costs Africa billions of dollars, further saying, \"Beyond that, it also reduces trade "
      "because Africa has a scarcity of foreign exchange.\" Princess Ubolratana Mahidol, 67, "
      "announced her candidacy. In support of her candidacy, Princess Ubolratana pointed out she "
      "had \"relinquished my royal titles and lived as a commoner\".",
      "en", {});
  EXPECT_EQ(Who(Find(r, "Beyond that")), "Okey Oramah");
  EXPECT_EQ(Who(Find(r, "relinquished my")), "Ubolratana Mahidol");
}

TEST(QuoteSpeakers2Test, DefiniteRoleTakesAPersonNamedAsSubjectSinceTheLastSpeaker) {
  // Written for the test.
  const Record r = RunQuotes(
      "« Nous sommes inquiets », a expliqué à l'AFP un diplomate occidental. Mitt Romney a "
      "critiqué Barack Obama. « Il a échoué », a lancé le candidat républicain.",
      "fr", {{"person", "Mitt Romney", "Mitt Romney"}, {"person", "Barack Obama", "Barack Obama"}});
  EXPECT_EQ(Who(Find(r, "Il a échoué")), "Mitt Romney");
}

TEST(QuoteSpeakers2Test, ParentheticalAfterTheAuxiliary) {
  const Record r = RunQuotes(
      "The Emergencies Ministry has, in a statement, called on drivers to \"not forget that the "
      "health and lives of other people depend on you.\" Le ministre a, de son côté, estimé que "
      "la situation se dégradait.",
      "en", {{"organization", "Emergencies Ministry", "Emergencies Ministry"}});
  EXPECT_EQ(Who(Find(r, "not forget")), "Emergencies Ministry");
  const Record f = RunQuotes(
      "Sergueï Lavrov a rencontré Kofi Annan. L'émissaire Kofi Annan a, de son côté, estimé que la "
      "situation se dégradait.",
      "fr", {{"person", "Kofi Annan", "Kofi Annan"}});
  EXPECT_EQ(Who(Find(f, "la situation")), "Kofi Annan");
}

TEST(QuoteSpeakers2Test, ReportsNameNobody) {
  const Record r = RunQuotes(
      "According to initial reports, the police have been investigating the specifics about the "
      "cause of his death. According to eyewitness reports, the suicide bomber wore a face veil.",
      "en", {});
  const Quote* q = Find(r, "the police have been");
  ASSERT_NE(q, nullptr);
  EXPECT_FALSE(q->speaker.has_value());
  EXPECT_EQ(Who(Find(r, "the suicide bomber")), "eyewitness reports");
}

TEST(QuoteSpeakers2Test, OneWordPartialQuoteInsideAReportedClause) {
  const Record r = RunQuotes(
      "Scotland First Minister Nicola Sturgeon said a compulsory introduction of face coverings "
      "could be \"inevitable\" and that she was considering it. Many called the event the "
      "\"Summer of Love\".",
      "en", {{"person", "Nicola Sturgeon", "Nicola Sturgeon"}});
  const Quote* q = Find(r, "inevitable");
  ASSERT_NE(q, nullptr);
  EXPECT_TRUE(q->direct);
  EXPECT_EQ(Who(q), "Nicola Sturgeon");
  EXPECT_EQ(Find(r, "Summer of Love"), nullptr);
}

TEST(QuoteSpeakers2Test, SourceNounsWithoutANameNameNobody) {
  const Record r = RunQuotes(
      "Selon les projections, la gauche gardera le Sénat. Selon les estimations de l'ONU, "
      "la récolte sera mauvaise.",
      "fr", {{"organization", "ONU", "Organisation des Nations unies"}});
  const Quote* q = Find(r, "la gauche gardera");
  ASSERT_NE(q, nullptr);
  EXPECT_FALSE(q->speaker.has_value());
  EXPECT_EQ(Who(Find(r, "la récolte sera")), "Organisation des Nations unies");
}

TEST(QuoteSpeakers2Test, DeLOpinionDeIsASourceMarker) {
  const Record r = RunQuotes(
      "De l’opinion d’Abdou Diouf, on ne peut pas restreindre la mobilité des personnes.",
      "fr", {{"person", "Abdou Diouf", "Abdou Diouf"}});
  EXPECT_EQ(Who(Find(r, "on ne peut pas")), "Abdou Diouf");
}

TEST(QuoteSpeakers2Test, AFormerTitleIsNotTheCurrentHolder) {
  // The entity recognizer names the title's current holder; "ex-" makes it a former one.
  const Record r = RunQuotes(
      "Abdou Diouf a déclaré que la mobilité des personnes compte. Par ailleurs, poursuit "
      "l\u2019ex-Président sénégalais, une langue n\u2019a pas d\u2019avenir sans moyens économiques.",
      "fr", {{"person", "Abdou Diouf", "Abdou Diouf"},
             {"person", "Président sénégalais", "Abdoulaye Wade"}});
  EXPECT_EQ(Who(Find(r, "une langue")), "Abdou Diouf");
}

TEST(QuoteSpeakers2Test, ColonAfterAFrontedPhraseTakesTheSubject) {
  const Record r = RunQuotes(
      "Miguel Nerva a conçu ce code avec des formes universelles. Pour construire ce code, le "
      "graphiste s'est basé sur le raisonnement suivant : « Dans les écoles, on donne aux enfants "
      "cinq tubes de gouache. Je suis parti de là, en associant à chacune de ces couleurs un "
      "symbole ».",
      "fr", {{"person", "Miguel Nerva", "Miguel Neiva"}});
  EXPECT_EQ(Who(Find(r, "Dans les écoles")), "Miguel Neiva");
}

}  // namespace
}  // namespace sitrep::recognize
