// The store's behaviours, run against every backend: SQLite on a temporary file, and
// PostgreSQL (when built) on the server named by SITREP_TEST_PG, a URI such as
// postgresql://user:password@127.0.0.1/sitrep_test; those skip when it is unset. Each test
// process works in its own PostgreSQL schema, dropped at the end.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <thread>

#include "base/sha256.h"
#include "sitrep/store.h"
#include "store/store_test_records.h"
#ifdef SITREP_HAVE_POSTGRES
#include <pqxx/pqxx>
#endif

namespace sitrep {
namespace {

using store_test::RecordA;
using store_test::RecordB;
using store_test::RecordC;

// Direct access to a backend's database, beside the Store under test.
class TestDb {
 public:
  virtual ~TestDb() = default;
  virtual std::string Uri() const = 0;
  virtual void Reset() = 0;  // an empty database
  virtual void Exec(const std::string& sql) = 0;
  virtual std::vector<std::string> Row(const std::string& sql) = 0;  // first row, as text
};

class SqliteDb : public TestDb {
 public:
  SqliteDb()
      : path_((std::filesystem::temp_directory_path() /
               ("sitrep_store_test_" + std::to_string(getpid()) + ".db"))
                  .string()) {}
  ~SqliteDb() override { Reset(); }
  std::string Uri() const override { return path_; }
  void Reset() override {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path_ + suffix);
  }
  void Exec(const std::string& sql) override {
    sqlite3* db = nullptr;
    sqlite3_open(path_.c_str(), &db);
    EXPECT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
    sqlite3_close(db);
  }
  std::vector<std::string> Row(const std::string& sql) override {
    sqlite3* db = nullptr;
    sqlite3_open(path_.c_str(), &db);
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr);
    std::vector<std::string> out;
    if (sqlite3_step(st) == SQLITE_ROW) {
      for (int i = 0; i < sqlite3_column_count(st); ++i) {
        const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(st, i));
        out.push_back(p ? p : "");
      }
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    return out;
  }

 private:
  std::string path_;
};

#ifdef SITREP_HAVE_POSTGRES
class PostgresDb : public TestDb {
 public:
  explicit PostgresDb(const std::string& base)
      : base_(base), schema_("sitrep_test_" + std::to_string(getpid())) {
    uri_ = base_ + (base_.find('?') == std::string::npos ? "?" : "&") +
           "options=-csearch_path%3D" + schema_;
  }
  ~PostgresDb() override { Run("DROP SCHEMA IF EXISTS " + schema_ + " CASCADE"); }
  std::string Uri() const override { return uri_; }
  void Reset() override {
    Run("DROP SCHEMA IF EXISTS " + schema_ + " CASCADE; CREATE SCHEMA " + schema_);
  }
  void Exec(const std::string& sql) override { Run(sql); }
  std::vector<std::string> Row(const std::string& sql) override {
    const pqxx::result r = Run(sql);
    std::vector<std::string> out;
    if (!r.empty()) {
      for (const auto& field : r[0]) out.push_back(field.is_null() ? "" : field.c_str());
    }
    return out;
  }

 private:
  pqxx::result Run(const std::string& sql) {
    pqxx::connection conn(uri_);
    pqxx::work txn(conn);
    pqxx::result r = txn.exec(sql);
    txn.commit();
    return r;
  }

  std::string base_, schema_, uri_;
};
#endif

class StoreTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    if (GetParam() == "sqlite") {
      db_ = std::make_unique<SqliteDb>();
    } else {
#ifdef SITREP_HAVE_POSTGRES
      const char* base = std::getenv("SITREP_TEST_PG");
      if (base == nullptr || *base == '\0') {
        GTEST_SKIP() << "SITREP_TEST_PG is unset: no PostgreSQL server to test against";
      }
      db_ = std::make_unique<PostgresDb>(base);
#endif
    }
    db_->Reset();
    Open();
    a_ = RecordA();
    b_ = RecordB();
    c_ = RecordC();
  }
  void TearDown() override {
    store_.reset();
    db_.reset();
  }
  void Open() {
    auto store = Store::Open(db_->Uri());
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    store_ = std::move(store).value();
  }
  int64_t CountRows(const std::string& table) {
    return std::stoll(db_->Row("SELECT count(*) FROM " + table).at(0));
  }

  std::unique_ptr<TestDb> db_;
  std::unique_ptr<Store> store_;
  Record a_, b_, c_;
};

