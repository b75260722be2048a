// Binary start-up caches of parsed data files (the gazetteer, the actor dictionaries): where
// they live, how a file is read whole, written atomically and sealed with a checksum, and a
// byte writer and bounds-checked reader for their contents. The data files stay the source: a
// cache records a fingerprint of them (and of the code that parsed them) and is ignored when
// that fingerprint, or its checksum, does not match.
//
// Usage:
//   cache::Fingerprint print(kFormat, CODE_HASH); print.AddFile(name, &bytes); ...
//   const uint64_t fp = print.value();
//   const std::string path = cache::PathFor("gazetteer", data_dir);
//   if (auto bytes = cache::ReadFile(path); bytes.ok()) {
//     std::string_view body = bytes->view();
//     if (cache::Unseal(&body, fp)) { cache::Reader r(body); ... }
//   }
//   std::string out; cache::Writer w(&out); ...; cache::WriteSealed(path, fp, &out);
#pragma once

#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "base/flat_map.h"
#include "sitrep/status.h"

namespace sitrep::cache {

// A file's bytes in a buffer that is not zeroed first (large files are read whole).
struct FileBytes {
  std::unique_ptr<char[]> data;
  size_t size = 0;
  std::string_view view() const { return {data.get(), size}; }
};

// The whole file; kNotFound "cannot open PATH" when it cannot be opened.
StatusOr<FileBytes> ReadFile(const std::string& path);

// The cache file of `kind` for the data folder `dir`: in $SITREP_CACHE_DIR, else
// $XDG_CACHE_HOME/sitrep, else $HOME/.cache/sitrep, named KIND-<hash of dir's absolute
// path>.bin. "" when SITREP_CACHE_DIR is set and empty, or no folder is known: no cache then.
std::string PathFor(std::string_view kind, const std::string& dir);

// The fingerprint a cache is keyed by: the cache's format line and the hash of the code that
// builds it, then each source file by name and bytes, in a fixed order. Any change of either
// (or a file gone) gives another fingerprint.
class Fingerprint {
 public:
  Fingerprint(std::string_view format, std::string_view code_hash)
      : value_(HashBytes(format) ^ HashBytes(code_hash)) {}
  // `bytes` is null for a file that is absent.
  void AddFile(std::string_view name, const std::string_view* bytes) {
    const uint64_t h = bytes != nullptr ? HashBytes(*bytes) : 1;
    value_ = HashBytes(std::string_view(reinterpret_cast<const char*>(&value_), 8)) ^
             HashBytes(name) ^ (h * 0x9E3779B97F4A7C15ull);
  }
  uint64_t value() const { return value_; }

 private:
  uint64_t value_;
};

// Appends `fingerprint` and a checksum to *bytes and writes them to `path` through a temporary
// file renamed over it, so that a reader never sees half a file (several processes may write
// one cache at once). Failures are ignored: a cache only spares parsing.
void WriteSealed(const std::string& path, uint64_t fingerprint, std::string* bytes);

// True when *bytes (a file WriteSealed wrote) is whole and was written for `fingerprint`;
// then *bytes is cut to what the writer wrote.
bool Unseal(std::string_view* bytes, uint64_t fingerprint);

// Appends fixed-size values and length-prefixed strings and arrays to a byte string.
class Writer {
 public:
  explicit Writer(std::string* out) : out_(out) {}
  template <typename T>
  void Put(T v) {
    static_assert(std::is_trivially_copyable_v<T>);
    out_->append(reinterpret_cast<const char*>(&v), sizeof(T));
  }
  void PutString(std::string_view s) {
    Put(static_cast<uint32_t>(s.size()));
    out_->append(s);
  }
  // Elements must have no padding bytes (their bytes are written as they are).
  template <typename T>
  void PutVector(const std::vector<T>& v) {
    static_assert(std::is_trivially_copyable_v<T>);
    Put(static_cast<uint64_t>(v.size()));
    out_->append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
  }

 private:
  std::string* out_;
};

// Reads what Writer wrote; a read past the end makes ok() false (and gives zeros).
class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  bool ok() const { return ok_; }
  bool at_end() const { return in_.empty(); }
  size_t remaining() const { return in_.size(); }
  template <typename T>
  T Get() {
    static_assert(std::is_trivially_copyable_v<T>);
    T v{};
    const std::string_view bytes = Take(sizeof(T));
    if (ok_) std::memcpy(&v, bytes.data(), sizeof(T));
    return v;
  }
  std::string_view GetString() { return Take(Get<uint32_t>()); }
  template <typename T>
  bool GetVector(std::vector<T>* v) {
    const auto n = Get<uint64_t>();
    if (n > in_.size() / sizeof(T)) return Fail();
    const std::string_view bytes = Take(n * sizeof(T));
    v->resize(n);
    if (n > 0) std::memcpy(v->data(), bytes.data(), bytes.size());
    return ok_;
  }
  // A count of items that each take at least one byte: false (and not ok) when too large.
  bool GetCount(uint64_t* n) {
    *n = Get<uint64_t>();
    return ok_ && *n <= in_.size() ? true : Fail();
  }

 private:
  bool Fail() {
    ok_ = false;
    in_ = {};
    return false;
  }
  std::string_view Take(size_t n) {
    if (in_.size() < n) {
      Fail();
      return {};
    }
    const std::string_view s = in_.substr(0, n);
    in_.remove_prefix(n);
    return s;
  }
  std::string_view in_;
  bool ok_ = true;
};

}  // namespace sitrep::cache
