#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

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

TEST(RecordJson, MalformedJsonIsAnError) { EXPECT_FALSE(RecordFromJson("{not json").ok()); }

}  // namespace
}  // namespace sitrep
