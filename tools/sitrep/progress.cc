// Progress bar drawing, at most ten times a second.
#include "progress.h"

#include <unistd.h>

#include <cstdio>

namespace sitrep::cli {

Progress::Progress(int64_t total_bytes)
    : enabled_(isatty(STDERR_FILENO) == 1),
      total_bytes_(total_bytes),
      start_(std::chrono::steady_clock::now()),
      last_draw_(start_) {}

void Progress::Update(int64_t docs, int64_t bytes) {
  last_docs_ = docs;
  last_bytes_ = bytes;
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  if (now - last_draw_ < std::chrono::milliseconds(100)) return;
  last_draw_ = now;
  const double secs = std::chrono::duration<double>(now - start_).count();
  const double mbps = secs > 0 ? static_cast<double>(bytes) / 1e6 / secs : 0.0;
  char eta[32] = "--";
  if (total_bytes_ > 0 && bytes > 0 && mbps > 0) {
    double left = static_cast<double>(total_bytes_ - bytes) / 1e6 / mbps;
    if (left < 0) left = 0;
    std::snprintf(eta, sizeof eta, "%dm%02ds", static_cast<int>(left) / 60,
                  static_cast<int>(left) % 60);
  }
  int pct = total_bytes_ > 0 ? static_cast<int>(100.0 * static_cast<double>(bytes) /
                                                static_cast<double>(total_bytes_))
                             : 0;
  if (pct > 100) pct = 100;
  char bar[21];
  for (int i = 0; i < 20; ++i) bar[i] = i < pct / 5 ? '#' : '.';
  bar[20] = '\0';
  std::fprintf(stderr, "\r[%s] %3d%%  %lld docs  %.1f MB/s  ETA %s   ", bar, pct,
               static_cast<long long>(docs), mbps, eta);
  std::fflush(stderr);
}

void Progress::Finish() {
  if (!enabled_) return;
  std::fprintf(stderr, "\r%80s\r", "");
  std::fflush(stderr);
}

}  // namespace sitrep::cli
