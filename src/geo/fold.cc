// Fold(): a table from code points below U+2000 to their folded UTF-8 (built once with ICU:
// NFD, marks and modifier letters dropped, lower-cased), and an ASCII fast path.
#include "geo/fold.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <array>
#include <cstdint>

namespace sitrep::geo {
namespace {

constexpr UChar32 kTableSize = 0x2000;

// One folded entry: up to 7 bytes of UTF-8, a length, and whether it separates words.
struct Entry {
  std::array<char, 7> bytes{};
  uint8_t size = 0;
  bool separator = false;
};

bool IsSeparatorClass(int8_t type) {
  return type == U_SPACE_SEPARATOR || type == U_DASH_PUNCTUATION ||
         type == U_OTHER_PUNCTUATION || type == U_START_PUNCTUATION ||
         type == U_END_PUNCTUATION || type == U_CONNECTOR_PUNCTUATION ||
         type == U_INITIAL_PUNCTUATION || type == U_FINAL_PUNCTUATION ||
         type == U_CONTROL_CHAR || type == U_MATH_SYMBOL;
}

Entry FoldCodePoint(const icu::Normalizer2* nfd, UChar32 c) {
  Entry e;
  if (c == '\'' || c == 0x2019 || c == 0x2BC || c == 0x2BB || c == 0x2BE || c == 0x2BF ||
      c == 0x640) {
    return e;  // apostrophes, ayn/hamza letters, tatweel: dropped inside words
  }
  const int8_t type = u_charType(c);
  if (IsSeparatorClass(type)) {
    e.separator = true;
    return e;
  }
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString decomposed = nfd->normalize(icu::UnicodeString(c), status);
  if (U_FAILURE(status)) decomposed = icu::UnicodeString(c);
  std::string out;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 d = decomposed.char32At(i);
    i += U16_LENGTH(d);
    const int8_t t = u_charType(d);
    if (t == U_NON_SPACING_MARK || t == U_ENCLOSING_MARK || t == U_MODIFIER_LETTER) continue;
    d = u_tolower(d);
    if (d == 0x649) d = 0x64A;  // alef maqsura -> ya
    if (d == 0x131) d = 'i';    // dotless i
    char buf[4];
    int32_t n = 0;
    UBool err = false;
    U8_APPEND(buf, n, 4, d, err);
    if (!err) out.append(buf, static_cast<size_t>(n));
  }
  if (c == 0xDF) out = "ss";
  if (c == 0xE6 || c == 0xC6) out = "ae";
  if (c == 0xF8 || c == 0xD8) out = "o";
  if (c == 0x142 || c == 0x141) out = "l";
  if (c == 0x111 || c == 0x110) out = "d";
  if (c == 0x153 || c == 0x152) out = "oe";
  if (c == 0x259 || c == 0x18F || c == 0x1DD) out = "a";  // schwa: Gədəbəy is Gadabay
  if (out.size() > e.bytes.size()) out.resize(0);
  e.size = static_cast<uint8_t>(out.size());
  for (size_t i = 0; i < out.size(); ++i) e.bytes[i] = out[i];
  return e;
}

const std::array<Entry, kTableSize>& Table() {
  static const auto* table = [] {
    auto* t = new std::array<Entry, kTableSize>();
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    for (UChar32 c = 0x80; c < kTableSize; ++c) (*t)[static_cast<size_t>(c)] = FoldCodePoint(nfd, c);
    return t;
  }();
  return *table;
}

bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

void AppendSeparator(std::string* out, size_t start) {
  if (out->size() > start && out->back() != ' ') out->push_back(' ');
}

}  // namespace

void AppendFold(std::string_view s, std::string* out) {
  const size_t start = out->size();
  // Most words are ASCII letters and digits only: one append, lower-cased in place.
  size_t n = 0;
  while (n < s.size() && IsAsciiAlnum(s[n])) ++n;
  if (n == s.size()) {
    out->append(s);
    char* p = out->data() + start;
    for (size_t i = 0; i < n; ++i) {
      if (p[i] >= 'A' && p[i] <= 'Z') p[i] = static_cast<char>(p[i] + 32);
    }
    return;
  }
  const auto& table = Table();
  for (size_t i = 0; i < s.size();) {
    const unsigned char b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      if (b >= 'A' && b <= 'Z') {
        out->push_back(static_cast<char>(b + 32));
      } else if ((b >= 'a' && b <= 'z') || (b >= '0' && b <= '9')) {
        out->push_back(static_cast<char>(b));
      } else if (b != '\'') {
        AppendSeparator(out, start);
      }
      ++i;
      continue;
    }
    UChar32 c = 0;
    int32_t pos = static_cast<int32_t>(i);
    U8_NEXT(s.data(), pos, static_cast<int32_t>(s.size()), c);
    const size_t next = static_cast<size_t>(pos);
    if (c >= 0 && c < kTableSize) {
      const Entry& e = table[static_cast<size_t>(c)];
      if (e.separator) {
        AppendSeparator(out, start);
      } else {
        out->append(e.bytes.data(), e.size);
      }
    } else if (c == 0x2019 || c == 0x2018) {
      // apostrophe: dropped
    } else if (c >= 0x2000 && c < 0x2070) {
      AppendSeparator(out, start);  // general punctuation and spaces
    } else if (c > 0) {
      out->append(s.substr(i, next - i));
    }
    i = next;
  }
  if (out->size() > start && out->back() == ' ') out->pop_back();
}

bool StartsUpper(std::string_view s) {
  if (s.empty()) return false;
  const unsigned char b = static_cast<unsigned char>(s[0]);
  if (b < 0x80) return b >= 'A' && b <= 'Z';
  UChar32 c = 0;
  int32_t pos = 0;
  U8_NEXT(s.data(), pos, static_cast<int32_t>(s.size()), c);
  return c > 0 && u_isupper(c);
}

bool StartsArabic(std::string_view s) {
  if (s.size() < 2) return false;
  const unsigned char b = static_cast<unsigned char>(s[0]);
  return b >= 0xD8 && b <= 0xDB;  // U+0600..U+06FF lead bytes
}

}  // namespace sitrep::geo
