// Folding of place names and words for matching: lower case, accents and Arabic vowel marks
// removed, hyphens and other punctuation to one space, apostrophes dropped ("Al-Bāb" -> "al bab",
// "Alep" -> "alep", "N'Djamena" -> "ndjamena"). The same fold is applied to gazetteer names at
// load time and to text words at tagging time, so equal folds mean the same written name.
#pragma once

#include <string>
#include <string_view>

namespace sitrep::geo {

// Appends the fold of `s` to *out (no leading or trailing space; runs of separators become one
// space). Thread-safe; the first call builds a code point table with ICU.
void AppendFold(std::string_view s, std::string* out);

inline std::string Fold(std::string_view s) {
  std::string out;
  AppendFold(s, &out);
  return out;
}

// True when the first character of `s` is an upper-case letter (any script with case).
bool StartsUpper(std::string_view s);

// True when the first character of `s` is in the Arabic block (no case: any Arabic word may be
// a name).
bool StartsArabic(std::string_view s);

}  // namespace sitrep::geo
