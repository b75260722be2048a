// UTF-8 checks after RFC 3629 (no overlongs, no surrogates, nothing above U+10FFFF).
#include "base/utf8.h"

#include <cstdint>
#include <cstring>

namespace sitrep {
namespace {

// True when none of the eight bytes at `p` has its high bit set.
bool AllAscii8(const char* p) {
  uint64_t v = 0;
  std::memcpy(&v, p, sizeof(v));
  return (v & 0x8080808080808080ull) == 0;
}

}  // namespace

size_t Utf8SequenceLength(std::string_view text, size_t pos) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  const unsigned char c = s[pos];
  if (c < 0x80) {
    return 1;
  }
  size_t len = 0;
  unsigned char lo = 0x80;
  unsigned char hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) {
    len = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    len = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  if (pos + len > n) {
    return 0;
  }
  if (s[pos + 1] < lo || s[pos + 1] > hi) {
    return 0;
  }
  for (size_t k = 2; k < len; ++k) {
    if (s[pos + k] < 0x80 || s[pos + k] > 0xBF) {
      return 0;
    }
  }
  return len;
}

size_t FindInvalidUtf8(std::string_view text) {
  size_t pos = 0;
  while (pos < text.size()) {
    // Fast path over ASCII: eight bytes at a time, then one.
    if (pos + 8 <= text.size() && AllAscii8(text.data() + pos)) {
      pos += 8;
      continue;
    }
    if (static_cast<unsigned char>(text[pos]) < 0x80) {
      ++pos;
      continue;
    }
    const size_t len = Utf8SequenceLength(text, pos);
    if (len == 0) {
      return pos;
    }
    pos += len;
  }
  return std::string_view::npos;
}

bool RepairUtf8(std::string_view text, std::string* out, std::vector<size_t>* bad_offsets) {
  out->clear();
  out->reserve(text.size());
  bool valid = true;
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t len = Utf8SequenceLength(text, pos);
    if (len > 0) {
      out->append(text.data() + pos, len);
      pos += len;
      continue;
    }
    valid = false;
    if (bad_offsets != nullptr) {
      bad_offsets->push_back(pos);
    }
    out->append("\xEF\xBF\xBD");
    // Skip the lead byte and any continuation bytes that follow it.
    ++pos;
    while (pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) {
      ++pos;
    }
  }
  return valid;
}

}  // namespace sitrep
