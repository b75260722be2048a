// Tests of cross-article clustering: the same strike reported by a French and an English
// wire (different words, same GeoNames place, dates a day apart) is one cluster; other days,
// places, types or opposing actors are not.
#include <gtest/gtest.h>

#include "dedup/clusterer.h"
#include "dedup/event_match.h"

namespace sitrep::dedup {
namespace {

Event Strike(const std::string& id, const std::string& place, std::optional<int64_t> geonames,
             const std::string& date, const std::string& actor, const std::string& country) {
  Event e;
  e.id = id;
  e.type = "ASSAULT";
  e.acled = AcledType{"Explosions/Remote violence", "Air/drone strike"};
  Location l;
  l.text = place;
  l.name = place;
  l.country = "SYR";
  l.geonames_id = geonames;
  e.location = l;
  e.date = date;
  Actor a;
  a.text = actor;
  a.name = actor;
  a.country = country;
  a.sector = "MIL";
  e.actor1 = a;
  return e;
}

Record Doc(const std::string& sha, const std::string& published, std::vector<Event> events) {
  Record r;
  r.sha256 = sha;
  r.doc.published = published;
  r.events = std::move(events);
  return r;
}

TEST(DayNumber, CountsDaysAndRejectsBadDates) {
  EXPECT_EQ(DayNumber("1970-01-02"), 1);
  EXPECT_EQ(*DayNumber("2016-12-23") - *DayNumber("2016-12-22"), 1);
  EXPECT_EQ(*DayNumber("2017-01-01") - *DayNumber("2016-12-31"), 1);
  EXPECT_FALSE(DayNumber("2016-02-30"));
  EXPECT_FALSE(DayNumber("23/12/2016"));
  EXPECT_FALSE(DayNumber(""));
}

TEST(FoldName, IgnoresCaseAndPunctuation) {
  EXPECT_EQ(FoldName("Al-Bab"), "albab");
  EXPECT_EQ(FoldName("al Bab"), "albab");
}

TEST(Clusterer, SameStrikeFromTwoWiresIsOneCluster) {
  Clusterer c;
  Record fr = Doc(std::string(64, 'a'), "2016-12-23",
                  {Strike("e1", "Al Bāb", 170063, "2016-12-22", "Turkish Armed Forces", "TUR")});
  Record en = Doc(std::string(64, 'b'), "2016-12-23",
                  {Strike("e4", "Al Bāb", 170063, "2016-12-23", "Turkey", "TUR")});
  c.Assign(fr);
  c.Assign(en);
  EXPECT_FALSE(fr.events[0].duplicate);
  EXPECT_EQ(fr.events[0].cluster, "aaaaaaaaaaaa#e1");
  EXPECT_TRUE(en.events[0].duplicate);
  EXPECT_EQ(en.events[0].cluster, "aaaaaaaaaaaa#e1");
  EXPECT_EQ(c.duplicates(), 1);
}

TEST(Clusterer, PlaceNameMatchesWithoutGazetteerId) {
  Clusterer c;
  Record a = Doc(std::string(64, 'a'), "2016-12-23",
                 {Strike("e1", "Tadef", std::nullopt, "2016-12-22", "Turkey", "TUR")});
  Record b = Doc(std::string(64, 'b'), "2016-12-23",
                 {Strike("e2", "tadef", std::nullopt, "2016-12-22", "Turkey", "TUR")});
  c.Assign(a);
  c.Assign(b);
  EXPECT_TRUE(b.events[0].duplicate);
}

TEST(Clusterer, OtherDayPlaceTypeOrActorCountryIsAnotherEvent) {
  Clusterer c;
  Record first = Doc(std::string(64, 'a'), "2016-12-23",
                     {Strike("e1", "Al Bāb", 170063, "2016-12-22", "Turkey", "TUR")});
  c.Assign(first);
  Record later = Doc(std::string(64, 'b'), "2016-12-27",
                     {Strike("e1", "Al Bāb", 170063, "2016-12-26", "Turkey", "TUR")});
  Record elsewhere = Doc(std::string(64, 'c'), "2016-12-23",
                         {Strike("e1", "Idlib", 169388, "2016-12-22", "Turkey", "TUR")});
  Record russian = Doc(std::string(64, 'd'), "2016-12-23",
                       {Strike("e1", "Al Bāb", 170063, "2016-12-22", "Russia", "RUS")});
  Record retreat = Doc(std::string(64, 'e'), "2016-12-23",
                       {Strike("e1", "Al Bāb", 170063, "2016-12-22", "Turkey", "TUR")});
  retreat.events[0].type = "RETREAT";
  retreat.events[0].acled.reset();
  for (Record* r : {&later, &elsewhere, &russian, &retreat}) {
    c.Assign(*r);
    EXPECT_FALSE(r->events[0].duplicate) << r->sha256;
  }
}

TEST(Clusterer, CountryLevelPlaceNeedsTheSameActor) {
  Clusterer c;
  Record precise = Doc(std::string(64, 'a'), "2016-12-23",
                       {Strike("e1", "Al Bāb", 170063, "2016-12-22", "Turkey", "TUR")});
  Event coarse_same = Strike("e1", "Syria", 163843, "2016-12-22", "Turkey", "TUR");
  coarse_same.location->precision = "country";
  Event coarse_other = coarse_same;
  coarse_other.actor1->name = "Syrian Arab Army";
  coarse_other.actor1->country.reset();
  Record same = Doc(std::string(64, 'b'), "2016-12-23", {coarse_same});
  Record other = Doc(std::string(64, 'c'), "2016-12-23", {coarse_other});
  c.Assign(precise);
  c.Assign(same);
  c.Assign(other);
  EXPECT_TRUE(same.events[0].duplicate);
  EXPECT_FALSE(other.events[0].duplicate);
}

TEST(Clusterer, EventsOfOneDocumentNeverMatchEachOther) {
  Clusterer c;
  Record r = Doc(std::string(64, 'a'), "2016-12-23",
                 {Strike("e1", "Al Bāb", 170063, "2016-12-22", "Turkey", "TUR"),
                  Strike("e2", "Al Bāb", 170063, "2016-12-22", "Turkey", "TUR")});
  c.Assign(r);
  EXPECT_FALSE(r.events[0].duplicate);
  EXPECT_FALSE(r.events[1].duplicate);
  EXPECT_NE(r.events[0].cluster, r.events[1].cluster);
}

TEST(Clusterer, UndatedEventsInUndatedDocumentsStayAlone) {
  Clusterer c;
  Record a = Doc(std::string(64, 'a'), "", {Strike("e1", "Al Bāb", 170063, "", "Turkey", "TUR")});
  a.doc.published.reset();
  Record b = a;
  b.sha256 = std::string(64, 'b');
  c.Assign(a);
  c.Assign(b);
  EXPECT_FALSE(b.events[0].duplicate);
  EXPECT_EQ(b.events[0].cluster, "bbbbbbbbbbbb#e1");
}

TEST(Clusterer, ForgetsTheOldestBeyondItsBound) {
  ClustererOptions o;
  o.max_events = 2;
  Clusterer c(o);
  Record first = Doc(std::string(64, 'a'), "2016-12-23",
                     {Strike("e1", "Al Bāb", 170063, "2016-12-22", "Turkey", "TUR")});
  c.Assign(first);
  for (char sha : {'b', 'c'}) {  // two other events push the first out
    Record r = Doc(std::string(64, sha), "2016-12-23",
                   {Strike("e1", "Idlib", 169388, "2016-12-2" + std::string(1, sha == 'b' ? '0' : '5'),
                           "Turkey", "TUR")});
    c.Assign(r);
  }
  Record again = Doc(std::string(64, 'd'), "2016-12-23",
                     {Strike("e1", "Al Bāb", 170063, "2016-12-22", "Turkey", "TUR")});
  c.Assign(again);
  EXPECT_FALSE(again.events[0].duplicate);
}

}  // namespace
}  // namespace sitrep::dedup
