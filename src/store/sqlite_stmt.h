// Stmt: a prepared SQLite statement that finalizes itself, with typed binds for the store.
// Move-only: it owns the sqlite3_stmt.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "sitrep/status.h"

namespace sitrep::store {

class Stmt {
 public:
  Stmt() = default;
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;
  Stmt(Stmt&& other) noexcept : st_(other.st_) { other.st_ = nullptr; }
  Stmt& operator=(Stmt&& other) noexcept {
    std::swap(st_, other.st_);
    return *this;
  }
  ~Stmt() { sqlite3_finalize(st_); }

  static StatusOr<Stmt> Prepare(sqlite3* db, std::string_view sql) {
    Stmt s;
    if (sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &s.st_, nullptr) !=
        SQLITE_OK) {
      return InternalError(std::string("sqlite prepare: ") + sqlite3_errmsg(db));
    }
    return s;
  }

  // Binds are 1-based, like SQLite's.
  Stmt& Bind(int i, std::string_view v) {
    sqlite3_bind_text(st_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    return *this;
  }
  Stmt& Bind(int i, const std::string& v) { return Bind(i, std::string_view(v)); }
  Stmt& Bind(int i, const char* v) { return Bind(i, std::string_view(v)); }
  Stmt& Bind(int i, int64_t v) {
    sqlite3_bind_int64(st_, i, v);
    return *this;
  }
  Stmt& Bind(int i, double v) {
    sqlite3_bind_double(st_, i, v);
    return *this;
  }
  template <typename T>
  Stmt& Bind(int i, const std::optional<T>& v) {
    if (v) return Bind(i, *v);
    sqlite3_bind_null(st_, i);
    return *this;
  }
  Stmt& BindNull(int i) {
    sqlite3_bind_null(st_, i);
    return *this;
  }

  // Runs a statement that returns no rows; resets it for the next use.
  Status Run(sqlite3* db) {
    const int rc = sqlite3_step(st_);
    sqlite3_reset(st_);
    sqlite3_clear_bindings(st_);
    if (rc != SQLITE_DONE) return UnavailableError(std::string("sqlite: ") + sqlite3_errmsg(db));
    return Status::Ok();
  }

  // Steps a query: true while there is a row.
  bool Row() { return sqlite3_step(st_) == SQLITE_ROW; }
  int64_t Int(int col) { return sqlite3_column_int64(st_, col); }
  std::string Text(int col) {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(st_, col));
    return p ? std::string(p, static_cast<size_t>(sqlite3_column_bytes(st_, col))) : "";
  }

 private:
  sqlite3_stmt* st_ = nullptr;
};

}  // namespace sitrep::store
