// OffsetMap: sorted segments, see offset_map.h.
#include "base/offset_map.h"

#include <algorithm>

namespace sitrep {

void OffsetMap::Append(size_t derived_len, size_t orig_start, size_t orig_end) {
  if (derived_len == 0)
    return;  // a deletion: the original bytes map to nothing
  if (derived_len == 1 && orig_end == orig_start + 1) {
    AppendCopy(1, orig_start);  // a one-byte replacement maps like a copy
    return;
  }
  segments_.push_back(Segment{static_cast<uint32_t>(derived_size_),
                              static_cast<uint32_t>(orig_start), static_cast<uint32_t>(orig_end),
                              false});
  derived_size_ += derived_len;
}

void OffsetMap::AppendCopy(size_t len, size_t orig_start) {
  if (len == 0)
    return;
  if (!segments_.empty()) {
    Segment& last = segments_.back();
    if (last.exact && last.orig_end == orig_start &&
        last.derived_start + (last.orig_end - last.orig_start) == derived_size_) {
      last.orig_end = static_cast<uint32_t>(orig_start + len);
      derived_size_ += len;
      return;
    }
  }
  segments_.push_back(Segment{static_cast<uint32_t>(derived_size_),
                              static_cast<uint32_t>(orig_start),
                              static_cast<uint32_t>(orig_start + len), true});
  derived_size_ += len;
}

void OffsetMap::Finish(size_t orig_size) {
  orig_size_ = orig_size;
  finished_ = true;
  bucket_first_.clear();
  if (segments_.empty())
    return;
  bucket_first_.resize(((derived_size_ - 1) >> kBucketBits) + 1);
  size_t seg = 0;
  for (size_t b = 0; b < bucket_first_.size(); ++b) {
    const size_t pos = b << kBucketBits;
    while (seg + 1 < segments_.size() && segments_[seg + 1].derived_start <= pos)
      ++seg;
    bucket_first_[b] = static_cast<uint32_t>(seg);
  }
}

size_t OffsetMap::SegmentOf(size_t pos) const {
  if ((pos >> kBucketBits) < bucket_first_.size())
    return IndexedSegmentOf(pos);
  auto it = std::upper_bound(segments_.begin(), segments_.end(), pos,
                             [](size_t p, const Segment& s) { return p < s.derived_start; });
  return static_cast<size_t>(it - segments_.begin()) - 1;
}

size_t OffsetMap::StartToOriginalSlow(size_t pos) const {
  if (!finished_ && segments_.empty())
    return pos;
  if (pos >= derived_size_)
    return orig_size_;
  const Segment& s = segments_[SegmentOf(pos)];
  return s.exact ? s.orig_start + (pos - s.derived_start) : s.orig_start;
}

size_t OffsetMap::EndToOriginalSlow(size_t pos) const {
  if (!finished_ && segments_.empty())
    return pos;
  if (pos == 0)
    return StartToOriginal(0);
  if (pos > derived_size_)
    pos = derived_size_;
  const Segment& s = segments_[SegmentOf(pos - 1)];
  return s.exact ? s.orig_start + (pos - s.derived_start) : s.orig_end;
}

OffsetMap OffsetMap::Identity(size_t n) {
  OffsetMap map;
  map.AppendCopy(n, 0);
  map.Finish(n);
  return map;
}

}  // namespace sitrep
