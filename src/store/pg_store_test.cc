// The store's behaviours against a real PostgreSQL server named by SITREP_TEST_PG (a URI such
// as postgresql://sitrep:sitrep@127.0.0.1/sitrep_test); skipped when it is unset. Each test
// process works in its own schema, dropped at the end.
#include "store/pg_store.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <pqxx/pqxx>
#include <thread>

#include "base/sha256.h"
#include "sitrep/store.h"
#include "store/store_test_records.h"

namespace sitrep {
namespace {

using store_test::RecordA;
using store_test::RecordB;
using store_test::RecordC;

class PgStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const char* base = std::getenv("SITREP_TEST_PG");
    if (base == nullptr || *base == '\0') {
      GTEST_SKIP() << "SITREP_TEST_PG is unset: no PostgreSQL server to test against";
    }
    base_ = base;
    schema_ = "sitrep_test_" + std::to_string(getpid());
    uri_ = base_ + (base_.find('?') == std::string::npos ? "?" : "&") +
           "options=-csearch_path%3D" + schema_;
    Exec("DROP SCHEMA IF EXISTS " + schema_ + " CASCADE; CREATE SCHEMA " + schema_);
    Open();
    a_ = RecordA();
    b_ = RecordB();
    c_ = RecordC();
  }
  void TearDown() override {
    store_.reset();
    if (!base_.empty()) Exec("DROP SCHEMA IF EXISTS " + schema_ + " CASCADE");
  }
  void Open() {
    auto store = Store::Open(uri_);
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    store_ = std::move(store).value();
  }
  pqxx::result Exec(const std::string& sql) {
    pqxx::connection conn(uri_.empty() ? base_ : uri_);
    pqxx::work txn(conn);
    pqxx::result r = txn.exec(sql);
    txn.commit();
    return r;
  }
  int64_t CountRows(const std::string& table) {
    return Exec("SELECT count(*) FROM " + table)[0][0].as<int64_t>();
  }

  std::string base_, schema_, uri_;
  std::unique_ptr<Store> store_;
  Record a_, b_, c_;
};

TEST_F(PgStoreTest, PuttingTheSameRecordsTwiceAddsNothing) {
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

TEST_F(PgStoreTest, AFailingBatchRollsBackWhole) {
  Record bad = b_;
  bad.sha256 = "not-a-sha256";
  auto put = store_->Put({&a_, &bad, &c_});
  ASSERT_FALSE(put.ok());
  EXPECT_NE(put.status().message().find("document b"), std::string::npos) << put.status().ToString();
  EXPECT_EQ(store_->Stats()->documents, 0);
  EXPECT_EQ(CountRows("spans"), 0);
  EXPECT_EQ(*store_->Put({&a_, &b_, &c_}), 3);  // the connection is usable again
}

TEST_F(PgStoreTest, GetByIdOrSha256KeepsTextAndRecord) {
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

TEST_F(PgStoreTest, FindFiltersAndOrdersByPublicationDate) {
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

TEST_F(PgStoreTest, ReopeningKeepsTheDocuments) {
  ASSERT_TRUE(store_->Put({&a_}).ok());
  store_.reset();
  Open();
  EXPECT_EQ(store_->Stats()->documents, 1);
  EXPECT_EQ(*store_->Put({&a_, &b_}), 1);
}

TEST_F(PgStoreTest, SetClustersRewritesEventsAndRecord) {
  ASSERT_TRUE(store_->Put({&a_, &b_, &c_}).ok());
  Record later = a_;
  later.events[0].cluster = "b-cluster";
  later.events[0].duplicate = true;
  ASSERT_TRUE(store_->SetClusters({&later}).ok());
  auto got = store_->Get("a");
  ASSERT_TRUE(got.ok() && got->has_value());
  EXPECT_EQ((*got)->events[0].cluster, "b-cluster");
  EXPECT_TRUE((*got)->events[0].duplicate);
  const pqxx::result row = Exec("SELECT cluster, duplicate FROM events WHERE sha256='" + a_.sha256 + "'");
  ASSERT_EQ(row.size(), 1u);
  EXPECT_EQ(row[0][0].as<std::string>(), "b-cluster");
  EXPECT_EQ(row[0][1].as<int>(), 1);
}

TEST_F(PgStoreTest, AStoreWithoutClusterColumnsGetsThemOnOpen) {
  store_.reset();
  Exec("DROP SCHEMA " + schema_ + " CASCADE; CREATE SCHEMA " + schema_);
  // The events table as stores written before the dedup stage have it.
  Exec("CREATE TABLE events(sha256 TEXT NOT NULL, idx BIGINT NOT NULL, event_id TEXT, type TEXT "
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

// Two workers, each with its own connection, put overlapping batches in opposite orders at
// the same time: every document is stored once and counted as inserted by exactly one.
TEST_F(PgStoreTest, ConcurrentOverlappingBatchesStoreEachDocumentOnce) {
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
    auto store = Store::Open(uri_);
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

TEST(PgStoreOpenTest, UnreachableServerIsUnavailable) {
  auto store = Store::Open("postgresql://sitrep@127.0.0.1:1/none?connect_timeout=2");
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), StatusCode::kUnavailable);
}

}  // namespace
}  // namespace sitrep
