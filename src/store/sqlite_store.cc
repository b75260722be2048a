// SqliteStore: the embedded default store. One row per document (its record as JSON plus the
// text), and one table per record part (entities, quotes, events, counts) plus every evidence
// span, for queries. WAL mode; each Put is one transaction, rolled back whole on any error.
#include "store/sqlite_store.h"

#include <sqlite3.h>

#include "sitrep/engine.h"
#include "sitrep/store.h"
#include "store/schema.h"
#include "store/find_sql.h"
#include "store/sqlite_stmt.h"

namespace sitrep::store {
namespace {

const char* kPragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;";

// Columns of the documents table that Get/Find read back.
const char* kSelectRecord = "SELECT d.record, d.text FROM documents d ";

class SqliteStore : public Store {
 public:
  explicit SqliteStore(sqlite3* db) : db_(db) {}
  ~SqliteStore() override { sqlite3_close_v2(db_); }  // after the statements finalize

  Status Init();

  StatusOr<int64_t> Put(const std::vector<const Record*>& records) override;
  StatusOr<bool> Contains(const std::string& sha256) override;
  StatusOr<std::optional<Record>> Get(const std::string& key) override;
  StatusOr<std::vector<Record>> Find(const StoreQuery& query) override;
  StatusOr<StoreStats> Stats() override;
  Status SetClusters(const std::vector<const Record*>& records) override;

 private:
  Status AddClusterColumns();
  Status Exec(const char* sql);
  Status PutOne(const Record& r, const std::string& json, bool* inserted);
  Status PutEntities(const Record& r);
  Status PutQuotes(const Record& r);
  Status PutEvents(const Record& r);
  Status PutCount(const Record& r, const Count& c, int64_t idx, std::optional<int64_t> event_idx);
  Status PutSpan(const Record& r, const char* part, int64_t idx, std::optional<int64_t> sub,
                 const Span& span);
  StatusOr<Record> ReadRecord(Stmt* st);

