// The whole engine on short conflict reports in the style of ACLED's event notes (our own
// sentences, not ACLED's): the most confident event's country, place, fatalities and the
// sector of its first actor.
#include <gtest/gtest.h>

#include "sitrep/sitrep.h"

namespace sitrep {
namespace {

const Engine& TheEngine() {
  static std::unique_ptr<Engine> engine = [] {
    auto e = Engine::Create(EngineOptions{});
    EXPECT_TRUE(e.ok()) << e.status().ToString();
    return std::move(e).value();
  }();
  return *engine;
}

// The engine's record of `text` (English, published 2020-05-09).
Record Extract(const std::string& text, const std::string& lang = "en") {
  Document doc;
  doc.id = "t";
  doc.lang = lang;
  doc.published = "2020-05-09";
  doc.text = text;
  return TheEngine().Extract(std::move(doc));
}

// The event of highest confidence, or null.
const Event* Top(const Record& rec) {
  const Event* best = nullptr;
  for (const Event& e : rec.events) {
    if (!best || e.confidence > best->confidence) best = &e;
  }
  return best;
}

std::string CountryOf(const Record& rec) {
  const Event* e = Top(rec);
  return e && e->location && e->location->country ? *e->location->country : "-";
}

// The most confident event of `text` is located in `iso3`.
void ExpectCountry(const std::string& text, const std::string& iso3) {
  const Record rec = Extract(text);
  EXPECT_EQ(CountryOf(rec), iso3) << ToJson(rec);
}

TEST(AcledStyle, MonitoringMissionNamesUkraine) {
  // A village the gazetteer lacks, in a report of the OSCE's mission to Ukraine.
  ExpectCountry(
      "On 3 May 2020, the OSCE SMM recorded 12 explosions of undetermined weapons near "
      "Zalizne-2.",
      "UKR");
}

TEST(AcledStyle, KosovoIsXkx) {
  // Kosovo has no ISO 3166 code; sitrep writes the user-assigned XKX, as ACLED does.
  ExpectCountry("On 4 May 2020, dozens of people protested in Pristina against the new government.",
                "XKX");
}

TEST(AcledStyle, DepartmentAfterACityChoosesItsCountry) {
  // Pamplona is a larger city in Spain; the Colombian department names the other one.
  ExpectCountry(
      "On 5 May 2020, in Pamplona, Norte de Santander department, residents protested against "
      "the lack of water.",
      "COL");
}

TEST(AcledStyle, UsualNamesOfDivisions) {
  // Zamora is larger in Spain; "Michoacan" is the usual name of Michoacán de Ocampo.
  ExpectCountry("On 2 May 2020, in Zamora, Michoacan, a man was shot dead outside his home.",
                "MEX");
  ExpectCountry("On 3 May 2020, tribesmen protested in Sayun (Sayun, Hadramawt).", "YEM");
  // A district of Azerbaijan, whose districts are its first-level divisions.
  ExpectCountry("On 8 May 2020, Armenian troops shelled army positions at Zamanly, Gadabay.",
                "AZE");
  // Cameroon's regions by their French names, in an English text.
  ExpectCountry("On 7 May 2020, Boko Haram raided houses in Kerawa village, Kolofata subdivision "
                "(Mayo-Sava, Extreme-Nord).",
                "CMR");
  // Usual spellings without the official article or accent: the unknown town takes the
  // division's country.
  ExpectCountry("On 6 May 2020, farmers protested in Quilaco (Araucania).", "CHL");
  ExpectCountry("On 4 May 2020, gunmen attacked a kiosk at Hawlwadaag market (Wadajir, Banadir).",
                "SOM");
  ExpectCountry("On 5 May 2020, militants attacked a school in Tamou (Say, Tillabery).", "NER");
}

TEST(AcledStyle, ADivisionNameHoldingAPersonsNameIsTheDivision) {
  ExpectCountry(
      "On 7 May 2020, in Itaquirai, Mato Grosso do Sul, federal police forces seized three tons "
      "of marijuana hidden on a farm.",
      "BRA");
}

std::string PlaceOf(const Record& rec) {
  const Event* e = Top(rec);
  return e && e->location ? e->location->text : "-";
}

TEST(AcledStyle, ANameBeforeItsKindAndWhereItLiesIsThePlace) {
  const Record rec = Extract(
      "On 9 May 2020, four airstrikes reportedly targeted Sirwah district (Marib). No fatalities "
      "were reported.");
  EXPECT_EQ(PlaceOf(rec), "Sirwah") << ToJson(rec);
  EXPECT_EQ(CountryOf(rec), "YEM") << ToJson(rec);
}

TEST(AcledStyle, ACityNamedLikeABodyIsTheCity) {
  // "Rafah" is also an alias of the Gaza actor in the generated dictionaries.
  const Record rec = Extract(
      "On 8 May 2020, the army launched airstrikes against militants in Rafah (Rafah, North "
      "Sinai).");
  EXPECT_EQ(PlaceOf(rec), "Rafah") << ToJson(rec);
}

TEST(AcledStyle, ASmallTownOnlyKnownAbroadIsInTheCountryOfTheText) {
  // The gazetteer knows Hays only in Kansas; the text is about Yemen.
  ExpectCountry(
      "On 6 May 2020, Houthi forces shelled houses in the city of Hays in western "
      "Yemen.",
      "YEM");
}

TEST(AcledStyle, ACountryBeforeACurrencyIsMoney) {
  const Record rec = Extract(
      "On 30 April 2020, protesters demonstrating against the high US dollar exchange rate "
      "blocked the main road.");
  for (const Entity& e : rec.entities) EXPECT_NE(e.kind, "state") << ToJson(rec);
  EXPECT_NE(CountryOf(rec), "USA") << ToJson(rec);
}

TEST(AcledStyle, ALaterTollGivesTheAttackItsDeaths) {
  const Record rec = Extract(
      "On 4 May 2020, in Navojoa, Sonora, two gunmen attacked a shopkeeper outside his store. "
      "The victim died.");
  const Event* e = Top(rec);
  ASSERT_NE(e, nullptr) << ToJson(rec);
  EXPECT_EQ(e->fatalities, 1) << ToJson(rec);
  EXPECT_EQ(rec.events.size(), 1u) << ToJson(rec);
}

TEST(AcledStyle, NamesWithAnArticleAreOneName) {
  // "Wadi" alone is a town in India; "Wadi al-Hayat" is no part of it.
  ExpectCountry("On 6 May 2020, rival forces clashed in Wadi al-Rabi, south of Tripoli.", "LBY");
}

TEST(AcledStyle, ADivisionInsideAnotherNameIsNoPlace) {
  // Egypt and Sudan have a Red Sea division; here it only describes the port city.
  ExpectCountry(
      "On 4 May 2020, forces fired two mortar shells at a house in Hodeidah Red Sea port city.",
      "YEM");
}

TEST(AcledStyle, FrontBeforeItsDistrictAndGovernorate) {
  ExpectCountry(
      "On 5 May 2020, southern forces repelled an attack on Bab Ghaliq front (Qaatabah, Ad Dali) "
      "with no report of fatalities.",
      "YEM");
}

std::optional<int64_t> FatalitiesOf(const std::string& text, const std::string& lang = "en") {
  const Record rec = Extract(text, lang);
  const Event* e = Top(rec);
  return e ? e->fatalities : std::nullopt;
}

TEST(AcledStyle, FatalitiesCountedAsSuch) {
  EXPECT_EQ(FatalitiesOf("On 5 May 2020, in Comayagua, armed men broke into a store and shot "
                         "the owner. 1 fatality."),
            1);
}

TEST(AcledStyle, ALoneVictimFarFromItsArticle) {
  EXPECT_EQ(FatalitiesOf("On 6 May 2020, a local leader of the ruling party's youth wing was "
                         "stabbed to death by unidentified assailants in Narayanganj."),
            1);
  EXPECT_EQ(FatalitiesOf("Mardi, le chef du village a été abattu par des hommes armés près de "
                         "Djibo.",
                         "fr"),
            1);
}

TEST(AcledStyle, CountsOverTheSameWordsAreOneToll) {
  EXPECT_EQ(FatalitiesOf("On 6 May 2020, a rebel shot and killed a civilian man in Bubamba "
                         "village (Kalehe, Sud-Kivu)."),
            1);
}

TEST(AcledStyle, AShortTollSumsUpTheDeaths) {
  EXPECT_EQ(FatalitiesOf("On 8 May 2020, in Ocotepeque, gunmen shot the passengers of a car. Two "
                         "men were killed and five people were injured. A third man died later. "
                         "3 fatalities."),
            3);
}

TEST(AcledStyle, ADeathTheEventIsAboutIsNoToll) {
  EXPECT_EQ(FatalitiesOf("On 28 April 2020, a mob vandalized and set ablaze a clinic in Imphal "
                         "over the death of a patient.")
                .value_or(0),
            0);
}

TEST(AcledStyle, KilledInjuredOrCapturedIsNoToll) {
  EXPECT_EQ(FatalitiesOf("On 6 May 2020, 3 PKK militants were killed, injured or captured during "
                         "security operations carried out by the gendarmerie in Tunceli.")
                .value_or(0),
            0);
}

TEST(AcledStyle, APeacefulProtestOverADeathKillsNoOne) {
  EXPECT_EQ(FatalitiesOf("On 2 May 2020, residents protested in Shahdadkot town after a youth was "
                         "killed by influential men."),
            0);
}

std::string SubEventOf(const std::string& text) {
  const Record rec = Extract(text);
  const Event* e = Top(rec);
  return e && e->acled ? e->acled->sub_event_type : "-";
}

TEST(AcledStyle, ATriggerInsideANameGivesWayToAWeakerOne) {
  // "Mine" is part of the place's name, not a landmine; the explosions are the event.
  EXPECT_EQ(SubEventOf("On 2 May 2020, monitors recorded 14 explosions near Zolotarivka Mine in "
                       "the Luhansk region."),
            "Shelling/artillery/missile attack");
}

TEST(AcledStyle, InfantryFightingVehiclesAndAntiAircraftGunsAreHeavyWeapons) {
  EXPECT_EQ(SubEventOf("On 4 May 2020, separatist forces fired IFVs at Ukrainian positions near "
                       "Avdiivka."),
            "Shelling/artillery/missile attack");
  EXPECT_EQ(SubEventOf("On 4 May 2020, the army fired anti-aircraft guns at rebel trenches "
                       "outside Marib."),
            "Shelling/artillery/missile attack");
}

TEST(AcledStyle, ArmedMenFiringMachineGunsAttack) {
  ExpectCountry("On 3 May 2020, militants fired machine guns from pickup trucks near Maiduguri.",
                "NGA");
}

TEST(AcledStyle, BurningTyresIsARiot) {
  EXPECT_EQ(SubEventOf("On 6 May 2020, villagers blocked the highway by burning old rubber tyres "
                       "near Kasserine."),
            "Violent demonstration");
}

TEST(AcledStyle, SettingFireToPropertyDestroysIt) {
  EXPECT_EQ(SubEventOf("On 5 May 2020, unknown assailants set fire to two lorries parked outside a "
                       "depot in Thessaloniki."),
            "Looting/property destruction");
}

TEST(AcledStyle, AFigurativeDerailIsNoAccident) {
  // "derail" names a train accident only as "derailment" or "train derailed".
  EXPECT_EQ(SubEventOf("On 7 May 2020, teachers protested in Bhubaneswar against the new rules, "
                       "saying they would derail the school year."),
            "Peaceful protest");
}

TEST(AcledStyle, ExcessiveForceIsAgainstTheProtesters) {
  EXPECT_EQ(SubEventOf("On 7 May 2020, police killed two demonstrators during a protest against "
                       "the curfew in Pulwama."),
            "Excessive force against protesters");
  // Deaths the protest is about are no force against it.
  EXPECT_EQ(SubEventOf("On 9 May 2020, hundreds of residents protested in Visakhapatnam, "
                       "demanding action against the company after a gas leak killed 11 people."),
            "Peaceful protest");
}

std::string Actor1Sector(const Record& rec) {
  const Event* e = Top(rec);
  return e && e->actor1 && e->actor1->sector ? *e->actor1->sector : "-";
}

TEST(AcledStyle, ForcesOfAMovementThatHoldsGroundAreItsArmedForces) {
  const Record rec = Extract(
      "On 4 May 2020, Houthi forces shelled houses in a village of Qaatabah district, Ad Dali.");
  EXPECT_EQ(Actor1Sector(rec), "MIL") << ToJson(rec);
  // Its fighters stay rebels.
  const Record fighters = Extract(
      "On 4 May 2020, Boko Haram fighters attacked a village near Gwoza, killing 3 farmers.");
  EXPECT_EQ(Actor1Sector(fighters), "REB") << ToJson(fighters);
}

TEST(AcledStyle, IraqsPopularMobilizationForces) {
  const Record rec = Extract(
      "On 7 May 2020, the PMF shelled IS militants near Bara Bara village.");
  EXPECT_EQ(Actor1Sector(rec), "MIL") << ToJson(rec);
  EXPECT_EQ(CountryOf(rec), "IRQ") << ToJson(rec);
}

TEST(AcledStyle, ClashesBetweenNameTheFirstSideAsActor1) {
  const Record rec = Extract(
      "On 6 May 2020, clashes erupted between rebel fighters and police officers near Beni.");
  const Event* e = Top(rec);
  ASSERT_NE(e, nullptr) << ToJson(rec);
  ASSERT_TRUE(e->actor1) << ToJson(rec);
  EXPECT_EQ(e->actor1->sector, "REB") << ToJson(rec);
  ASSERT_TRUE(e->actor2) << ToJson(rec);
  EXPECT_EQ(e->actor2->sector, "COP") << ToJson(rec);
}

TEST(AcledStyle, AnAcronymLikeAnAuxiliaryIsTheSubject) {
  const Record rec = Extract("On 5 May 2020, IS fighters attacked an army post near Makhmur.");
  EXPECT_EQ(Actor1Sector(rec), "REB") << ToJson(rec);
}

TEST(AcledStyle, TheOnlySideNamedInABattleActs) {
  const Record rec = Extract(
      "On 2 May 2020, in Feira de Santana, Bahia, a suspected robber was killed after "
      "exchanging fire with military police officers.");
  const Event* e = Top(rec);
  EXPECT_TRUE(e && e->acled && e->acled->event_type == "Battles") << ToJson(rec);
  EXPECT_NE(Actor1Sector(rec), "-") << ToJson(rec);
  EXPECT_NE(Actor1Sector(rec), "CVL") << ToJson(rec);
}

// The ACLED event type of the most confident event of `text`.
std::string EventTypeOf(const std::string& text, const std::string& lang = "en") {
  const Record rec = Extract(text, lang);
  const Event* e = Top(rec);
  return e && e->acled ? e->acled->event_type : "-";
}

TEST(AcledStyle, RepelledAttacksAndFireBothWaysAreBattles) {
  EXPECT_EQ(EventTypeOf("On 5 May 2020, government forces thwarted an attack of rebel fighters "
                        "near Qaatabah, killing two of them."),
            "Battles");
  EXPECT_EQ(EventTypeOf("On 6 May 2020, the OSCE SMM recorded 40 explosions in both directions "
                        "of the contact line near Zolote."),
            "Battles");
  EXPECT_EQ(EventTypeOf("Mardi, l'armée malienne a repoussé une attaque de jihadistes près de "
                        "Ménaka.",
                        "fr"),
            "Battles");
}

TEST(AcledStyle, TriggerStartingOnItsActor) {
  const Record rec =
      Extract("On 7 May 2020, the air force targeted enemy positions south of Misrata.");
  EXPECT_EQ(Actor1Sector(rec), "MIL") << ToJson(rec);
}

}  // namespace
}  // namespace sitrep
