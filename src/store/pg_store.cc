// PgStore: the shared store. The same tables as the SQLite backend (created if absent, under an
// advisory lock so workers starting together do not race), one transaction per Put. Identity is
// the text's sha256: INSERT ... ON CONFLICT DO NOTHING, so two workers putting one document
// store it once. A batch inserts in sha256 order, so overlapping batches lock rows in the same
// order and cannot deadlock. libpqxx exceptions stop here and become Status.
#include "store/pg_store.h"

#include <algorithm>
#include <pqxx/pqxx>

#include "sitrep/engine.h"
#include "store/find_sql.h"
#include "store/pg_params.h"
#include "store/schema.h"

namespace sitrep::store {
namespace {

// Under an advisory lock: workers opening a new database together would race on CREATE.
std::string Schema() {
  return std::string("SELECT pg_advisory_xact_lock(7365617274);") + kTables +
         "ALTER TABLE events ADD COLUMN IF NOT EXISTS cluster TEXT;"
         "ALTER TABLE events ADD COLUMN IF NOT EXISTS duplicate INTEGER NOT NULL DEFAULT 0;"
         "CREATE INDEX IF NOT EXISTS events_cluster ON events(cluster);";
}

// "$1,$2,...,$n".
std::string Placeholders(int n) {
  std::string out;
  for (int i = 1; i <= n; ++i) out += (i > 1 ? ",$" : "$") + std::to_string(i);
  return out;
}

int64_t I(size_t v) { return static_cast<int64_t>(v); }

class PgStore : public Store {
 public:
  explicit PgStore(const std::string& uri) : conn_(uri) {}

  void Init();

  StatusOr<int64_t> Put(const std::vector<const Record*>& records) override;
  StatusOr<bool> Contains(const std::string& sha256) override;
  StatusOr<std::optional<Record>> Get(const std::string& key) override;
  StatusOr<std::vector<Record>> Find(const StoreQuery& query) override;
  StatusOr<StoreStats> Stats() override;
  Status SetClusters(const std::vector<const Record*>& records) override;

 private:
  bool PutOne(pqxx::work& txn, const Record& r);
  void PutEntities(pqxx::work& txn, const Record& r);
  void PutQuotes(pqxx::work& txn, const Record& r);
  void PutEvents(pqxx::work& txn, const Record& r);
  void PutCount(pqxx::work& txn, const Record& r, const Count& c, int64_t idx,
                std::optional<int64_t> event_idx);
  void PutSpan(pqxx::work& txn, const Record& r, const char* part, int64_t idx,
               std::optional<int64_t> sub, const Span& span);
  static StatusOr<std::vector<Record>> ReadRecords(const pqxx::result& rows);

  pqxx::connection conn_;
  PgParams p_;
};

void PgStore::Init() {
  {
    pqxx::work txn(conn_);
    txn.exec(Schema());
    txn.commit();
  }
  conn_.prepare("doc",
                "INSERT INTO documents(sha256,id,source,url,title,lang,published,bytes,text,record) "
                "VALUES(" + Placeholders(10) + ") ON CONFLICT(sha256) DO NOTHING");
  conn_.prepare("entity", "INSERT INTO entities VALUES(" + Placeholders(10) + ")");
  conn_.prepare("quote", "INSERT INTO quotes VALUES(" + Placeholders(10) + ")");
  conn_.prepare("event", "INSERT INTO events VALUES(" + Placeholders(23) + ")");
  conn_.prepare("count", "INSERT INTO counts VALUES(" + Placeholders(12) + ")");
  conn_.prepare("span", "INSERT INTO spans VALUES(" + Placeholders(6) + ")");
  conn_.prepare("cluster", "UPDATE events SET cluster=$1, duplicate=$2 WHERE sha256=$3 AND idx=$4");
  conn_.prepare("record", "UPDATE documents SET record=$1 WHERE sha256=$2");
}

// Records in sha256 order: the order every writer takes row locks in.
std::vector<const Record*> BySha256(const std::vector<const Record*>& records) {
  std::vector<const Record*> sorted = records;
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const Record* a, const Record* b) { return a->sha256 < b->sha256; });
  return sorted;
}

Status PgError(const std::exception& e) { return UnavailableError(std::string("postgresql: ") + e.what()); }

StatusOr<int64_t> PgStore::Put(const std::vector<const Record*>& records) {
  const Record* current = nullptr;
  try {
    pqxx::work txn(conn_);  // rolled back on destruction unless committed
    int64_t inserted = 0;
    for (const Record* r : BySha256(records)) {
      current = r;
      inserted += PutOne(txn, *r) ? 1 : 0;
    }
    current = nullptr;
    txn.commit();
    return inserted;
  } catch (const std::exception& e) {
    Status s = PgError(e);
    if (current == nullptr) return s;
    return Status(s.code(), "store: document " + current->doc.id + ": " + s.message());
  }
}

