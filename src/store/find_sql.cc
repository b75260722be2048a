// Store::Find's SQL for both backends; see find_sql.h.
#include "store/find_sql.h"

namespace sitrep::store {

std::string FindSql(const StoreQuery& q, const SqlDialect& dialect,
                    std::vector<std::string>* params) {
  const std::string collate = dialect.collate;
  auto next = [&](const std::string& value) {
    params->push_back(value);
    return std::string(1, dialect.placeholder) + std::to_string(params->size());
  };
  std::string sql = "SELECT d.record, d.text FROM documents d WHERE 1=1";
  auto add = [&](const std::string& condition, const std::optional<std::string>& value) {
    if (value) sql += condition + next(*value);
  };
  if (q.event_type || q.country) {
    sql += " AND EXISTS (SELECT 1 FROM events e WHERE e.sha256 = d.sha256";
    add(" AND e.type = ", q.event_type);
    add(" AND e.country = ", q.country);
    add(" AND coalesce(e.date, d.published)" + collate + " >= ", q.date_from);
    add(" AND coalesce(e.date, d.published)" + collate + " <= ", q.date_to);
    sql += ")";
  } else {
    add(" AND d.published" + collate + " >= ", q.date_from);
    add(" AND d.published" + collate + " <= ", q.date_to);
  }
  if (q.text) {
    const std::string n = next(*q.text);  // one parameter, used twice
    const std::string find = dialect.find;
    sql += " AND (" + find + "(lower(coalesce(d.title, '')), lower(" + n + ")) > 0 OR " + find +
           "(lower(d.text), lower(" + n + ")) > 0)";
  }
  sql += " ORDER BY d.published IS NULL, d.published" + collate +
         (q.oldest_first ? "" : " DESC") + ", d.id" + collate + ", d.sha256" + collate;
  const std::string p(1, dialect.placeholder);
  sql += " LIMIT " + p + std::to_string(params->size() + 1) + " OFFSET " + p +
         std::to_string(params->size() + 2);
  return sql;
}

}  // namespace sitrep::store