TEST_P(StoreTest, PuttingTheSameRecordsTwiceAddsNothing) {
  auto first = store_->Put({&a_, &b_, &c_});
  ASSERT_TRUE(first.ok()) << first.status().ToString();
  EXPECT_EQ(*first, 3);
  auto stats = store_->Stats();
  ASSERT_TRUE(stats.ok()) << stats.status().ToString();
  EXPECT_EQ(stats->documents, 3);
  EXPECT_EQ(stats->entities, 3);
  EXPECT_EQ(stats->quotes, 3);
  EXPECT_EQ(stats->events, 3);
  EXPECT_EQ(stats->counts, 3);
  // Per record: entity, quote, speaker, cue, count, date, event, location, event count.
  EXPECT_EQ(CountRows("spans"), 27);
  EXPECT_EQ(*store_->Put({&c_, &b_, &a_}), 0);
  Record again = a_;  // same text under another id is the same document
  again.doc.id = "a-copy";
  EXPECT_EQ(*store_->Put({&again}), 0);
  EXPECT_EQ(store_->Stats()->documents, 3);
  EXPECT_EQ(CountRows("spans"), 27);
  EXPECT_EQ(CountRows("counts"), 6);  // record counts and event counts
}

TEST_P(StoreTest, AFailingBatchRollsBackWhole) {
  Record bad = b_;
  bad.sha256 = "not-a-sha256";
  auto put = store_->Put({&a_, &bad, &c_});
  ASSERT_FALSE(put.ok());
  EXPECT_NE(put.status().message().find("document b"), std::string::npos) << put.status().ToString();
  EXPECT_EQ(store_->Stats()->documents, 0);
  EXPECT_EQ(CountRows("spans"), 0);
  EXPECT_EQ(*store_->Put({&a_, &b_, &c_}), 3);  // the connection is usable again
}

