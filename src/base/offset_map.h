// OffsetMap: takes a byte position in a derived (normalized) string back to the byte position
// in the original it came from, so spans found on normalized text point at the source's bytes.
//
// DESCRIPTION
//   Built while the derived string is written, in order. Two kinds of pieces:
//   - a copy (AppendCopy): derived bytes equal to original bytes, mapped byte for byte;
//   - a replacement (Append): derived bytes that stand for an original range of another length
//     or content. Any position inside it maps to the start of that range (for a span start) or
//     its end (for a span end), so a span never cuts a source character in two.
//   Original bytes that produce nothing (deleted characters) are simply skipped.
//   StartToOriginal(p) is the original start of the piece holding derived byte p;
//   EndToOriginal(p) is the original end of the piece holding derived byte p - 1.
// IMPLEMENTATION
//   A sorted vector of segments {derived start, original start, original end, exact}; adjacent
//   copies merge into one segment, so text that needs no change costs one segment. Finish()
//   adds a bucket index (the segment holding every 64th derived byte), so a lookup is one
//   table read and a short forward step; an unfinished map falls back to a binary search.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "sitrep/document.h"

namespace sitrep {

class OffsetMap {
 public:
  OffsetMap() = default;
  // Copyable and movable: plain vectors.

  // Records that `derived_len` bytes appended to the derived string replace original bytes
  // [orig_start, orig_end). `derived_len` may be 0 (a deletion). Pieces must come in order.
  void Append(size_t derived_len, size_t orig_start, size_t orig_end);
  // Records that `len` bytes appended to the derived string are a copy of original bytes
  // [orig_start, orig_start + len).
  void AppendCopy(size_t len, size_t orig_start);
  // Ends the map; `orig_size` is the original's length. Later appends are not allowed.
  void Finish(size_t orig_size);

  // Original position of derived position `pos` (0 <= pos <= derived size); positions past the
  // end map to the original's end. An empty map (never built) is the identity.
  // Inline for a finished map (the bucket index); the rest out of line.
  size_t StartToOriginal(size_t pos) const {
    if (pos < derived_size_ && !bucket_first_.empty()) {
      const Segment& s = segments_[IndexedSegmentOf(pos)];
      return s.exact ? s.orig_start + (pos - s.derived_start) : s.orig_start;
    }
    return StartToOriginalSlow(pos);
  }
  size_t EndToOriginal(size_t pos) const {
    if (pos > 0 && pos <= derived_size_ && !bucket_first_.empty()) {
      const Segment& s = segments_[IndexedSegmentOf(pos - 1)];
      return s.exact ? s.orig_start + (pos - s.derived_start) : s.orig_end;
    }
    return EndToOriginalSlow(pos);
  }

  Span ToOriginal(Span derived) const {
    if (derived.end <= derived.start) {
      const size_t p = StartToOriginal(derived.start);
      return Span{p, p};
    }
    return Span{StartToOriginal(derived.start), EndToOriginal(derived.end)};
  }

  size_t derived_size() const { return derived_size_; }

  // Number of segments (for tests and memory accounting).
  size_t segment_count() const { return segments_.size(); }

  // Identity map over `n` bytes.
  static OffsetMap Identity(size_t n);

 private:
  struct Segment {
    uint32_t derived_start;
    uint32_t orig_start;
    uint32_t orig_end;
    bool exact;  // a copy: derived byte i maps to orig_start + (i - derived_start)
  };

  // Index of the segment holding derived byte `pos` (pos < derived_size_).
  size_t SegmentOf(size_t pos) const;
  // The same through the bucket index (built: the map is finished and not empty).
  size_t IndexedSegmentOf(size_t pos) const {
    size_t seg = bucket_first_[pos >> kBucketBits];
    while (seg + 1 < segments_.size() && segments_[seg + 1].derived_start <= pos) ++seg;
    return seg;
  }
  size_t StartToOriginalSlow(size_t pos) const;
  size_t EndToOriginalSlow(size_t pos) const;

  static constexpr size_t kBucketBits = 6;  // a bucket per 64 derived bytes

  std::vector<Segment> segments_;
  std::vector<uint32_t> bucket_first_;  // segment holding derived byte b << kBucketBits
  size_t derived_size_ = 0;
  size_t orig_size_ = 0;
  bool finished_ = false;
};

}  // namespace sitrep
