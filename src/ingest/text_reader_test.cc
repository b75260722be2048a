#include <gtest/gtest.h>

#include "ingest/test_util.h"

namespace sitrep::ingest {
namespace {

using testing::ReadWith;

TEST(TextReaderTest, WholeInputIsOneDocumentWithItsOwnBytes) {
  const std::string text =
      "Le président syrien Bachar al-Assad a affirmé jeudi que la reprise d'Alep était \"un "
      "tournant\".\r\n\r\nSelon l'OSDH, près de 110.000 personnes ont fui.\n";
  auto docs = ReadWith("text", text, "dir/article.txt");
  ASSERT_EQ(docs.size(), 1u);
  ASSERT_TRUE(docs[0].ok());
  EXPECT_EQ(docs[0]->text, text);
  EXPECT_EQ(docs[0]->id, "dir/article.txt");
  EXPECT_EQ(docs[0]->source, "dir/article.txt");
  EXPECT_FALSE(docs[0]->title.has_value());
  EXPECT_TRUE(docs[0]->lang.empty());
  EXPECT_TRUE(docs[0]->errors.empty());
}

TEST(TextReaderTest, OverridesApply) {
  ReadOptions options;
  options.lang = "fr";
  options.published = "2016-12-22";
  auto docs = ReadWith("text", "Alep est tombée.", "-", options);
  ASSERT_TRUE(docs[0].ok());
  EXPECT_EQ(docs[0]->lang, "fr");
  EXPECT_EQ(docs[0]->published, "2016-12-22");
  EXPECT_EQ(docs[0]->id, "-");
}

TEST(TextReaderTest, InvalidUtf8IsRepairedWithSpans) {
  // "Kiev a été évacuée" written in Latin-1.
  auto docs = ReadWith("text", "Kiev a \xE9t\xE9 \xE9vacu\xE9""e.", "latin1.txt");
  ASSERT_TRUE(docs[0].ok());
  const Document& doc = *docs[0];
  ASSERT_EQ(doc.errors.size(), 4u);
  EXPECT_EQ(doc.errors[0].stage, "decode");
  EXPECT_NE(doc.errors[0].message.find("byte 7"), std::string::npos);
  for (const InputError& e : doc.errors) {
    ASSERT_TRUE(e.span.has_value());
    EXPECT_EQ(doc.Slice(*e.span), "\xEF\xBF\xBD");
  }
  EXPECT_EQ(doc.text, "Kiev a \uFFFDt\uFFFD \uFFFDvacu\uFFFDe.");
}

TEST(TextReaderTest, EmptyAndOversizeAreErrors) {
  auto blank = ReadWith("text", " \n\t\n", "blank.txt");
  ASSERT_FALSE(blank[0].ok());
  EXPECT_NE(blank[0].status().message().find("empty"), std::string::npos);
  EXPECT_EQ(blank[0].status().file, "blank.txt");

  ReadOptions small;
  small.max_document_bytes = 100;
  auto huge = ReadWith("text", std::string(101, 'a'), "huge.txt", small);
  ASSERT_FALSE(huge[0].ok());
  EXPECT_NE(huge[0].status().ToString().find("over the size limit of 100"), std::string::npos);
  EXPECT_NE(huge[0].status().ToString().find("huge.txt"), std::string::npos);
  EXPECT_TRUE(ReadWith("text", std::string(100, 'a'), "ok.txt", small)[0].ok());
}

}  // namespace
}  // namespace sitrep::ingest
