// Character classes for the tokenizer and sentence splitter: one table lookup for ASCII, one
// ICU property lookup (u_charType) for any other code point.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

#include <unicode/utf8.h>

namespace sitrep::text {

enum class Cls : uint8_t {
  kSpace,    // space, control characters (never part of a token)
  kNewline,  // '\n'
  kLetter,   // L*
  kMark,     // M*, Cf: joins a word, never starts one
  kDigit,    // Nd
  kQuote,    // " « » “ ” „ ‟ ‹ › ‚ ‛
  kApos,     // ' (after normalization every apostrophe)
  kHyphen,   // -
  kDot,      // .
  kComma,    // ,
  kPunct,    // other punctuation: ! ? ; : ( ) … – —
  kSymbol,   // % $ € & # @ + = < > ..., other symbols, invalid bytes
};

namespace internal {
constexpr std::array<Cls, 128> MakeAsciiClassTable() {
  std::array<Cls, 128> t{};
  for (int c = 0; c < 128; ++c) {
    Cls k = Cls::kSymbol;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      k = Cls::kLetter;
    } else if (c >= '0' && c <= '9') {
      k = Cls::kDigit;
    } else if (c == '\n') {
      k = Cls::kNewline;
    } else if (c <= ' ' || c == 0x7F) {
      k = Cls::kSpace;
    } else if (c == '"') {
      k = Cls::kQuote;
    } else if (c == '\'') {
      k = Cls::kApos;
    } else if (c == '-') {
      k = Cls::kHyphen;
    } else if (c == '.') {
      k = Cls::kDot;
    } else if (c == ',') {
      k = Cls::kComma;
    } else if (c == '!' || c == '?' || c == ';' || c == ':' || c == '(' || c == ')' || c == '[' ||
               c == ']' || c == '{' || c == '}' || c == '/' || c == '\\' || c == '_') {
      k = Cls::kPunct;
    }
    t[static_cast<size_t>(c)] = k;
  }
  return t;
}
}  // namespace internal

inline constexpr std::array<Cls, 128> kAsciiClass = internal::MakeAsciiClassTable();

struct CodePoint {
  int32_t c = -1;    // the code point, negative for an invalid byte sequence
  uint32_t len = 0;  // bytes; 0 only at the end of the text
  Cls cls = Cls::kSpace;
};

// Class of the non-ASCII code point `c` (c < 0: invalid).
Cls ClassOf(int32_t c);

// The code point at byte `i` of `s` (len 0 when i >= s.size()).
inline CodePoint CodePointAt(std::string_view s, size_t i) {
  CodePoint cp;
  if (i >= s.size())
    return cp;
  const auto b = static_cast<uint8_t>(s[i]);
  if (b < 0x80) {
    cp.c = b;
    cp.len = 1;
    cp.cls = kAsciiClass[b];
    return cp;
  }
  int32_t j = static_cast<int32_t>(i);
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), j, static_cast<int32_t>(s.size()), c);
  cp.c = c;
  cp.len = static_cast<uint32_t>(j - static_cast<int32_t>(i));
  cp.cls = ClassOf(c);
  return cp;
}

// The code point ending just before byte `i` (len 0 at the start of the text).
CodePoint CodePointBefore(std::string_view s, size_t i);

inline bool IsWordClass(Cls c) {
  return c == Cls::kLetter || c == Cls::kMark || c == Cls::kDigit;
}

// True for an upper- or title-case letter.
bool IsUpperCodePoint(int32_t c);
// True for a lower-case letter.
bool IsLowerCodePoint(int32_t c);

}  // namespace sitrep::text
