#include "store/sqlite_store.h"

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>

#include "base/sha256.h"
#include "sitrep/store.h"

namespace sitrep {
namespace {

Span Find(const std::string& text, const std::string& part) {
  const size_t at = text.find(part);
  return Span{at, at + part.size()};
}

// A record as the engine would write it, on a real sentence from French Wikinews-like news.
Record MakeRecord(const std::string& id, const std::string& text, const char* published,
                  const char* event_type, const char* country) {
  Record r;
  r.doc.id = id;
  r.doc.source = "articles.jsonl";
  r.doc.lang = "fr";
  r.doc.published = published;
  r.doc.title = "Titre " + id;
  r.doc.text = text;
  r.sha256 = Sha256Hex(text);
  r.entities.push_back({"place", "Alep", Find(text, "Alep"), "Aleppo", "170063", "SYR", {}});
  Quote q;
  q.text = "un tournant";
  q.span = Find(text, "un tournant");
  q.speaker = Speaker{"l'armée", Find(text, "l'armée"), "Syrian Army", "organization"};
  q.cue = Mention{"a déclaré", Find(text, "a déclaré")};
  r.quotes.push_back(q);
  Count c;
  c.what = "killed";
  c.value = 88;
  c.qualifier = "at_least";
  c.text = "au moins 88 civils";
  c.span = Find(text, c.text);
  r.counts.push_back(c);
  Event e;
  e.id = id + "-e1";
  e.type = event_type;
  e.evidence = Span{0, text.size()};
  e.counts.push_back(c);
  e.fatalities = 88;
  e.location = Location{"Alep", Find(text, "Alep"), "Aleppo", country, {}, 36.2, 37.16, 170063, "point"};
  r.events.push_back(e);
  r.dates.push_back(DateMention{"jeudi", Find(text, "jeudi"), published, true});
  return r;
}

class SqliteStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = (std::filesystem::temp_directory_path() /
             ("sitrep_store_test_" + std::to_string(getpid()) + ".db"))
                .string();
    Cleanup();
    auto store = Store::Open(path_);
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    store_ = std::move(store).value();
    a_ = MakeRecord("a", "Jeudi, au moins 88 civils ont été tués à Alep, a déclaré l'armée, "
                         "« un tournant ».", "2016-12-22", "ASSAULT", "SYR");
    b_ = MakeRecord("b", "Selon l'armée, qui a déclaré jeudi que c'était un tournant, au moins "
                         "88 civils sont morts près d'Alep.", "2016-12-15", "ASSAULT", "SYR");
    c_ = MakeRecord("c", "Jeudi à Alep, au moins 88 civils ont été évacués; l'armée a déclaré "
                         "« un tournant » pour la ville de Mossoul.", "2017-01-03", "AID", "IRQ");
  }
  void TearDown() override {
    store_.reset();
    Cleanup();
  }
  void Cleanup() {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path_ + suffix);
  }
  int64_t CountRows(const std::string& table) {
    sqlite3* db = nullptr;
    sqlite3_open(path_.c_str(), &db);
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db, ("SELECT count(*) FROM " + table).c_str(), -1, &st, nullptr);
    sqlite3_step(st);
    const int64_t n = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(db);
    return n;
  }

  std::string path_;
  std::unique_ptr<Store> store_;
  Record a_, b_, c_;
};

TEST_F(SqliteStoreTest, PuttingTheSameRecordsTwiceAddsNothing) {
  auto first = store_->Put({&a_, &b_, &c_});
  ASSERT_TRUE(first.ok()) << first.status().ToString();
  EXPECT_EQ(*first, 3);
  auto stats = store_->Stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->documents, 3);
  EXPECT_EQ(stats->entities, 3);
  EXPECT_EQ(stats->quotes, 3);
  EXPECT_EQ(stats->events, 3);
  EXPECT_EQ(stats->counts, 3);
  // Per record: entity, quote, speaker, cue, count, date, event, location, event count.
  EXPECT_EQ(CountRows("spans"), 27);
  const int64_t spans = CountRows("spans");

  auto second = store_->Put({&c_, &b_, &a_});
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(*second, 0);
  // Same text under another id is the same document.
  Record again = a_;
  again.doc.id = "a-copy";
  EXPECT_EQ(*store_->Put({&again}), 0);
  EXPECT_EQ(store_->Stats()->documents, 3);
  EXPECT_EQ(store_->Stats()->entities, 3);
  EXPECT_EQ(CountRows("spans"), spans);
  EXPECT_EQ(CountRows("counts"), 6);  // record counts and event counts
}

TEST_F(SqliteStoreTest, AFailingBatchRollsBackWhole) {
  Record bad = b_;
  bad.sha256 = "not-a-sha256";
  auto put = store_->Put({&a_, &bad, &c_});
  ASSERT_FALSE(put.ok());
  EXPECT_NE(put.status().message().find("document b"), std::string::npos);
  EXPECT_EQ(store_->Stats()->documents, 0);
  EXPECT_EQ(store_->Stats()->entities, 0);
  EXPECT_EQ(CountRows("spans"), 0);
  // Nothing half-written blocks the retry.
  EXPECT_EQ(*store_->Put({&a_, &b_, &c_}), 3);
}

