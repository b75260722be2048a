// Gold reader and validator tests, and a check of the project's gold files themselves.
#include "eval/gold.h"

#include <fstream>
#include <set>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

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

INSTANTIATE_TEST_SUITE_P(Languages, GoldFile, ::testing::Values("fr", "en"));

}  // namespace
}  // namespace sitrep::eval
