// FindSql: the SQL of Store::Find, written once for both backends. Event conditions (type,
// country, dates) must hold for one and the same event; without them the date range applies to
// the publication date. Text compares and orders bytewise in both.
#pragma once

#include <string>
#include <vector>

#include "sitrep/store.h"

namespace sitrep::store {

// What differs between the backends' SQL.
struct SqlDialect {
  char placeholder;     // numbered parameters: '?' gives ?1, ?2 (SQLite), '$' gives $1 (PostgreSQL)
  const char* collate;  // appended to text comparisons and orderings to make them bytewise
  const char* find;     // position of a substring (1-based), 0 when absent: instr, strpos
};

inline constexpr SqlDialect kSqliteDialect{'?', "", "instr"};
inline constexpr SqlDialect kPostgresDialect{'$', " COLLATE \"C\"", "strpos"};

// Returns `SELECT d.record, d.text FROM documents d ...` for `q`. *params receives the text
// parameters in the order of their numbers; the limit and the offset are the two parameters
// numbered after them.
std::string FindSql(const StoreQuery& q, const SqlDialect& dialect,
                    std::vector<std::string>* params);

}  // namespace sitrep::store
