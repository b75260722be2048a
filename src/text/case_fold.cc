// FoldToken(): ASCII fast path; other code points through u_foldCase and a table of base
// letters built once from ICU's NFD decompositions (U+0080..U+1FFF: Latin, Greek, Cyrillic,
// Arabic, ...); combining marks anywhere are dropped from the accent-free form.
#include "text/case_fold.h"

#include <array>
#include <cstdint>
#include <vector>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace sitrep::text {
namespace {

constexpr UChar32 kTableEnd = 0x2000;

// base[c] = the letter c is built on when its canonical decomposition is that letter plus
// combining marks; 0 for a combining mark; c itself otherwise.
std::vector<UChar32> BuildBaseTable() {
  std::vector<UChar32> base(kTableEnd);
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(err);
  for (UChar32 c = 0; c < kTableEnd; ++c) {
    base[c] = c;
    if (U_GET_GC_MASK(c) & U_GC_M_MASK) {
      base[c] = 0;
      continue;
    }
    icu::UnicodeString d;
    if (U_FAILURE(err) || !nfd->getDecomposition(c, d) || d.length() == 0)
      continue;
    const UChar32 first = d.char32At(0);
    bool rest_marks = true;
    for (int32_t k = U16_LENGTH(first); k < d.length(); k += U16_LENGTH(d.char32At(k))) {
      if (!(U_GET_GC_MASK(d.char32At(k)) & U_GC_M_MASK))
        rest_marks = false;
    }
    if (rest_marks)
      base[c] = first;
  }
  return base;
}

UChar32 BaseOf(UChar32 c) {
  static const std::vector<UChar32> table = BuildBaseTable();
  if (c < kTableEnd)
    return table[static_cast<size_t>(c)];
  return (U_GET_GC_MASK(c) & U_GC_M_MASK) ? 0 : c;
}

bool IsUpper(UChar32 c) {
  if (c < 0x80)
    return c >= 'A' && c <= 'Z';
  return u_isupper(c) || u_istitle(c);
}

void AppendUtf8(UChar32 c, std::string* out) {
  char buf[4];
  int32_t len = 0;
  UBool error = false;
  U8_APPEND(reinterpret_cast<uint8_t*>(buf), len, 4, c, error);
  if (!error)
    out->append(buf, static_cast<size_t>(len));
}

// What FoldAscii needs to know of an ASCII byte, one table load per byte.
enum AsciiKind : uint8_t { kUpper = 1, kLower = 2, kDigit = 4, kOther = 8 };

constexpr std::array<uint8_t, 128> MakeAsciiKinds() {
  std::array<uint8_t, 128> t{};
  for (int c = 0; c < 128; ++c) {
    const bool up = c >= 'A' && c <= 'Z', low = c >= 'a' && c <= 'z', digit = c >= '0' && c <= '9';
    t[static_cast<size_t>(c)] = up ? kUpper : low ? kLower : digit ? kDigit : kOther;
  }
  return t;
}

constexpr std::array<uint8_t, 128> kAsciiKinds = MakeAsciiKinds();

// The ASCII case: returns false (with *lower partly written) at the first non-ASCII byte.
bool FoldAscii(std::string_view text, std::string* lower, std::string* fold, bool* capitalized,
               bool* all_caps, bool* plain) {
  const std::string_view src = text;
  lower->assign(src.data(), src.size());
  char* out = lower->data();
  unsigned seen = 0;  // AsciiKind bits of the bytes so far
  for (size_t i = 0; i < src.size(); ++i) {
    const auto c = static_cast<unsigned char>(src[i]);
    if (c >= 0x80)
      return false;
    const uint8_t kind = kAsciiKinds[c];
    if ((seen & (kUpper | kLower)) == 0 && (kind & (kUpper | kLower)) != 0)
      *capitalized = kind == kUpper;  // the first letter
    seen |= kind;
    out[i] = static_cast<char>(c | ((kind & kUpper) << 5));  // 'A' | 0x20 == 'a'
  }
  *all_caps = (seen & kUpper) != 0 && (seen & kLower) == 0;
  if (plain != nullptr)
    *plain = (seen & kOther) == 0 && !src.empty();
  if (fold != nullptr)
    fold->assign(out, src.size());
  return true;
}

}  // namespace

void FoldToken(std::string_view text, std::string* lower, std::string* fold, bool* capitalized,
               bool* all_caps, bool* plain) {
  *capitalized = *all_caps = false;
  if (plain != nullptr)
    *plain = false;
  if (FoldAscii(text, lower, fold, capitalized, all_caps, plain))
    return;
  *capitalized = false;
  lower->clear();
  if (fold != nullptr)
    fold->clear();
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t n = static_cast<int32_t>(text.size());
  bool any_letter = false, any_upper = false, any_lower = false;
  for (int32_t i = 0; i < n;) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) {
      const std::string_view raw =
          text.substr(static_cast<size_t>(start), static_cast<size_t>(i - start));
      lower->append(raw);
      if (fold != nullptr)
        fold->append(raw);
      continue;
    }
    const bool alpha = c < 0x80 ? ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') : u_isalpha(c) != 0;
    if (alpha) {
      const bool up = IsUpper(c);
      if (!any_letter)
        *capitalized = up;
      any_letter = true;
      any_upper = any_upper || up;
      any_lower = any_lower || (c < 0x80 ? !up : u_islower(c) != 0);
    }
    if (c < 0x80) {
      const char low = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
      lower->push_back(low);
      if (fold != nullptr)
        fold->push_back(low);
      continue;
    }
    const UChar32 f = u_foldCase(c, U_FOLD_CASE_DEFAULT);
    AppendUtf8(f, lower);
    if (fold == nullptr)
      continue;
    const UChar32 b = BaseOf(f);
    if (b != 0)
      AppendUtf8(b, fold);
  }
  *all_caps = any_upper && !any_lower;
}

std::string AccentFold(std::string_view text) {
  std::string lower, fold;
  bool capitalized = false, all_caps = false;
  FoldToken(text, &lower, &fold, &capitalized, &all_caps);
  return fold;
}

}  // namespace sitrep::text
