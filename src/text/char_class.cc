// Character classes: the ASCII table and the ICU-backed lookup for the rest.
#include "text/char_class.h"

#include <unicode/uchar.h>

namespace sitrep::text {

Cls ClassOf(int32_t c) {
  if (c < 0)
    return Cls::kSymbol;
  if (c < 0x80)
    return kAsciiClass[c];
  switch (c) {
    case 0x00AB:
    case 0x00BB:
    case 0x201A:
    case 0x201B:
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x2039:
    case 0x203A:
      return Cls::kQuote;
    default:
      break;
  }
  const uint32_t mask = U_GET_GC_MASK(c);
  if (mask & U_GC_L_MASK)
    return Cls::kLetter;
  if (mask & (U_GC_M_MASK | U_GC_CF_MASK))
    return Cls::kMark;
  if (mask & U_GC_ND_MASK)
    return Cls::kDigit;
  if (mask & (U_GC_Z_MASK | U_GC_CC_MASK))
    return Cls::kSpace;
  if (mask & U_GC_P_MASK)
    return Cls::kPunct;
  return Cls::kSymbol;
}

CodePoint CodePointBefore(std::string_view s, size_t i) {
  if (i == 0 || i > s.size())
    return CodePoint{};
  size_t j = i - 1;
  while (j > 0 && i - j < 4 && (static_cast<uint8_t>(s[j]) & 0xC0) == 0x80)
    --j;
  CodePoint cp = CodePointAt(s, j);
  if (j + cp.len != i) {  // not a whole sequence: take the last byte alone
    cp = CodePointAt(s, i - 1);
    if (cp.len != 1)
      cp = CodePoint{-1, 1, Cls::kSymbol};
  }
  return cp;
}

bool IsUpperCodePoint(int32_t c) {
  if (c < 0x80)
    return c >= 'A' && c <= 'Z';
  return c > 0 && (u_isupper(c) || u_istitle(c));
}

bool IsLowerCodePoint(int32_t c) {
  if (c < 0x80)
    return c >= 'a' && c <= 'z';
  return c > 0 && u_islower(c);
}

}  // namespace sitrep::text
