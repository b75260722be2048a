// Tests of quote attribution and speaker resolution on real sentences of non-gold Wikinews
// articles (French 2012, English 2019-2020, CC BY 2.5, ../shared/data/articles): inverted
// reflexive cues, participle and coordinated subjects, appositions, descriptions naming an
// earlier person, spokespersons speaking for their organization, quotes resumed after their
// cue, reported speech after "according to X, who said". Expectations written by hand.
#include <gtest/gtest.h>

#include "recognize/quote_test_util.h"

namespace sitrep::recognize {
namespace {

class QuoteSpeakersTest : public ::testing::Test {
 protected:
  static Record Run(const std::string& text, const std::string& lang,
                    const std::vector<TestEntity>& entities = {}) {
    return RunQuotes(text, lang, entities);
  }

  static const Quote* Find(const Record& r, const std::string& starts_with) {
    return FindQuote(r, starts_with);
  }

  static std::string Who(const Quote* q) { return SpeakerName(q); }

};

TEST_F(QuoteSpeakersTest, FrenchReflexiveInvertedCue) {
  const Record r = Run(
      "« Nous avons appris que les entreprises avaient embauché plus de personnes en octobre que "
      "lors de chacun des huit mois précédents » s'est réjoui le président Obama à Hilliard, dans "
      "la banlieue de Columbus, la capitale de l'Ohio.",
      "fr", {{"person", "Obama", "Barack Obama"}});
  const Quote* q = Find(r, "Nous avons appris");
  ASSERT_NE(q, nullptr);
  ASSERT_TRUE(q->speaker && q->cue);
  EXPECT_EQ(q->speaker->text, "le président Obama");
  EXPECT_EQ(q->speaker->name, "Barack Obama");
  EXPECT_EQ(q->cue->text, "réjoui");
}

TEST_F(QuoteSpeakersTest, FrenchParticipleAndCoordinatedSubjects) {
  const Record r = Run(
      "Le Parti populaire espagnol a exclu, hier, à l'unanimité, Antoni Pastor, député-maire de "
      "Manacor. Estimant que « le catalan est notre propre langue », il vota contre avec "
      "l'opposition socialiste par deux fois lors de la session extraordinaire du 19 juin. Il fut "
      "déjà exclu de son groupe parlementaire ces jours-là et déclara alors : « Quand on affronte "
      "une situation limite, il faut savoir quel est le scénario limite. »",
      "fr", {{"person", "Antoni Pastor", "Antoni Pastor"}});
  EXPECT_EQ(Who(Find(r, "le catalan")), "Antoni Pastor");
  EXPECT_EQ(Who(Find(r, "Quand on affronte")), "Antoni Pastor");
}

TEST_F(QuoteSpeakersTest, FrenchNameBeforeItsDescription) {
  const Record r = Run(
      "Gérald Karsenti, PDG de HP France, a indiqué « vouloir procéder uniquement à des départs "
      "volontaires, exclusivement au travers d'un dispositif de retraite anticipée », et à "
      "« embaucher 210 jeunes sur trois ans ». Myriam Martinet, de la CGT, a elle relevé qu'il "
      "« n'y a que 210 embauches sur trois ans, donc il y a une perte sèche de 310 emplois en "
      "France ».",
      "fr", {{"person", "Myriam Martinet", "Myriam Martinet"}, {"state", "France", "France"}});
  const Quote* q = Find(r, "vouloir procéder");
  ASSERT_NE(q, nullptr);
  ASSERT_TRUE(q->speaker);
  EXPECT_EQ(q->speaker->text, "Gérald Karsenti");
  EXPECT_EQ(Who(Find(r, "embaucher 210")), "Gérald Karsenti");
  EXPECT_EQ(Who(Find(r, "n'y a que")), "Myriam Martinet");
}

TEST_F(QuoteSpeakersTest, FrenchDescriptionsNameThePreviousPerson) {
  const Record r = Run(
      "« Les résultats sont alarmants. On observe par exemple deux à trois fois plus de mortalité "
      "chez les femelles traitées », a expliqué à l'AFP Gilles-Éric Séralini, professeur à "
      "l'université de Caen. Selon le même chercheur, les tumeurs apparaissent au bout de 94 "
      "jours en ce qui concerne les femelles. « Les résultats révèlent des mortalités bien plus "
      "rapides et plus fortes au cours de la consommation de chacun des deux produits », résume "
      "l'universitaire.",
      "fr", {{"person", "Gilles-Éric Séralini", "Gilles-Éric Séralini"}});
  EXPECT_EQ(Who(Find(r, "les tumeurs apparaissent")), "Gilles-Éric Séralini");
  EXPECT_EQ(Who(Find(r, "Les résultats révèlent")), "Gilles-Éric Séralini");
}

TEST_F(QuoteSpeakersTest, FrenchPossessiveDescriptionIsSomeoneElse) {
  const Record r = Run(
      "Le comédien et humoriste français Mouss Diouf est mort dans la nuit de vendredi à samedi à "
      "Marseille « des suites d'une longue maladie », a révélé son avocate à l'AFP, à la demande "
      "de sa veuve Sandrine Diouf. Selon son producteur, Michel Nouader, son état de santé s'était "
      "clairement détérioré ces derniers jours et il avait sombré dans le coma.",
      "fr",
      {{"person", "Mouss Diouf", "Mouss Diouf"}, {"person", "Michel Nouader", "Michel Nouader"}});
  const Quote* q = Find(r, "des suites");
  ASSERT_NE(q, nullptr);
  ASSERT_TRUE(q->speaker);
  EXPECT_NE(q->speaker->name, "Mouss Diouf");
  const Quote* state = Find(r, "son état de santé");
  ASSERT_NE(state, nullptr);
  EXPECT_FALSE(state->direct);
  EXPECT_EQ(Who(state), "Michel Nouader");
}

TEST_F(QuoteSpeakersTest, FrenchSpeakerBeforeAColon) {
  const Record r = Run(
      "Pastor l'avait annoncé sur le réseau social : « J'ai été virée parce que je faisais un vrai "
      "journalisme indépendant. Ils ne m'ont donné aucune raison. C'est une décision politique. »",
      "fr");
  const Quote* q = Find(r, "J'ai été virée");
  ASSERT_NE(q, nullptr);
  ASSERT_TRUE(q->speaker);
  EXPECT_EQ(q->speaker->text, "Pastor");
}

TEST_F(QuoteSpeakersTest, EnglishQuoteResumedAfterItsCue) {
  const Record r = Run(
      "\"Terrorists seek to divide us and to destroy our way of life,\" said Khan, \"here in "
      "London we will never let them succeed.\"",
      "en");
  ASSERT_EQ(r.quotes.size(), 1u);
  EXPECT_EQ(r.quotes[0].text,
            "Terrorists seek to divide us and to destroy our way of life,\" said Khan, \"here in "
            "London we will never let them succeed.");
  EXPECT_EQ(r.quotes[0].speaker->text, "Khan");
}

TEST_F(QuoteSpeakersTest, EnglishAccordingToWhoSaid) {
  const Record r = Run(
      "The shooting began at 10:39 a.m. local time (1639 UTC), according to police, who said "
      "officers arrived at the Walmart six minutes later.",
      "en");
  const Quote* began = Find(r, "The shooting began");
  ASSERT_NE(began, nullptr);
  EXPECT_FALSE(began->direct);
  EXPECT_EQ(began->text, "The shooting began at 10:39 a.m. local time (1639 UTC)");
  EXPECT_EQ(Who(began), "police");
  EXPECT_EQ(Who(Find(r, "officers arrived")), "police");
}

TEST_F(QuoteSpeakersTest, EnglishCoordinatedPartialQuotes) {
  const Record r = Run(
      "On Tuesday, Greek prime minister Kyriakos Mitsotakis speaking to the Atlantic Council think "
      "tank called the border agreement \"null and void\" and \"geographically ridiculous\".",
      "en", {{"person", "Kyriakos Mitsotakis", "Kyriakos Mitsotakis"}});
  EXPECT_EQ(Who(Find(r, "null and void")), "Kyriakos Mitsotakis");
  EXPECT_EQ(Who(Find(r, "geographically ridiculous")), "Kyriakos Mitsotakis");
}

TEST_F(QuoteSpeakersTest, EnglishPronounTakesTheNewSubject) {
  const Record r = Run(
      "In a related press release issued the following day, the Turkish Ministry of Foreign "
      "Affairs denounced the conclusions of the summit, calling the agreements \"legitimate and "
      "fully compatible with international law\". On Wednesday during the opening ceremony of the "
      "TurkStream gas pipeline, Turkish president Erdoğan called for a regional cooperation in the "
      "Eastern Mediterranean. \"No project excluding our country in the Eastern Mediterranean can "
      "be implemented with regard to economic, judicial and diplomatic aspects\", he said.",
      "en", {{"person", "Erdoğan", "Recep Tayyip Erdoğan"}});
  const Quote* q = Find(r, "No project");
  ASSERT_NE(q, nullptr);
  ASSERT_TRUE(q->speaker);
  EXPECT_EQ(q->speaker->text, "he");
  EXPECT_EQ(q->speaker->name, "Recep Tayyip Erdoğan");
}

TEST_F(QuoteSpeakersTest, EnglishSpokespersonSpeaksForTheOrganization) {
  const Record r = Run(
      "Interpol's constitution prohibits \"any intervention or activities of a political, "
      "military, religious or racial character,\" an Interpol spokesperson stated.",
      "en", {{"organization", "Interpol", "Interpol"}});
  const Quote* q = Find(r, "any intervention");
  ASSERT_NE(q, nullptr);
  ASSERT_TRUE(q->speaker);
  EXPECT_EQ(q->speaker->text, "an Interpol spokesperson");
  EXPECT_EQ(q->speaker->name, "Interpol");
  EXPECT_EQ(q->speaker->kind, "organization");
}

TEST_F(QuoteSpeakersTest, EnglishApposedOfficeNamesThePerson) {
  const Record r = Run(
      "Arnel dela Vega of the army's Western Mindanao Command said the Abu Sayyaf Group are the "
      "suspected perpetrators.",
      "en");
  const Quote* q = Find(r, "the Abu Sayyaf");
  ASSERT_NE(q, nullptr);
  ASSERT_TRUE(q->speaker);
  EXPECT_EQ(q->speaker->text, "Arnel dela Vega");
}

TEST_F(QuoteSpeakersTest, EnglishBareSpokespersonTakesTheOrganizationBefore) {
  const Record r = Run(
      "Interpol's constitution prohibits \"any intervention or activities of a political, "
      "military, religious or racial character,\" an Interpol spokesperson stated. The "
      "spokesperson added regarding Iran's request, they \"would not consider requests of this "
      "nature\"; Interpol didn't disclose at the time whether it received any arrest warrants "
      "from Iran.",
      "en", {{"organization", "Interpol", "Interpol"}});
  const Quote* q = Find(r, "would not consider");
  ASSERT_NE(q, nullptr);
  ASSERT_TRUE(q->speaker);
  EXPECT_EQ(q->speaker->text, "The spokesperson");
  EXPECT_EQ(q->speaker->name, "Interpol");
}

TEST_F(QuoteSpeakersTest, FrenchSomeSpeakersThenPartialQuote) {
  const Record r = Run(
      "En guise de réponse, certains wikipédiens estiment que la télévision est une « machine à "
      "décerveler ».",
      "fr");
  const Quote* q = Find(r, "machine à décerveler");
  ASSERT_NE(q, nullptr);
  EXPECT_TRUE(q->direct);
  EXPECT_EQ(Who(q), "wikipédiens");
  EXPECT_EQ(Who(Find(r, "la télévision est une")), "wikipédiens");
}

TEST_F(QuoteSpeakersTest, EnglishCommentedWithoutThat) {
  const Record r = Run(
      "Senate minority leader Chuck Schumer commented the president's tweets Monday are likely as "
      "near as the US public will ever have to an official concession from the president.",
      "en", {{"person", "Chuck Schumer", "Chuck Schumer"}});
  EXPECT_EQ(Who(Find(r, "the president's tweets Monday")), "Chuck Schumer");
}

TEST_F(QuoteSpeakersTest, FrenchPronounTakesTheSubjectOfTheSentenceBefore) {
  const Record r = Run(
      "11 novembre 2012. - Marc Guillemot (Safran), qui comptait parmi les favoris de cette "
      "édition du Vendée Globe, a préféré être prudent, et rentrer aux Sables d'Olonne après avoir "
      "entendu deux « bangs successifs » hier après-midi. Arrivé à 0h50, il a annoncé ce matin, "
      "vers 7h30, son abandon, en raison « d'une rupture de la quille sous la flottaison ».",
      "fr");
  EXPECT_EQ(Who(Find(r, "d'une rupture de la quille")), "Marc Guillemot");
}

TEST_F(QuoteSpeakersTest, FrenchTitleThenAcronymThenName) {
  const Record r = Run(
      "« Petroplus a fermé pendant plusieurs mois, ce qui a retiré de la capacité, a resserré les "
      "équilibres entre offre et demande et a ainsi amélioré les marges », explique le président "
      "de l'Union française des industries pétrolières (Ufip), Jean Louis Schilansky.",
      "fr");
  EXPECT_EQ(Who(Find(r, "Petroplus a fermé")), "Jean Louis Schilansky");
}

TEST_F(QuoteSpeakersTest, FrenchInsertedCueWithPluralPronounTakesTheGroupBefore) {
  const Record r = Run(
      "De l’opinion d’Abdou Diouf, on ne peut pas vouloir le rayonnement de la langue française et "
      "restreindre la mobilité des personnes et des biens au sein de la francophonie. Par "
      "ailleurs, poursuit l’ex-Président sénégalais, une langue n’a pas d’avenir si elle n’offre "
      "pas à ses locuteurs les moyens économiques de vivre dans la dignité. D’autres orateurs ne "
      "cèdent pas à la fatalité de l’anglais conquérant et dominant. Il est, disent-ils, la langue "
      "de diverses crises mondiales, celle des carences démocratiques et des déficits de "
      "transparence dans les institutions internationales et celle de la confiscation commerce et "
      "des affaires.",
      "fr", {{"person", "Abdou Diouf", "Abdou Diouf"}});
  const Quote* q = Find(r, "Il est, disent-ils");
  ASSERT_NE(q, nullptr);
  EXPECT_FALSE(q->direct);
  EXPECT_EQ(Who(q), "autres orateurs");
  // The adverbial before the inserted cue is no part of the clause.
  EXPECT_EQ(Find(r, "Par ailleurs, poursuit"), nullptr);
  EXPECT_EQ(Who(Find(r, "une langue n’a pas")), "Abdou Diouf");
}

// Rules added on the fresh part of the development set (tests/dev/quotes/*2.jsonl); sentences
// from non-gold Wikinews articles (en2019-117, en2019-120, en2019-122, en2020-27).

TEST_F(QuoteSpeakersTest, NameOfPlaceIsThePerson) {
  const Record r = Run(
      "Republican committee member Doug Collins of Georgia said on Twitter, \"Until the full "
      "House votes to authorize an inquiry, nobody is conducting a formal inquiry.\" Democratic "
      "committee chairman Jerrold Nadler of New York has repeatedly maintained an impeachment "
      "inquiry is what the committee is already doing.",
      "en", {{"state", "Georgia", "Georgia"}, {"place", "New York", "New York"}});
  EXPECT_EQ(Who(Find(r, "Until the full House")), "Doug Collins");
  EXPECT_EQ(Who(Find(r, "an impeachment inquiry")), "Jerrold Nadler");
}

TEST_F(QuoteSpeakersTest, HeIsNoCountryNorBroadcaster) {
  const Record r = Run(
      "The previous day, television broadcaster PBS revealed that in December, Crown Prince "
      "Mohammad bin Salman of Saudi Arabia accepted responsibility for the murder of journalist "
      "Jamal Khashoggi but did not say he'd ordered it.  Speaking to Martin Smith of PBS, he "
      "said, \"It happened under my watch. I get all the responsibility, because it happened "
      "under my watch.\"",
      "en", {{"organization", "PBS", "PBS"}, {"state", "Saudi Arabia", "Saudi Arabia"},
             {"person", "Mohammad bin Salman", "Mohammad bin Salman"},
             {"person", "Martin Smith", "Martin Smith"}});
  EXPECT_EQ(Who(Find(r, "in December")), "PBS");
  EXPECT_EQ(Who(Find(r, "It happened under my watch")), "Mohammad bin Salman");
}

TEST_F(QuoteSpeakersTest, NameInAppositionAfterARole) {
  const Record r = Run(
      "Following the president's announcements, the director of Argentina's Amnesty "
      "International, Mariela Belski, said the president had \"heard the demands of women, "
      "adolescents and girls\". Since then, a Republican, Mark Amodei, has publicly voiced "
      "support for the impeachment inquiry, telling the Nevada Independent: \"I'm a big fan of "
      "oversight, so let's let the committees get to work and see where it goes.\"",
      "en", {{"organization", "Amnesty International", "Amnesty International"},
             {"organization", "Republican", "Republican Party"}});
  EXPECT_EQ(Who(Find(r, "the president had")), "Mariela Belski");
  EXPECT_EQ(Who(Find(r, "heard the demands")), "Mariela Belski");
  EXPECT_EQ(Who(Find(r, "I'm a big fan")), "Mark Amodei");
}

TEST_F(QuoteSpeakersTest, TitleAloneIsItsNamedHolder) {
  // en2019-55.
  const Record r = Run(
      "On Thursday, Pope Francis announced new church law to mandate reporting sexual abuses to "
      "the church authorities. The decree signed by the Pope read \"The crimes of sexual abuse "
      "offend Our Lord; cause physical, psychological and spiritual damage to the victims; and "
      "harm the community of the faithful.\"",
      "en");
  EXPECT_EQ(Who(Find(r, "The crimes of sexual abuse")), "Francis");
}

TEST_F(QuoteSpeakersTest, DocumentSpeaksForItsAuthor) {
  // en2019-122, en2019-55, 44502.
  const Record en = Run(
      "According to a whistle-blower complaint, Trump may have misused his office. According to "
      "a poll published by NBC News last week, over 220 members of the House of Representatives "
      "favored some form of impeachment. According to a recent report by The Atlantic, the Watch "
      "Tower maintains a database of the accused molesters.",
      "en", {{"organization", "NBC News", "NBC News"}, {"person", "Trump", "Donald Trump"}});
  EXPECT_EQ(Who(Find(en, "Trump may have")), "whistle-blower");
  EXPECT_EQ(Who(Find(en, "over 220 members")), "NBC News");
  EXPECT_EQ(Who(Find(en, "the Watch Tower")), "Atlantic");  // "The" is a determiner here
  const Record fr = Run(
      "Selon le modèle émis par les scientifiques, cette particule permet aux particules "
      "constituant la matière de posséder une masse ; cependant, ce mécanisme n'a jamais pu être "
      "confirmé.",
      "fr");
  EXPECT_EQ(Who(Find(fr, "cette particule")), "scientifiques");
}

TEST_F(QuoteSpeakersTest, FrenchRelativeMarkerAndConjunctionQue) {
  // 44372: hope is no speech, "ainsi que" no complementizer; "pour qui" gives the antecedent.
  const Record r = Run(
      "Cette annonce ne satisfait ni les syndicats, comme Force ouvrière qui espérait une "
      "augmentation de 5 % ainsi que la CGT et Solidaires qui demandaient de porter le salaire "
      "minimum à 1 700 €, ni les organisations patronales tel le Medef pour qui seule une "
      "augmentation liée à l'inflation pourrait être acceptable.",
      "fr", {{"organization", "Medef", "Medef"}});
  ASSERT_EQ(r.quotes.size(), 1u);
  EXPECT_EQ(r.quotes[0].text, "seule une augmentation liée à l'inflation pourrait être acceptable");
  EXPECT_EQ(Who(&r.quotes[0]), "Medef");
}

TEST_F(QuoteSpeakersTest, FrenchCoordinatedVerbAfterColon) {
  // 44959.
  const Record r = Run(
      "La nuit fut chaude dans plusieurs régions : Météo France a relevé 27,3 degrés à Nice et 23 "
      "degrés à Toulouse, mais précise que les records de chaleurs n'ont pas été battus.",
      "fr", {{"organization", "Météo France", "Météo France"}});
  EXPECT_EQ(Who(Find(r, "les records de chaleurs")), "Météo France");
}

TEST_F(QuoteSpeakersTest, NamingVerbQuotesItsSubject) {
  // en2019-120, en2019-89: short quoted words after "called X a"; "She" is then Cengiz.
  const Record r = Run(
      "Cengiz called Mohammad's admission a \"political maneuver.\" She explained, \"By "
      "confessing this, he's also distancing himself from the killing of Jamal.\" Labour Party "
      "leader Jeremy Corbyn called the move a \"smash and grab on our democracy\".",
      "en", {{"person", "Jeremy Corbyn", "Jeremy Corbyn"}});
  EXPECT_EQ(Who(Find(r, "political maneuver")), "Cengiz");
  EXPECT_EQ(Who(Find(r, "By confessing this")), "Cengiz");
  EXPECT_EQ(Who(Find(r, "smash and grab")), "Jeremy Corbyn");
  // A real cue earlier in the sentence keeps its subject (en2020-5).
  const Record g = Run(
      "On Tuesday, Greek prime minister Kyriakos Mitsotakis speaking to the Atlantic Council "
      "think tank called the border agreement \"null and void\" and \"geographically "
      "ridiculous\".",
      "en", {{"person", "Kyriakos Mitsotakis", "Kyriakos Mitsotakis"}});
  EXPECT_EQ(Who(Find(g, "null and void")), "Kyriakos Mitsotakis");
}

TEST_F(QuoteSpeakersTest, VerbAfterANameEndsTheSubject) {
  // en2019-137: "gave" between a name and a determiner is a verb, not part of the speaker.
  const Record r = Run(
      "The State Department gave its \"deepest sympathies\" and said immunity cases were "
      "afforded \"intense attention at senior levels and are considered carefully given the "
      "global impact such decisions carry\".",
      "en", {{"organization", "State Department", "State Department"}});
  const Quote* q = Find(r, "intense attention");
  ASSERT_NE(q, nullptr);
  ASSERT_TRUE(q->speaker);
  EXPECT_EQ(q->speaker->text, "The State Department");
  // en2019-117: "the call" is a noun, "characterized" names its object.
  const Record t = Run(
      "Joe Biden is a leading candidate for the Democratic nomination for the 2020 presidential "
      "election. Trump characterized the call with Zelensky as \"perfectly fine and routine.\"",
      "en", {{"person", "Trump", "Donald Trump"}});
  EXPECT_EQ(Who(Find(t, "perfectly fine")), "Donald Trump");
}

TEST_F(QuoteSpeakersTest, ClauseEndingOnAPartialQuoteBeforeAnInvertedCue) {
  // 44586: the clause is reported speech, the quoted words in it a direct quote.
  const Record r = Run(
      "Le comédien et humoriste français Mouss Diouf est mort dans la nuit de "
      "vendredi à samedi à Marseille « des suites d'une longue maladie », a révélé son avocate à "
      "l'AFP, à la demande de sa veuve Sandrine Diouf.",
      "fr");
  const Quote* clause = Find(r, "Le comédien et humoriste");
  ASSERT_NE(clause, nullptr);
  EXPECT_FALSE(clause->direct);
  EXPECT_EQ(Who(clause), "avocate");
  EXPECT_EQ(Who(Find(r, "des suites d'une longue maladie")), "avocate");
  // A quote after a colon, or most of its clause, is a direct quote alone (non-gold 44881).
  const Record p = Run(
      "Elle était connue pour ses interviews incisives, surtout par « sa prise de bec avec María "
      "Dolores de Cospedal, secrétaire générale du PP », écrit notamment le quotidien El Punt "
      "Avui.",
      "fr");
  EXPECT_EQ(p.quotes.size(), 1u);
}

TEST_F(QuoteSpeakersTest, MediaAsidesDoNotSpeak) {
  // en2019-45, en2019-89: "as quoted by X" and an aside between dashes name no speaker; a
  // leading "This Wednesday" is no subject.
  const Record r = Run(
      "This Wednesday Greek Foreign Minister George Katrougalos emphasized the requirement of "
      "approval by UNESCO, saying \"It has been recognized by UNESCO, as part of our global "
      "cultural heritage\", as quoted by Greek Reporter. Earlier this week on Wednesday on the "
      "live television, President Erdogan said — as reported by Hurriyet Daily News — "
      "\"Ayasofya [Haghia Sophia] will no longer be called a museum. Its status will change.\" "
      "House of Commons Speaker John Bercow commented on the matter — which the BBC noted as an "
      "unusual move by a Speaker — \"However it is dressed up, it is blindingly obvious that the "
      "purpose of [suspending Parliament] now would be to stop [Parliament] debating Brexit.\"",
      "en", {{"person", "Erdogan", "Recep Tayyip Erdoğan"}});
  ASSERT_EQ(r.quotes.size(), 3u);
  EXPECT_EQ(Who(Find(r, "It has been recognized")), "George Katrougalos");
  EXPECT_EQ(Who(Find(r, "Ayasofya")), "Recep Tayyip Erdoğan");
  EXPECT_EQ(Who(Find(r, "However it is dressed up")), "John Bercow");
}

TEST_F(QuoteSpeakersTest, NounAfterAPossessiveSpeaks) {
  // en2019-89: Johnson's critics are not Johnson; en2019-133: Erdogan's office is Erdogan's.
  const Record r = Run(
      "According to Johnson's critics, this is a ploy to achieve a no-deal Brexit, meaning the UK "
      "would cease to be part of the European Union (EU) without any specific arrangements.",
      "en", {{"person", "Johnson", "Boris Johnson"}});
  EXPECT_EQ(Who(Find(r, "this is a ploy")), "Johnson's critics");
  const Record o = Run(
      "According to a statement released by Erdogan's office, \"neutralizing the threat stemming "
      "from PKK-YPG terrorist\" is an aim of the Turkish military operation.",
      "en", {{"person", "Erdogan", "Recep Tayyip Erdoğan"}});
  EXPECT_EQ(Who(Find(o, "neutralizing the threat")), "Recep Tayyip Erdoğan");
}

TEST_F(QuoteSpeakersTest, MarkerAfterAPartialQuoteKeepsTheNearCue) {
  // en2019-117: the quoted words are Pelosi's; NBC reports them.
  const Record r = Run(
      "Pelosi called Trump's conduct a \"breach of his Constitutional responsibilities,\" "
      "according to NBC.",
      "en", {{"person", "Pelosi", "Nancy Pelosi"}, {"organization", "NBC", "NBC"}});
  EXPECT_EQ(Who(Find(r, "breach of his")), "Nancy Pelosi");
}

TEST_F(QuoteSpeakersTest, SingularPronounSkipsAGroup) {
  // 44527: "lui" is the documentary, not "des conclusions d'analyses" named before.
  const Record r = Run(
      "Un reportage diffusé mardi 3 juillet par la chaîne quatarie Al Jazeera sème le doute sur "
      "la mort de l'ancien chef de l'Autorité palestinienne Yasser Arafat. Selon des conclusions "
      "d'analyses ayant été effectuées dans un laboratoire en Suisse, Yasser Arafat aurait été "
      "empoisonné au polonium. Le documentaire d'Al Jazeera, réalisé après 9 mois d'enquête, "
      "précise : « La conclusion, c'est que nous avons trouvé [un niveau] significatif de "
      "polonium dans ces échantillons ». « Les niveaux étaient substantiels [...], ce qui montre "
      "qu'il y a "
      "une quantité anormale, pas normale, de polonium », ajoute le documentaire qui précise "
      "également que le polonium est, selon lui, une substance accessible que par « des gens qui "
      "s'intéressent ou construisent des armes nucléaires ».",
      "fr", {{"organization", "Al Jazeera", "Al Jazeera"}});
  EXPECT_EQ(Who(Find(r, "Les niveaux")), "Al Jazeera");
  EXPECT_EQ(Who(Find(r, "des gens qui")), "Al Jazeera");
}

TEST_F(QuoteSpeakersTest, SourceMarkerBeforeASubjectAndItsCue) {
  // en2020-72: the words after "According to ISNA," up to "said" are the subject, and the
  // participle "adding" takes it, not "According".
  const Record r = Run(
      "According to semi-official news agency ISNA, the prosecutor general of Tehran, Ali "
      "Alghasi Mehr, said the 36 must face \"murder and terrorism charges\", adding Iran will "
      "pursue the prosecution of Trump even after he ends serving as president of the US.",
      "en", {{"organization", "ISNA", "ISNA"}});
  EXPECT_EQ(Find(r, "the prosecutor general"), nullptr);
  EXPECT_EQ(Who(Find(r, "the 36 must face")), "Ali Alghasi Mehr");
  EXPECT_EQ(Who(Find(r, "Iran will pursue")), "Ali Alghasi Mehr");
}

TEST_F(QuoteSpeakersTest, FrenchCliticEnBeforeTheAuxiliary) {
  // 45037.
  const Record r = Run(
      "Les scientifiques en ont conclu que les papillons, ou plus en général les insectes mutés, "
      "peuvent se reproduire et par ce biais se transmettre des gènes mutés.",
      "fr");
  EXPECT_EQ(Who(Find(r, "les papillons")), "scientifiques");
}

TEST_F(QuoteSpeakersTest, PlaceEndingAComplementChainIsNoSpeaker) {
  // en2019-23, en2019-33, en2020-84 (non-gold).
  const Record r = Run(
      "Ecologist Ryan Norris of the University of Guelph in Ontario also said human actions had "
      "little to do with the increased population. The Aam Aadmi Party in Goa, in its statement, "
      "said he was a \"gentleman politician\". Hospital officials in Omsk said no traces of "
      "poison was found in his blood or urine.",
      "en", {{"place", "Ontario", "Ontario"}, {"place", "Goa", "Goa"}, {"place", "Omsk", "Omsk"}});
  EXPECT_EQ(Who(Find(r, "human actions")), "Ecologist Ryan Norris");
  EXPECT_EQ(Who(Find(r, "gentleman politician")), "Aam Aadmi Party");
  EXPECT_EQ(Who(Find(r, "no traces of poison")), "Hospital officials");
  // en2020-5: "of Working People" is part of the party's name.
  const Record p = Run(
      "Progressive Party of Working People, the main opposition force, underlined that the "
      "agreement is only a legal framework, and actual construction is in the hands of still "
      "undecided private investors.",
      "en", {{"organization", "Progressive Party of Working People", "AKEL"}});
  EXPECT_EQ(Who(Find(p, "the agreement is only")), "AKEL");
}

TEST_F(QuoteSpeakersTest, FullNameAfterALowerCaseRole) {
  // en2019-23, en2020-123 (non-gold).
  const Record r = Run(
      "According to ecologist Chip Taylor of the University of Kansas, last year's relatively "
      "cool temperatures in the insects' migration corridor kept them in the right place at the "
      "right time to lay eggs with a good chance of survival. He also said this is not likely to "
      "happen again next year.",
      "en", {{"organization", "University of Kansas", "University of Kansas"}});
  EXPECT_EQ(Who(Find(r, "last year's")), "Chip Taylor");
  EXPECT_EQ(Who(Find(r, "this is not likely")), "Chip Taylor");
  const Record w = Run(
      "\"Heartbroken and numb,\" writes Huber's longtime tag team partner Erick Rowan  on "
      "Instagram. \"I have lost not only a friend but a brother!\"",
      "en");
  EXPECT_EQ(Who(Find(w, "Heartbroken")), "Erick Rowan");
  EXPECT_EQ(Who(Find(w, "I have lost")), "Erick Rowan");
}

TEST_F(QuoteSpeakersTest, SurnameAfterAPlaceInTheFullName) {
  // en2019-144: "Lam" is Carrie Lam, not Hong Kong.
  const Record r = Run(
      "Today, Chief Executive of Hong Kong Carrie Lam delivered her annual policy speech. In the "
      "subsequent video broadcast of the speech, Lam said, \"any acts that advocate Hong Kong's "
      "independence and threaten the country's sovereignty, security and development interests "
      "will not be tolerated.\"",
      "en", {{"state", "Hong Kong", "Hong Kong"}});
  EXPECT_EQ(Who(Find(r, "any acts")), "Carrie Lam");
}

}  // namespace
}  // namespace sitrep::recognize
