// Tests of EntityRecognizer on real sentences (../shared/data/articles, the seed article) and
// realistic conflict sentences, French and English, with hand-written expectations.
#include "recognize/entities.h"
#include "text/test_articles.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <ctime>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace sitrep::recognize {
namespace {

const EntityRecognizer& Recognizer() {
  static const EntityRecognizer* rec = [] {
    const char* dir = std::getenv("SITREP_DATA_DIR");
    auto r = EntityRecognizer::Load(dir != nullptr ? dir : "data");
    if (!r.ok()) {
      std::cerr << r.status().ToString() << "\n";
      std::abort();
    }
    return std::move(r).value().release();
  }();
  return *rec;
}

Record Recognize(const std::string& text, const std::string& lang,
                 const std::string& published = "") {
  Record record;
  record.doc.text = text;
  record.doc.lang = lang;
  if (!published.empty()) record.doc.published = published;
  text::Analysis a = text::Analyze(text, lang);
  Recognizer().Run(a, record.doc, &record);
  return record;
}

std::string Dump(const Record& r) {
  std::ostringstream out;
  for (const Entity& e : r.entities) {
    out << e.kind << " [" << e.text << "] -> " << e.name << " id=" << e.id.value_or("")
        << " " << e.country.value_or("") << " " << e.sector.value_or("") << "\n";
  }
  return out.str();
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The text of a French Wikinews article of ../shared (tests may read it; the binary never does).
std::string FrenchArticle(const std::string& id) {
  std::ifstream in("../shared/data/articles/fr_wikinews_2012/fr_wikinews_2012.jsonl");
  std::string line;
  while (std::getline(in, line)) {
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (!j.is_discarded() && j.value("id", "") == id) return j.value("text", "");
  }
  return "";
}

// The text of the English Wikinews article of `file` whose title holds `title_part`.
std::string EnglishArticle(const std::string& file, const std::string& title_part) {
  for (const auto& a : text::testing::LoadArticles("../shared/data/articles/en_wikinews")) {
    if (a.source.find(file) != std::string::npos && a.title.find(title_part) != std::string::npos) {
      return a.text;
    }
  }
  return "";
}

// The first entity whose text is `text` at or after byte `from`, or null.
const Entity* Find(const Record& r, const std::string& text, size_t from = 0) {
  for (const Entity& e : r.entities) {
    if (e.text == text && e.span.start >= from) return &e;
  }
  return nullptr;
}

void Expect(const Record& r, const std::string& text, const std::string& kind,
            const std::string& name, const std::string& country = "",
            const std::string& sector = "", size_t from = 0) {
  const Entity* e = Find(r, text, from);
  ASSERT_NE(e, nullptr) << "no entity [" << text << "] in\n" << Dump(r);
  EXPECT_EQ(e->kind, kind) << text;
  EXPECT_EQ(e->name, name) << text;
  EXPECT_EQ(e->country.value_or(""), country) << text;
  if (!sector.empty()) {
    EXPECT_EQ(e->sector.value_or(""), sector) << text;
  }
}

void ExpectSpansExact(const Record& r) {
  for (const Entity& e : r.entities) {
    EXPECT_EQ(e.text, r.doc.Slice(e.span));
    EXPECT_FALSE(e.name.empty()) << e.text;
  }
}

TEST(Entities, SeedArticle) {
  const std::string text = ReadFile("../shared/seed/000_5345cd30320c7e53.txt");
  if (text.empty()) GTEST_SKIP() << "../shared not available";
  Record r = Recognize(text, "fr", "2016-12-23");
  ExpectSpansExact(r);
  Expect(r, "président russe", "person", "Vladimir Putin", "RUS");
  Expect(r, "Vladimir Poutine", "person", "Vladimir Putin", "RUS", "GOV");
  Expect(r, "Poutine", "person", "Vladimir Putin", "RUS");
  Expect(r, "chef d'Etat russe", "person", "Vladimir Putin", "RUS");
  Expect(r, "Sergueï Choïgou", "person", "Sergei Shoigu", "RUS");
  const Entity* first = Find(r, "ministre russe de la Défense");
  ASSERT_NE(first, nullptr);
  Expect(r, "ministre russe de la Défense", "person", "Sergei Shoigu", "RUS", "",
         first->span.end);  // the later mention, with no name next to it
  Expect(r, "Daech", "armed_group", "Islamic State", "", "REB");
  Expect(r, "armée syrienne", "organization", "Syrian Armed Forces", "SYR", "MIL");
  Expect(r, "turcs", "state", "Turkey", "TUR", "MIL");
  Expect(r, "civils", "other", "civilians", "", "CVL");
  Expect(r, "rebelles", "other", "rebels", "", "REB");
  Expect(r, "Jens Laerke", "person", "Jens Laerke", "", "IGO");
  Expect(r, "ONU", "organization", "United Nations", "", "IGO");
  Expect(r, "forces russes", "organization", "Russian forces", "RUS", "MIL");
  Expect(r, "Syrie", "state", "Syria", "SYR");
  Expect(r, "onusiens", "organization", "United Nations", "", "IGO");
  const Entity* spokes = Find(r, "porte-parole du bureau de coordination des Affaires humanitaire "
                                 "de l'ONU");
  ASSERT_NE(spokes, nullptr) << Dump(r);
  EXPECT_EQ(spokes->name, "Jens Laerke");
  EXPECT_EQ(Find(r, "Alep"), nullptr);  // places are the geo stage's
  EXPECT_EQ(Find(r, "Al-Bab"), nullptr);
}

TEST(Entities, TitleAloneResolvesToOfficeHolderAtPublicationDate) {
  const std::string text =
      "Le ministre russe de la Défense a annoncé mardi le retrait d'une partie des troupes.";
  Expect(Recognize(text, "fr", "2016-12-23"), "ministre russe de la Défense", "person",
         "Sergei Shoigu", "RUS");
  Expect(Recognize(text, "fr", "2025-01-10"), "ministre russe de la Défense", "person",
         "Andrei Belousov", "RUS");
  Expect(Recognize(text, "fr", "2011-03-01"), "ministre russe de la Défense", "person",
         "Anatoliy Serdyukov", "RUS");
  Expect(Recognize(text, "fr"), "ministre russe de la Défense", "person", "Andrei Belousov",
         "RUS");  // no date: the latest holder
}

TEST(Entities, TitleNamedInTheArticleWinsOverTheOfficeList) {
  // An article may name someone the lists do not know; the title then means that person.
  Record r = Recognize(
      "Le ministre turc de la Défense, Hulusi Akar, a rencontré son homologue. Le ministre turc "
      "de la Défense a ensuite quitté Moscou.",
      "fr", "2019-05-01");
  Expect(r, "Hulusi Akar", "person", "Hulusi Akar", "TUR", "GOV");
  const Entity* first = Find(r, "ministre turc de la Défense");
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(first->name, "Hulusi Akar");
  Expect(r, "ministre turc de la Défense", "person", "Hulusi Akar", "TUR", "", first->span.end);
  EXPECT_EQ(Find(r, "Moscou"), nullptr);
}

TEST(Entities, EnglishTitles) {
  Record r = Recognize(
      "Russian President Vladimir Putin met UN Secretary-General António Guterres on Monday. "
      "The UN spokesman said the Russian president had agreed. Syrian Foreign Minister Walid "
      "Muallem was not present.",
      "en", "2017-03-06");
  ExpectSpansExact(r);
  Expect(r, "Russian President", "person", "Vladimir Putin", "RUS");
  Expect(r, "Vladimir Putin", "person", "Vladimir Putin", "RUS");
  Expect(r, "UN Secretary-General", "person", "António Guterres", "", "IGO");
  Expect(r, "António Guterres", "person", "António Guterres");
  Expect(r, "UN spokesman", "person", "United Nations spokesperson", "", "IGO");
  Expect(r, "Russian president", "person", "Vladimir Putin", "RUS");
  Expect(r, "Syrian Foreign Minister", "person", "Walid Muallem", "SYR");
}

TEST(Entities, AppositionBeforeTitle) {
  Record r = Recognize(
      "Sergueï Lavrov, le chef de la diplomatie russe, a déclaré que les frappes continueraient.",
      "fr", "2016-10-01");
  Expect(r, "Sergueï Lavrov", "person", "Sergei Lavrov", "RUS");
  Expect(r, "chef de la diplomatie russe", "person", "Sergei Lavrov", "RUS");
}

TEST(Entities, UnknownPersonsByHonorificAndFirstName) {
  Record r = Recognize(
      "Selon le colonel Ahmed Mansour, les combats ont repris. Mansour a ajouté que Mohamed "
      "Saleh, un habitant, avait fui.",
      "fr");
  Expect(r, "Ahmed Mansour", "person", "Ahmed Mansour");
  Expect(r, "Mansour", "person", "Ahmed Mansour", "", "", 40);
  Expect(r, "Mohamed Saleh", "person", "Mohamed Saleh");
}

TEST(Entities, RoleNounsWithDemonyms) {
  Record fr = Recognize(
      "Les forces russes et l'armée syrienne ont bombardé la ville ; des soldats turcs et des "
      "rebelles ont été tués, ainsi que douze civils. Des frappes aériennes américaines ont visé "
      "les jihadistes.",
      "fr");
  ExpectSpansExact(fr);
  Expect(fr, "forces russes", "organization", "Russian forces", "RUS", "MIL");
  Expect(fr, "armée syrienne", "organization", "Syrian Armed Forces", "SYR", "MIL");
  Expect(fr, "soldats turcs", "other", "Turkish soldiers", "TUR", "MIL");
  Expect(fr, "rebelles", "other", "rebels", "", "REB");
  Expect(fr, "civils", "other", "civilians", "", "CVL");
  Expect(fr, "américaines", "state", "United States", "USA", "MIL");
  Expect(fr, "jihadistes", "other", "jihadists", "", "REB");
  Record en = Recognize(
      "Turkish airstrikes killed 12 civilians, while the Syrian army and Russian troops "
      "advanced. Police arrested three protesters.",
      "en");
  Expect(en, "Turkish", "state", "Turkey", "TUR", "MIL");
  Expect(en, "Syrian army", "organization", "Syrian Army", "SYR", "MIL");
  Expect(en, "Russian troops", "organization", "Russian troops", "RUS", "MIL");
  Expect(en, "civilians", "other", "civilians", "", "CVL");
  Expect(en, "protesters", "other", "protesters", "", "CVL");
  Expect(en, "Police", "organization", "police", "", "COP");
}

TEST(Entities, BareRoleTakesTheCountryNamedNearby) {
  Record r = Recognize(
      "L'armée malienne a repris Gao. Un porte-parole de l'armée a confirmé la prise.", "fr");
  Expect(r, "armée malienne", "organization", "Malian Armed Forces", "MLI", "MIL");
  Expect(r, "armée", "organization", "Malian Armed Forces", "MLI", "MIL", 30);
}

TEST(Entities, RoleOfAState) {
  Record r = Recognize("The SDF reached an agreement with the government of Syria.", "en");
  Expect(r, "government of Syria", "organization", "Syrian government", "SYR", "GOV");
  Expect(r, "SDF", "armed_group", "Syrian Democratic Forces", "SYR", "REB");
}

TEST(Entities, TitleComplementThenName) {
  // The name may follow the title's complement and a comma, or an honorific.
  Record r = Recognize(
      "Le président du directoire du groupe, Philippe Varin, a parlé. Le chef du gouvernement "
      "français, M. Ayrault, a répondu.",
      "fr", "2012-07-12");
  Expect(r, "président du directoire du groupe", "person", "Philippe Varin");
  Expect(r, "chef du gouvernement français", "person", "Jean-Marc Ayrault", "FRA");
  Expect(r, "Ayrault", "person", "Jean-Marc Ayrault", "FRA");
}

TEST(Entities, NamesThatAreNotPersons) {
  Record r = Recognize(
      "Coast Guard Commandant Admiral Elson Hermogino spoke near Karl Marx Avenue, at the "
      "Roman Catholic cathedral, before the General Assembly.",
      "en");
  Expect(r, "Elson Hermogino", "person", "Elson Hermogino");
  Expect(r, "General Assembly", "organization", "United Nations General Assembly");
  for (const Entity& e : r.entities) {
    EXPECT_EQ(e.text.find("Avenue"), std::string::npos) << Dump(r);
    EXPECT_EQ(e.text.find("Catholic"), std::string::npos) << Dump(r);
    EXPECT_EQ(e.text.find("Admiral"), std::string::npos) << Dump(r);
  }
}

TEST(Entities, GroupNounsOfConflictReports) {
  Record en = Recognize(
      "Security forces clashed with unidentified gunmen; government forces then detained "
      "rioters and students.",
      "en");
  Expect(en, "Security forces", "organization", "security forces", "", "COP");
  Expect(en, "unidentified gunmen", "other", "unidentified gunmen", "", "REB");
  Expect(en, "government forces", "organization", "government forces", "", "MIL");
  Expect(en, "rioters", "other", "rioters", "", "CVL");
  Record fr = Recognize("Les forces de l'ordre ont dispersé les manifestants. Marine Le Pen a "
                        "réagi.", "fr");
  Expect(fr, "forces de l'ordre", "organization", "police", "", "COP");
  Expect(fr, "manifestants", "other", "protesters", "", "CVL");
  EXPECT_EQ(Find(fr, "Marine"), nullptr) << Dump(fr);  // a first name, not the navy
}

TEST(Entities, HandAliasDecidesAlone) {
  Record r = Recognize("The EU and Obama agreed.", "en");
  Expect(r, "EU", "organization", "European Union", "", "IGO");
  Expect(r, "Obama", "person", "Barack Obama", "USA", "GOV");
}

// The European Communities (EEC, CEE), the EU's predecessor, named in older wire reports; the
// sentences are written for this test (no article at hand names them).
TEST(Entities, EuropeanCommunitiesAreAnIgoOfTheirOwn) {
  Record en = Recognize("The European Community gave Ghana 5 million dollars of aid.", "en");
  Expect(en, "European Community", "organization", "European Communities", "", "IGO");
  Record fr = Recognize("La Communauté économique européenne (CEE) a accordé une aide au Soudan.",
                        "fr");
  Expect(fr, "Communauté économique européenne", "organization", "European Communities", "", "IGO");
  Expect(fr, "CEE", "organization", "European Communities", "", "IGO");
}

TEST(Entities, ArmedGroupsAcrossLanguages) {
  Record fr = Recognize(
      "Les jihadistes de l'EI, aussi appelé Daech ou État islamique, ont attaqué des positions "
      "du Hezbollah et d'Al-Qaïda.",
      "fr");
  Expect(fr, "EI", "armed_group", "Islamic State");
  Expect(fr, "Daech", "armed_group", "Islamic State");
  Expect(fr, "État islamique", "armed_group", "Islamic State");
  Expect(fr, "Hezbollah", "armed_group", "Hezbollah", "LBN", "REB");
  Expect(fr, "Al-Qaïda", "armed_group", "Al-Qaeda");
  Record en = Recognize("ISIS and ISIL are names of the Islamic State group; NATO said so.", "en");
  Expect(en, "ISIS", "armed_group", "Islamic State");
  Expect(en, "ISIL", "armed_group", "Islamic State");
  Expect(en, "NATO", "organization", "NATO", "", "IGO");
}

TEST(Entities, CaseKeepsCommonWordsOut) {
  // "Un", "us", "is", "ei": words that are acronyms only in capitals.
  Record fr = Recognize("Un homme a été tué. Il y a un an, l'UE et l'ONU ont protesté.", "fr");
  EXPECT_EQ(Find(fr, "Un"), nullptr) << Dump(fr);
  EXPECT_EQ(Find(fr, "un"), nullptr);
  Expect(fr, "UE", "organization", "European Union", "", "IGO");
  Expect(fr, "ONU", "organization", "United Nations");
  Record en = Recognize("He told us it is over. The US and the UN disagree.", "en");
  EXPECT_EQ(Find(en, "us"), nullptr) << Dump(en);
  EXPECT_EQ(Find(en, "is"), nullptr);
  Expect(en, "US", "state", "United States", "USA");
  Expect(en, "UN", "organization", "United Nations");
}

TEST(Entities, StatesInThreeLanguagesButNoCities) {
  Record r = Recognize("La Syrie, la Russie et la Turquie ; سوريا ; Syria. Alep, Damas, Moscou.",
                       "fr");
  EXPECT_EQ(r.entities.size(), 5u) << Dump(r);
  Expect(r, "Syrie", "state", "Syria", "SYR");
  Expect(r, "Russie", "state", "Russia", "RUS");
  Expect(r, "Turquie", "state", "Turkey", "TUR");
  Expect(r, "سوريا", "state", "Syria", "SYR");
  Expect(r, "Syria", "state", "Syria", "SYR");
}

TEST(Entities, SpansAreOriginalBytes) {
  // Typographic apostrophe and no-break spaces are normalized for matching only.
  const std::string text = "Selon l\u2019ONU,\u00a0l\u2019arm\u00e9e\u00a0syrienne avance.";
  Record r = Recognize(text, "fr");
  ExpectSpansExact(r);
  Expect(r, "ONU", "organization", "United Nations");
  Expect(r, "arm\u00e9e\u00a0syrienne", "organization", "Syrian Armed Forces", "SYR");
}

TEST(Entities, EmptyAndNoiseInput) {
  EXPECT_TRUE(Recognize("", "fr").entities.empty());
  EXPECT_TRUE(Recognize("12 34 ... !!! « »", "fr").entities.empty());
  Record r = Recognize(std::string(5000, 'A') + " Syrie", "fr");
  Expect(r, "Syrie", "state", "Syria", "SYR");
}

TEST(Entities, LoadErrors) {
  auto missing = EntityRecognizer::Load("/nonexistent-dir");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
}

TEST(Entities, FrenchWikinewsEgypt) {
  const std::string text = FrenchArticle("44355");
  if (text.empty()) GTEST_SKIP() << "../shared not available";
  Record r = Recognize(text, "fr", "2012-06-24");
  ExpectSpansExact(r);
  Expect(r, "Mohamed Morsi", "person", "Mohamed Morsi", "EGY", "GOV");
  Expect(r, "armée", "organization", "Armed Forces", "", "MIL");
  Expect(r, "militaires", "other", "soldiers", "", "MIL");
  Expect(r, "Égypte", "state", "Egypt", "EGY");
  EXPECT_EQ(Find(r, "Tahrir"), nullptr);
}

TEST(Entities, FrenchWikinewsFranceBudget) {
  const std::string text = FrenchArticle("44533");
  if (text.empty()) GTEST_SKIP() << "../shared not available";
  Record r = Recognize(text, "fr", "2012-07-04");
  Expect(r, "gouvernement français", "organization", "French government", "FRA", "GOV");
  Expect(r, "ministre du budget", "person", "Jérôme Cahuzac");
  Expect(r, "ministre des finances", "person", "Pierre Moscovici");
  Expect(r, "premier ministre", "person", "Jean-Marc Ayrault", "FRA");
}

TEST(Entities, FrenchWikinewsMali) {
  const std::string text = FrenchArticle("44540");
  if (text.empty()) GTEST_SKIP() << "../shared not available";
  Record r = Recognize(text, "fr", "2012-07-04");
  Expect(r, "groupes armés", "other", "armed groups", "", "REB");
  Expect(r, "Oumar Maïga", "person", "Oumar Maïga");
  Expect(r, "gouvernement malien", "organization", "Malian government", "MLI", "GOV");
  Expect(r, "Al-Qaïda", "armed_group", "Al-Qaeda", "", "REB");
  Expect(r, "ONG", "other", "NGOs", "", "NGO");
}

TEST(Entities, EnglishWikinewsPoland) {
  const std::string text = EnglishArticle("wikinews_2019.csv", "Koszalin");
  if (text.empty()) GTEST_SKIP() << "../shared not available";
  Record r = Recognize(text, "en", "2019-01-05");
  ExpectSpansExact(r);
  Expect(r, "President", "person", "Andrzej Duda");
  Expect(r, "Interior Minister", "person", "Joachim Brudziński");
  Expect(r, "Duda", "person", "Andrzej Duda");
  Expect(r, "Poland", "state", "Poland", "POL");
}

TEST(Entities, EnglishWikinewsRussia) {
  const std::string text = EnglishArticle("wikinews_2019.csv", "Magnitogorsk");
  if (text.empty()) GTEST_SKIP() << "../shared not available";
  Record r = Recognize(text, "en", "2019-01-04");
  Expect(r, "President", "person", "Vladimir Putin", "RUS");
  Expect(r, "Vladimir Putin", "person", "Vladimir Putin", "RUS");
  Expect(r, "FSB", "organization", "Federal Security Service", "RUS");
  EXPECT_EQ(Find(r, "Karl Marx Avenue"), nullptr);
  EXPECT_EQ(Find(r, "Magnitogorsk"), nullptr);
}
}  // namespace
}  // namespace sitrep::recognize