  sqlite3* db_;
  Stmt doc_, entity_, quote_, event_, count_, span_;
};

Status SqliteStore::Exec(const char* sql) {
  char* err = nullptr;
  if (sqlite3_exec(db_, sql, nullptr, nullptr, &err) != SQLITE_OK) {
    std::string msg = err ? err : sqlite3_errmsg(db_);
    sqlite3_free(err);
    return UnavailableError("sqlite: " + msg);
  }
  return Status::Ok();
}

// Stores written before the dedup stage lack the events' cluster columns: add them.
Status SqliteStore::AddClusterColumns() {
  SITREP_ASSIGN_OR_RETURN(Stmt st, Stmt::Prepare(db_, "SELECT 1 FROM pragma_table_info('events') "
                                                      "WHERE name='cluster'"));
  if (st.Row()) return Status::Ok();
  SITREP_RETURN_IF_ERROR(Exec("ALTER TABLE events ADD COLUMN cluster TEXT"));
  return Exec("ALTER TABLE events ADD COLUMN duplicate INTEGER NOT NULL DEFAULT 0");
}

Status SqliteStore::Init() {
  SITREP_RETURN_IF_ERROR(Exec(kPragmas));
  SITREP_RETURN_IF_ERROR(Exec(kTables));
  SITREP_RETURN_IF_ERROR(AddClusterColumns());
  SITREP_RETURN_IF_ERROR(Exec("CREATE INDEX IF NOT EXISTS events_cluster ON events(cluster)"));
  // ON CONFLICT rather than OR IGNORE: only a known sha256 is skipped; any other violated
  // constraint (a CHECK) fails the batch instead of silently dropping the row.
  SITREP_ASSIGN_OR_RETURN(doc_, Stmt::Prepare(db_,
      "INSERT INTO documents(sha256,id,source,url,title,lang,published,bytes,text,record) "
      "VALUES(?,?,?,?,?,?,?,?,?,?) ON CONFLICT(sha256) DO NOTHING"));
  SITREP_ASSIGN_OR_RETURN(entity_, Stmt::Prepare(db_,
      "INSERT INTO entities VALUES(?,?,?,?,?,?,?,?,?,?)"));
  SITREP_ASSIGN_OR_RETURN(quote_, Stmt::Prepare(db_,
      "INSERT INTO quotes VALUES(?,?,?,?,?,?,?,?,?,?)"));
  SITREP_ASSIGN_OR_RETURN(event_, Stmt::Prepare(db_,
      "INSERT INTO events VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
  SITREP_ASSIGN_OR_RETURN(count_, Stmt::Prepare(db_,
      "INSERT INTO counts VALUES(?,?,?,?,?,?,?,?,?,?,?,?)"));
  SITREP_ASSIGN_OR_RETURN(span_, Stmt::Prepare(db_, "INSERT INTO spans VALUES(?,?,?,?,?,?)"));
  return Status::Ok();
}

StatusOr<int64_t> SqliteStore::Put(const std::vector<const Record*>& records) {
  SITREP_RETURN_IF_ERROR(Exec("BEGIN IMMEDIATE"));
  int64_t inserted = 0;
  for (const Record* r : records) {
    bool added = false;
    Status s = PutOne(*r, ToJson(*r), &added);
    if (!s.ok()) {
      (void)Exec("ROLLBACK");
      return Status(s.code(), "store: document " + r->doc.id + ": " + s.message());
    }
    inserted += added ? 1 : 0;
  }
  Status s = Exec("COMMIT");
  if (!s.ok()) {
    (void)Exec("ROLLBACK");
    return s;
  }
  return inserted;
}

Status SqliteStore::PutOne(const Record& r, const std::string& json, bool* inserted) {
  const Document& d = r.doc;
  doc_.Bind(1, r.sha256).Bind(2, d.id).Bind(3, d.source).Bind(4, d.url).Bind(5, d.title);
  doc_.Bind(6, d.lang).Bind(7, d.published).Bind(8, static_cast<int64_t>(d.text.size()));
  doc_.Bind(9, d.text).Bind(10, json);
  SITREP_RETURN_IF_ERROR(doc_.Run(db_));
  *inserted = sqlite3_changes(db_) > 0;
  if (!*inserted) return Status::Ok();  // stored already: identity is the text's sha256
  SITREP_RETURN_IF_ERROR(PutEntities(r));
  SITREP_RETURN_IF_ERROR(PutQuotes(r));
  SITREP_RETURN_IF_ERROR(PutEvents(r));
  for (size_t i = 0; i < r.counts.size(); ++i) {
    SITREP_RETURN_IF_ERROR(PutCount(r, r.counts[i], static_cast<int64_t>(i), std::nullopt));
    SITREP_RETURN_IF_ERROR(PutSpan(r, "count", static_cast<int64_t>(i), std::nullopt, r.counts[i].span));
  }
  for (size_t i = 0; i < r.dates.size(); ++i) {
    SITREP_RETURN_IF_ERROR(PutSpan(r, "date", static_cast<int64_t>(i), std::nullopt, r.dates[i].span));
  }
  for (size_t i = 0; i < d.errors.size(); ++i) {
    if (d.errors[i].span) {
      SITREP_RETURN_IF_ERROR(PutSpan(r, "error", static_cast<int64_t>(i), std::nullopt, *d.errors[i].span));
    }
  }
  return Status::Ok();
}

Status SqliteStore::PutEntities(const Record& r) {
  for (size_t i = 0; i < r.entities.size(); ++i) {
    const Entity& e = r.entities[i];
    const auto idx = static_cast<int64_t>(i);
    entity_.Bind(1, r.sha256).Bind(2, idx).Bind(3, e.kind).Bind(4, e.text);
    entity_.Bind(5, static_cast<int64_t>(e.span.start)).Bind(6, static_cast<int64_t>(e.span.end));
    entity_.Bind(7, e.name).Bind(8, e.id).Bind(9, e.country).Bind(10, e.sector);
    SITREP_RETURN_IF_ERROR(entity_.Run(db_));
    SITREP_RETURN_IF_ERROR(PutSpan(r, "entity", idx, std::nullopt, e.span));
  }
  return Status::Ok();
}

Status SqliteStore::PutQuotes(const Record& r) {
  for (size_t i = 0; i < r.quotes.size(); ++i) {
    const Quote& q = r.quotes[i];
    const auto idx = static_cast<int64_t>(i);
    quote_.Bind(1, r.sha256).Bind(2, idx).Bind(3, q.text);
    quote_.Bind(4, static_cast<int64_t>(q.span.start)).Bind(5, static_cast<int64_t>(q.span.end));
    quote_.Bind(6, static_cast<int64_t>(q.direct ? 1 : 0));
    if (q.speaker) {
      quote_.Bind(7, q.speaker->text).Bind(8, q.speaker->name).Bind(9, q.speaker->kind);
    } else {
      quote_.BindNull(7).BindNull(8).BindNull(9);
    }
    if (q.cue) {
      quote_.Bind(10, q.cue->text);
    } else {
      quote_.BindNull(10);
    }
    SITREP_RETURN_IF_ERROR(quote_.Run(db_));
    SITREP_RETURN_IF_ERROR(PutSpan(r, "quote", idx, std::nullopt, q.span));
    if (q.speaker) SITREP_RETURN_IF_ERROR(PutSpan(r, "speaker", idx, std::nullopt, q.speaker->span));
    if (q.cue) SITREP_RETURN_IF_ERROR(PutSpan(r, "cue", idx, std::nullopt, q.cue->span));
  }
  return Status::Ok();
}

Status SqliteStore::PutEvents(const Record& r) {
  for (size_t i = 0; i < r.events.size(); ++i) {
    const Event& e = r.events[i];
    const auto idx = static_cast<int64_t>(i);
    event_.Bind(1, r.sha256).Bind(2, idx).Bind(3, e.id).Bind(4, e.type).Bind(5, e.mode);
    if (e.acled) {
      event_.Bind(6, e.acled->event_type).Bind(7, e.acled->sub_event_type);
    } else {
      event_.BindNull(6).BindNull(7);
    }
    event_.Bind(8, e.cameo);
    event_.Bind(9, e.actor1 ? std::optional<std::string>(e.actor1->name) : std::nullopt);
    event_.Bind(10, e.actor2 ? std::optional<std::string>(e.actor2->name) : std::nullopt);
    if (e.location) {
      const Location& l = *e.location;
      event_.Bind(11, l.name).Bind(12, l.country).Bind(13, l.admin1).Bind(14, l.lat);
      event_.Bind(15, l.lon).Bind(16, l.geonames_id);
    } else {
      for (int col = 11; col <= 16; ++col) event_.BindNull(col);
    }
    event_.Bind(17, e.date).Bind(18, e.fatalities).Bind(19, e.confidence);
    event_.Bind(20, static_cast<int64_t>(e.evidence.start));
    event_.Bind(21, static_cast<int64_t>(e.evidence.end));
    event_.Bind(22, e.cluster).Bind(23, static_cast<int64_t>(e.duplicate ? 1 : 0));
    SITREP_RETURN_IF_ERROR(event_.Run(db_));
    SITREP_RETURN_IF_ERROR(PutSpan(r, "event", idx, std::nullopt, e.evidence));
    if (e.actor1) SITREP_RETURN_IF_ERROR(PutSpan(r, "actor1", idx, std::nullopt, e.actor1->span));
    if (e.actor2) SITREP_RETURN_IF_ERROR(PutSpan(r, "actor2", idx, std::nullopt, e.actor2->span));
    if (e.location) {
      SITREP_RETURN_IF_ERROR(PutSpan(r, "location", idx, std::nullopt, e.location->span));
    }
    for (size_t c = 0; c < e.counts.size(); ++c) {
      const auto sub = static_cast<int64_t>(c);
      SITREP_RETURN_IF_ERROR(PutCount(r, e.counts[c], sub, idx));
      SITREP_RETURN_IF_ERROR(PutSpan(r, "event_count", idx, sub, e.counts[c].span));
    }
  }
  return Status::Ok();
}

Status SqliteStore::PutCount(const Record& r, const Count& c, int64_t idx,
                             std::optional<int64_t> event_idx) {
  count_.Bind(1, r.sha256).Bind(2, idx).Bind(3, event_idx).Bind(4, c.what).Bind(5, c.who);
  count_.Bind(6, c.value).Bind(7, c.low).Bind(8, c.high).Bind(9, c.qualifier).Bind(10, c.text);
  count_.Bind(11, static_cast<int64_t>(c.span.start)).Bind(12, static_cast<int64_t>(c.span.end));
  return count_.Run(db_);
}

Status SqliteStore::PutSpan(const Record& r, const char* part, int64_t idx,
                            std::optional<int64_t> sub, const Span& span) {
  span_.Bind(1, r.sha256).Bind(2, part).Bind(3, idx).Bind(4, sub);
  span_.Bind(5, static_cast<int64_t>(span.start)).Bind(6, static_cast<int64_t>(span.end));
  return span_.Run(db_);
}

StatusOr<bool> SqliteStore::Contains(const std::string& sha256) {
  SITREP_ASSIGN_OR_RETURN(Stmt st, Stmt::Prepare(db_, "SELECT 1 FROM documents WHERE sha256=?"));
  st.Bind(1, sha256);
  return st.Row();
}

StatusOr<Record> SqliteStore::ReadRecord(Stmt* st) {
  SITREP_ASSIGN_OR_RETURN(Record rec, RecordFromJson(st->Text(0)));
  rec.doc.text = st->Text(1);
  return rec;
}

StatusOr<std::optional<Record>> SqliteStore::Get(const std::string& key) {
  SITREP_ASSIGN_OR_RETURN(
      Stmt st, Stmt::Prepare(db_, std::string(kSelectRecord) +
                                      "WHERE d.sha256=?1 OR d.id=?1 ORDER BY d.sha256<>?1 LIMIT 1"));
  st.Bind(1, key);
  if (!st.Row()) return std::optional<Record>();
  SITREP_ASSIGN_OR_RETURN(Record rec, ReadRecord(&st));
  return std::optional<Record>(std::move(rec));
}

// The query is FindSql's (find_sql.h), in SQLite's dialect.
StatusOr<std::vector<Record>> SqliteStore::Find(const StoreQuery& q) {
  std::vector<std::string> params;
  const std::string sql = FindSql(q, kSqliteDialect, &params);
  SITREP_ASSIGN_OR_RETURN(Stmt st, Stmt::Prepare(db_, sql));
  int i = 1;
  for (const std::string& p : params) st.Bind(i++, p);
  st.Bind(i, q.limit);
  st.Bind(i + 1, q.offset);
  std::vector<Record> out;
  while (st.Row()) {
    SITREP_ASSIGN_OR_RETURN(Record rec, ReadRecord(&st));
    out.push_back(std::move(rec));
  }
  return out;
}

StatusOr<StoreStats> SqliteStore::Stats() {
  SITREP_ASSIGN_OR_RETURN(
      Stmt st, Stmt::Prepare(db_,
                             "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM "
                             "entities), (SELECT count(*) FROM quotes), (SELECT count(*) FROM "
                             "events), (SELECT count(*) FROM counts WHERE event_idx IS NULL)"));
  StoreStats stats;
  if (st.Row()) {
    stats.documents = st.Int(0);
    stats.entities = st.Int(1);
    stats.quotes = st.Int(2);
    stats.events = st.Int(3);
    stats.counts = st.Int(4);
  }
  return stats;
}

Status SqliteStore::SetClusters(const std::vector<const Record*>& records) {
  SITREP_ASSIGN_OR_RETURN(
      Stmt ev, Stmt::Prepare(db_, "UPDATE events SET cluster=?, duplicate=? WHERE sha256=? AND idx=?"));
  SITREP_ASSIGN_OR_RETURN(Stmt doc, Stmt::Prepare(db_, "UPDATE documents SET record=? WHERE sha256=?"));
  SITREP_RETURN_IF_ERROR(Exec("BEGIN IMMEDIATE"));
  for (const Record* r : records) {
    Status s = Status::Ok();
    for (size_t i = 0; i < r->events.size() && s.ok(); ++i) {
      const Event& e = r->events[i];
      ev.Bind(1, e.cluster).Bind(2, static_cast<int64_t>(e.duplicate ? 1 : 0));
      ev.Bind(3, r->sha256).Bind(4, static_cast<int64_t>(i));
      s = ev.Run(db_);
    }
    if (s.ok()) {
      doc.Bind(1, ToJson(*r)).Bind(2, r->sha256);
      s = doc.Run(db_);
    }
    if (!s.ok()) {
      (void)Exec("ROLLBACK");
      return Status(s.code(), "store: document " + r->doc.id + ": " + s.message());
    }
  }
  Status s = Exec("COMMIT");
  if (!s.ok()) (void)Exec("ROLLBACK");
  return s;
}

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
  Status s = store->Init();
  if (!s.ok()) return UnavailableError("cannot open SQLite store " + path + ": " + s.message());
  return std::unique_ptr<Store>(std::move(store));
}

}  // namespace sitrep::store
