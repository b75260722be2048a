// Tests of QuoteRecognizer on real passages (French Wikinews 2012 and English Wikinews
// 2019-2020, CC BY 2.5, ../shared/data/articles; the seed article ../shared/seed) and on
// hand-written sentences; expectations written by hand.
#include "recognize/quotes.h"

#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

namespace sitrep::recognize {
namespace {

class QuotesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto rec = QuoteRecognizer::Load("data");
    ASSERT_TRUE(rec.ok()) << rec.status().message();
    recognizer_ = std::move(*rec).release();
  }

  // Runs the recognizer on `text`, with entities a caller may pre-fill by their text.
  Record Run(const std::string& text, const std::string& lang,
             const std::vector<std::pair<std::string, std::string>>& persons = {}) {
    Record r;
    r.doc.text = text;
    r.doc.lang = lang;
    for (const auto& [mention, name] : persons) {
      for (size_t at = text.find(mention); at != std::string::npos; at = text.find(mention, at + 1)) {
        r.entities.push_back(Entity{"person", mention, Span{at, at + mention.size()}, name, {}, {}, {}});
      }
    }
    const text::Analysis a = text::Analyze(r.doc.text, lang);
    recognizer_->Run(a, r.doc, &r);
    for (const Quote& q : r.quotes) {
      EXPECT_EQ(r.doc.Slice(q.span), q.text);
      if (q.speaker) {
        EXPECT_EQ(r.doc.Slice(q.speaker->span), q.speaker->text);
      }
      if (q.cue) {
        EXPECT_EQ(r.doc.Slice(q.cue->span), q.cue->text);
      }
    }
    return r;
  }

  static const Quote* Find(const Record& r, const std::string& starts_with) {
    for (const Quote& q : r.quotes) {
      if (q.text.rfind(starts_with, 0) == 0) return &q;
    }
    return nullptr;
  }

  static QuoteRecognizer* recognizer_;
};

QuoteRecognizer* QuotesTest::recognizer_ = nullptr;

std::string ReadFile(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// All quotes of a record, one a line, for failure messages.
std::string Describe(const Record& r) {
  std::ostringstream out;
  for (const Quote& q : r.quotes) {
    out << (q.direct ? "D " : "I ") << "[" << q.text << "] cue="
              << (q.cue ? q.cue->text : "-") << " speaker="
              << (q.speaker ? q.speaker->text + " => " + q.speaker->name + " (" + q.speaker->kind + ")" : "-")
              << "\n";
  }
  return out.str();
}

TEST_F(QuotesTest, SeedArticle) {
  const std::string text = ReadFile("../shared/seed/000_5345cd30320c7e53.txt");
  ASSERT_FALSE(text.empty());
  Record r = Run(text, "fr",
                 {{"Vladimir Poutine", "Vladimir Putin"},
                  {"Poutine", "Vladimir Putin"},
                  {"Sergueï Choïgou", "Sergei Shoigu"},
                  {"Jens Laerke", "Jens Laerke"}});
  struct Expected {
    const char* starts;
    const char* speaker_text;
    const char* speaker_name;
    const char* cue;
  };
  const Expected expected[] = {
      {"Grâce au sang", "un communiqué de l'armée", "armée", "annoncé"},
      {"Cette victoire représente", "le texte", "armée", "indiqué"},
      {"un pas très important", "Vladimir Poutine", "Vladimir Putin", "estimé"},
      {"La libération d'Alep", "Poutine", "Vladimir Putin", "déclaré"},
      {"Et cette opération", "il", "Vladimir Putin", "indiqué"},
      {"Il faut tout faire", "le chef d'Etat russe", "Vladimir Putin", "poursuivi"},
      {"sept corridors", "le ministre russe de la Défense", "Sergei Shoigu", "affirmé"},
  };
  size_t direct = 0;
  for (const Quote& q : r.quotes) direct += q.direct ? 1 : 0;
  EXPECT_EQ(direct, 7u) << Describe(r);
  for (const Expected& e : expected) {
    const Quote* q = Find(r, e.starts);
    ASSERT_NE(q, nullptr) << e.starts;
    EXPECT_TRUE(q->direct) << e.starts;
    ASSERT_TRUE(q->speaker.has_value()) << e.starts;
    EXPECT_EQ(q->speaker->text, e.speaker_text);
    EXPECT_EQ(q->speaker->name, e.speaker_name);
    ASSERT_TRUE(q->cue.has_value());
    EXPECT_EQ(q->cue->text, e.cue);
  }
  EXPECT_EQ(Find(r, "sept corridors")->text.back(), 's');  // "... amnistiés", no mark
  EXPECT_EQ(Find(r, "Grâce au sang")->speaker->kind, "organization");
  // Indirect speech: Putin's reported clause and Laerke's announcement.
  const Quote* reported = Find(r, "la reprise du contrôle");
  ASSERT_NE(reported, nullptr);
  EXPECT_FALSE(reported->direct);
  EXPECT_EQ(reported->speaker->name, "Vladimir Putin");
  EXPECT_EQ(reported->text.substr(reported->text.size() - 5), "Syrie");
  const Quote* laerke = Find(r, "une trentaine");
  ASSERT_NE(laerke, nullptr);
  EXPECT_FALSE(laerke->direct);
  EXPECT_EQ(laerke->speaker->text, "Jens Laerke");
}

// Without the entity recognizer, titles and surnames still resolve from the article itself.
TEST_F(QuotesTest, SeedArticleWithoutEntities) {
  Record r = Run(ReadFile("../shared/seed/000_5345cd30320c7e53.txt"), "fr");
  ASSERT_NE(Find(r, "Il faut tout faire"), nullptr);
  EXPECT_EQ(Find(r, "Il faut tout faire")->speaker->name, "Vladimir Poutine");
  EXPECT_EQ(Find(r, "La libération d'Alep")->speaker->name, "Vladimir Poutine");
  EXPECT_EQ(Find(r, "sept corridors")->speaker->name, "Sergueï Choïgou");
  EXPECT_EQ(Find(r, "Et cette opération")->speaker->name, "Vladimir Poutine");
}

}  // namespace
}  // namespace sitrep::recognize
