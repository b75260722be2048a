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

TEST(AcledStyle, MonitoringMissionNamesUkraine) {
  // A village the gazetteer lacks, in a report of the OSCE's mission to Ukraine.
  const Record rec = Extract(
      "On 3 May 2020, the OSCE SMM recorded 12 explosions of undetermined weapons near "
      "Zalizne-2.");
  EXPECT_EQ(CountryOf(rec), "UKR") << ToJson(rec);
}

}  // namespace
}  // namespace sitrep
