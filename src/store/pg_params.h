// PgParams: the parameters of one PostgreSQL statement as text (or SQL NULL), in the order of
// $1, $2, ...; libpqxx 6 has no std::optional parameters, so this carries them.
#pragma once

#include <charconv>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <pqxx/pqxx>

namespace sitrep::store {

class PgParams {
 public:
  PgParams& Add(std::string_view v) {
    values_.emplace_back(std::string(v));
    return *this;
  }
  PgParams& Add(const std::string& v) { return Add(std::string_view(v)); }
  PgParams& Add(const char* v) { return Add(std::string_view(v)); }
  PgParams& Add(int64_t v) {
    values_.emplace_back(std::to_string(v));
    return *this;
  }
  PgParams& Add(double v) {  // shortest text that reads back as the same double
    char buf[32];
    const auto res = std::to_chars(buf, buf + sizeof buf, v);
    values_.emplace_back(std::string(buf, res.ptr));
    return *this;
  }
  template <typename T>
  PgParams& Add(const std::optional<T>& v) {
    if (v) return Add(*v);
    return AddNull();
  }
  PgParams& AddNull() {
    values_.emplace_back(std::nullopt);
    return *this;
  }
  size_t size() const { return values_.size(); }

  // Runs the prepared statement `name` with these parameters, then clears them.
  pqxx::result Exec(pqxx::transaction_base& txn, const std::string& name) {
    const auto values = Take();
    return txn.exec_prepared(name, pqxx::prepare::make_dynamic_params(Pointers(values)));
  }
  // Runs the SQL text `sql` ($1, $2, ... name the parameters), then clears them.
  pqxx::result ExecSql(pqxx::transaction_base& txn, const std::string& sql) {
    const auto values = Take();
    return txn.exec_params(sql, pqxx::prepare::make_dynamic_params(Pointers(values)));
  }

 private:
  using Values = std::vector<std::optional<std::string>>;

  // The parameters, leaving none behind even when the statement then fails.
  Values Take() {
    Values out;
    out.swap(values_);
    return out;
  }
  static std::vector<const char*> Pointers(const Values& values) {  // nullptr is SQL NULL
    std::vector<const char*> out;
    out.reserve(values.size());
    for (const auto& v : values) out.push_back(v ? v->c_str() : nullptr);
    return out;
  }

  Values values_;
};

}  // namespace sitrep::store
