// Progress: a one-line bar on stderr (documents, MB/s, ETA) when stderr is a terminal;
// silent in a pipe or a file.
#pragma once

#include <chrono>
#include <cstdint>

namespace sitrep::cli {

class Progress {
 public:
  // `total_bytes` (input size on disk) drives the ETA; 0 when unknown.
  explicit Progress(int64_t total_bytes);
  void Update(int64_t docs, int64_t bytes);
  void Finish();
  bool enabled() const { return enabled_; }

 private:
  bool enabled_;
  int64_t total_bytes_;
  int64_t last_docs_ = 0;
  int64_t last_bytes_ = 0;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_;
};

}  // namespace sitrep::cli