TEST_P(StoreTest, GetByIdOrSha256KeepsTextAndRecord) {
  ASSERT_TRUE(store_->Put({&a_, &b_}).ok());
  EXPECT_TRUE(*store_->Contains(a_.sha256));
  EXPECT_FALSE(*store_->Contains(c_.sha256));
  for (const std::string& key : {std::string("b"), b_.sha256}) {
    auto got = store_->Get(key);
    ASSERT_TRUE(got.ok()) << got.status().ToString();
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

TEST_P(StoreTest, FindFiltersAndOrdersByPublicationDate) {
  ASSERT_TRUE(store_->Put({&a_, &b_, &c_}).ok());
  auto ids = [&](const StoreQuery& q) {
    std::vector<std::string> out;
    auto found = store_->Find(q);
    EXPECT_TRUE(found.ok()) << found.status().ToString();
    if (found.ok()) {
      for (const Record& r : *found) out.push_back(r.doc.id);
    }
    return out;
  };
  using V = std::vector<std::string>;
  EXPECT_EQ(ids({}), (V{"c", "a", "b"}));
  StoreQuery q;
  q.oldest_first = true;
  EXPECT_EQ(ids(q), (V{"b", "a", "c"}));
  q = {};
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

TEST_P(StoreTest, ReopeningKeepsTheDocuments) {
  ASSERT_TRUE(store_->Put({&a_}).ok());
  store_.reset();
  Open();
  EXPECT_EQ(store_->Stats()->documents, 1);
  EXPECT_EQ(*store_->Put({&a_, &b_}), 1);
}

TEST_P(StoreTest, SetClustersRewritesEventsAndRecord) {
  ASSERT_TRUE(store_->Put({&a_, &b_, &c_}).ok());
  Record later = a_;
  later.events[0].cluster = "b-cluster";
  later.events[0].duplicate = true;
  ASSERT_TRUE(store_->SetClusters({&later}).ok());
  auto got = store_->Get("a");
  ASSERT_TRUE(got.ok() && got->has_value());
  EXPECT_EQ((*got)->events[0].cluster, "b-cluster");
  EXPECT_TRUE((*got)->events[0].duplicate);
  EXPECT_EQ(db_->Row("SELECT cluster, duplicate FROM events WHERE sha256='" + a_.sha256 + "'"),
            (std::vector<std::string>{"b-cluster", "1"}));
}

TEST_P(StoreTest, AStoreWithoutClusterColumnsGetsThemOnOpen) {
  store_.reset();
  db_->Reset();
  // The events table as stores written before the dedup stage have it.
  db_->Exec("CREATE TABLE events(sha256 TEXT NOT NULL, idx BIGINT NOT NULL, event_id TEXT, type TEXT "
       "NOT NULL, mode TEXT, acled_event_type TEXT, acled_sub_event_type TEXT, cameo TEXT, "
       "actor1 TEXT, actor2 TEXT, location TEXT, country TEXT, admin1 TEXT, lat DOUBLE "
       "PRECISION, lon DOUBLE PRECISION, geonames_id BIGINT, date TEXT, fatalities BIGINT, "
       "confidence DOUBLE PRECISION, start BIGINT NOT NULL, \"end\" BIGINT NOT NULL, "
       "PRIMARY KEY(sha256, idx))");
  Open();
  auto put = store_->Put({&a_});
  ASSERT_TRUE(put.ok()) << put.status().ToString();
  EXPECT_EQ(*put, 1);
}

// Two workers, each with its own connection (SQLite: its own handle on the file), put overlapping batches in opposite orders at
// the same time: every document is stored once and counted as inserted by exactly one.
TEST_P(StoreTest, ConcurrentOverlappingBatchesStoreEachDocumentOnce) {
  constexpr int kDocs = 60;
  std::vector<Record> docs;
  for (int i = 0; i < kDocs; ++i) {
    Record r = a_;
    r.doc.id = "doc" + std::to_string(i);
    r.doc.text += " (" + std::to_string(i) + ")";
    r.sha256 = Sha256Hex(r.doc.text);
    docs.push_back(r);
  }
  // Worker 0 puts docs 0..44 in batches of 5 forwards; worker 1 docs 15..59 backwards.
  int64_t inserted[2] = {0, 0};
  std::string errors[2];
  auto work = [&](int w) {
    auto store = Store::Open(db_->Uri());
    if (!store.ok()) {
      errors[w] = store.status().ToString();
      return;
    }
    for (int start = 0; start < 45; start += 5) {
      std::vector<const Record*> batch;
      for (int k = start; k < start + 5; ++k) batch.push_back(&docs[w == 0 ? k : kDocs - 1 - k]);
      auto put = (*store)->Put(batch);
      if (!put.ok()) {
        errors[w] = put.status().ToString();
        return;
      }
      inserted[w] += *put;
    }
  };
  std::thread t0(work, 0), t1(work, 1);
  t0.join();
  t1.join();
  EXPECT_EQ(errors[0], "");
  EXPECT_EQ(errors[1], "");
  EXPECT_EQ(inserted[0] + inserted[1], kDocs);
  EXPECT_EQ(store_->Stats()->documents, kDocs);
  EXPECT_EQ(CountRows("spans"), 9 * kDocs);
  EXPECT_EQ(CountRows("(SELECT DISTINCT sha256 FROM events) s"), kDocs);
}

TEST(StoreOpenTest, UnopenablePathIsUnavailable) {
  auto store = Store::Open("/nonexistent-dir/sub/sitrep.db");
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), StatusCode::kUnavailable);
}

TEST(StoreOpenTest, UnreachablePostgresIsUnavailable) {
  auto store = Store::Open("postgresql://sitrep@127.0.0.1:1/none?connect_timeout=2");
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), StatusCode::kUnavailable);
}

INSTANTIATE_TEST_SUITE_P(Sqlite, StoreTest, ::testing::Values("sqlite"));
#ifdef SITREP_HAVE_POSTGRES
INSTANTIATE_TEST_SUITE_P(Postgres, StoreTest, ::testing::Values("postgresql"));
#endif

}  // namespace
}  // namespace sitrep
