// DetectLanguage(): CLD2 (Debian's libcld2) on the plain text; "und" when CLD2 finds nothing,
// or is unsure about a short text.
#include <algorithm>
#include <cstdio>  // compact_lang_det.h uses FILE without including it

#include <cld2/public/compact_lang_det.h>

#include "text/analysis.h"

namespace sitrep::text {
namespace {

// Below this many letters an unreliable answer is no answer.
constexpr size_t kShortTextLetters = 40;

// Letters of `text`, roughly: ASCII letters and non-ASCII characters.
size_t CountLetters(std::string_view text) {
  size_t n = 0;
  for (char ch : text) {
    const auto b = static_cast<unsigned char>(ch);
    if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || b >= 0xC0)
      ++n;
  }
  return n;
}

}  // namespace

std::string DetectLanguage(std::string_view text) {
  text = text.substr(0, std::min<size_t>(text.size(), 1 << 16));
  const size_t letters = CountLetters(text);
  if (letters == 0)
    return "und";
  bool reliable = false;
  const CLD2::Language lang = CLD2::DetectLanguage(text.data(), static_cast<int>(text.size()),
                                                   /*is_plain_text=*/true, &reliable);
  if (lang == CLD2::UNKNOWN_LANGUAGE)
    return "und";
  if (!reliable && letters < kShortTextLetters)
    return "und";
  std::string code = CLD2::LanguageCode(lang);
  if (code == "un" || code.empty())
    return "und";
  return code;
}

}  // namespace sitrep::text
