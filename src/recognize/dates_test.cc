// Tests for DateRecognizer: hand-written expectations on real sentences from
// ../shared/data/articles (Wikinews, CC BY 2.5) with their publication dates, and written cases.
#include "recognize/dates.h"

#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <vector>

#include "base/data_dir.h"
#include "recognize/date_scanner.h"

namespace sitrep::recognize {
namespace {

class DatesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto dir = ResolveDataDir("");
    ASSERT_TRUE(dir.ok()) << dir.status().ToString();
    auto loaded = DateRecognizer::Load(*dir);
    ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
    recognizer_ = std::move(*loaded).release();
  }
  static void TearDownTestSuite() { delete recognizer_; }

  static Record Run(const std::string& text, const std::string& lang,
                    const std::optional<std::string>& published) {
    Record record;
    record.doc.text = text;
    record.doc.lang = lang;
    record.doc.published = published;
    recognizer_->Run(text::Analyze(text, lang), record.doc, &record);
    return record;
  }

  // "2016-12-22 [22 décembre 2016]", "~2016-12-22 [hier]" when relative, "null" unresolved.
  static std::vector<std::string> Describe(const std::string& text, const std::string& lang,
                                           const std::optional<std::string>& published) {
    std::vector<std::string> out;
    const Record r = Run(text, lang, published);
    for (const DateMention& m : r.dates) {
      EXPECT_EQ(text.substr(m.span.start, m.span.size()), m.text);
      out.push_back((m.relative ? "~" : "") + m.date.value_or("null") + " [" + m.text + "]");
    }
    return out;
  }

  static DateRecognizer* recognizer_;
};

DateRecognizer* DatesTest::recognizer_ = nullptr;

using V = std::vector<std::string>;

struct Case {
  const char* lang;
  const char* published;  // "" for none
  const char* text;
  V want;
};

void PrintTo(const Case& c, std::ostream* os) { *os << c.text; }

std::string CaseName(const ::testing::TestParamInfo<Case>& info) {
  return std::string(info.param.lang) + "_" + std::to_string(info.index);
}

class DateCases : public DatesTest, public ::testing::WithParamInterface<Case> {};

TEST_P(DateCases, Finds) {
  const Case& c = GetParam();
  std::optional<std::string> pub;
  if (*c.published != '\0') pub = c.published;
  EXPECT_EQ(Describe(c.text, c.lang, pub), c.want) << c.text;
}

// Real sentences from French (2012) and English (2019-2020) Wikinews.
const Case kNews[] = {
    {"fr", "2012-07-05",
     "Un reportage diffusé mardi 3 juillet par la chaîne quatarie Al Jazeera sème le doute sur "
     "la mort de l'ancien chef de l'Autorité palestinienne Yasser Arafat, décédé le 11 novembre "
     "2004 dans des circonstances troubles.",
     V{"2012-07-03 [mardi 3 juillet]", "2004-11-11 [le 11 novembre 2004]"}},
    {"fr", "2012-06-01", "Rappelons que cet accident avait fait 228 morts le 1er juin 2009.",
     V{"2009-06-01 [le 1er juin 2009]"}},
    {"fr", "2012-06-10",
     "La victime est élève à l'école Ozar Hatorah à Toulouse, où Mohamed Merah a tué le 19 mars "
     "dernier trois enfants et un père de famille.",
     V{"2012-03-19 [le 19 mars dernier]"}},
    {"fr", "2012-07-10",
     "Le texte de loi sera présenté en deuxième lecture demain (11 juillet) au Parlement russe.",
     V{"~2012-07-11 [demain]", "2012-07-11 [11 juillet]"}},
    {"fr", "2012-05-22",
     "22 mai 2012. - Prévu initialement pour samedi dernier, le lancement a été reporté à la "
     "dernière seconde.",
     V{"2012-05-22 [22 mai 2012]", "~2012-05-19 [samedi dernier]"}},
    {"fr", "2012-05-22",
     "La fusée Falcon 9, développée par une société privée : SpaceX, a décollé sans problème ce "
     "matin à 7h44 UTC.",
     V{"~2012-05-22 [ce matin]"}},
    {"fr", "2012-06-22",
     "Des milliers de personnes se sont rassemblées ce vendredi sur la place Tahrir au Caire.",
     V{"~2012-06-22 [ce vendredi]"}},
    {"fr", "2012-06-21",
     "La participation au second tour de l'élection présidentielle, les 16 et 17 juin, a été de "
     "51 %.",
     V{"2012-06-17 [17 juin]"}},
    {"en", "2019-10-26",
     "The new policy, which is to take effect on December 10, prohibits all flights to Cuba.",
     V{"2019-12-10 [December 10]"}},
    {"en", "2020-12-15", "Last week, on December 8, US-based software company Red Hat announced "
                         "the end of CentOS 8.",
     V{"~null [Last week]", "2020-12-08 [December 8]"}},
    {"en", "2019-01-04",
     "A total of 39 are confirmed dead, officials told state media, adding that rescuers ended "
     "their work yesterday.",
     V{"~2019-01-03 [yesterday]"}},
    {"en", "2019-01-04", "Friday, January 4, 2019", V{"2019-01-04 [Friday, January 4, 2019]"}},
    {"en", "2019-01-04", "Search and rescue was suspended on Tuesday.", V{"~2019-01-01 [Tuesday]"}},
    {"en", "2020-03-05",
     "The SWR celebration of the Women's day started on March 1, and is planned till March 10.",
     V{"2020-03-01 [March 1]", "2020-03-10 [March 10]"}},
    {"en", "2019-06-01", "In November 2018, the party nominated a ticket of Bayes.",
     V{"null [November 2018]"}},
    {"en", "2019-09-07",
     "Mugabe co-founded the Zimbabwe African National Union (ZANU) to oppose the white minority "
     "rule, but was arrested in 1963 and was imprisoned until 1974.",
     V{}},
    {"en", "2019-09-05",
     "All tropical storm warnings were lifted as of yesterday morning and Dorian had also been "
     "downgraded.",
     V{"~2019-09-04 [yesterday morning]"}},
};
INSTANTIATE_TEST_SUITE_P(News, DateCases, ::testing::ValuesIn(kNews), CaseName);

