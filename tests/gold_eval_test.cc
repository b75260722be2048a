// Golden run: the engine on every hand-written gold article (tests/gold/*.jsonl), figures
// printed, with regression floors a little under what the engine measured when all stages
// landed (the issues' targets are higher; raise the floors as the engine improves).
#include <filesystem>
#include <iostream>
#include <set>
#include <string>

#include <gtest/gtest.h>

#include "sitrep/sitrep.h"

#include "eval/gold.h"
#include "eval/scorer.h"

namespace sitrep {
namespace {

void ExpectUnit(const eval::Prf& p) {
  for (double v : {p.Precision(), p.Recall(), p.F1()}) {
    EXPECT_GE(v, 0.0);
    EXPECT_LE(v, 1.0);
  }
}

TEST(GoldEval, EngineOnGoldPrintsFigures) {
  auto engine = Engine::Create(EngineOptions{});
  ASSERT_TRUE(engine.ok()) << engine.status().ToString();
  eval::Scorer scorer;
  for (const char* path : {"tests/gold/fr.jsonl", "tests/gold/en.jsonl"}) {
    auto gold = eval::ReadGold(path);
    ASSERT_TRUE(gold.ok()) << gold.status().ToString();
    for (const eval::GoldArticle& g : *gold) {
      Record rec = (*engine)->Extract(eval::ToDocument(g));
      EXPECT_EQ(rec.doc.text, g.text);
      scorer.Add(g, rec);
    }
  }
  const eval::Report& report = scorer.report();
  std::cout << report.ToText();
  EXPECT_EQ(report.by_lang.size(), 2u);
  for (const auto& [lang, s] : report.by_lang) {
    EXPECT_GE(s.articles, 20) << lang;
    for (const eval::Prf* p : {&s.quotes_30, &s.quotes_80, &s.counts, &s.events}) {
      ExpectUnit(*p);
    }
    EXPECT_LE(s.speaker.Value(), 1.0);
    EXPECT_LE(s.fatalities.Value(), 1.0);
    // Measured (2026-12-07): quote F1@0.3 fr 0.829 / en 0.885, event-type recall fr 0.714 /
    // en 0.854, event-type F1 fr 0.541 / en 0.636. The recall floor was 0.72 until the
    // precision work of 2026-12-07 (dev events F1 0.573 -> 0.663) cost one of the 28 French
    // gold events; a per-language F1 floor now guards the trade of recall for precision.
    EXPECT_GE(s.quotes_30.F1(), 0.80) << lang;
    EXPECT_GE(s.events.Recall(), 0.70) << lang;
    EXPECT_GE(s.events.F1(), 0.52) << lang;
  }
  const eval::Scores& all = report.overall;
  // Measured (2026-12-07): speakers 0.783, counts F1 0.667, event-type precision 0.480,
  // location country 0.845, fatalities 0.857.
  EXPECT_GE(all.speaker.Value(), 0.75);
  EXPECT_GE(all.counts.F1(), 0.62);
  EXPECT_GE(all.events.Precision(), 0.40);
  EXPECT_GE(all.location_country.Value(), 0.80);
  EXPECT_GE(all.fatalities.Value(), 0.78);
}

// The development sets (tests/dev) are tuned on; the gold is held out: no article may be in both.
TEST(GoldEval, DevSetsHoldNoGoldArticle) {
  std::set<std::string> gold_ids;
  for (const char* path : {"tests/gold/fr.jsonl", "tests/gold/en.jsonl"}) {
    auto gold = eval::ReadGold(path);
    ASSERT_TRUE(gold.ok()) << gold.status().ToString();
    for (const eval::GoldArticle& g : *gold) {
      gold_ids.insert(g.id);
    }
  }
  int dev_files = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator("tests/dev")) {
    if (entry.path().extension() != ".jsonl") {
      continue;
    }
    auto dev = eval::ReadGold(entry.path().string());
    ASSERT_TRUE(dev.ok()) << dev.status().ToString();
    ++dev_files;
    for (const eval::GoldArticle& d : *dev) {
      EXPECT_EQ(gold_ids.count(d.id), 0u) << d.id << " of " << entry.path() << " is gold";
    }
  }
  EXPECT_GE(dev_files, 10);
}

}  // namespace
}  // namespace sitrep
