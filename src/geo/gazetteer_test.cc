#include "geo/gazetteer.h"

#include <gtest/gtest.h>

#include <chrono>

namespace sitrep::geo {
namespace {

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

}  // namespace
}  // namespace sitrep::geo
