// Integration tests of `sitrep extract` over the reference articles: record count, clean
// errors, byte-exact spans against the text the ingest library reads, corrupted inputs mixed
// in, and a run killed midway then resumed.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "base/sha256.h"
#include "ingest/reader.h"
#include "integration/run_util.h"
#include "sitrep/store.h"

namespace sitrep {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;
using testing::Lines;
using testing::RunCommand;

const std::string kArticles = "../shared/data/articles";
const std::string kSeed = "../shared/seed/000_5345cd30320c7e53.txt";

class ExtractTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(fs::is_directory(kArticles)) << "tests need ../shared beside the repository";
    dir_ = fs::temp_directory_path() /
           ("sitrep_it_" + std::to_string(getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  // Document texts by id, as the ingest library reads `path`.
  static std::map<std::string, std::string> Texts(const std::string& path) {
    std::map<std::string, std::string> texts;
    Status s = ingest::ReadPath(path, {}, [&](StatusOr<Document> d) {
      if (d.ok()) texts[d->id] = d->text;
    });
    EXPECT_TRUE(s.ok());
    return texts;
  }

  std::string Bin() const { return SITREP_BIN; }
  fs::path dir_;
};

// Checks that `text` equals the bytes of `doc` under `span`; `what` names it in failures.
void ExpectSpan(const std::string& doc, const Json& span, const Json* text, const std::string& what) {
  ASSERT_TRUE(span.is_array() && span.size() == 2) << what;
  const size_t start = span[0].get<size_t>();
  const size_t end = span[1].get<size_t>();
  ASSERT_LE(start, end) << what;
  ASSERT_LE(end, doc.size()) << what;
  if (text) {
    EXPECT_EQ(text->get<std::string>(), doc.substr(start, end - start)) << what;
  }
}

void ExpectSpanned(const std::string& doc, const Json& obj, const std::string& what) {
  if (obj.is_null()) return;
  ExpectSpan(doc, obj.at("span"), &obj.at("text"), what + " " + obj.dump());
}

// Every span of a record against its document text.
void CheckRecordSpans(const Json& rec, const std::string& doc) {
  const std::string id = rec["doc"]["id"];
  for (const Json& e : rec["entities"]) ExpectSpanned(doc, e, id + " entity");
  for (const Json& q : rec["quotes"]) {
    ExpectSpanned(doc, q, id + " quote");
    ExpectSpanned(doc, q["speaker"], id + " speaker");
    ExpectSpanned(doc, q["cue"], id + " cue");
  }
  if (rec.contains("counts")) {
    for (const Json& c : rec["counts"]) ExpectSpanned(doc, c, id + " count");
  }
  if (rec.contains("dates")) {
    for (const Json& d : rec["dates"]) ExpectSpanned(doc, d, id + " date");
  }
  for (const Json& ev : rec["events"]) {
    ExpectSpan(doc, ev["evidence"], nullptr, id + " evidence");
    ExpectSpanned(doc, ev["actor1"], id + " actor1");
    ExpectSpanned(doc, ev["actor2"], id + " actor2");
    ExpectSpanned(doc, ev["location"], id + " location");
    for (const Json& c : ev["counts"]) ExpectSpanned(doc, c, id + " event count");
  }
  for (const Json& e : rec["errors"]) {
    if (!e["span"].is_null()) ExpectSpan(doc, e["span"], nullptr, id + " error");
  }
}

TEST_F(ExtractTest, AllArticlesGiveCleanRecordsWithExactSpans) {
  const auto texts = Texts(kArticles);
  ASSERT_EQ(texts.size(), 385u);
  auto r = RunCommand({Bin(), "extract", "--no-store", kArticles}, dir_.string());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  const auto lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 385u);
  std::set<std::string> ids;
  for (const std::string& line : lines) {
    const Json rec = Json::parse(line, nullptr, false);
    ASSERT_FALSE(rec.is_discarded()) << line.substr(0, 200);
    for (const char* key : {"doc", "entities", "quotes", "events", "errors"}) {
      ASSERT_TRUE(rec.contains(key)) << key;
    }
    EXPECT_EQ(rec["errors"], Json::array()) << rec["doc"].dump();
    const std::string id = rec["doc"]["id"];
    ids.insert(id);
    auto it = texts.find(id);
    ASSERT_NE(it, texts.end()) << id;
    EXPECT_EQ(rec["doc"]["bytes"].get<size_t>(), it->second.size());
    EXPECT_EQ(rec["doc"]["sha256"], Sha256Hex(it->second));
    EXPECT_FALSE(rec["doc"]["source"].get<std::string>().empty());
    CheckRecordSpans(rec, it->second);
  }
  EXPECT_EQ(ids.size(), 385u);
}

TEST_F(ExtractTest, SeedArticleIsOneFrenchRecord) {
  auto r = RunCommand({Bin(), "extract", "--no-store", kSeed}, dir_.string());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  const auto lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 1u);
  const Json rec = Json::parse(lines[0]);
  EXPECT_EQ(rec["doc"]["lang"], "fr");
  EXPECT_EQ(rec["doc"]["id"], kSeed);
  EXPECT_EQ(rec["doc"]["source"], kSeed);
  CheckRecordSpans(rec, testing::Slurp(kSeed));
}

