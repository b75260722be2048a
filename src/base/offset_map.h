// OffsetMap: takes a byte position in a derived (normalized) string back to the byte position
// in the original it came from, so spans found on normalized text point at the source's bytes.
//
// DESCRIPTION
//   Built while the derived string is written: each appended piece records which original
//   range it replaces. ToOriginal(pos) for a position inside a piece that replaced a longer or
//   shorter original range maps to the start of that range (for a span start) or its end (for
//   a span end), so a span never cuts a source character in two.
// IMPLEMENTATION
//   One uint32 per derived byte plus one for the end: 4 bytes per byte of text. Documents are
//   bounded by ReadOptions::max_document_bytes, so this stays small.
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

  // Records that `derived_len` bytes appended to the derived string come from original bytes
  // [orig_start, orig_end). Pieces must be appended in order.
  void Append(size_t derived_len, size_t orig_start, size_t orig_end);
  // Ends the map; `orig_size` is the original's length.
  void Finish(size_t orig_size);

  // Original position of derived position `pos` (0 <= pos <= derived size).
  size_t StartToOriginal(size_t pos) const;
  size_t EndToOriginal(size_t pos) const;
  Span ToOriginal(Span derived) const {
    return Span{StartToOriginal(derived.start), EndToOriginal(derived.end)};
  }
  size_t derived_size() const { return starts_.empty() ? 0 : starts_.size() - 1; }

  // Identity map over `n` bytes.
  static OffsetMap Identity(size_t n);

 private:
  std::vector<uint32_t> starts_;  // original start of the piece holding each derived byte
  std::vector<uint32_t> ends_;    // original end of the piece holding each derived byte
};

}  // namespace sitrep
