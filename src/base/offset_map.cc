// OffsetMap: per-byte original ranges, see offset_map.h.
#include "base/offset_map.h"

namespace sitrep {

void OffsetMap::Append(size_t derived_len, size_t orig_start, size_t orig_end) {
  for (size_t i = 0; i < derived_len; ++i) {
    starts_.push_back(static_cast<uint32_t>(orig_start));
    ends_.push_back(static_cast<uint32_t>(orig_end));
  }
}

void OffsetMap::Finish(size_t orig_size) {
  starts_.push_back(static_cast<uint32_t>(orig_size));
  ends_.push_back(static_cast<uint32_t>(orig_size));
}

size_t OffsetMap::StartToOriginal(size_t pos) const {
  if (starts_.empty()) return pos;
  if (pos >= starts_.size()) return starts_.back();
  return starts_[pos];
}

size_t OffsetMap::EndToOriginal(size_t pos) const {
  if (ends_.empty()) return pos;
  if (pos == 0) return starts_[0];
  if (pos >= ends_.size()) return ends_.back();
  // The end of a span is the end of the piece holding its last byte.
  return ends_[pos - 1];
}

OffsetMap OffsetMap::Identity(size_t n) {
  OffsetMap map;
  map.starts_.resize(n + 1);
  map.ends_.resize(n + 1);
  for (size_t i = 0; i <= n; ++i) {
    map.starts_[i] = static_cast<uint32_t>(i);
    map.ends_[i] = static_cast<uint32_t>(i < n ? i + 1 : n);
  }
  return map;
}

}  // namespace sitrep