TEST_F(ExtractTest, StandardInputIsSourceDash) {
  const std::string jsonl = kArticles + "/fr_wikinews_2012/fr_wikinews_2012.jsonl";
  auto r = RunCommand({Bin(), "extract", "--no-store", "-"}, dir_.string(), jsonl);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  const auto lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 90u);
  EXPECT_EQ(Json::parse(lines[0])["doc"]["source"], "-");
  EXPECT_EQ(Json::parse(lines[0])["doc"]["id"], "43971");
}

TEST_F(ExtractTest, CorruptedFilesAreReportedAndTheGoodOnesStored) {
  const fs::path in = dir_ / "in";
  fs::create_directories(in);
  fs::copy(kArticles, in, fs::copy_options::recursive);
  // Invalid UTF-8 (Latin-1): read, repaired, reported.
  std::ofstream(in / "latin1.txt") << "L'arm\xE9""e a repris Alep jeudi, selon l'OSDH.";
  std::ofstream(in / "binary.dat", std::ios::binary)
      << std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 20);
  std::ofstream(in / "empty.txt");
  std::ofstream(in / "broken.jsonl")
      << "{\"id\": \"ok-1\", \"text\": \"Des combats ont repris à Idleb.\"}\n"
      << "{\"id\": \"bad\", \"text\": \"coupé\n";
  // A gzip stream cut in the middle (the real French articles, compressed by gzip(1)).
  const fs::path gz = dir_ / "fr.jsonl";
  fs::copy(kArticles + "/fr_wikinews_2012/fr_wikinews_2012.jsonl", gz);
  ASSERT_EQ(std::system(("gzip -f " + gz.string()).c_str()), 0);
  std::string packed = testing::Slurp(gz.string() + ".gz");
  packed.resize(packed.size() / 2);
  std::ofstream(in / "truncated.jsonl.gz", std::ios::binary) << packed;

  const std::string store_path = (dir_ / "s.db").string();
  auto r = RunCommand({Bin(), "extract", "--store", store_path, in.string()}, dir_.string());
  EXPECT_EQ(r.exit_code, 1) << r.err;
  for (const char* name : {"latin1.txt", "binary.dat", "empty.txt", "broken.jsonl:2",
                           "truncated.jsonl.gz"}) {
    EXPECT_NE(r.err.find(name), std::string::npos) << name << " not reported in:\n" << r.err;
  }
  EXPECT_NE(r.err.find("truncated gzip"), std::string::npos) << r.err;
  EXPECT_EQ(Lines(r.out).size(), 385u + 2u);  // the articles, latin1.txt and ok-1

  auto store = Store::Open(store_path);
  ASSERT_TRUE(store.ok());
  std::set<std::string> good;
  for (const std::string& path : {in.string() + "/en_wikinews", in.string() + "/fr_wikinews_2012",
                                  in.string() + "/broken.jsonl", in.string() + "/latin1.txt"}) {
    Status s = ingest::ReadPath(path, {}, [&](StatusOr<Document> d) {
      if (d.ok()) good.insert(Sha256Hex(d->text));
    });
  }
  ASSERT_EQ(good.size(), 387u);
  for (const std::string& sha : good) EXPECT_TRUE(*(*store)->Contains(sha)) << sha;
  EXPECT_EQ((*store)->Stats()->documents, 387);
}

TEST_F(ExtractTest, ARunKilledMidwayThenResumedStoresEveryDocumentOnce) {
  const std::string store_path = (dir_ / "s.db").string();
  auto killed = RunCommand({Bin(), "extract", "-q", "--threads", "1", "--store", store_path, kArticles},
                    dir_.string(), "", /*kill_after_bytes=*/64 * 1024);
  int64_t after_kill = 0;
  {
    auto store = Store::Open(store_path);
    ASSERT_TRUE(store.ok());
    after_kill = (*store)->Stats()->documents;
  }
  if (killed.killed) {
    EXPECT_LT(after_kill, 385);
  }
  auto resumed = RunCommand({Bin(), "extract", "-q", "--store", store_path, kArticles}, dir_.string());
  EXPECT_EQ(resumed.exit_code, 0) << resumed.err;
  std::set<std::string> shas;
  int64_t entities = 0, quotes = 0, events = 0;
  for (const std::string& line : Lines(resumed.out)) {
    const Json rec = Json::parse(line);
    if (shas.insert(rec["doc"]["sha256"].get<std::string>()).second) {
      entities += static_cast<int64_t>(rec["entities"].size());
      quotes += static_cast<int64_t>(rec["quotes"].size());
      events += static_cast<int64_t>(rec["events"].size());
    }
  }
  EXPECT_EQ(Lines(resumed.out).size(), 385u);
  auto store = Store::Open(store_path);
  ASSERT_TRUE(store.ok());
  auto stats = (*store)->Stats();
  EXPECT_EQ(stats->documents, static_cast<int64_t>(shas.size()));
  EXPECT_EQ(stats->entities, entities);
  EXPECT_EQ(stats->quotes, quotes);
  EXPECT_EQ(stats->events, events);
  std::cerr << "killed: " << killed.killed << ", documents stored before the resume: "
            << after_kill << "\n";
}

}  // namespace
}  // namespace sitrep
