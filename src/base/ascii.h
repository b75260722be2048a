// ASCII-only lower-casing: 'A'..'Z' become 'a'..'z'; every other byte (UTF-8 ones included)
// is kept, so byte lengths and offsets do not change. Same as std::tolower on unsigned char
// in the "C" locale, which sitrep never leaves.
#pragma once

#include <string>
#include <string_view>

namespace sitrep {

// Lower-cases the ASCII capitals of *s in place.
inline void AsciiLowerInPlace(std::string* s) {
  for (char& c : *s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
}

// `s` with its ASCII capitals in lower case.
inline std::string AsciiLower(std::string_view s) {
  std::string out(s);
  AsciiLowerInPlace(&out);
  return out;
}

}  // namespace sitrep
