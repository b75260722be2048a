#include <gtest/gtest.h>

#include "ingest/test_util.h"

namespace sitrep::ingest {
namespace {

using testing::ReadWith;

TEST(JsonlReaderTest, ReadsTheFrenchWikinewsFile) {
  const std::string path = std::string(testing::kArticles) + "/fr_wikinews_2012/fr_wikinews_2012.jsonl";
  const std::string bytes = testing::ReadFile(path);
  ASSERT_FALSE(bytes.empty()) << path;
  auto docs = ReadWith("jsonl", bytes, path);
  ASSERT_EQ(docs.size(), 90u);
  for (const auto& d : docs) {
    ASSERT_TRUE(d.ok()) << d.status().ToString();
    EXPECT_TRUE(d->errors.empty());
    EXPECT_EQ(d->source, path);
  }
  EXPECT_EQ(docs[0]->id, "43971");
  EXPECT_EQ(docs[0]->title, "États-Unis : Lancement réussi pour Space X Dragon");
  EXPECT_TRUE(docs[0]->text.starts_with("La fusée Falcon 9, développée par une société privée"));
  // date_fr is "29 mai 2012"-style prose or null: not a date this reader can trust.
  EXPECT_FALSE(docs[0]->published.has_value());
}

TEST(JsonlReaderTest, FieldAliasesAndNormalization) {
  const std::string input =
      R"({"id": 7, "url": "https://fr.wikinews.org/x", "title": "Syrie", "date": "2012-07-19T10:00:00Z", "body": "Des combats ont eu lieu à Damas.", "lang": "fr-FR"})"
      "\n"
      R"({"content": "Fighting spread to Aleppo on Sunday.", "published": "Sun, 22 Jul 2012 08:00:00 GMT"})"
      "\n";
  auto docs = ReadWith("jsonl", input, "feed.jsonl");
  ASSERT_EQ(docs.size(), 2u);
  ASSERT_TRUE(docs[0].ok());
  EXPECT_EQ(docs[0]->id, "7");
  EXPECT_EQ(docs[0]->url, "https://fr.wikinews.org/x");
  EXPECT_EQ(docs[0]->published, "2012-07-19");
  EXPECT_EQ(docs[0]->lang, "fr");
  EXPECT_EQ(docs[0]->text, "Des combats ont eu lieu à Damas.");
  ASSERT_TRUE(docs[1].ok());
  EXPECT_EQ(docs[1]->id, "feed.jsonl#2");
  EXPECT_EQ(docs[1]->published, "2012-07-22");
  EXPECT_TRUE(docs[1]->lang.empty());
}

TEST(JsonlReaderTest, BadLinesCostOnlyThemselves) {
  const std::string input =
      "{\"id\": \"a\", \"text\": \"Premier article.\"}\n"
      "{\"id\": \"b\", \"text\": \"coupé\n"          // malformed: string cut
      "\n"                                            // blank: skipped
      "[1, 2, 3]\n"                                   // not an object
      "{\"id\": \"d\", \"title\": \"sans texte\"}\n"  // no text
      "{\"id\": \"e\", \"text\": 42}\n"               // text not a string
      "{\"id\": \"f\", \"text\": \"   \"}\n"          // empty text
      "{\"id\": \"g\", \"text\": \"Dernier article.\"}";
  auto docs = ReadWith("jsonl", input, "mixed.jsonl");
  ASSERT_EQ(docs.size(), 7u);
  EXPECT_TRUE(docs[0].ok());
  const uint64_t bad_lines[] = {2, 4, 5, 6, 7};
  for (int i = 1; i <= 5; ++i) {
    ASSERT_FALSE(docs[i].ok());
    EXPECT_EQ(docs[i].status().file, "mixed.jsonl");
    EXPECT_EQ(docs[i].status().line, bad_lines[i - 1]) << docs[i].status().ToString();
  }
  EXPECT_NE(docs[1].status().ToString().find("mixed.jsonl:2: malformed JSON line"),
            std::string::npos);
  ASSERT_TRUE(docs[6].ok());
  EXPECT_EQ(docs[6]->id, "g");
  EXPECT_EQ(docs[6]->text, "Dernier article.");
}

TEST(JsonlReaderTest, InvalidUtf8InALineIsRepairedAndReported) {
  auto docs = ReadWith("jsonl", "{\"text\": \"Arm\xE9""e syrienne\"}\n", "latin1.jsonl");
  ASSERT_TRUE(docs[0].ok());
  EXPECT_EQ(docs[0]->text, "Arm\uFFFDe syrienne");
  ASSERT_EQ(docs[0]->errors.size(), 1u);
  EXPECT_NE(docs[0]->errors[0].message.find("byte 13"), std::string::npos);
}

TEST(JsonlReaderTest, OversizeDocumentIsAnError) {
  ReadOptions small;
  small.max_document_bytes = 50;
  auto docs = ReadWith("jsonl", "{\"text\": \"" + std::string(60, 'x') + "\"}\n{\"text\": \"ok\"}\n",
                       "big.jsonl", small);
  ASSERT_EQ(docs.size(), 2u);
  ASSERT_FALSE(docs[0].ok());
  EXPECT_NE(docs[0].status().ToString().find("big.jsonl:1:"), std::string::npos);
  EXPECT_TRUE(docs[1].ok());
}

}  // namespace
}  // namespace sitrep::ingest
