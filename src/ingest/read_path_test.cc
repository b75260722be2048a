#include "ingest/reader.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "ingest/detect.h"
#include "ingest/test_util.h"

namespace sitrep::ingest {
namespace {

using testing::Gzip;
using testing::ReadBufferAll;
using testing::Zstd;

const std::string kJsonl =
    "{\"id\": \"a\", \"text\": \"Au moins 88 civils ont été tués.\"}\n"
    "{\"id\": \"b\", \"text\": \"Près de 110.000 personnes ont fui.\"}\n";

TEST(DetectFormatTest, ByNameAndByContent) {
  EXPECT_EQ(DetectFormat(kJsonl, "x.jsonl"), "jsonl");
  EXPECT_EQ(DetectFormat(kJsonl, "x.ndjson.gz"), "jsonl");
  EXPECT_EQ(DetectFormat(kJsonl, "noext"), "jsonl");
  EXPECT_EQ(DetectFormat(kJsonl, "-"), "jsonl");
  EXPECT_EQ(DetectFormat("title,text\nA,B\n", "x.csv.zst"), "csv");
  EXPECT_EQ(DetectFormat("title,text\nA,B\n", "export"), "csv");
  EXPECT_EQ(DetectFormat("  <!DOCTYPE html><p>x</p>", "page"), "html");
  EXPECT_EQ(DetectFormat("<p>x</p>", "page.htm"), "html");
  EXPECT_EQ(DetectFormat("<HTML><body>x", "page.txt"), "html");
  EXPECT_EQ(DetectFormat("Le texte, enfin.", "a.txt"), "text");
  EXPECT_EQ(DetectFormat("{not json", "a"), "text");
  EXPECT_EQ(DetectFormat("WARC/1.0\r\n", "crawl"), "warc");
  EXPECT_EQ(DetectFormat("<?xml version=\"1.0\"?><rss version=\"2.0\">", "f"), "feed");
}

TEST(DetectFormatTest, BinaryAndBlank) {
  EXPECT_NE(BinaryReason(std::string("PK\x03\x04\0\0", 6)).find("NUL byte at offset 4"),
            std::string::npos);
  std::string noise;
  for (int i = 0; i < 1000; ++i) noise.push_back(static_cast<char>((i * 37) % 32 + (i % 3 ? 0 : 0x80)));
  EXPECT_NE(BinaryReason(noise), "");
  EXPECT_EQ(BinaryReason("Armée syrienne, Alep.\n"), "");
  // Latin-1 text has a few invalid bytes: it is repaired, not rejected.
  EXPECT_EQ(BinaryReason("L'arm\xE9""e a repris le contr\xF4le de la ville d'Alep jeudi soir."), "");
  EXPECT_TRUE(IsBlank(" \r\n\t"));
  EXPECT_TRUE(IsBlank("\xEF\xBB\xBF\n"));
  EXPECT_FALSE(IsBlank(" a "));
}

TEST(ReadBufferTest, CompressedInputsReadLikePlainOnes) {
  for (const std::string& bytes : {kJsonl, Gzip(kJsonl), Zstd(kJsonl)}) {
    auto docs = ReadBufferAll(bytes, "articles.jsonl.gz");
    ASSERT_EQ(docs.size(), 2u);
    ASSERT_TRUE(docs[1].ok());
    EXPECT_EQ(docs[1]->id, "b");
    EXPECT_EQ(docs[1]->text, "Près de 110.000 personnes ont fui.");
    EXPECT_EQ(docs[1]->source, "articles.jsonl.gz");
  }
}

TEST(ReadBufferTest, UnhappyFiles) {
  struct Case {
    std::string bytes;
    const char* name;
    const char* says;
  };
  std::string truncated = Gzip(kJsonl + kJsonl);
  truncated.resize(truncated.size() - 20);
  const std::string truncated_at = "(byte " + std::to_string(truncated.size()) + ")";
  const Case cases[] = {
      {"", "empty.txt", "empty file"},
      {"\n  \n", "blank.txt", "empty file"},
      {Gzip(""), "empty.txt.gz", "empty file"},
      {std::string("\x7f" "ELF\x02\x01\x01\0\0\0", 10), "a.out", "binary file"},
      {truncated, "cut.jsonl.gz", "truncated gzip"},
      {truncated, "cut.jsonl.gz", truncated_at.c_str()},
  };
  for (const Case& c : cases) {
    auto docs = ReadBufferAll(c.bytes, c.name);
    ASSERT_EQ(docs.size(), 1u) << c.name;
    ASSERT_FALSE(docs[0].ok()) << c.name;
    EXPECT_EQ(docs[0].status().file, c.name);
    EXPECT_NE(docs[0].status().ToString().find(c.says), std::string::npos)
        << docs[0].status().ToString();
  }
}

TEST(ReadBufferTest, ForcedFormatWins) {
  ReadOptions options;
  options.format = "text";
  auto docs = ReadBufferAll(kJsonl, "x.jsonl", options);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0]->text, kJsonl);
}

TEST(ReadPathTest, DirectoriesRecursivelyInOrderSkippingHiddenFiles) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / ("sitrep_read_path_" + std::to_string(getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "b" / "c");
  fs::create_directories(dir / ".git");
  std::ofstream(dir / "a.txt") << "Premier article.";
  std::ofstream(dir / "b" / "c" / "d.jsonl") << kJsonl;
  std::ofstream(dir / "b" / "broken.jsonl") << "{\"text\": oops}\n";
  std::ofstream(dir / ".hidden.txt") << "caché";
  std::ofstream(dir / ".git" / "HEAD") << "ref: refs/heads/main";
  std::vector<StatusOr<Document>> docs;
  Status s = ReadPath(dir.string(), {}, [&](StatusOr<Document> d) { docs.push_back(std::move(d)); });
  EXPECT_TRUE(s.ok());
  ASSERT_EQ(docs.size(), 4u);
  EXPECT_EQ(docs[0]->id, (dir / "a.txt").string());
  EXPECT_FALSE(docs[1].ok());
  EXPECT_EQ(docs[1].status().file, (dir / "b" / "broken.jsonl").string());
  EXPECT_EQ(docs[2]->id, "a");
  EXPECT_EQ(docs[3]->id, "b");
  EXPECT_FALSE(ReadPath((dir / "missing.txt").string(), {}, [](StatusOr<Document>) {}).ok());
  fs::remove_all(dir);
}

}  // namespace
}  // namespace sitrep::ingest