bool PgStore::PutOne(pqxx::work& txn, const Record& r) {
  const Document& d = r.doc;
  p_.Add(r.sha256).Add(d.id).Add(d.source).Add(d.url).Add(d.title).Add(d.lang).Add(d.published);
  p_.Add(I(d.text.size())).Add(d.text).Add(ToJson(r));
  if (p_.Exec(txn, "doc").affected_rows() == 0) return false;  // stored already
  PutEntities(txn, r);
  PutQuotes(txn, r);
  PutEvents(txn, r);
  for (size_t i = 0; i < r.counts.size(); ++i) {
    PutCount(txn, r, r.counts[i], I(i), std::nullopt);
    PutSpan(txn, r, "count", I(i), std::nullopt, r.counts[i].span);
  }
  for (size_t i = 0; i < r.dates.size(); ++i) PutSpan(txn, r, "date", I(i), std::nullopt, r.dates[i].span);
  for (size_t i = 0; i < d.errors.size(); ++i) {
    if (d.errors[i].span) PutSpan(txn, r, "error", I(i), std::nullopt, *d.errors[i].span);
  }
  return true;
}

void PgStore::PutEntities(pqxx::work& txn, const Record& r) {
  for (size_t i = 0; i < r.entities.size(); ++i) {
    const Entity& e = r.entities[i];
    p_.Add(r.sha256).Add(I(i)).Add(e.kind).Add(e.text).Add(I(e.span.start)).Add(I(e.span.end));
    p_.Add(e.name).Add(e.id).Add(e.country).Add(e.sector).Exec(txn, "entity");
    PutSpan(txn, r, "entity", I(i), std::nullopt, e.span);
  }
}

void PgStore::PutQuotes(pqxx::work& txn, const Record& r) {
  for (size_t i = 0; i < r.quotes.size(); ++i) {
    const Quote& q = r.quotes[i];
    p_.Add(r.sha256).Add(I(i)).Add(q.text).Add(I(q.span.start)).Add(I(q.span.end));
    p_.Add(int64_t{q.direct ? 1 : 0});
    if (q.speaker) {
      p_.Add(q.speaker->text).Add(q.speaker->name).Add(q.speaker->kind);
    } else {
      p_.AddNull().AddNull().AddNull();
    }
    if (q.cue) {
      p_.Add(q.cue->text);
    } else {
      p_.AddNull();
    }
    p_.Exec(txn, "quote");
    PutSpan(txn, r, "quote", I(i), std::nullopt, q.span);
    if (q.speaker) PutSpan(txn, r, "speaker", I(i), std::nullopt, q.speaker->span);
    if (q.cue) PutSpan(txn, r, "cue", I(i), std::nullopt, q.cue->span);
  }
}

void PgStore::PutEvents(pqxx::work& txn, const Record& r) {
  for (size_t i = 0; i < r.events.size(); ++i) {
    const Event& e = r.events[i];
    p_.Add(r.sha256).Add(I(i)).Add(e.id).Add(e.type).Add(e.mode);
    if (e.acled) {
      p_.Add(e.acled->event_type).Add(e.acled->sub_event_type);
    } else {
      p_.AddNull().AddNull();
    }
    p_.Add(e.cameo);
    p_.Add(e.actor1 ? std::optional<std::string>(e.actor1->name) : std::nullopt);
    p_.Add(e.actor2 ? std::optional<std::string>(e.actor2->name) : std::nullopt);
    if (e.location) {
      const Location& l = *e.location;
      p_.Add(l.name).Add(l.country).Add(l.admin1).Add(l.lat).Add(l.lon).Add(l.geonames_id);
    } else {
      for (int col = 11; col <= 16; ++col) p_.AddNull();
    }
    p_.Add(e.date).Add(e.fatalities).Add(e.confidence);
    p_.Add(I(e.evidence.start)).Add(I(e.evidence.end));
    p_.Add(e.cluster).Add(int64_t{e.duplicate ? 1 : 0}).Exec(txn, "event");
    PutSpan(txn, r, "event", I(i), std::nullopt, e.evidence);
    if (e.actor1) PutSpan(txn, r, "actor1", I(i), std::nullopt, e.actor1->span);
    if (e.actor2) PutSpan(txn, r, "actor2", I(i), std::nullopt, e.actor2->span);
    if (e.location) PutSpan(txn, r, "location", I(i), std::nullopt, e.location->span);
    for (size_t c = 0; c < e.counts.size(); ++c) {
      PutCount(txn, r, e.counts[c], I(c), I(i));
      PutSpan(txn, r, "event_count", I(i), I(c), e.counts[c].span);
    }
  }
}

