// Store: where records live after extraction. SQLite by default (one file, nothing to start);
// PostgreSQL when several workers or machines share one store. A document's identity is the
// sha256 of its text: putting the same document twice adds nothing.
//
// Usage:
//   auto store = sitrep::Store::Open("sitrep.db");          // or "postgresql://host/db"
//   SITREP_RETURN_IF_ERROR((*store)->Put(batch));             // one transaction per batch
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "sitrep/record.h"
#include "sitrep/status.h"

namespace sitrep {

struct StoreStats {
  int64_t documents = 0;
  int64_t entities = 0;
  int64_t quotes = 0;
  int64_t events = 0;
  int64_t counts = 0;
};

struct StoreQuery {
  std::optional<std::string> event_type;  // PLOVER type
  std::optional<std::string> country;     // ISO alpha-3 of the event location
  std::optional<std::string> date_from;   // YYYY-MM-DD, inclusive
  std::optional<std::string> date_to;
  std::optional<std::string> text;        // substring of the document title or text
  int64_t limit = 100;
  int64_t offset = 0;
  bool oldest_first = false;  // order by publication date ascending (a full scan's order)
};

class Store {
 public:
  // Opens (creating if needed) the store named by `uri`: a file path for SQLite, or a
  // postgresql:// URI. kUnavailable when the database cannot be reached or opened.
  static StatusOr<std::unique_ptr<Store>> Open(const std::string& uri);

  virtual ~Store() = default;

  // Writes the records in one transaction; a record whose sha256 is stored already is skipped.
  // Returns how many were inserted. On error nothing of the batch is written.
  virtual StatusOr<int64_t> Put(const std::vector<const Record*>& records) = 0;

  // True when a document with this sha256 is stored.
  virtual StatusOr<bool> Contains(const std::string& sha256) = 0;

  // The stored record (with doc.text) for a document id or sha256; nullopt when absent.
  virtual StatusOr<std::optional<Record>> Get(const std::string& id_or_sha256) = 0;

  // Records matching `query`, newest publication date first.
  virtual StatusOr<std::vector<Record>> Find(const StoreQuery& query) = 0;

  virtual StatusOr<StoreStats> Stats() = 0;

  // Rewrites the cross-article cluster of every event of the stored documents `records`
  // name (by sha256), in one transaction: `sitrep dedup` re-clusters a whole store this way.
  virtual Status SetClusters(const std::vector<const Record*>& records) = 0;
};

}  // namespace sitrep
