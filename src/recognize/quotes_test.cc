// Tests of QuoteRecognizer on real passages (French Wikinews 2012 and English Wikinews
// 2019-2020, CC BY 2.5, ../shared/data/articles; the seed article ../shared/seed) and on
// hand-written sentences; expectations written by hand.
#include "recognize/quotes.h"
#include "recognize/quote_test_util.h"

#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

namespace sitrep::recognize {
namespace {

class QuotesTest : public ::testing::Test {
 protected:
  // Runs the recognizer on `text`, with entities a caller may pre-fill by their text.
  Record Run(const std::string& text, const std::string& lang,
             const std::vector<std::pair<std::string, std::string>>& persons = {}) {
    std::vector<TestEntity> entities;
    for (const auto& [mention, name] : persons) entities.emplace_back("person", mention, name);
    Record r = RunQuotes(text, lang, entities);
    for (const Quote& q : r.quotes) {
      EXPECT_EQ(r.doc.Slice(q.span), q.text);
      if (q.speaker) {
        EXPECT_EQ(r.doc.Slice(q.speaker->span), q.speaker->text);
      }
      if (q.cue) {
        EXPECT_EQ(r.doc.Slice(q.cue->span), q.cue->text);
      }
    }
    return r;
  }

  static const Quote* Find(const Record& r, const std::string& starts_with) {
    for (const Quote& q : r.quotes) {
      if (q.text.rfind(starts_with, 0) == 0) return &q;
    }
    return nullptr;
  }

};

std::string ReadFile(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// All quotes of a record, one a line, for failure messages.
std::string Describe(const Record& r) {
  std::ostringstream out;
  for (const Quote& q : r.quotes) {
    out << (q.direct ? "D " : "I ") << "[" << q.text << "] cue="
              << (q.cue ? q.cue->text : "-") << " speaker="
              << (q.speaker ? q.speaker->text + " => " + q.speaker->name + " (" + q.speaker->kind + ")" : "-")
              << "\n";
  }
  return out.str();
}

TEST_F(QuotesTest, SeedArticle) {
  const std::string text = ReadFile("../shared/seed/000_5345cd30320c7e53.txt");
  ASSERT_FALSE(text.empty());
  Record r = Run(text, "fr",
                 {{"Vladimir Poutine", "Vladimir Putin"},
                  {"Poutine", "Vladimir Putin"},
                  {"Sergueï Choïgou", "Sergei Shoigu"},
                  {"Jens Laerke", "Jens Laerke"}});
  struct Expected {
    const char* starts;
    const char* speaker_text;
    const char* speaker_name;
    const char* cue;
  };
  const Expected expected[] = {
      {"Grâce au sang", "un communiqué de l'armée", "armée", "annoncé"},
      {"Cette victoire représente", "le texte", "armée", "indiqué"},
      {"un pas très important", "Vladimir Poutine", "Vladimir Putin", "estimé"},
      {"La libération d'Alep", "Poutine", "Vladimir Putin", "déclaré"},
      {"Et cette opération", "il", "Vladimir Putin", "indiqué"},
      {"Il faut tout faire", "le chef d'Etat russe", "Vladimir Putin", "poursuivi"},
      {"sept corridors", "le ministre russe de la Défense", "Sergei Shoigu", "affirmé"},
  };
  size_t direct = 0;
  for (const Quote& q : r.quotes) direct += q.direct ? 1 : 0;
  EXPECT_EQ(direct, 7u) << Describe(r);
  for (const Expected& e : expected) {
    const Quote* q = Find(r, e.starts);
    ASSERT_NE(q, nullptr) << e.starts;
    EXPECT_TRUE(q->direct) << e.starts;
    ASSERT_TRUE(q->speaker.has_value()) << e.starts;
    EXPECT_EQ(q->speaker->text, e.speaker_text);
    EXPECT_EQ(q->speaker->name, e.speaker_name);
    ASSERT_TRUE(q->cue.has_value());
    EXPECT_EQ(q->cue->text, e.cue);
  }
  EXPECT_EQ(Find(r, "sept corridors")->text.back(), 's');  // "... amnistiés", no mark
  EXPECT_EQ(Find(r, "Grâce au sang")->speaker->kind, "organization");
  // Indirect speech: Putin's reported clause and Laerke's announcement.
  const Quote* reported = Find(r, "la reprise du contrôle");
  ASSERT_NE(reported, nullptr);
  EXPECT_FALSE(reported->direct);
  EXPECT_EQ(reported->speaker->name, "Vladimir Putin");
  EXPECT_EQ(reported->text.substr(reported->text.size() - 5), "Syrie");
  const Quote* laerke = Find(r, "une trentaine");
  ASSERT_NE(laerke, nullptr);
  EXPECT_FALSE(laerke->direct);
  EXPECT_EQ(laerke->speaker->text, "Jens Laerke");
}

// Without the entity recognizer, titles and surnames still resolve from the article itself.
TEST_F(QuotesTest, SeedArticleWithoutEntities) {
  Record r = Run(ReadFile("../shared/seed/000_5345cd30320c7e53.txt"), "fr");
  ASSERT_NE(Find(r, "Il faut tout faire"), nullptr);
  EXPECT_EQ(Find(r, "Il faut tout faire")->speaker->name, "Vladimir Poutine");
  EXPECT_EQ(Find(r, "La libération d'Alep")->speaker->name, "Vladimir Poutine");
  EXPECT_EQ(Find(r, "sept corridors")->speaker->name, "Sergueï Choïgou");
  EXPECT_EQ(Find(r, "Et cette opération")->speaker->name, "Vladimir Poutine");
}

// fr.wikinews 43971: cue before the quote, with a colon.
TEST_F(QuotesTest, FrenchCueBeforeColon) {
  Record r = Run(
      "Moins de quarante cinq minutes après le départ, la NASA indiquait : « La capsule "
      "SpaceX-Dragon est en orbite avec ses panneaux solaires déployés après un lancement "
      "réussi ».",
      "fr");
  ASSERT_EQ(r.quotes.size(), 1u) << Describe(r);
  const Quote& q = r.quotes[0];
  EXPECT_TRUE(q.direct);
  EXPECT_EQ(q.text, "La capsule SpaceX-Dragon est en orbite avec ses panneaux solaires déployés "
                    "après un lancement réussi");
  EXPECT_EQ(q.speaker->text, "NASA");
  EXPECT_EQ(q.speaker->kind, "organization");
  EXPECT_EQ(q.cue->text, "indiquait");
}

// fr.wikinews 44046: a quote in reported speech holding a nested “ ”, then a partial quote
// after a participle cue; the subject of the sentence speaks both.
TEST_F(QuotesTest, FrenchNestedAndParticiple) {
  Record r = Run(
      "Le syndicat SUD estime, au contraire, que « Si ce collègue pouvait avoir des difficultés "
      "personnelles et familiales, nous savons aussi qu'il avait des difficultés dans “sa vie au "
      "travail” » évoquant des « refus de lui accorder les congés auxquels il avait droit ». La "
      "centrale syndicale précise que l'agent avait formulé une demande de changement de service "
      "restée lettre morte.",
      "fr");
  const Quote* first = Find(r, "Si ce collègue");
  ASSERT_NE(first, nullptr) << Describe(r);
  EXPECT_TRUE(first->direct);
  EXPECT_EQ(first->text.substr(first->text.size() - 23), "“sa vie au travail”");
  EXPECT_EQ(first->speaker->name, "SUD");
  EXPECT_EQ(first->cue->text, "estime");
  const Quote* second = Find(r, "refus de lui accorder");
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(second->cue->text, "évoquant");
  EXPECT_NE(second->speaker->name.find("SUD"), std::string::npos);
  EXPECT_EQ(Find(r, "sa vie au travail"), nullptr);  // the nested quote is part of the outer
  const Quote* reported = Find(r, "l'agent avait formulé");
  ASSERT_NE(reported, nullptr);
  EXPECT_FALSE(reported->direct);
  EXPECT_EQ(reported->speaker->text, "La centrale syndicale");
}

// fr.wikinews 44337: inverted cues with a title and apposition, a bare name, and a quote with
// an inner "dit-il" that keeps the previous speaker.
TEST_F(QuotesTest, FrenchInversion) {
  Record r = Run(
      "« Les militaires ne doivent plus jouer de rôle politique, ils doivent renouer avec leur "
      "fonction de base qui est de protéger le pays », affirme un jeune manifestant, Abdel "
      "Nasser. « Tous ces retards dans la publications des résultats, cela pose beaucoup de "
      "questions », ajoute Hassan, un autre manifestant. « Moi, dit-il, j’ai l’impression que le "
      "conseil militaire est en train de se servir de la constitution, afin d‘éviter de rendre le "
      "pouvoir ».",
      "fr");
  ASSERT_EQ(r.quotes.size(), 3u) << Describe(r);
  EXPECT_EQ(r.quotes[0].speaker->text, "un jeune manifestant");
  EXPECT_EQ(r.quotes[0].speaker->name, "Abdel Nasser");
  EXPECT_EQ(r.quotes[0].cue->text, "affirme");
  EXPECT_EQ(r.quotes[1].speaker->text, "Hassan");
  EXPECT_EQ(r.quotes[1].cue->text, "ajoute");
  EXPECT_EQ(r.quotes[2].speaker->name, "Hassan");
}

// fr.wikinews 44533: "D'après X, «...»" and "X a pour sa part ajouté : «...»".
TEST_F(QuotesTest, FrenchMarkerAndParenthetical) {
  Record r = Run(
      "D'après le ministre du budget, Jérôme Cahuzac, « il y a bien une ardoise cachée que nous "
      "devons honorer pour respecter l'objectif d'un retour des déficits publics à 4,5 % du PIB » "
      "; le ministre des finances, Pierre Moscovici, a pour sa part ajouté : « C'est d'une France "
      "affaiblie sur le plan économique dont nous héritons ».",
      "fr");
  const Quote* first = Find(r, "il y a bien");
  ASSERT_NE(first, nullptr) << Describe(r);
  EXPECT_EQ(first->cue->text, "D'après");
  EXPECT_EQ(first->speaker->name, "Jérôme Cahuzac");
  const Quote* second = Find(r, "C'est d'une France");
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(second->speaker->text, "Pierre Moscovici");
  EXPECT_EQ(second->cue->text, "ajouté");
}

// Scare quotes, names and titles in « » are not quotes (fr.wikinews 44232-like passages).
TEST_F(QuotesTest, FrenchScareQuotesAreNotQuotes) {
  const char* passages[] = {
      "22 juin 2012. - Après la DSI-XL, Nintendo a présenté dans le cadre de sa conférence de "
      "presse « Nintendo Direct » une version « grand format » de sa console à trois "
      "dimensions. Baptisée « 3DS XL », la machine sera dotée d'un écran de 5 pouces.",
      "Moody's a annoncé l'abaissement de la note souveraine du pays de trois crans, de « A3 » à "
      "« Baa3 ».",
      "Au Portugal, les daltoniens peuvent désormais distinguer les « vraies » couleurs grâce à "
      "un code baptisé ColorADD.",
      "Il s'agit de deux Polonais et de deux Russes qui servaient de « mules ».",
      "Air France et le constructeur Airbus sont mis en examen pour « homicide involontaire ».",
      "L'Algérie a obtenu son indépendance après une nette victoire du « oui » au référendum du "
      "1er juillet 1962.",
  };
  for (const char* p : passages) {
    Record r = Run(p, "fr");
    for (const Quote& q : r.quotes) EXPECT_FALSE(q.direct) << p << "\n" << Describe(r);
  }
}

// A quote over two paragraphs, each re-opened with « (French style), then a pronoun speaker.
TEST_F(QuotesTest, FrenchQuoteOverParagraphs) {
  Record r = Run(
      "Le maire de la ville, Jean Dupont, a déclaré : « Nous avons fait tout ce qui était "
      "possible pour protéger les habitants.\n\n« Les secours sont arrivés en moins de dix "
      "minutes et personne n'a été blessé. »\n\n« C'est un miracle », a-t-il ajouté.",
      "fr");
  ASSERT_EQ(r.quotes.size(), 2u) << Describe(r);
  EXPECT_EQ(r.quotes[0].speaker->text, "Jean Dupont");
  EXPECT_NE(r.quotes[0].text.find("personne n'a été blessé"), std::string::npos);
  EXPECT_EQ(r.quotes[0].text.rfind("Nous avons fait", 0), 0u);
  EXPECT_EQ(r.quotes[1].text, "C'est un miracle");
  EXPECT_EQ(r.quotes[1].speaker->text, "il");
  EXPECT_EQ(r.quotes[1].speaker->name, "Jean Dupont");
  EXPECT_EQ(r.quotes[1].cue->text, "ajouté");
}

// en.wikinews (Magnitogorsk, 2019-01-04): subject-first cue after the quote, titles left out
// of the name; partial quotes after "with X describing".
TEST_F(QuotesTest, EnglishSubjectAfterQuote) {
  Record r = Run(
      "Search and rescue was suspended on Tuesday, with Zinichev describing the \"real threat of "
      "[another] part of the building collapsing\" as making it \"impossible to continue working "
      "in such conditions\", and work launched to stabilise the remaining structure. He "
      "estimated this would take 24 hours.\n\n\n\"The search and rescue operation is "
      "complete,\" Deputy Emergency Situations Minister Alexander Chupriyan told TASS on "
      "Wednesday.",
      "en");
  const Quote* threat = Find(r, "real threat");
  ASSERT_NE(threat, nullptr) << Describe(r);
  EXPECT_EQ(threat->speaker->text, "Zinichev");
  EXPECT_EQ(threat->cue->text, "describing");
  const Quote* impossible = Find(r, "impossible to continue");
  ASSERT_NE(impossible, nullptr);
  EXPECT_EQ(impossible->speaker->text, "Zinichev");
  const Quote* estimate = Find(r, "this would take");
  ASSERT_NE(estimate, nullptr);
  EXPECT_FALSE(estimate->direct);
  EXPECT_EQ(estimate->speaker->text, "He");
  EXPECT_EQ(estimate->speaker->name, "Zinichev");
  const Quote* done = Find(r, "The search and rescue");
  ASSERT_NE(done, nullptr);
  EXPECT_EQ(done->text, "The search and rescue operation is complete");
  EXPECT_EQ(done->speaker->name, "Alexander Chupriyan");
  EXPECT_EQ(done->cue->text, "told");
}

// en.wikinews (US shutdown, 2019): cue before the quote with and without a comma, pronoun
// speakers, indirect speech with "that" and a partial quote after "said ... is".
TEST_F(QuotesTest, EnglishCueBeforeAndPronouns) {
  Record r = Run(
      "Trump said on Friday \"I can do it [call a national emergency] if I want. I may do it.\" "
      "Trump also said that he would prefer to agree a solution with the opposition. He also "
      "said, \"I never threaten anybody.\" He also claimed that the wall was a crucial part of "
      "America's border security. The Vice President, Mike Pence, said on Friday the United "
      "States is \"in the midst of a crisis on our southern border.\"",
      "en", {{"Trump", "Donald Trump"}, {"Mike Pence", "Mike Pence"}});
  const Quote* can = Find(r, "I can do it");
  ASSERT_NE(can, nullptr) << Describe(r);
  EXPECT_EQ(can->text, "I can do it [call a national emergency] if I want. I may do it.");
  EXPECT_EQ(can->speaker->name, "Donald Trump");
  const Quote* prefer = Find(r, "he would prefer");
  ASSERT_NE(prefer, nullptr);
  EXPECT_FALSE(prefer->direct);
  EXPECT_EQ(prefer->cue->text, "said");
  const Quote* never = Find(r, "I never threaten");
  ASSERT_NE(never, nullptr);
  EXPECT_EQ(never->speaker->text, "He");
  EXPECT_EQ(never->speaker->name, "Donald Trump");
  const Quote* wall = Find(r, "the wall was");
  ASSERT_NE(wall, nullptr);
  EXPECT_EQ(wall->cue->text, "claimed");
  const Quote* midst = Find(r, "in the midst");
  ASSERT_NE(midst, nullptr);
  EXPECT_TRUE(midst->direct);
  EXPECT_EQ(midst->speaker->name, "Mike Pence");
}

// Titles, names and scare quotes in English: not quotes.
TEST_F(QuotesTest, EnglishTitlesAreNotQuotes) {
  const char* passages[] = {
      "The \"Sainte Coiffe\" got back into the streets of Cahors for the first time in nearly "
      "eight decades.",
      "Van Biljon, reportedly often referred to as \"The Lion Man\", had been in the lions' area "
      "attempting to mend a fence at the time, according to local news media.",
      "Hunter joined the group as a songwriter, providing lyrics to songs such as \"Dark Star\", "
      "\"Uncle John's Band\", and \"Truckin'\" throughout the late 1960s.",
      "On Thursday night, \"Alien Stock\" was held in downtown Las Vegas, Nevada.",
  };
  for (const char* p : passages) {
    Record r = Run(p, "en");
    for (const Quote& q : r.quotes) EXPECT_FALSE(q.direct) << p << "\n" << Describe(r);
  }
}

// One lower-case word in quotation marks close after a cue is a quote; after a naming verb
// ("called") it is a name (en2019-3, en2020-108, en2020-32, non-gold).
TEST_F(QuotesTest, EnglishOneWordPartialQuoteAfterCue) {
  Record r = Run(
      "Another eyewitness, Nicole Towarek, described extensive tire marks and \"insane\" heat.",
      "en", {{"Nicole Towarek", "Nicole Towarek"}});
  const Quote* q = Find(r, "insane");
  ASSERT_NE(q, nullptr) << Describe(r);
  EXPECT_TRUE(q->direct);
  ASSERT_TRUE(q->speaker);
  EXPECT_EQ(q->speaker->name, "Nicole Towarek");
  r = Run("La Riva described the military as a \"horrible\" use of the working class.", "en");
  EXPECT_NE(Find(r, "horrible"), nullptr) << Describe(r);
  r = Run("Guy has been associated with the discovery of a pattern called a \"glider\" in "
          "Conway's Game of Life, a cellular automaton.",
          "en");
  EXPECT_EQ(Find(r, "glider"), nullptr) << Describe(r);
}

// A saying verb reports the infinitive after it; a passive one does not (en2020-105,
// en2019-11, non-gold).
TEST_F(QuotesTest, EnglishClaimedToHave) {
  Record r = Run("Azerbaijan claimed to have killed about 2,300 Artsakh soldiers.", "en");
  const Quote* q = Find(r, "to have killed");
  ASSERT_NE(q, nullptr) << Describe(r);
  EXPECT_FALSE(q->direct);
  ASSERT_TRUE(q->speaker);
  EXPECT_EQ(q->speaker->text, "Azerbaijan");
  r = Run("Adamowicz subsequently was announced to have died.", "en");
  EXPECT_TRUE(r.quotes.empty()) << Describe(r);
  // A cue form after a possessive is a noun (en2020-114, non-gold).
  r = Run("To date, the president's claims of widespread voter fraud have not gained any "
          "momentum in the courts.",
          "en");
  EXPECT_TRUE(r.quotes.empty()) << Describe(r);
}

// Inverted English cue and "according to" after the quote (hand-written).
TEST_F(QuotesTest, EnglishInvertedAndAccordingTo) {
  Record r = Run(
      "\"We have opened three corridors for civilians,\" said the UN spokesman, Jens Laerke. "
      "\"Nobody will be left behind,\" according to the army statement. About 300 people left "
      "the city on Monday, according to the Red Cross.",
      "en");
  ASSERT_EQ(r.quotes.size(), 3u) << Describe(r);
  EXPECT_EQ(r.quotes[0].speaker->text, "the UN spokesman");
  EXPECT_EQ(r.quotes[0].speaker->name, "Jens Laerke");
  EXPECT_EQ(r.quotes[0].cue->text, "said");
  EXPECT_EQ(r.quotes[1].cue->text, "according to");
  EXPECT_EQ(r.quotes[2].text, "About 300 people left the city on Monday");
  EXPECT_FALSE(r.quotes[2].direct);
  EXPECT_EQ(r.quotes[2].speaker->text, "the Red Cross");
}

// Unhappy inputs: empty text, marks only, an unclosed quote, stray marks, no quotes.
TEST_F(QuotesTest, UnhappyInputs) {
  EXPECT_TRUE(Run("", "fr").quotes.empty());
  EXPECT_TRUE(Run("« » \" \" “ ”", "fr").quotes.empty());
  EXPECT_TRUE(Run("Le bilan s'élève à 30 morts. Les secours sont sur place.", "fr").quotes.empty());
  EXPECT_TRUE(Run("He said \" and left", "en").quotes.empty());
  Record r = Run("Il a déclaré : « Nous ne partirons pas d'ici avant la fin du mois", "fr");
  ASSERT_EQ(r.quotes.size(), 1u) << Describe(r);  // unclosed: runs to the end of the paragraph
  EXPECT_EQ(r.quotes[0].text, "Nous ne partirons pas d'ici avant la fin du mois");
  Record other = Run("« Texte » » « suivi »", "xx");  // unknown language: English lists
  EXPECT_TRUE(other.quotes.empty());
}

// fr.wikinews 44581 and 45197: the article's first speaker named by a pronoun is the last
// person named outside an apposition; "à l'AFP" between the cue and the speaker is skipped.
TEST_F(QuotesTest, FrenchFirstPronounAndPrepositionalPhrase) {
  Record r = Run(
      "6 juillet 2012. - Dans les colonnes du Times, l'ancien leader frontiste Jean-Marie Le Pen "
      "décrit sa fille, Marine Le Pen, comme « petite-bourgeoise ». « Je suis un homme du "
      "peuple. Ma fille, quoi qu'elle puisse en dire, est une petite-bourgeoise », "
      "explique-t-il.",
      "fr");
  ASSERT_EQ(r.quotes.size(), 1u) << Describe(r);  // « petite-bourgeoise » is one word
  EXPECT_EQ(r.quotes[0].speaker->text, "il");
  EXPECT_EQ(r.quotes[0].speaker->name, "Jean-Marie Le Pen");
  EXPECT_EQ(r.quotes[0].cue->text, "explique");
  Record afp = Run(
      "« Les résultats sont alarmants. On observe par exemple deux à trois fois plus de "
      "mortalité chez les femelles traitées », a expliqué à l'AFP Gilles-Éric Séralini, "
      "professeur à l'université de Caen, qui a chapeauté l'étude.",
      "fr");
  ASSERT_EQ(afp.quotes.size(), 1u) << Describe(afp);
  EXPECT_EQ(afp.quotes[0].speaker->text, "Gilles-Éric Séralini");
}

}  // namespace
}  // namespace sitrep::recognize