TEST_F(SqliteStoreTest, GetByIdOrSha256KeepsTextAndRecord) {
  ASSERT_TRUE(store_->Put({&a_, &b_}).ok());
  EXPECT_TRUE(*store_->Contains(a_.sha256));
  EXPECT_FALSE(*store_->Contains(c_.sha256));
  for (const std::string& key : {std::string("b"), b_.sha256}) {
    auto got = store_->Get(key);
    ASSERT_TRUE(got.ok());
    ASSERT_TRUE(got->has_value());
    const Record& r = **got;
    EXPECT_EQ(r.doc.id, "b");
    EXPECT_EQ(r.doc.text, b_.doc.text);
    EXPECT_EQ(r.sha256, b_.sha256);
    ASSERT_EQ(r.quotes.size(), 1u);
    EXPECT_EQ(r.doc.Slice(r.quotes[0].span), "un tournant");
    EXPECT_EQ(r.events[0].location->country, "SYR");
  }
  EXPECT_FALSE(store_->Get("zzz")->has_value());
}

TEST_F(SqliteStoreTest, FindFiltersAndOrdersByPublicationDate) {
  ASSERT_TRUE(store_->Put({&a_, &b_, &c_}).ok());
  auto ids = [&](const StoreQuery& q) {
    std::vector<std::string> out;
    auto found = store_->Find(q);
    EXPECT_TRUE(found.ok()) << found.status().ToString();
    for (const Record& r : *found) out.push_back(r.doc.id);
    return out;
  };
  using V = std::vector<std::string>;
  EXPECT_EQ(ids({}), (V{"c", "a", "b"}));
  StoreQuery q;
  q.event_type = "ASSAULT";
  EXPECT_EQ(ids(q), (V{"a", "b"}));
  q.date_from = "2016-12-20";
  EXPECT_EQ(ids(q), (V{"a"}));
  q = {};
  q.country = "IRQ";
  EXPECT_EQ(ids(q), (V{"c"}));
  q = {};
  q.date_to = "2016-12-31";
  EXPECT_EQ(ids(q), (V{"a", "b"}));
  q = {};
  q.text = "MOSSOUL";
  EXPECT_EQ(ids(q), (V{"c"}));
  q = {};
  q.text = "titre b";
  EXPECT_EQ(ids(q), (V{"b"}));
  q = {};
  q.limit = 1;
  q.offset = 1;
  EXPECT_EQ(ids(q), (V{"a"}));
}

TEST_F(SqliteStoreTest, ReopeningKeepsTheDocuments) {
  ASSERT_TRUE(store_->Put({&a_}).ok());
  store_.reset();
  auto reopened = Store::Open(path_);
  ASSERT_TRUE(reopened.ok());
  EXPECT_EQ((*reopened)->Stats()->documents, 1);
  EXPECT_EQ(*(*reopened)->Put({&a_, &b_}), 1);
}

TEST(StoreOpenTest, UnopenablePathIsUnavailable) {
  auto store = Store::Open("/nonexistent-dir/sub/sitrep.db");
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), StatusCode::kUnavailable);
}

TEST_F(SqliteStoreTest, SetClustersRewritesEventsAndRecordsOldestFirst) {
  ASSERT_TRUE(store_->Put({&a_, &b_, &c_}).ok());
  StoreQuery q;
  q.oldest_first = true;
  auto all = store_->Find(q);
  ASSERT_TRUE(all.ok());
  ASSERT_EQ(all->size(), 3u);
  EXPECT_EQ((*all)[0].doc.id, "b");  // 2016-12-15 first
  Record& later = (*all)[1];
  later.events[0].cluster = "b-cluster";
  later.events[0].duplicate = true;
  ASSERT_TRUE(store_->SetClusters({&later}).ok());
  auto got = store_->Get("a");
  ASSERT_TRUE(got.ok() && got->has_value());
  EXPECT_EQ((*got)->events[0].cluster, "b-cluster");
  EXPECT_TRUE((*got)->events[0].duplicate);
  sqlite3* db = nullptr;
  sqlite3_open(path_.c_str(), &db);
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(db, "SELECT cluster, duplicate FROM events WHERE sha256=?", -1, &st, nullptr);
  sqlite3_bind_text(st, 1, a_.sha256.c_str(), -1, SQLITE_TRANSIENT);
  ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
  EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)), "b-cluster");
  EXPECT_EQ(sqlite3_column_int(st, 1), 1);
  sqlite3_finalize(st);
  sqlite3_close(db);
}

TEST_F(SqliteStoreTest, AStoreWithoutClusterColumnsGetsThemOnOpen) {
  store_.reset();
  Cleanup();
  sqlite3* db = nullptr;
  sqlite3_open(path_.c_str(), &db);
  // The events table as stores written before the dedup stage have it.
  ASSERT_EQ(sqlite3_exec(db,
                         "CREATE TABLE events(sha256 TEXT NOT NULL, idx INTEGER NOT NULL, "
                         "event_id TEXT, type TEXT NOT NULL, mode TEXT, acled_event_type TEXT, "
                         "acled_sub_event_type TEXT, cameo TEXT, actor1 TEXT, actor2 TEXT, "
                         "location TEXT, country TEXT, admin1 TEXT, lat REAL, lon REAL, "
                         "geonames_id INTEGER, date TEXT, fatalities INTEGER, confidence REAL, "
                         "start INTEGER NOT NULL, \"end\" INTEGER NOT NULL, "
                         "PRIMARY KEY(sha256, idx))",
                         nullptr, nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(db);
  auto reopened = Store::Open(path_);
  ASSERT_TRUE(reopened.ok()) << reopened.status().ToString();
  auto put = (*reopened)->Put({&a_});
  ASSERT_TRUE(put.ok()) << put.status().ToString();
  EXPECT_EQ(*put, 1);
}

}  // namespace
}  // namespace sitrep
