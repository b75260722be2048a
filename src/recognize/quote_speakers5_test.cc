// Tests of French attribution forms met in wire reports: an adverb or a phrase between the
// auxiliary and the cue (« a tristement déclaré », « a pour sa part indiqué »), complements
// between an inverted cue and its speaker (« a déclaré par téléphone à l'AFP X »), reflexive
// cues in the present (« s'indigne X »), a spokesperson named once by role and name and then by
// role alone, a participle after an inverted cue (« », a ajouté X, précisant que »), and a
// source marker after an inverted cue (« », a dit X, selon l'agence »), which
// adds no second quote. Every French sentence here was written for these tests (the forms were
// seen in French news; no sentence is copied); the English one is from a non-gold Wikinews
// article; expectations by hand.
#include <gtest/gtest.h>

#include "recognize/quote_test_util.h"

namespace sitrep::recognize {
namespace {

size_t CountQuotes(const Record& r, const std::string& starts_with) {
  size_t n = 0;
  for (const Quote& q : r.quotes) n += q.text.rfind(starts_with, 0) == 0 ? 1 : 0;
  return n;
}

struct Case {
  const char* what;
  const char* text;    // written for this test
  const char* quote;   // the quote's first words
  const char* speaker;
};

const Case kCases[] = {
    {"an adverb between the auxiliary and the cue, then a role named with its holder before",
     "Le porte-parole de la police, Karim Haddad, a confirmé l'attaque. « Le bilan est lourd », "
     "a tristement déclaré le porte-parole de la police.",
     "Le bilan est lourd", "Karim Haddad"},
    {"a skip phrase between the auxiliary and the cue",
     "« Nous avons repris la ville », a pour sa part indiqué le ministère de la Défense.",
     "Nous avons repris", "ministère de la Défense"},
    {"complements between the inverted cue and its speaker",
     "« Ils ont tiré sur nous », a déclaré par téléphone à l'AFP Ahmed Diallo, un habitant du "
     "village.",
     "Ils ont tiré", "Ahmed Diallo"},
    {"a reflexive cue in the present",
     "« C'est injuste », s'indigne Marie Leroy, une étudiante en droit.", "C'est injuste",
     "Marie Leroy"},
    {"se féliciter in the present, speaker apposed to a role",
     "« Nous ferons appel », se félicite son avocat, Paul Girard.", "Nous ferons appel",
     "Paul Girard"},
    {"a compound military rank before the name apposed to a spokesperson",
     "Le porte-parole du centre des opérations contre l'État islamique, le brigadier-général "
     "Ali Kadhim, a déclaré que la ville était « entièrement libérée » depuis jeudi.",
     "la ville était", "Ali Kadhim"},
    {"a participle after an inverted cue reports for the cue's speaker",
     "« Parmi les rebelles, il y a eu vingt morts », a ajouté le colonel Omar Saleh, précisant "
     "que deux soldats étaient blessés.",
     "deux soldats", "Omar Saleh"},
    {"an unnamed spokesperson speaks for the organization",
     "« La route est coupée », a indiqué le porte-parole de la police.", "La route est coupée",
     "police"},
};

TEST(QuoteSpeakers5Test, FrenchAttributionForms) {
  for (const Case& c : kCases) {
    const Record r = RunQuotes(c.text, "fr", {});
    EXPECT_EQ(SpeakerName(FindQuote(r, c.quote)), c.speaker) << c.what;
  }
}

TEST(QuoteSpeakers5Test, ParticipleAfterSubjectFirstCue) {
  // en.wikinews 2019 (CC BY 2.5), a dev article: the comma inside the quote opens no subject.
  const Record r = RunQuotes(
      "Lam also spoke on the economy. \"The Hong Kong economy has already slipped into a "
      "technical recession since the third quarter. In mid-August, the government lowered the "
      "economic growth forecast for 2019 to 0 – 1%\", she said, noting it was the worst their "
      "economy had performed since 2009.",
      "en", {{"person", "Lam", "Carrie Lam"}});
  EXPECT_EQ(SpeakerName(FindQuote(r, "it was the worst")), "Carrie Lam");
}

TEST(QuoteSpeakers5Test, MarkerAfterInvertedCueAddsNoQuote) {
  // Written sentences.
  const Record r = RunQuotes(
      "Le porte-parole de l'armée, le colonel Paul Martin, a parlé lundi. « Nous avons gagné », a "
      "dit le porte-parole de l'armée, selon l'agence officielle.",
      "fr", {});
  EXPECT_EQ(CountQuotes(r, "Nous avons gagné"), 1u);
  EXPECT_EQ(CountQuotes(r, "« Nous avons gagné"), 0u);
  EXPECT_EQ(SpeakerName(FindQuote(r, "Nous avons gagné")), "Paul Martin");
}

}  // namespace
}  // namespace sitrep::recognize
