#include "geo/gazetteer.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>

namespace sitrep::geo {
namespace {


// The 385 Wikinews articles under ../shared/data/articles: (lang, text).
std::vector<std::pair<std::string, std::string>> ReadArticles() {
  std::vector<std::pair<std::string, std::string>> out;
  std::ifstream fr("../shared/data/articles/fr_wikinews_2012/fr_wikinews_2012.jsonl");
  std::string line;
  while (std::getline(fr, line)) {
    out.emplace_back("fr", nlohmann::json::parse(line)["text"].get<std::string>());
  }
  for (const char* name : {"wikinews_2019.csv", "wikinews_2020.csv"}) {
    std::ifstream in(std::string("../shared/data/articles/en_wikinews/") + name);
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string csv = ss.str();
    // RFC 4180: fields url,date,title,text; quoted fields double their quotes.
    std::vector<std::string> fields;
    std::string field;
    bool quoted = false;
    bool header = true;
    for (size_t i = 0; i < csv.size(); ++i) {
      const char c = csv[i];
      if (quoted) {
        if (c == '"' && i + 1 < csv.size() && csv[i + 1] == '"') {
          field.push_back('"');
          ++i;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.push_back(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.push_back(std::move(field));
        field.clear();
      } else if (c == '\n') {
        fields.push_back(std::move(field));
        field.clear();
        if (!header && fields.size() >= 4) out.emplace_back("en", fields[3]);
        header = false;
        fields.clear();
      } else if (c != '\r') {
        field.push_back(c);
      }
    }
  }
  return out;
}

class GazetteerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto gaz = Gazetteer::Load("data");
    ASSERT_TRUE(gaz.ok()) << gaz.status().message();
    gaz_ = std::move(*gaz).release();
  }
  static void TearDownTestSuite() { delete gaz_; }

  // Tags `text` (with entities already recognized in `pre`) and returns the record.
  static Record Tag(const std::string& text, const std::string& lang,
                    std::vector<Entity> pre = {}) {
    Record r;
    r.doc.text = text;
    r.doc.lang = lang;
    r.entities = std::move(pre);
    const text::Analysis a = text::Analyze(r.doc.text, lang);
    gaz_->TagPlaces(a, r.doc, &r);
    return r;
  }

  static const Entity* Find(const Record& r, const std::string& surface) {
    for (const Entity& e : r.entities) {
      if (e.text == surface) return &e;
    }
    return nullptr;
  }

  // "country id" of the entity tagged `surface` in English `text`; "-" when there is none.
  static std::string Tagged(const std::string& text, const std::string& surface) {
    const Record r = Tag(text, "en");
    const Entity* e = Find(r, surface);
    return e ? e->country.value_or("") + " " + e->id.value_or("") : "-";
  }

  static Gazetteer* gaz_;
};

Gazetteer* GazetteerTest::gaz_ = nullptr;

TEST_F(GazetteerTest, ExonymsAndSpans) {
  const std::string text = "Les bombardements sur Alep et Damas ont fait des victimes.";
  Record r = Tag(text, "fr");
  const Entity* alep = Find(r, "Alep");
  ASSERT_NE(alep, nullptr);
  EXPECT_EQ(alep->kind, "place");
  EXPECT_EQ(alep->name, "Aleppo");
  EXPECT_EQ(alep->id, "170063");
  EXPECT_EQ(alep->country, "SYR");
  EXPECT_EQ(text.substr(alep->span.start, alep->span.size()), "Alep");
  const Entity* damas = Find(r, "Damas");
  ASSERT_NE(damas, nullptr);
  EXPECT_EQ(damas->name, "Damascus");
  EXPECT_EQ(damas->country, "SYR");
}

TEST_F(GazetteerTest, ExonymsInOtherLanguagesAndSpellings) {
  Record r = Tag(
      "Vladimir Poutine a reçu à Moscou son ministre, tandis qu'à Londres l'ambassadeur "
      "s'exprimait. Le doctor left for London on Monday.",
      "fr");
  ASSERT_NE(Find(r, "Moscou"), nullptr);
  EXPECT_EQ(Find(r, "Moscou")->name, "Moscow");
  EXPECT_EQ(Find(r, "Moscou")->country, "RUS");
  ASSERT_NE(Find(r, "Londres"), nullptr);
  EXPECT_EQ(Find(r, "Londres")->name, "London");
  EXPECT_EQ(Find(r, "Londres")->country, "GBR");
  ASSERT_NE(Find(r, "London"), nullptr);
  EXPECT_EQ(Find(r, "London")->id, Find(r, "Londres")->id);
}

TEST_F(GazetteerTest, HyphenAccentAndArticleVariants) {
  for (const char* name : {"Al-Bab", "al-Bab", "Al Bab", "Al Bāb", "Al-Bāb"}) {
    const std::string text = std::string("Des frappes ont visé la ville d'") + name +
                             ", dans le nord de la Syrie.";
    Record r = Tag(text, "fr");
    const Entity* e = Find(r, name);
    ASSERT_NE(e, nullptr) << name;
    EXPECT_EQ(e->name, "Al Bāb") << name;
    EXPECT_EQ(e->id, "174018") << name;
    EXPECT_EQ(e->country, "SYR") << name;
  }
  Record ar = Tag("قصفت الطائرات مدينة حلب أمس.", "ar");
  ASSERT_NE(Find(ar, "حلب"), nullptr);
  EXPECT_EQ(Find(ar, "حلب")->name, "Aleppo");
}

TEST_F(GazetteerTest, PartsOfCities) {
  Record fr = Tag("Quelque 110.000 personnes ont été évacuées d'Alep-Est, et Alep-Ouest reste "
                  "aux mains du régime.",
                  "fr");
  for (const char* part : {"Alep-Est", "Alep-Ouest"}) {
    const Entity* e = Find(fr, part);
    ASSERT_NE(e, nullptr) << part;
    EXPECT_EQ(e->name, "Aleppo");
  }
  Record en = Tag("Rebels left East Aleppo as shelling hit eastern Aleppo again.", "en");
  ASSERT_NE(Find(en, "East Aleppo"), nullptr);
  EXPECT_EQ(Find(en, "East Aleppo")->name, "Aleppo");
  ASSERT_NE(Find(en, "eastern Aleppo"), nullptr);
  Record prov = Tag("Les combats se poursuivent dans la province d'Idleb.", "fr");
  ASSERT_NE(Find(prov, "Idleb"), nullptr);
  EXPECT_EQ(Find(prov, "Idleb")->name, "Idlib");
  EXPECT_EQ(Find(prov, "Idleb")->id, "SY-ID");  // the governorate, not the city
}

// A person entity the recognizer found at the first `text` of `doc`.
Entity Person(const std::string& text, const std::string& doc) {
  Entity e;
  e.kind = "person";
  e.text = text;
  e.name = text;
  e.span.start = doc.find(text);
  e.span.end = e.span.start + text.size();
  return e;
}

Entity State(const std::string& text, const std::string& doc, const std::string& country) {
  Entity e;
  e.kind = "state";
  e.text = text;
  e.span.start = doc.find(text);
  e.span.end = e.span.start + text.size();
  e.name = text;
  e.country = country;
  return e;
}

TEST_F(GazetteerTest, ACountryReadInACityOrDivisionNameIsThatPlace) {
  // Written for this test: the recognizer reads a country in "Mexico City" and "New Jersey".
  const std::string city = "Protesters marched in Mexico City and in New Jersey on Monday.";
  const Record r = Tag(city, "en", {State("Mexico", city, "MEX"), State("Jersey", city, "JEY")});
  ASSERT_NE(Find(r, "Mexico City"), nullptr);
  EXPECT_EQ(Find(r, "Mexico City")->kind, "place");
  EXPECT_EQ(Find(r, "Mexico City")->country, "MEX");
  ASSERT_NE(Find(r, "New Jersey"), nullptr);
  EXPECT_EQ(Find(r, "New Jersey")->country, "USA");
  EXPECT_EQ(Find(r, "Jersey"), nullptr);
  // Written: a city named like a country, before a division of its own country.
  const std::string bahia = "A new bridge opened in Salvador, Bahia, on Monday.";
  const Record b = Tag(bahia, "en", {State("Salvador", bahia, "SLV")});
  ASSERT_NE(Find(b, "Salvador"), nullptr);
  EXPECT_EQ(Find(b, "Salvador")->kind, "place");
  EXPECT_EQ(Find(b, "Salvador")->country, "BRA");
  // Written: the country alone stays the country.
  const std::string alone = "Mexico said on Monday it would send aid.";
  const Record m = Tag(alone, "en", {State("Mexico", alone, "MEX")});
  ASSERT_NE(Find(m, "Mexico"), nullptr);
  EXPECT_EQ(Find(m, "Mexico")->kind, "state");
}

TEST_F(GazetteerTest, DisambiguatesByDocumentCountry) {
  const std::string libya = "Fighting broke out in Tripoli after the Libyan government fell.";
  Record r1 = Tag(libya, "en", {State("Libyan", libya, "LBY")});
  ASSERT_NE(Find(r1, "Tripoli"), nullptr);
  EXPECT_EQ(Find(r1, "Tripoli")->country, "LBY");
  const std::string lebanon = "Protesters gathered in Tripoli as the Lebanese army deployed.";
  Record r2 = Tag(lebanon, "en", {State("Lebanese", lebanon, "LBN")});
  ASSERT_NE(Find(r2, "Tripoli"), nullptr);
  EXPECT_EQ(Find(r2, "Tripoli")->country, "LBN");
  // Without context the most populous Tripoli wins; a country after a comma decides.
  EXPECT_EQ(Find(Tag("A car bomb exploded in Tripoli.", "en"), "Tripoli")->country, "LBY");
  EXPECT_EQ(Find(Tag("A car bomb exploded in Tripoli, Lebanon.", "en"), "Tripoli")->country,
            "LBN");
}

TEST_F(GazetteerTest, AmbiguousNamesFollowTheOtherPlacesOfTheText) {
  // Jalalabad is a large Afghan city and a small Indian town: Fazilka and Punjab are Indian.
  Record r =
      Tag("Hospital staff staged a protest in Jalalabad, Fazilka (Punjab) on Tuesday.", "en");
  ASSERT_NE(Find(r, "Jalalabad"), nullptr);
  EXPECT_EQ(Find(r, "Jalalabad")->country, "IND");
  // Reni lies in Odessa oblast; the Indian Reni is larger.
  r = Tag("A councillor's car was set on fire in Reni, Odessa.", "en");
  ASSERT_NE(Find(r, "Reni"), nullptr);
  EXPECT_EQ(Find(r, "Reni")->country, "UKR");
}

TEST_F(GazetteerTest, DivisionAbbreviationsAfterACommaNameTheirCountry) {
  // "TS" (Telangana) tells which Hyderabad; "Hyderabad city" is then the Indian city.
  const std::string hyderabad =
      "About 1,500 workers held a protest in Hyderabad city (Hyderabad, TS).";
  EXPECT_EQ(Tagged(hyderabad, "TS"), "IND IN-TG");
  EXPECT_EQ(Tagged(hyderabad, "Hyderabad"), "IND 1269843");
  EXPECT_EQ(Tagged("A grenade hit a patrol at Pakherpora town (Budgam district, J&K).", "J&K"),
            "IND IN-JK");
  // Elsewhere capitals are no division: "AP" is a news agency, "Up" a word.
  EXPECT_EQ(Tagged("Up to 20 people were hurt, AP reported from Hyderabad.", "AP"), "-");
  EXPECT_EQ(Tagged("Up to 20 people were hurt, AP reported from Hyderabad.", "Up"), "-");
}

TEST_F(GazetteerTest, OnlyTheNameRightAfterACommaNamesTheCountry) {
  // After "Tripoli City," no name follows: the Tripoli further on tells nothing, and Beirut
  // places both mentions in Lebanon.
  Record r = Tag(
      "Protesters from Beirut gathered at the square in Tripoli City, to demonstrate against "
      "the killing of a demonstrator in Tripoli.",
      "en");
  size_t n = 0;
  for (const Entity& e : r.entities) {
    if (e.name != "Tripoli") continue;
    EXPECT_EQ(e.country, "LBN") << e.text;
    ++n;
  }
  EXPECT_EQ(n, 2u);
}

TEST_F(GazetteerTest, ADivisionWhereAPlaceLiesIsTaggedEvenWhenItIsAWord) {
  EXPECT_EQ(Tagged("Workers blocked a road in Uruara, Para, on Thursday.", "Para"), "BRA BR-PA");
  EXPECT_EQ(Tagged("Militiamen attacked a settlement in Obodogba area of Okpanan town "
                   "(Oshimili North, Delta).",
                   "Delta"),
            "NGA NG-DE");
  EXPECT_EQ(Tagged("A mob attacked a suspected thief in Kakiri (Wakiso district).", "Wakiso"),
            "UGA 225964");
  // A name in parentheses alone is another name more often.
  EXPECT_EQ(Tagged("The land was unified by the Qin (Chin) emperor.", "Chin"), "-");
}

TEST_F(GazetteerTest, AmongDivisionNamesakesTheLargerOrTheOneNearTheOtherPlaces) {
  // Nigeria's Plateau state holds more people than Benin's Plateau department.
  EXPECT_EQ(Tagged("Gunmen attacked a farming village, Kwall (Bassa, Plateau), at night.",
                   "Plateau"),
            "NGA NG-PL");
  // Cameroon's Nord-Ouest region, not Haiti's department.
  EXPECT_EQ(Tagged("Soldiers raided a village of Bafut subdivision (Mezam, Nord-Ouest).",
                   "Nord-Ouest"),
            "CMR CM-NW");
}

TEST_F(GazetteerTest, AVillageKnownOnlyAbroadBeforeALargeCityLiesInTheCitysCountry) {
  // The gazetteer knows a Petrovskoye only in Russia; "Petrovskoye, Donetsk" is a Ukrainian
  // village it lacks, and its other mention is no evidence for Russia.
  EXPECT_EQ(Tagged("Shells fell in the area of Petrovskoye, Donetsk. Monitors heard explosions "
                   "near Petrovskoye.",
                   "Petrovskoye"),
            "UKR ");  // no id: a place the gazetteer lacks
}

TEST_F(GazetteerTest, ADivisionWordBeforeOfTellsTheDivisionsType) {
  // India's Punjab is a state, Pakistan's a province.
  EXPECT_EQ(Tagged("Farmers protested across the state of Punjab on Friday.", "Punjab"),
            "IND IN-PB");
  EXPECT_EQ(Tagged("Farmers protested across the province of Punjab on Friday.", "Punjab"),
            "PAK PK-PB");
}

TEST_F(GazetteerTest, ParisStaysInFranceUnlessTheTextSaysTexas) {
  // A mention of the United States elsewhere is not enough to move Paris.
  const std::string us = "The United States envoy flew to Paris for talks on Monday.";
  Record r1 = Tag(us, "en", {State("United States", us, "USA")});
  ASSERT_NE(Find(r1, "Paris"), nullptr);
  EXPECT_EQ(Find(r1, "Paris")->country, "FRA");
  Record r2 = Tag("The festival was held in Paris, Texas, last weekend.", "en");
  ASSERT_NE(Find(r2, "Paris"), nullptr);
  EXPECT_EQ(Find(r2, "Paris")->country, "USA");
  EXPECT_EQ(Find(r2, "Paris")->id, "4717560");
  ASSERT_NE(Find(r2, "Texas"), nullptr);
  EXPECT_EQ(Find(r2, "Texas")->id, "US-TX");
}

TEST_F(GazetteerTest, CommonWordsAndPeopleAreNotPlaces) {
  // Sentences from the English and French Wikinews articles in ../shared/data/articles.
  const std::pair<const char*, const char*> none[] = {
      {"en", "Police arrived and shot him dead."},
      {"en", "Police said they questioned the car's owner."},
      {"en", "Nice to meet you."},
      {"en", "However, as part of her admonition, Judge Jackson stated, \"Saying I'm sorry I got "
             "caught is not an inspiring plea for leniency.\""},
      {"en", "Law enforcement halted attempts to take down an equestrial statue of US President "
             "Andrew Jackson in Lafayette Square."},
      {"en", "Reading the statement, the minister said the talks were a nice first step."},
      {"en", "The Mobile World Congress was cancelled, and Paris Hilton did not attend."},
      {"fr", "Des annonces qui font suite à la progression de Free Mobile dans le marché de la "
             "téléphonie."},
      {"en", "The slogan \"Defund the Police\" became popular among supporters of Black Lives "
             "Matter."},
      {"en", "The vote is set for March and the UN will send observers in May."},
      {"fr", "Ils sont aussi connus pour la fabrication de bijoux. Bien que la police soit "
             "présente, un homme est mort."},
  };
  for (const auto& [lang, text] : none) {
    Record r = Tag(text, lang);
    for (const Entity& e : r.entities) {
      if (e.kind == "place") ADD_FAILURE() << "'" << e.text << "' tagged as " << e.name << " in: " << text;
    }
  }
}

TEST_F(GazetteerTest, NamesSeenAsPeopleStayPeople) {
  // Warren and Bolton are US and UK towns; here they are people throughout the document.
  Record r = Tag(
      "Senator Elizabeth Warren endorsed Joe Biden on Wednesday. In a video message, Warren "
      "praised his empathy. Mr. Bolton, who left the White House, agreed. Bolton tendered "
      "his resignation in Washington.",
      "en");
  for (const Entity& e : r.entities) {
    EXPECT_TRUE(e.text != "Warren" && e.text != "Bolton") << e.text << " tagged as " << e.name;
  }
  ASSERT_NE(Find(r, "Washington"), nullptr);
  EXPECT_EQ(Find(r, "Washington")->country, "USA");
  // A town first met after a locative stays a town, even next to a name elsewhere.
  Record town = Tag("The storm hit Warren, Michigan, overnight. Officials said Warren schools "
                    "would reopen.",
                    "en");
  int warrens = 0;
  for (const Entity& e : town.entities) warrens += e.text == "Warren";
  EXPECT_EQ(warrens, 2);
}

TEST_F(GazetteerTest, TownsNeedTheirOwnLocative) {
  Record r = Tag("Des migrants ont été évacués à Sangatte. Sangatte reste sous surveillance.", "fr");
  int sangatte = 0;
  for (const Entity& e : r.entities) sangatte += e.text == "Sangatte" && e.country == "FRA";
  EXPECT_EQ(sangatte, 1);
  // Chirac is a French village; here it is the president, even after "in".
  Record p = Tag("Former president Jacques Chirac died. Parliament held a minute of silence in "
                 "Chirac's honor.",
                 "en");
  for (const Entity& e : p.entities) EXPECT_NE(e.text, "Chirac");
}

TEST_F(GazetteerTest, DivisionsAndCities) {
  Record r = Tag("Floods hit Ontario and Texas; in Ontario, California, roads were closed.", "en");
  ASSERT_EQ(r.entities.size(), 4u);
  EXPECT_EQ(r.entities[0].id, "CA-ON");
  EXPECT_EQ(r.entities[1].id, "US-TX");
  EXPECT_EQ(r.entities[2].country, "USA");  // Ontario, California: the city
  EXPECT_EQ(r.entities[3].id, "US-CA");
}

TEST_F(GazetteerTest, CommonWordPlacesWithCues) {
  Record fr = Tag("Nice les accueille en France du 6 au 15 septembre l'an prochain.", "fr");
  ASSERT_NE(Find(fr, "Nice"), nullptr);
  EXPECT_EQ(Find(fr, "Nice")->country, "FRA");
  Record en = Tag("The attack took place in Nice, France, during the celebrations.", "en");
  ASSERT_NE(Find(en, "Nice"), nullptr);
  Record mobile = Tag("A tornado struck near Mobile, Alabama, overnight.", "en");
  ASSERT_NE(Find(mobile, "Mobile"), nullptr);
  EXPECT_EQ(Find(mobile, "Mobile")->country, "USA");
}

TEST_F(GazetteerTest, CountriesOnlyWhereNoEntityIs) {
  const std::string text = "Les troupes de la Syrie et de la Turquie se font face.";
  Record r = Tag(text, "fr", {State("Turquie", text, "TUR")});
  const Entity* syrie = Find(r, "Syrie");
  ASSERT_NE(syrie, nullptr);
  EXPECT_EQ(syrie->kind, "state");
  EXPECT_EQ(syrie->id, "SYR");
  EXPECT_EQ(syrie->name, "Syria");
  int turquie = 0;
  for (const Entity& e : r.entities) turquie += e.text == "Turquie";
  EXPECT_EQ(turquie, 1);
  EXPECT_TRUE(std::is_sorted(r.entities.begin(), r.entities.end(),
                             [](const Entity& a, const Entity& b) {
                               return a.span.start < b.span.start;
                             }));
}

TEST_F(GazetteerTest, SpansAreOriginalBytes) {
  // A no-break space and a typographic apostrophe change the normalized text's offsets.
  const std::string text = "Selon l\u2019OSDH,\u00a0les frappes sur Al\u2011Bab et d\u2019Alep ont tu\u00e9.";
  Record r = Tag(text, "fr");
  ASSERT_FALSE(r.entities.empty());
  for (const Entity& e : r.entities) {
    EXPECT_EQ(text.substr(e.span.start, e.span.size()), e.text);
  }
  EXPECT_NE(Find(r, "Alep"), nullptr);
}

Event EventAt(const std::string& doc, const std::string& text) {
  Event ev;
  ev.type = "ASSAULT";
  Location loc;
  loc.text = text;
  loc.name = text;
  const size_t at = doc.find(text);
  if (at != std::string::npos) loc.span = Span{at, at + text.size()};
  ev.location = loc;
  return ev;
}

TEST_F(GazetteerTest, GeocodesEventLocations) {
  const std::string text =
      "Des frappes turques ont tué 88 civils à Al-Bab. Quelque 110.000 personnes ont quitté "
      "Alep-Est. Les combats continuent dans la province d'Idleb. La Syrie dément. Des "
      "renforts sont arrivés à Kafr Zeitoun-les-Bains.";
  Record r = Tag(text, "fr");
  r.events.push_back(EventAt(text, "Al-Bab"));
  r.events.push_back(EventAt(text, "Alep-Est"));
  r.events.push_back(EventAt(text, "la province d'Idleb"));
  r.events.push_back(EventAt(text, "Syrie"));
  r.events.push_back(EventAt(text, "Kafr Zeitoun-les-Bains"));
  Event no_location;
  r.events.push_back(no_location);
  gaz_->GeocodeEvents(r.doc, &r);

  const Location& bab = *r.events[0].location;
  EXPECT_EQ(bab.name, "Al Bāb");
  EXPECT_EQ(bab.country, "SYR");
  EXPECT_EQ(bab.geonames_id, 174018);
  EXPECT_EQ(bab.precision, "point");
  EXPECT_EQ(bab.admin1, "Aleppo");
  EXPECT_EQ(bab.text, "Al-Bab");

  const Location& aleppo = *r.events[1].location;
  EXPECT_EQ(aleppo.name, "Aleppo");
  ASSERT_TRUE(aleppo.lat.has_value());
  EXPECT_NEAR(*aleppo.lat, 36.2, 0.05);
  EXPECT_NEAR(*aleppo.lon, 37.16, 0.05);
  EXPECT_EQ(aleppo.geonames_id, 170063);

  const Location& idlib = *r.events[2].location;
  EXPECT_EQ(idlib.precision, "admin1");
  EXPECT_EQ(idlib.admin1, "Idlib");
  EXPECT_EQ(idlib.country, "SYR");
  EXPECT_FALSE(idlib.geonames_id.has_value());

  const Location& syria = *r.events[3].location;
  EXPECT_EQ(syria.precision, "country");
  EXPECT_EQ(syria.country, "SYR");
  EXPECT_EQ(syria.name, "Syria");
  ASSERT_TRUE(syria.lat.has_value());
  EXPECT_NEAR(*syria.lat, 35.0, 1.0);

  // Unknown: keeps its text, no coordinates; the others are still resolved.
  const Location& unknown = *r.events[4].location;
  EXPECT_EQ(unknown.text, "Kafr Zeitoun-les-Bains");
  EXPECT_FALSE(unknown.lat.has_value());
  EXPECT_FALSE(unknown.country.has_value());
  EXPECT_FALSE(r.events[5].location.has_value());
}

TEST_F(GazetteerTest, DivisionNamedAfterAPlaceChoosesItsCountry) {
  // The recognizer took "North Sinai" for a person; the division after a comma inside the
  // parentheses is a place, and it tells that this Rafah is the Egyptian one, not Gaza's.
  const std::string text = "Militants kidnapped two men near Rafah (Rafah, North Sinai) on Friday.";
  Record r = Tag(text, "en", {Person("North Sinai", text)});
  const Entity* sinai = Find(r, "North Sinai");
  ASSERT_NE(sinai, nullptr);
  EXPECT_EQ(sinai->kind, "place");
  EXPECT_EQ(sinai->id, "EG-SIN");
  const Entity* rafah = Find(r, "Rafah");
  ASSERT_NE(rafah, nullptr);
  EXPECT_EQ(rafah->country, "EGY");
  // The recognizer took "Santos City" for a person (Wikinews en2019-27,
  // wikinews_2019.csv#28): the city's longer name after a locative is the place.
  const std::string santos =
      "Roman Catholic Bishop Emeritus Dinualdo Gutierrez of the Marbel diocese in the "
      "Philippines, 79, died early yesterday morning, in a General Santos City hospital.";
  const Record g = Tag(santos, "en", {Person("Santos City", santos)});
  ASSERT_NE(Find(g, "General Santos City"), nullptr);
  EXPECT_EQ(Find(g, "General Santos City")->kind, "place");
  EXPECT_EQ(Find(g, "General Santos City")->country, "PHL");
  // A city after a comma names the country when no division does.
  Record d = Tag("Troops shelled the outskirts of Mariupol, Donetsk, overnight.", "en");
  ASSERT_NE(Find(d, "Mariupol"), nullptr);
  EXPECT_EQ(Find(d, "Mariupol")->country, "UKR");
}

TEST_F(GazetteerTest, DivisionWordAfterANameMeansTheDivisionOfItsType) {
  // "governorate" is the type of Yemen's divisions, "province" of Saudi Arabia's regions is not.
  Record r = Tag("Aircraft flew over Al Jawf governorate on Tuesday.", "en");
  ASSERT_NE(Find(r, "Al Jawf"), nullptr);
  EXPECT_EQ(Find(r, "Al Jawf")->country, "YEM");
  EXPECT_EQ(Find(r, "Al Jawf")->id, "YE-JA");
}

TEST_F(GazetteerTest, PlaceOnlyKnownAbroadKeepsTheCountryNamedAfterIt) {
  // Hays is a US town in the gazetteer; "(Hays, Al Hudaydah)" says this one is in Yemen.
  const std::string text = "Shells hit houses in Hays city (Hays, Al Hudaydah) on Friday.";
  Record r = Tag(text, "en");
  ASSERT_NE(Find(r, "Hays"), nullptr);
  EXPECT_FALSE(Find(r, "Hays")->id.has_value());
  EXPECT_EQ(Find(r, "Hays")->country, "YEM");
  r.events.push_back(EventAt(text, "Hays"));
  gaz_->GeocodeEvents(r.doc, &r);
  // Geocoded at the place the text puts it in, its text kept.
  const Location& loc = *r.events[0].location;
  EXPECT_EQ(loc.country, "YEM");
  EXPECT_EQ(loc.text, "Hays");
  EXPECT_EQ(loc.name, "Al Hudaydah");
  EXPECT_TRUE(loc.lat.has_value());
}

// The location of an event at `surface` in English `text`, after tagging and geocoding.
Location LocatedAt(Gazetteer* gaz, const std::string& text, const std::string& surface) {
  Record r;
  r.doc.text = text;
  r.doc.lang = "en";
  gaz->TagPlaces(text::Analyze(r.doc.text, "en"), r.doc, &r);
  r.events.push_back(EventAt(text, surface));
  gaz->GeocodeEvents(r.doc, &r);
  return *r.events[0].location;
}

TEST_F(GazetteerTest, APlaceTheGazetteerLacksIsGeocodedAtThePlaceItLiesIn) {
  // Written for this test: a neighbourhood the gazetteer lacks, in a city it knows.
  const Location area = LocatedAt(
      gaz_, "Police dispersed a crowd in the Ungwan Rimi area of Ahmedabad city.", "Ungwan Rimi");
  EXPECT_EQ(area.name, "Ahmedabad");
  EXPECT_EQ(area.text, "Ungwan Rimi");
  EXPECT_EQ(area.country, "IND");
  EXPECT_TRUE(area.lat.has_value());
  // Written: a country after the comma adds nothing to the country the place already has.
  const Location abroad = LocatedAt(
      gaz_, "Gunmen killed two farmers near Ungwan Rimi, Nigeria, on Monday.", "Ungwan Rimi");
  EXPECT_EQ(abroad.name, "Ungwan Rimi");
  EXPECT_EQ(abroad.country, "NGA");
  EXPECT_FALSE(abroad.lat.has_value());
  // Written: words between that do not say where it lies ("and") leave it unlocated.
  EXPECT_FALSE(LocatedAt(gaz_, "Clashes were reported in Ungwan Rimi and Ahmedabad city.",
                         "Ungwan Rimi")
                   .lat.has_value());
}

TEST_F(GazetteerTest, GeocodesTextOnlyLocationsWithContext) {
  const std::string text = "Lebanese troops deployed after the clashes.";
  Record r = Tag(text, "en", {State("Lebanese", text, "LBN")});
  Event ev;
  Location loc;
  loc.text = "near Tripoli";
  loc.name = "Tripoli";
  ev.location = loc;
  r.events.push_back(ev);
  Event done = ev;
  done.location->lat = 1.0;
  done.location->lon = 2.0;
  r.events.push_back(done);
  gaz_->GeocodeEvents(r.doc, &r);
  EXPECT_EQ(r.events[0].location->country, "LBN");
  EXPECT_EQ(r.events[0].location->admin1, "North");
  EXPECT_EQ(r.events[1].location->lat, 1.0);  // already geocoded: left alone
  EXPECT_FALSE(r.events[1].location->country.has_value());
}

TEST_F(GazetteerTest, UnknownNameBeforeWhereItLiesIsALackedPlaceOfThatCountry) {
  // A village the gazetteer lacks, before the district and state that say where it lies.
  const Record r = Tag("Gunmen attacked Ungwan Rimi (Kauru LGA, Kaduna) on Sunday night.", "en");
  const Entity* village = Find(r, "Ungwan Rimi");
  ASSERT_NE(village, nullptr);
  EXPECT_EQ(village->country, "NGA");
  EXPECT_FALSE(village->id.has_value());
  // After a comma only after a locative; a lone parenthesis before a word is another name.
  EXPECT_EQ(Tagged("Two men were found dead near Ungwan Rimi, Kaduna, on Monday.", "Ungwan Rimi"),
            "NGA ");
  EXPECT_EQ(Tagged("Ungwan Rimi, Kaduna, was quiet on Monday.", "Ungwan Rimi"), "-");
  // "in" and a division named with its kind word tell where too.
  EXPECT_EQ(Tagged("Gunmen killed two farmers in Ungwan Rimi in Kaduna state on Monday.",
                   "Ungwan Rimi"),
            "NGA ");
  EXPECT_EQ(Tagged("The land was unified by the Qin (Chin) emperor.", "Qin"), "-");
}

TEST_F(GazetteerTest, LinkingWordsJoinOneNameOutsideFrench) {
  // Written for this test: "San Pedro" starts a longer Chilean name, not Honduras' city.
  // The recognizer read a person in it.
  const std::string text = "A bus caught fire near San Pedro de la Paz, Biobio, on Monday.";
  const Record r = Tag(text, "en", {Person("San Pedro", text)});
  ASSERT_NE(Find(r, "San Pedro de la Paz"), nullptr);
  EXPECT_EQ(Find(r, "San Pedro de la Paz")->kind, "place");
  EXPECT_EQ(Find(r, "San Pedro de la Paz")->country, "CHL");
  EXPECT_EQ(Find(r, "San Pedro"), nullptr);
  // Written: in French "de" is a preposition; the city after it stays a place.
  const Record fr = Tag("Il enseigne à l'Université de Montréal depuis 2010.", "fr");
  ASSERT_NE(Find(fr, "Montréal"), nullptr);
  EXPECT_EQ(Find(fr, "Montréal")->country, "CAN");
}

TEST_F(GazetteerTest, AKindWordAndOfPutAPlaceInTheCityAfterThem) {
  // Written for this test: this Sofia is a neighbourhood of Madagascar's capital, not
  // Bulgaria's capital.
  EXPECT_EQ(Tagged("Police dispersed a crowd in the Sofia neighbourhood of Antananarivo on Monday.",
                   "Sofia")
                .substr(0, 3),
            "MDG");
}

TEST_F(GazetteerTest, TheEndsOfARoadArePlacesWhenTheSentenceNamesNoOther) {
  // Written for this test.
  const Record r = Tag("Traffic stopped on the Tripoli-Beirut highway after a crash.", "en");
  ASSERT_NE(Find(r, "Tripoli"), nullptr);
  EXPECT_EQ(Find(r, "Tripoli")->country, "LBN");
  ASSERT_NE(Find(r, "Beirut"), nullptr);
  // Written: another place in the sentence says where it happened.
  const Record other =
      Tag("Traffic stopped on the Tripoli-Beirut highway in Jounieh after a crash.", "en");
  EXPECT_EQ(Find(other, "Tripoli"), nullptr);
  ASSERT_NE(Find(other, "Jounieh"), nullptr);
}

TEST_F(GazetteerTest, ADirectionMayStandBeforeTheCountryAPlaceLiesIn) {
  // Written for this test: Hays is a US town in the gazetteer; this one is in Yemen.
  EXPECT_EQ(Tagged("A clinic reopened in Hays district in western Yemen on Friday.", "Hays"),
            "YEM ");
  // Written: a Yemeni town known without its article ("Ad Durayhimi").
  EXPECT_EQ(Tagged("Aid arrived in Durayhimi district in western Yemen on Friday.",
                   "Durayhimi"),
            "YEM 80309");
}

TEST_F(GazetteerTest, ANameLiesWhereOneOfItsMentionsSays) {
  // Wikinews en2019-80 (wikinews_2019.csv#81): "Dover, England" says where the later bare
  // "near Dover" lies, after a town of France.
  const std::string text =
      "The trip took 22 minutes with one refueling about halfway to Dover, England. The flight "
      "started at 8:17 a.m. local time (0617 UTC) in Sangatte and finished in St Margaret's at "
      "Cliffe near Dover.";
  const Record r = Tag(text, "en");
  std::vector<std::string> countries;
  for (const Entity& e : r.entities) {
    if (e.text == "Dover") countries.push_back(e.country.value_or("-"));
  }
  EXPECT_EQ(countries, (std::vector<std::string>{"GBR", "GBR"}));
}

TEST_F(GazetteerTest, ACommaChainEndsAtTheDivisionThatTellsTheCountry) {
  // Written for this test: Ejido tells no country of its own, Merida state does.
  EXPECT_EQ(Tagged("Residents blocked a road in Santa Rosa, Ejido, Merida state, on Sunday.",
                   "Santa Rosa")
                .substr(0, 3),
            "VEN");
  // A list of towns is no chain (Wikinews en2019-71, wikinews_2019.csv#72): Madrid does not
  // put Carrascal in Spain.
  EXPECT_EQ(Tagged("Governor Alexander Pimentel told CNN Philippines the towns damaged were "
                   "primarily Carrascal, Cantilan, Madrid, Carmen, Lanuza, and Cortes.",
                   "Carrascal")
                .substr(0, 3),
            "-");
  // Written: a city and division name of several countries ("Colon (Colon)"): the country of
  // its largest city (Panama's Colon, not Honduras' department).
  EXPECT_EQ(Tagged("A new school opened in Colon (Colon) on Monday.", "Colon").substr(0, 3),
            "PAN");
  // Written: "state" after Bolivar is Venezuela's state, not Colombia's department.
  EXPECT_EQ(Tagged("Schools reopened in Sucre municipality, Bolivar state, on Monday.",
                   "Bolivar"),
            "VEN VE-F");
}

TEST_F(GazetteerTest, ParenthesesAfterACountryNameItsDivisions) {
  // Al Jawf is a division of Yemen and of Saudi Arabia: the parenthesis after Yemen tells.
  EXPECT_EQ(Tagged("Saudi Arabia said its jets struck targets in Yemen (Al Jawf) on Sunday.",
                   "Al Jawf"),
            "YEM YE-JA");
}

TEST_F(GazetteerTest, ADivisionThatIsAWordNamesTheCountryOfThePlaceBeforeIt) {
  // Para (Brazil) is also an English word; Santarem is a district of Portugal too.
  EXPECT_EQ(Tagged("A man was shot dead in Santarem, Para, on Saturday.", "Santarem").substr(0, 3),
            "BRA");
  // Iraqi and Lebanese divisions under the spellings news use.
  EXPECT_EQ(Tagged("Protesters blocked roads in Thi Qar province on Monday.", "Thi Qar"),
            "IRQ IQ-DQ");
  EXPECT_EQ(Tagged("Farmers protested in the Bekaa on Monday.", "Bekaa"), "LBN LB-BI");
  // A direction before its division word names the division ("Ouest department", Haiti).
  EXPECT_EQ(Tagged("A journalist was beaten in Ungwan Rimi, Ouest department, on Tuesday.",
                   "Ungwan Rimi"),
            "HTI ");
  // Libyan districts under the names news use.
  EXPECT_EQ(Tagged("Shells fell near Tarhuna (Almargeb) on Friday.", "Almargeb"), "LBY LY-MB");
}

TEST_F(GazetteerTest, ALackedPlaceIsNamedWithoutItsKindPrefix) {
  const std::string text = "Police raided a house in Barangay Ungwan Rimi on Monday.";
  Record r = Tag(text, "en");
  r.events.push_back(EventAt(text, "Barangay Ungwan Rimi"));
  gaz_->GeocodeEvents(r.doc, &r);
  EXPECT_EQ(r.events[0].location->name, "Ungwan Rimi");
  EXPECT_EQ(r.events[0].location->text, "Barangay Ungwan Rimi");
}

TEST_F(GazetteerTest, SecondLevelDivisionsAreKnownByTheirAdmin2Code) {
  // An English county (GeoNames admin2) after a locative; its country stands even though the
  // text names none.
  const std::string text =
      "He was released in 2018 and has been out on license, also called parole, and living in "
      "Staffordshire.";
  Record r = Tag(text, "en");
  const Entity* county = Find(r, "Staffordshire");
  ASSERT_NE(county, nullptr);
  EXPECT_EQ(county->country, "GBR");
  EXPECT_EQ(county->id, "GB.ENG.M9");
  r.events.push_back(EventAt(text, "Staffordshire"));
  gaz_->GeocodeEvents(r.doc, &r);
  const Location& loc = *r.events[0].location;
  EXPECT_EQ(loc.country, "GBR");
  EXPECT_TRUE(loc.lat.has_value());
  EXPECT_FALSE(loc.geonames_id.has_value());  // a division's code is no GeoNames id
  // A village before a word of its kind is a place without a locative.
  EXPECT_EQ(Tagged("Tupua Tamasese Meaole's Acute Primary Care Clinic and Leulumoega District "
                   "hospital were made measles wards.",
                   "Leulumoega"),
            "WSM 4035260");
  // "the Southern District of New York" is a court, not a place of New York.
  EXPECT_EQ(Tagged("He was charged in the Southern District of New York in 2010.", "Southern"),
            "-");
}

TEST_F(GazetteerTest, GeocodesRecognizedStatesAndSkipsCommonWords) {
  const std::string text = "Les frappes en Syrie continuent. Fighting near the Bar crossing.";
  Entity syrie = State("Syrie", text, "SYR");
  syrie.id = "dict:syria";  // another dictionary's id: the country code decides
  Record r = Tag(text, "fr", {syrie});
  r.events.push_back(EventAt(text, "Syrie"));
  r.events.push_back(EventAt(text, "the Bar crossing"));
  r.events[1].location->span = Span{};
  gaz_->GeocodeEvents(r.doc, &r);
  EXPECT_EQ(r.events[0].location->country, "SYR");
  EXPECT_EQ(r.events[0].location->precision, "country");
  EXPECT_FALSE(r.events[1].location->lat.has_value());
}

TEST(GazetteerLoadTest, MissingDataIsAnError) {
  auto gaz = Gazetteer::Load("/nonexistent");
  ASSERT_FALSE(gaz.ok());
  EXPECT_NE(gaz.status().message().find("countries.tsv"), std::string::npos);
}

TEST(GazetteerLoadTest, LoadsFast) {
  const auto start = std::chrono::steady_clock::now();
  const std::clock_t cpu_start = std::clock();
  auto gaz = Gazetteer::Load("data");
  const double cpu = static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC;
  const double secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  ASSERT_TRUE(gaz.ok());
  std::cerr << "gazetteer loaded in " << secs << " s wall, " << cpu << " s CPU\n";
  EXPECT_LT(cpu, 1.5);  // about 0.4 s of CPU; generous for slow CI machines
}

// Tags all 385 articles; prints every place with GEO_DUMP=1 (for eyeballing) and the speed.
TEST_F(GazetteerTest, ArticlesSpeed) {
  const auto articles = ReadArticles();
  ASSERT_GE(articles.size(), 380u);
  std::vector<text::Analysis> analyses;
  size_t bytes = 0;
  for (const auto& [lang, body] : articles) {
    analyses.push_back(text::Analyze(body, lang));
    bytes += body.size();
  }
  const bool dump = std::getenv("GEO_DUMP") != nullptr;
  size_t places = 0;
  double secs = 1e9;
  double cpu_secs = 1e9;
  for (int run = 0; run < 3; ++run) {
    places = 0;
    const auto start = std::chrono::steady_clock::now();
    const std::clock_t cpu_start = std::clock();
    for (size_t i = 0; i < articles.size(); ++i) {
      Record r;
      r.doc.text = articles[i].second;
      r.doc.lang = articles[i].first;
      gaz_->TagPlaces(analyses[i], r.doc, &r);
      places += r.entities.size();
    }
    secs = std::min(
        secs, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    cpu_secs = std::min(cpu_secs, static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC);
  }
  for (size_t i = 0; dump && i < articles.size(); ++i) {
    Record r;
    r.doc.text = articles[i].second;
    r.doc.lang = articles[i].first;
    gaz_->TagPlaces(analyses[i], r.doc, &r);
    for (const Entity& e : r.entities) {
      const size_t a = e.span.start > 40 ? e.span.start - 40 : 0;
      std::string ctx = r.doc.text.substr(a, e.span.end + 30 - a);
      for (char& c : ctx) if (c == '\n') c = ' ';
      std::cerr << "GEO\t" << i << "\t" << e.kind << "\t" << e.text << "\t" << e.name << "\t"
                << e.country.value_or("") << "\t" << ctx << "\n";
    }
  }
  std::cerr << "tagged " << places << " places in " << bytes << " bytes, "
            << bytes / 1e6 / secs << " MB/s wall, " << bytes / 1e6 / cpu_secs << " MB/s CPU\n";
  EXPECT_GT(places, 1000u);
}

}  // namespace
}  // namespace sitrep::geo
