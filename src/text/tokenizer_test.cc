#include <gtest/gtest.h>

#include "text/analysis.h"
#include "text/case_fold.h"
#include "text/test_util.h"

namespace sitrep::text {
namespace {

using testing::Tokens;
using V = std::vector<std::string>;

// The accent-free fold of token i (computed on demand, not stored in the token).
std::string Fold(const Analysis& a, size_t i) { return AccentFold(a.Text(a.tokens[i].span)); }

TEST(Tokenize, FrenchElisionsAndCompounds) {
  EXPECT_EQ(Tokens("L\u2019armée syrienne a repris Alep-Est aujourd'hui, d'après l'OSDH.", "fr"),
            (V{"L'", "armée", "syrienne", "a", "repris", "Alep-Est", "aujourd'hui", ",", "d'",
               "après", "l'", "OSDH", "."}));
  EXPECT_EQ(
      Tokens("jusqu'à ce qu'il parte, lorsqu'elle l'a vu", "fr"),
      (V{"jusqu'", "à", "ce", "qu'", "il", "parte", ",", "lorsqu'", "elle", "l'", "a", "vu"}));
  EXPECT_EQ(Tokens("d'aujourd'hui, quelqu'un, la presqu'île", "fr"),
            (V{"d'", "aujourd'hui", ",", "quelqu'un", ",", "la", "presqu'île"}));
}

TEST(Tokenize, FrenchSubjectClitics) {
  EXPECT_EQ(Tokens("« Non », a-t-il dit. Viendra-t-elle ? Est-ce fini, dit-il.", "fr"),
            (V{"«", "Non", "»", ",", "a", "-t-il", "dit", ".", "Viendra", "-t-elle", "?", "Est",
               "-ce", "fini", ",", "dit", "-il", "."}));
  // A hyphenated compound whose last part is no clitic stays whole.
  EXPECT_EQ(Tokens("le cessez-le-feu à Saint-Denis", "fr"),
            (V{"le", "cessez-le-feu", "à", "Saint-Denis"}));
}

TEST(Tokenize, EnglishPossessivesAndContractions) {
  EXPECT_EQ(Tokens("Russia's army didn't say; the soldiers' families, O'Brien's aide.", "en"),
            (V{"Russia", "'s", "army", "didn't", "say", ";", "the", "soldiers", "'", "families",
               ",", "O'Brien", "'s", "aide", "."}));
  // French rules are not applied to English and vice versa.
  EXPECT_EQ(Tokens("l'armée", "en"), (V{"l'armée"}));
  EXPECT_EQ(Tokens("Russia's", "fr"), (V{"Russia's"}));
}

TEST(Tokenize, NumbersAreOneToken) {
  EXPECT_EQ(Tokens("110.000 soldats, 9 000 morts, 9\u202F000 blessés, 3,5 %, 24 h", "fr"),
            (V{"110.000", "soldats", ",", "9 000", "morts", ",", "9 000", "blessés", ",", "3,5",
               "%", ",", "24", "h"}));
  EXPECT_EQ(Tokens("over 1,200 people, 3.5 million, 1 000 000 €", "fr"),
            (V{"over", "1,200", "people", ",", "3.5", "million", ",", "1 000 000", "€"}));
  // A four-digit first group (a year) never takes the next number.
  EXPECT_EQ(Tokens("en 2012 200 personnes", "fr"), (V{"en", "2012", "200", "personnes"}));
  // A group of four digits after the space is no thousands group.
  EXPECT_EQ(Tokens("les 12 2012", "fr"), (V{"les", "12", "2012"}));
  // A period or comma not followed by a digit is punctuation.
  EXPECT_EQ(Tokens("en 2012. En 2013, 5", "fr"), (V{"en", "2012", ".", "En", "2013", ",", "5"}));
}

TEST(Tokenize, EnglishSpaceGroupsOnlyFromNonAsciiSpaces) {
  EXPECT_EQ(
      Tokens("In 2019 100 died; 9\u00A0000 fled; between 12 100 and", "en"),
      (V{"In", "2019", "100", "died", ";", "9 000", "fled", ";", "between", "12", "100", "and"}));
}

TEST(Tokenize, DigitsGluedToLettersAreWords) {
  EXPECT_EQ(Tokens("le 1er mai à 7h44, the 21st at 6am, COVID-19 et F-16", "fr"),
            (V{"le", "1er", "mai", "à", "7h44", ",", "the", "21st", "at", "6am", ",", "COVID-19",
               "et", "F-16"}));
}

TEST(Tokenize, DottedAbbreviations) {
  EXPECT_EQ(Tokens("U.S. troops, e.g. the U.N. and then-U.S. envoy, 52 av. J.-C.", "en"),
            (V{"U.S.", "troops", ",", "e.g.", "the", "U.N.", "and", "then-U.S.", "envoy", ",", "52",
               "av", ".", "J.-C."}));
  EXPECT_EQ(Tokens("M. Hollande et J. F. Kennedy", "fr"),
            (V{"M", ".", "Hollande", "et", "J", ".", "F", ".", "Kennedy"}));
}

TEST(Tokenize, QuotesAndPunctuation) {
  Analysis a = Analyze("« Nous resterons », a dit “Ali” … \"Non\" ‹ x › „ja“ (sic)... ?!", "fr");
  EXPECT_EQ(
      testing::TokenTexts(a),
      (V{"«",  "Nous", "resterons", "»", ",", "a",  "dit", "“", "Ali", "”", "…",   "\"", "Non",
         "\"", "‹",    "x",         "›", "„", "ja", "“",   "(", "sic", ")", "...", "?!"}));
  EXPECT_EQ(a.tokens[0].kind, TokenKind::kQuote);
  EXPECT_EQ(a.tokens[4].kind, TokenKind::kPunct);
  EXPECT_EQ(a.tokens[11].kind, TokenKind::kQuote);
  EXPECT_EQ(a.tokens[23].kind, TokenKind::kPunct);
}

TEST(Tokenize, SingleQuotesOnlyWhenClearlyQuotes) {
  Analysis a = Analyze("He said \u2018we will fight\u2019 and left, the soldiers' guns", "en");
  EXPECT_EQ(testing::TokenTexts(a), (V{"He", "said", "'", "we", "will", "fight", "'", "and", "left",
                                       ",", "the", "soldiers", "'", "guns"}));
  EXPECT_EQ(a.tokens[2].kind, TokenKind::kQuote);
  EXPECT_EQ(a.tokens[6].kind, TokenKind::kQuote);
  EXPECT_EQ(a.tokens[12].kind, TokenKind::kPunct);
}

TEST(Tokenize, SymbolsAndKinds) {
  Analysis a = Analyze("$5 et 10 € (+3 %) #tag @user & co", "fr");
  EXPECT_EQ(testing::TokenTexts(a), (V{"$", "5", "et", "10", "€", "(", "+", "3", "%", ")", "#",
                                       "tag", "@", "user", "&", "co"}));
  EXPECT_EQ(a.tokens[0].kind, TokenKind::kSymbol);
  EXPECT_EQ(a.tokens[1].kind, TokenKind::kNumber);
  EXPECT_EQ(a.tokens[4].kind, TokenKind::kSymbol);
  EXPECT_EQ(a.tokens[8].kind, TokenKind::kSymbol);
}

TEST(Tokenize, LowerFoldAndCase) {
  Analysis a = Analyze("ÉTATS-UNIS Ärzte ONU Alep Ελλάδα Москва ёлка مدينة", "fr");
  ASSERT_EQ(a.tokens.size(), 8u);
  EXPECT_EQ(a.tokens[0].lower, "états-unis");
  EXPECT_EQ(Fold(a, 0), "etats-unis");
  EXPECT_TRUE(a.tokens[0].all_caps);
  EXPECT_EQ(Fold(a, 1), "arzte");
  EXPECT_TRUE(a.tokens[2].all_caps);
  EXPECT_TRUE(a.tokens[3].capitalized);
  EXPECT_FALSE(a.tokens[3].all_caps);
  EXPECT_EQ(a.tokens[4].lower, "ελλάδα");
  EXPECT_EQ(Fold(a, 4), "ελλαδα");
  EXPECT_EQ(a.tokens[5].lower, "москва");
  EXPECT_EQ(Fold(a, 6), "елка");
  EXPECT_FALSE(a.tokens[7].capitalized);
  EXPECT_FALSE(a.tokens[7].all_caps);
  EXPECT_EQ(a.tokens[7].lower, "مدينة");
}

TEST(Tokenize, ArabicWithDiacriticsAndDigits) {
  Analysis a = Analyze("قُتِلَ ١٢ شخصاً", "ar");
  EXPECT_EQ(testing::TokenTexts(a), (V{"قُتِلَ", "١٢", "شخصاً"}));
  EXPECT_EQ(Fold(a, 0), "قتل");
  EXPECT_EQ(a.tokens[1].kind, TokenKind::kNumber);
}

TEST(Tokenize, EmptyAndWhitespaceOnly) {
  EXPECT_TRUE(Tokens("", "fr").empty());
  EXPECT_TRUE(Tokens(" \n\t\u00A0\u200B\n", "en").empty());
  EXPECT_TRUE(Analyze("", "fr").sentences.empty());
}

TEST(Analysis, TokenAtAndSentenceOfToken) {
  Analysis a = Analyze("Alep est tombée. Le président a parlé.", "fr");
  ASSERT_EQ(a.sentences.size(), 2u);
  EXPECT_EQ(a.TokenAt(0), 0u);
  EXPECT_EQ(a.TokenAt(5), 1u);  // inside "est"
  EXPECT_EQ(a.TokenAt(4), 1u);  // the space before "est": the next token
  EXPECT_EQ(a.TokenAt(a.norm.size()), a.tokens.size());
  EXPECT_EQ(a.SentenceOfToken(0), 0u);
  EXPECT_EQ(a.SentenceOfToken(3), 0u);  // the period
  EXPECT_EQ(a.SentenceOfToken(4), 1u);
  EXPECT_EQ(a.SentenceOfToken(a.tokens.size() - 1), 1u);
}

}  // namespace
}  // namespace sitrep::text
