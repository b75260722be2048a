// DetectLanguage(): CLD2 (Debian's libcld2) on the plain text.
#include <algorithm>
#include <cstdio>  // compact_lang_det.h uses FILE without including it

#include <cld2/public/compact_lang_det.h>

#include "text/analysis.h"

namespace sitrep::text {

std::string DetectLanguage(std::string_view text) {
  bool reliable = false;
  const int len = static_cast<int>(std::min<size_t>(text.size(), 1 << 16));
  CLD2::Language lang = CLD2::DetectLanguage(text.data(), len, /*is_plain_text=*/true, &reliable);
  if (lang == CLD2::UNKNOWN_LANGUAGE) return "und";
  std::string code = CLD2::LanguageCode(lang);
  if (code == "un" || code.empty()) return "und";
  return code;
}

}  // namespace sitrep::text
