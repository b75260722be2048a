// Status and StatusOr<T>: sitrep's error values. No exception crosses the sitrep API; every
// fallible call returns one of these, and input errors name the file and the byte offset.
//
// Usage:
//   sitrep::StatusOr<Document> doc = ReadSomething(path);
//   if (!doc.ok()) { std::cerr << doc.status().ToString(); }
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace sitrep {

enum class StatusCode : uint8_t {
  kOk = 0,
  kInvalidArgument,  // bad input: malformed file, line or option
  kDataLoss,         // input truncated or corrupted (bad gzip, invalid UTF-8)
  kNotFound,         // a file, table or key that is not there
  kUnavailable,      // a service (database) that cannot be reached
  kInternal,         // a bug in sitrep
};

// A result without a value. Copyable and movable: it is a small value.
class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }

  // "INVALID_ARGUMENT: file.jsonl:12: expected ..." (just "OK" when ok()).
  std::string ToString() const;

  // Where in the input the error sits; filled by readers, empty otherwise.
  std::string file;
  std::optional<uint64_t> offset;  // byte offset in the file (or in the decompressed stream)
  std::optional<uint64_t> line;    // 1-based line, for line-oriented formats

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

Status InvalidArgumentError(std::string message);
Status DataLossError(std::string message);
Status NotFoundError(std::string message);
Status UnavailableError(std::string message);
Status InternalError(std::string message);

// Either a value or a non-ok Status. Copyable and movable when T is.
template <typename T>
class [[nodiscard]] StatusOr {
 public:
  StatusOr(T value) : value_(std::move(value)) {}          // NOLINT: implicit like absl
  StatusOr(Status status) : value_(std::move(status)) {}   // NOLINT: must not be ok()

  bool ok() const { return std::holds_alternative<T>(value_); }
  const Status& status() const {
    static const Status kOkStatus;
    return ok() ? kOkStatus : std::get<Status>(value_);
  }
  T& value() & { return std::get<T>(value_); }
  const T& value() const& { return std::get<T>(value_); }
  T&& value() && { return std::get<T>(std::move(value_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

 private:
  std::variant<T, Status> value_;
};

}  // namespace sitrep

#define SITREP_RETURN_IF_ERROR(expr)      \
  do {                                    \
    ::sitrep::Status sitrep_status_ = (expr); \
    if (!sitrep_status_.ok()) return sitrep_status_; \
  } while (0)

#define SITREP_CONCAT_INNER_(a, b) a##b
#define SITREP_CONCAT_(a, b) SITREP_CONCAT_INNER_(a, b)
#define SITREP_ASSIGN_OR_RETURN(lhs, expr)                                  \
  auto SITREP_CONCAT_(sitrep_or_, __LINE__) = (expr);                       \
  if (!SITREP_CONCAT_(sitrep_or_, __LINE__).ok())                           \
    return SITREP_CONCAT_(sitrep_or_, __LINE__).status();                   \
  lhs = std::move(SITREP_CONCAT_(sitrep_or_, __LINE__)).value()