const Case kWritten[] = {
    {"fr", "2016-12-23", "Poutine a estimé, hier, que la reprise était importante.",
     V{"~2016-12-22 [hier]"}},
    {"fr", "", "Poutine a estimé, hier, que la reprise était importante.", V{"~null [hier]"}},
    {"fr", "2016-12-23", "Avant-hier, trois obus sont tombés.", V{"~2016-12-21 [Avant-hier]"}},
    {"fr", "2016-12-23", "Aujourd'hui, les combats ont cessé.", V{"~2016-12-23 [Aujourd'hui]"}},
    {"fr", "2016-12-23", "Le Conseil a voté lundi dernier une résolution.",
     V{"~2016-12-19 [lundi dernier]"}},
    {"fr", "2016-12-23", "Des frappes ont eu lieu mardi soir.", V{"~2016-12-20 [mardi soir]"}},
    {"fr", "2016-12-23", "Il est arrivé il y a deux jours.", V{"~2016-12-21 [il y a deux jours]"}},
    {"fr", "2016-12-23", "Il est parti il y a un an.", V{"~null [il y a un an]"}},
    {"fr", "2016-12-23", "La semaine dernière, le président était à Moscou.",
     V{"~null [La semaine dernière]"}},
    {"fr", "2016-12-23", "Le décret du 22/12/2016 est entré en vigueur le 03/05/2017.",
     V{"2016-12-22 [22/12/2016]", "2017-05-03 [03/05/2017]"}},
    {"en", "2016-12-23", "The order of 12/22/2016 takes effect on 03/05/2017.",
     V{"2016-12-22 [12/22/2016]", "2017-03-05 [03/05/2017]"}},
    {"en", "2016-12-23", "The report dated 2016-12-22 was released.",
     V{"2016-12-22 [2016-12-22]"}},
    {"en", "2016-12-23", "The attack happened on Dec. 22 near the border.",
     V{"2016-12-22 [Dec. 22]"}},
    {"en", "2016-12-23", "The minister resigned last Monday.", V{"~2016-12-19 [last Monday]"}},
    {"en", "2016-12-19", "The minister resigned last Monday.", V{"~2016-12-12 [last Monday]"}},
    {"en", "2016-12-23", "The vote is next Friday.", V{"~2016-12-30 [next Friday]"}},
    {"en", "2016-12-23", "This Monday, talks resumed.", V{"~2016-12-19 [This Monday]"}},
    {"en", "2016-12-23", "He arrived three weeks ago.", V{"~2016-12-02 [three weeks ago]"}},
    {"en", "2016-12-23", "The ceasefire held on the 3rd of May.", V{"2017-05-03 [the 3rd of May]"}},
    {"fr", "2016-12-23", "Sept corridors ont été ouverts en 24 heures, vers 7h44.", V{}},
    {"en", "2016-12-23", "The score was 3-1 after 90 minutes, at 13:40 in the 2012-2013 season.",
     V{}},
    {"fr", "2016-12-23", "Le 31 avril 2016 n'existe pas.", V{"null [Le 31 avril 2016]"}},
    {"en", "2019-06-15", "The rule took effect on February 29.", V{"2020-02-29 [February 29]"}},
    {"fr", "2016-12-23", "Les troupes sont en marche. Mars est une planète.", V{}},
};
INSTANTIATE_TEST_SUITE_P(Written, DateCases, ::testing::ValuesIn(kWritten), CaseName);

TEST_F(DatesTest, SeedArticle) {
  // The seed reports the fall of Aleppo (announced 22 December 2016), published the day after.
  std::string text;
  {
    FILE* f = std::fopen("../shared/seed/000_5345cd30320c7e53.txt", "rb");
    ASSERT_NE(f, nullptr);
    char buf[4096];
    for (size_t n; (n = std::fread(buf, 1, sizeof(buf), f)) > 0;) text.append(buf, n);
    std::fclose(f);
  }
  EXPECT_EQ(Describe(text, "fr", "2016-12-23"),
            (V{"~2016-12-22 [hier]", "~2016-12-19 [lundi dernier]"}));
}

TEST(Calendar, RoundTrips) {
  EXPECT_EQ(CivilString(0), "1970-01-01");
  EXPECT_EQ(DaysFromCivil(2016, 12, 22), 17157);
  EXPECT_EQ(CivilString(DaysFromCivil(2000, 2, 29)), "2000-02-29");
  EXPECT_EQ(TryParseIsoDate("2016-12-22"), 17157);
  EXPECT_FALSE(TryParseIsoDate("2016-02-30").has_value());
  EXPECT_FALSE(TryParseIsoDate("22/12/2016").has_value());
}

TEST(DatesLoad, MissingDataDirIsNotFound) {
  auto loaded = DateRecognizer::Load("/nonexistent");
  ASSERT_FALSE(loaded.ok());
  EXPECT_NE(loaded.status().message().find("/nonexistent/"), std::string::npos);
}

}  // namespace
}  // namespace sitrep::recognize
