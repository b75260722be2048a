#include "geo/gazetteer.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <chrono>
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
  for (int run = 0; run < 3; ++run) {
    places = 0;
    const auto start = std::chrono::steady_clock::now();
    for (size_t i = 0; i < articles.size(); ++i) {
      Record r;
      r.doc.text = articles[i].second;
      r.doc.lang = articles[i].first;
      gaz_->TagPlaces(analyses[i], r.doc, &r);
      places += r.entities.size();
    }
    secs = std::min(
        secs, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
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
            << bytes / 1e6 / secs << " MB/s\n";
  EXPECT_GT(places, 1000u);
}

}  // namespace
}  // namespace sitrep::geo
