// DetectLanguage(): CLD2 (Debian's libcld2) on the plain text; "und" when CLD2 finds nothing,
// or is unsure about a short text.
#include <cstdio>  // compact_lang_det.h uses FILE without including it

#include <cld2/public/compact_lang_det.h>

#include "text/analysis.h"

namespace sitrep::text {
namespace {

// Below this many letters an unreliable answer is no answer.
constexpr size_t kShortTextLetters = 40;
// CLD2 reads at most this many bytes: a news text's language shows in its first hundred or so
// words, and langid then costs the same for every document. On the 385 articles of
// ../shared/data/articles every answer is the same from 400 bytes up; 1000 leaves a margin.
constexpr size_t kMaxBytes = 1000;

// `text` cut to at most kMaxBytes at a UTF-8 character boundary.
std::string_view Head(std::string_view text) {
  if (text.size() <= kMaxBytes)
    return text;
  size_t cut = kMaxBytes;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
    --cut;
  return text.substr(0, cut);
}

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
  text = Head(text);
  const size_t letters = CountLetters(text);
  if (letters == 0)
    return "und";
  // The language holding most of the text. CLD2's own summary prefers a second language over
  // English when both are present (a rule for web pages), which mislabels English news that
  // quotes a few Persian or Russian words.
  CLD2::Language top3[3];
  int percent3[3];
  int text_bytes = 0;
  bool reliable = false;
  CLD2::ExtDetectLanguageSummary(text.data(), static_cast<int>(text.size()),
                                 /*is_plain_text=*/true, top3, percent3, &text_bytes, &reliable);
  const CLD2::Language lang = top3[0];
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
