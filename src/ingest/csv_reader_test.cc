#include <gtest/gtest.h>

#include "ingest/csv_parser.h"
#include "ingest/test_util.h"

namespace sitrep::ingest {
namespace {

using testing::ReadWith;

TEST(CsvReaderTest, ReadsTheEnglishWikinewsFiles) {
  size_t total = 0;
  for (const char* name : {"wikinews_2019.csv", "wikinews_2020.csv"}) {
    const std::string path = std::string(testing::kArticles) + "/en_wikinews/" + name;
    const std::string bytes = testing::ReadFile(path);
    ASSERT_FALSE(bytes.empty()) << path;
    auto docs = ReadWith("csv", bytes, path);
    for (const auto& d : docs) {
      ASSERT_TRUE(d.ok()) << d.status().ToString();
      EXPECT_TRUE(d->errors.empty());
      EXPECT_TRUE(d->published.has_value()) << d->id;
      EXPECT_TRUE(d->url.has_value()) << d->id;
    }
    total += docs.size();
    if (std::string(name) == "wikinews_2019.csv") {
      ASSERT_EQ(docs.size(), 171u);
      const Document& first = *docs[0];
      EXPECT_EQ(first.id, path + "#1");
      EXPECT_EQ(first.title, "Magnitogorsk apartment building collapses after explosion, dozens dead");
      EXPECT_EQ(first.published, "2019-01-04");
      // Doubled quotes inside a quoted field are one quote; newlines inside it are kept.
      EXPECT_NE(first.text.find("of \"presumably between 36 and 40 people under the rubble\", "),
                std::string::npos);
      EXPECT_TRUE(first.text.starts_with("Friday, January 4, 2019\u00A0\n\n\nAn apartment building"));
      EXPECT_EQ(docs.back()->title, "Radio host Don Imus dies aged 79");
      EXPECT_EQ(docs.back()->published, "2019-12-30");
    }
  }
  EXPECT_EQ(total, 295u);
}

TEST(CsvReaderTest, HeaderNamesAnyCaseAndIdColumn) {
  const std::string input =
      "ID;Title;Published;Body;Lang\r\n"
      "kyiv-1;Kyiv;2022-02-24;\"Russian forces shelled Kyiv; dozens were killed.\";EN\r\n"
      "kyiv-2;;;Explosions were heard in Kharkiv.;\r\n";
  auto docs = ReadWith("csv", input, "export.csv");
  ASSERT_EQ(docs.size(), 2u);
  ASSERT_TRUE(docs[0].ok()) << docs[0].status().ToString();
  EXPECT_EQ(docs[0]->id, "kyiv-1");
  EXPECT_EQ(docs[0]->title, "Kyiv");
  EXPECT_EQ(docs[0]->published, "2022-02-24");
  EXPECT_EQ(docs[0]->lang, "en");
  EXPECT_EQ(docs[0]->text, "Russian forces shelled Kyiv; dozens were killed.");
  ASSERT_TRUE(docs[1].ok());
  EXPECT_FALSE(docs[1]->title.has_value());
  EXPECT_FALSE(docs[1]->published.has_value());
  EXPECT_EQ(docs[1]->text, "Explosions were heard in Kharkiv.");
}

TEST(CsvReaderTest, BrokenQuoteCostsItsRowOnly) {
  const std::string input =
      "title,text\n"
      "Un,\"Premier texte,\nsur deux lignes.\"\n"                // lines 2-3
      "Deux,\"Le texte \"cassé\" ici\"\n"                        // line 4: text after a quote
      "Trois,Troisième texte.\n"                                 // line 5
      "Quatre,\"Guillemet jamais fermé\n"                        // line 6: unterminated
      "Cinq,Cinquième texte.\n";                                 // line 7
  auto docs = ReadWith("csv", input, "broken.csv");
  ASSERT_EQ(docs.size(), 5u);
  ASSERT_TRUE(docs[0].ok());
  EXPECT_EQ(docs[0]->text, "Premier texte,\nsur deux lignes.");
  EXPECT_EQ(docs[0]->id, "broken.csv#1");
  ASSERT_FALSE(docs[1].ok());
  EXPECT_EQ(docs[1].status().line, 4u);
  EXPECT_NE(docs[1].status().ToString().find("broken.csv:4: malformed CSV row"), std::string::npos);
  ASSERT_TRUE(docs[2].ok());
  EXPECT_EQ(docs[2]->text, "Troisième texte.");
  ASSERT_FALSE(docs[3].ok());
  EXPECT_EQ(docs[3].status().line, 6u);
  EXPECT_NE(docs[3].status().message().find("unterminated"), std::string::npos);
  ASSERT_TRUE(docs[4].ok());
  EXPECT_EQ(docs[4]->text, "Cinquième texte.");
  EXPECT_EQ(docs[4]->id, "broken.csv#5");
}

TEST(CsvReaderTest, WrongFieldCountAndEmptyTextAreRowErrors) {
  auto docs = ReadWith("csv", "title,text\nA,B,C\nD,\nE,Texte.\n", "rows.csv");
  ASSERT_EQ(docs.size(), 3u);
  EXPECT_FALSE(docs[0].ok());
  EXPECT_EQ(docs[0].status().line, 2u);
  EXPECT_FALSE(docs[1].ok());
  EXPECT_EQ(docs[1].status().line, 3u);
  EXPECT_TRUE(docs[2].ok());
}

TEST(CsvReaderTest, HeaderWithoutTextColumnIsAFileError) {
  auto docs = ReadWith("csv", "a,b\n1,2\n", "numbers.csv");
  ASSERT_EQ(docs.size(), 1u);
  ASSERT_FALSE(docs[0].ok());
  EXPECT_NE(docs[0].status().ToString().find("numbers.csv:1:"), std::string::npos);
}

TEST(CsvReaderTest, InvalidUtf8GoesToTheRowsDocument) {
  auto docs = ReadWith("csv", "id,text\n1,Premier.\n2,Arm\xE9""e.\n", "latin1.csv");
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_TRUE(docs[0]->errors.empty());
  ASSERT_EQ(docs[1]->errors.size(), 1u);
  EXPECT_NE(docs[1]->errors[0].message.find("byte 24"), std::string::npos);
  EXPECT_EQ(docs[1]->text, "Arm\uFFFDe.");
}

TEST(CsvParserTest, FindsTheDelimiter) {
  EXPECT_EQ(FindCsvTextColumn("url,date,title,text"), ',');
  EXPECT_EQ(FindCsvTextColumn("\"id\";\"CONTENT\""), ';');
  EXPECT_EQ(FindCsvTextColumn("id\tbody"), '\t');
  EXPECT_EQ(FindCsvTextColumn("Le texte, enfin."), std::nullopt);
}

}  // namespace
}  // namespace sitrep::ingest
