// Gold reader and validator tests, and a check of the project's gold files themselves.
#include "eval/gold.h"

#include <fstream>
#include <set>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "eval/scorer.h"

namespace sitrep::eval {
namespace {

const char kArticle[] =
    R"({"id":"a1","lang":"fr","published":"2012-07-05","source":"s","license":"CC BY 2.5",)"
    R"("text":"Il a dit : « Nous partons ».","quotes":[{"text":"Nous partons","span":[14,26],)"
    R"("direct":true,"speaker":null}],"counts":[],"events":[],"conflict":false})";

TEST(ParseGoldArticle, ReadsFieldsAndValidates) {
  auto a = ParseGoldArticle(kArticle);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->id, "a1");
  EXPECT_EQ(a->published, "2012-07-05");
  ASSERT_EQ(a->quotes.size(), 1u);
  EXPECT_EQ(a->quotes[0].span, (Span{14, 26}));
  EXPECT_FALSE(a->quotes[0].speaker.has_value());
  EXPECT_TRUE(ValidateGold(*a).ok()) << ValidateGold(*a).ToString();
}

TEST(ParseGoldArticle, MissingFieldIsAnError) {
  EXPECT_FALSE(ParseGoldArticle(R"({"id":"a1","lang":"fr"})").ok());
  EXPECT_FALSE(ParseGoldArticle("{not json").ok());
}

TEST(ValidateGold, WrongSpanIsAnError) {
  auto a = ParseGoldArticle(kArticle);
  ASSERT_TRUE(a.ok());
  a->quotes[0].span = Span{15, 26};
  EXPECT_FALSE(ValidateGold(*a).ok());
  a->quotes[0].span = Span{14, 2000};
  EXPECT_FALSE(ValidateGold(*a).ok());
}

TEST(ValidateGold, UnknownCountKindIsAnError) {
  auto a = ParseGoldArticle(kArticle);
  ASSERT_TRUE(a.ok());
  a->counts.push_back(GoldCount{"exploded", "people", 3, "exact", ""});
  EXPECT_FALSE(ValidateGold(*a).ok());
  a->counts.back().what = "killed";
  a->counts.back().qualifier = "roughly";
  EXPECT_FALSE(ValidateGold(*a).ok());
}

TEST(ReadGold, MissingFileIsNotFound) {
  auto g = ReadGold("tests/gold/no_such_file.jsonl");
  ASSERT_FALSE(g.ok());
  EXPECT_EQ(g.status().code(), StatusCode::kNotFound);
}

// The project's gold files: a header line, valid articles, enough of them per language.
class GoldFile : public ::testing::TestWithParam<const char*> {};

TEST_P(GoldFile, HeaderArticlesAndSpansAreConsistent) {
  const std::string path = std::string("tests/gold/") + GetParam() + ".jsonl";
  std::ifstream in(path);
  ASSERT_TRUE(in) << path;
  std::string header;
  std::getline(in, header);
  auto h = nlohmann::json::parse(header);
  for (const char* key : {"name", "description", "source", "license"}) {
    EXPECT_TRUE(h.contains(key)) << path << " header lacks " << key;
  }
  auto gold = ReadGold(path);
  ASSERT_TRUE(gold.ok()) << gold.status().ToString();
  EXPECT_GE(gold->size(), 20u);
  std::set<std::string> ids;
  for (const GoldArticle& a : *gold) {
    EXPECT_TRUE(ValidateGold(a).ok()) << ValidateGold(a).ToString();
    EXPECT_EQ(a.lang, GetParam());
    EXPECT_FALSE(a.source.empty()) << a.id;
    EXPECT_FALSE(a.license.empty()) << a.id;
    EXPECT_TRUE(a.published.has_value()) << a.id;
    EXPECT_TRUE(ids.insert(a.id).second) << "duplicate id " << a.id;
    for (const GoldEvent& e : a.events) {
      if (e.type == "ASSAULT" || e.acled_sub_event_type) {
        EXPECT_TRUE(e.fatalities.has_value()) << a.id << " " << e.type;
      }
    }
  }
}

// A record that says exactly what the gold says: the scorer must give it full marks, which
// also proves the gold has no duplicate counts and no unmatched event pairs.
Record OracleRecord(const GoldArticle& g) {
  Record r;
  for (const GoldQuote& q : g.quotes) {
    Quote out;
    out.text = q.text;
    out.span = q.span;
    out.direct = q.direct;
    if (q.speaker) {
      out.speaker = Speaker{*q.speaker, Span{}, *q.speaker, "person"};
    }
    r.quotes.push_back(out);
  }
  for (const GoldCount& c : g.counts) {
    Count out;
    out.what = c.what;
    out.who = c.who;
    out.value = c.value;
    out.qualifier = c.qualifier;
    r.counts.push_back(out);
  }
  for (const GoldEvent& e : g.events) {
    Event out;
    out.type = e.type;
    if (e.acled_sub_event_type) {
      out.acled = AcledType{"", *e.acled_sub_event_type};
    }
    out.actor1 = Actor{"", Span{}, "", e.actor1_country, e.actor1_sector};
    Location loc;
    loc.name = e.location_name.value_or("");
    loc.country = e.location_country;
    out.location = loc;
    out.fatalities = e.fatalities;
    out.date = e.date;
    r.events.push_back(out);
  }
  return r;
}

TEST_P(GoldFile, OracleRecordsScorePerfectly) {
  auto gold = ReadGold(std::string("tests/gold/") + GetParam() + ".jsonl");
  ASSERT_TRUE(gold.ok()) << gold.status().ToString();
  for (const GoldArticle& a : *gold) {
    const Scores s = ScoreArticle(a, OracleRecord(a));
    EXPECT_DOUBLE_EQ(s.quotes_80.F1(), 1.0) << a.id;
    EXPECT_EQ(s.speaker.correct, s.speaker.total) << a.id;
    EXPECT_DOUBLE_EQ(s.counts.F1(), 1.0) << a.id;
    EXPECT_EQ(s.count_qualifier.correct, s.count_qualifier.total) << a.id;
    EXPECT_DOUBLE_EQ(s.events.F1(), 1.0) << a.id;
    for (const Accuracy* acc : {&s.acled_sub_event, &s.actor1_country, &s.actor1_sector,
                                &s.location_country, &s.location_name, &s.fatalities, &s.date}) {
      EXPECT_EQ(acc->correct, acc->total) << a.id;
    }
    EXPECT_EQ(s.false_conflict_events, 0) << a.id << ": conflict events on a non-conflict article";
  }
}

INSTANTIATE_TEST_SUITE_P(Languages, GoldFile, ::testing::Values("fr", "en"));

}  // namespace
}  // namespace sitrep::eval
