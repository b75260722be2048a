#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <limits>

#include "base/record_json.h"
#include "sitrep/engine.h"

namespace sitrep {
namespace {

TEST(RecordJson, EmptyRecordHasEveryContractField) {
  Record r;
  r.doc.id = "a.txt";
  r.doc.source = "a.txt";
  r.doc.lang = "fr";
  r.doc.text = "Bonjour";
  auto j = nlohmann::json::parse(ToJson(r));
  for (const char* key : {"id", "source", "url", "title", "lang", "published", "bytes", "sha256"}) {
    EXPECT_TRUE(j["doc"].contains(key)) << key;
  }
  EXPECT_TRUE(j["doc"]["url"].is_null());
  EXPECT_EQ(j["doc"]["bytes"], 7);
  for (const char* key : {"entities", "quotes", "events", "errors"}) {
    EXPECT_TRUE(j[key].is_array()) << key;
  }
}

TEST(RecordJson, RoundTripsAnEvent) {
  Record r;
  r.doc.id = "x";
  Event e;
  e.id = "x#e1";
  e.type = "ASSAULT";
  e.mode = "aerial";
  e.acled = AcledType{"Explosions/Remote violence", "Air/drone strike"};
  e.fatalities = 88;
  e.evidence = Span{3, 9};
  Count c;
  c.what = "killed";
  c.who = "civilians";
  c.value = 88;
  c.qualifier = "at_least";
  e.counts.push_back(c);
  r.events.push_back(e);
  auto back = RecordFromJson(ToJson(r));
  ASSERT_TRUE(back.ok());
  ASSERT_EQ(back->events.size(), 1u);
  EXPECT_EQ(back->events[0].acled->sub_event_type, "Air/drone strike");
  EXPECT_EQ(back->events[0].counts[0].qualifier, "at_least");
  EXPECT_EQ(*back->events[0].fatalities, 88);
  EXPECT_EQ(back->events[0].evidence, (Span{3, 9}));
}

// ToJson and ToPrettyJson write their text directly; it must stay byte-identical to dumping
// RecordJsonValue.
std::string DumpedValue(const Record& r, int indent = -1) {
  return RecordJsonValue(r).dump(indent, ' ', false,
                                 nlohmann::ordered_json::error_handler_t::replace);
}

TEST(RecordJson, DirectWriterMatchesTheJsonValueDump) {
  const std::vector<std::string> texts = {
      "", "Bonjour", "Les \"rebelles\" ont tiré\tà l'aube\n", "back\\slash \b\f\r \x01\x1f\x7f",
      "café 東京 😀", "bad \xC3( byte", "cut \xE2\x82", "\xED\xA0\x80 surrogate", "\xF5\x80 high",
      "over \xC0\xAF long", "end \xF0\x9F\x98",
      "Eight clean bytes, then \"a quote\" and a back\\slash, then\x1f at the end\x7f",
      "seize octets sans rien puis é, puis \xFF au milieu d'une longue phrase"};
  const std::vector<double> numbers = {0.0, -0.0, 0.1 + 0.2, 1e-7, 12.5, 1e20, 48.8566, -2.3522,
                                       1e15, 123456789012345678.0, 0.0001,
                                       std::numeric_limits<double>::quiet_NaN(),
                                       std::numeric_limits<double>::infinity()};
  for (size_t i = 0; i < texts.size(); ++i) {
    const std::string& t = texts[i];
    Record r;
    r.doc.id = t;
    r.doc.source = "s";
    r.doc.title = t;
    r.doc.text = t;
    r.sha256 = "ab";
    r.doc.errors.push_back(InputError{"decode", t, Span{1, 2}});
    r.doc.errors.push_back(InputError{"ingest", "m", std::nullopt});
    r.entities.push_back(Entity{"person", t, Span{0, 3}, "N", "Q1", "FRA", std::nullopt});
    r.entities.push_back(Entity{"place", "x", Span{}, t, std::nullopt, std::nullopt, "GOV"});
    Quote q;
    q.text = t;
    q.direct = i % 2 == 0;
    if (i % 3 != 0) q.speaker = Speaker{t, Span{4, 5}, "name", "person"};
    if (i % 2 != 0) q.cue = Mention{"a dit", Span{6, 7}};
    r.quotes.push_back(q);
    Count c;
    c.what = "killed";
    c.who = t;
    c.value = -static_cast<int64_t>(i);
    c.low = std::numeric_limits<int64_t>::min();
    c.high = std::numeric_limits<int64_t>::max();
    c.subset_of = static_cast<int>(i) - 3;
    r.counts.push_back(c);
    r.counts.push_back(Count{});
    Event e;
    e.id = "e";
    e.type = "ASSAULT";
    if (i % 2 == 0) e.acled = AcledType{t, "Attack"};
    e.actor1 = Actor{t, Span{1, 9}, "Army", "FRA", "MIL"};
    Location l;
    l.text = t;
    l.lat = numbers[i % numbers.size()];
    l.lon = numbers[(i + 5) % numbers.size()];
    l.geonames_id = 2988507;
    e.location = l;
    e.date = "2024-01-02";
    e.counts.push_back(c);
    e.fatalities = 3;
    e.confidence = numbers[(i + 2) % numbers.size()];
    e.duplicate = i % 2 == 1;
    r.events.push_back(e);
    r.events.push_back(Event{});
    r.dates.push_back(DateMention{t, Span{2, 3}, std::nullopt, true});
    EXPECT_EQ(ToJson(r), DumpedValue(r)) << i;
    EXPECT_EQ(ToPrettyJson(r), DumpedValue(r, 2)) << i;
    EXPECT_EQ(ToJson(Record{}), DumpedValue(Record{}));
    EXPECT_EQ(ToPrettyJson(Record{}), DumpedValue(Record{}, 2));
  }
  for (double d : numbers) {
    Record r;
    Event e;
    e.confidence = d;
    r.events.push_back(e);
    EXPECT_EQ(ToJson(r), DumpedValue(r)) << d;
  }
  std::string appended = "x";
  AppendRecordJson(Record{}, &appended);
  EXPECT_EQ(appended, "x" + ToJson(Record{}));
}

TEST(RecordJson, MalformedJsonIsAnError) { EXPECT_FALSE(RecordFromJson("{not json").ok()); }

}  // namespace
}  // namespace sitrep
