// Name folding with ICU (NFD, drop combining marks, full case folding).
#include "eval/names.h"

#include <sstream>
#include <vector>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace sitrep::eval {
namespace {

std::vector<std::string> Words(const std::string& folded) {
  std::vector<std::string> words;
  std::istringstream in(folded);
  std::string w;
  while (in >> w) {
    words.push_back(w);
  }
  return words;
}

std::string Singular(const std::string& folded) {
  std::string out;
  for (std::string w : Words(folded)) {
    if (w.size() > 3 && w.back() == 's') {
      w.pop_back();
    }
    if (!out.empty()) {
      out += ' ';
    }
    out += w;
  }
  return out;
}

bool ContainsWords(const std::string& hay, const std::string& needle) {
  if (needle.empty()) {
    return false;
  }
  return (" " + hay + " ").find(" " + needle + " ") != std::string::npos;
}

}  // namespace

std::string FoldName(std::string_view name) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString in = icu::UnicodeString::fromUTF8(
      icu::StringPiece(name.data(), static_cast<int32_t>(name.size())));
  icu::UnicodeString decomposed = U_SUCCESS(status) ? nfd->normalize(in, status) : in;
  if (U_FAILURE(status)) {
    decomposed = in;
  }
  decomposed.foldCase();
  icu::UnicodeString kept;
  bool pending_space = false;
  for (int32_t i = 0; i < decomposed.length(); i = decomposed.moveIndex32(i, 1)) {
    const UChar32 c = decomposed.char32At(i);
    if (u_charType(c) == U_NON_SPACING_MARK) {
      continue;
    }
    if (u_isalnum(c)) {
      if (pending_space && kept.length() > 0) {
        kept.append(static_cast<UChar>(' '));
      }
      pending_space = false;
      kept.append(c);
    } else {
      pending_space = true;
    }
  }
  std::string out;
  kept.toUTF8String(out);
  return out;
}

bool SameSpeaker(std::string_view a, std::string_view b) {
  const std::string fa = FoldName(a), fb = FoldName(b);
  if (fa.empty() || fb.empty()) {
    return false;
  }
  if (fa == fb) {
    return true;
  }
  const std::vector<std::string> wa = Words(fa), wb = Words(fb);
  if (wa.back() != wb.back()) {
    return false;
  }
  const std::vector<std::string>& shorter = wa.size() <= wb.size() ? wa : wb;
  const std::string& longer = wa.size() <= wb.size() ? fb : fa;
  for (const std::string& w : shorter) {
    if (!ContainsWords(longer, w)) {
      return false;
    }
  }
  return true;
}

bool SameGroup(std::string_view a, std::string_view b) {
  return Singular(FoldName(a)) == Singular(FoldName(b));
}

bool SamePlace(std::string_view a, std::string_view b) {
  const std::string fa = FoldName(a), fb = FoldName(b);
  if (fa.empty() || fb.empty()) {
    return false;
  }
  return fa == fb || ContainsWords(fa, fb) || ContainsWords(fb, fa);
}

}  // namespace sitrep::eval