void PgStore::PutCount(pqxx::work& txn, const Record& r, const Count& c, int64_t idx,
                       std::optional<int64_t> event_idx) {
  p_.Add(r.sha256).Add(idx).Add(event_idx).Add(c.what).Add(c.who).Add(c.value).Add(c.low);
  p_.Add(c.high).Add(c.qualifier).Add(c.text).Add(I(c.span.start)).Add(I(c.span.end));
  p_.Exec(txn, "count");
}

void PgStore::PutSpan(pqxx::work& txn, const Record& r, const char* part, int64_t idx,
                      std::optional<int64_t> sub, const Span& span) {
  p_.Add(r.sha256).Add(part).Add(idx).Add(sub).Add(I(span.start)).Add(I(span.end));
  p_.Exec(txn, "span");
}

StatusOr<bool> PgStore::Contains(const std::string& sha256) {
  try {
    pqxx::read_transaction txn(conn_);
    return !p_.Add(sha256).ExecSql(txn, "SELECT 1 FROM documents WHERE sha256=$1").empty();
  } catch (const std::exception& e) {
    return PgError(e);
  }
}

// Rows of (record JSON, text).
StatusOr<std::vector<Record>> PgStore::ReadRecords(const pqxx::result& rows) {
  std::vector<Record> out;
  for (const auto& row : rows) {
    SITREP_ASSIGN_OR_RETURN(Record rec, RecordFromJson(row[0].c_str()));
    rec.doc.text = row[1].as<std::string>();
    out.push_back(std::move(rec));
  }
  return out;
}

StatusOr<std::optional<Record>> PgStore::Get(const std::string& key) {
  pqxx::result rows;
  try {
    pqxx::read_transaction txn(conn_);
    rows = p_.Add(key).ExecSql(txn, "SELECT d.record, d.text FROM documents d WHERE d.sha256=$1 "
                                    "OR d.id=$1 ORDER BY d.sha256<>$1 LIMIT 1");
  } catch (const std::exception& e) {
    return PgError(e);
  }
  SITREP_ASSIGN_OR_RETURN(std::vector<Record> recs, ReadRecords(rows));
  if (recs.empty()) return std::optional<Record>();
  return std::optional<Record>(std::move(recs[0]));
}

// The query is FindSql's (find_sql.h), in PostgreSQL's dialect.
StatusOr<std::vector<Record>> PgStore::Find(const StoreQuery& q) {
  std::vector<std::string> texts;
  const std::string sql = FindSql(q, kPostgresDialect, &texts);
  PgParams params;
  for (const std::string& t : texts) params.Add(t);
  params.Add(q.limit).Add(q.offset);
  pqxx::result rows;
  try {
    pqxx::read_transaction txn(conn_);
    rows = params.ExecSql(txn, sql);
  } catch (const std::exception& e) {
    return PgError(e);
  }
  return ReadRecords(rows);
}

StatusOr<StoreStats> PgStore::Stats() {
  try {
    pqxx::read_transaction txn(conn_);
    const pqxx::row row = txn.exec1(
        "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM entities), (SELECT "
        "count(*) FROM quotes), (SELECT count(*) FROM events), (SELECT count(*) FROM counts "
        "WHERE event_idx IS NULL)");
    StoreStats stats;
    stats.documents = row[0].as<int64_t>();
    stats.entities = row[1].as<int64_t>();
    stats.quotes = row[2].as<int64_t>();
    stats.events = row[3].as<int64_t>();
    stats.counts = row[4].as<int64_t>();
    return stats;
  } catch (const std::exception& e) {
    return PgError(e);
  }
}

Status PgStore::SetClusters(const std::vector<const Record*>& records) {
  const Record* current = nullptr;
  try {
    pqxx::work txn(conn_);
    for (const Record* r : BySha256(records)) {
      current = r;
      for (size_t i = 0; i < r->events.size(); ++i) {
        const Event& e = r->events[i];
        p_.Add(e.cluster).Add(int64_t{e.duplicate ? 1 : 0}).Add(r->sha256).Add(I(i));
        p_.Exec(txn, "cluster");
      }
      p_.Add(ToJson(*r)).Add(r->sha256).Exec(txn, "record");
    }
    current = nullptr;
    txn.commit();
    return Status::Ok();
  } catch (const std::exception& e) {
    Status s = PgError(e);
    if (current == nullptr) return s;
    return Status(s.code(), "store: document " + current->doc.id + ": " + s.message());
  }
}

}  // namespace

StatusOr<std::unique_ptr<Store>> OpenPostgres(const std::string& uri) {
  try {
    auto store = std::make_unique<PgStore>(uri);
    store->Init();
    return std::unique_ptr<Store>(std::move(store));
  } catch (const std::exception& e) {
    return UnavailableError("cannot open PostgreSQL store: " + std::string(e.what()));
  }
}

}  // namespace sitrep::store
