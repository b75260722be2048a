// Case folding for tokens: the case-folded form, the same without accents, and the token's
// capitalization, in one pass over its UTF-8 bytes (ASCII without ICU calls).
#pragma once

#include <string>
#include <string_view>

namespace sitrep::text {

// Writes the forms of `text` (UTF-8; invalid bytes are copied): *lower = ICU simple case
// folding; *fold = *lower with combining marks removed (accented letters to their base);
// *capitalized = the first letter is upper or title case; *all_caps = some upper-case letter
// and no lower-case one; *plain (when not null) = `text` is ASCII letters and digits only.
// `fold` may be null (not computed). Thread-safe.
void FoldToken(std::string_view text, std::string* lower, std::string* fold, bool* capitalized,
               bool* all_caps, bool* plain = nullptr);

// The case-folded form of `text` without accents or other combining marks
// ("ÉTATS-UNIS" -> "etats-unis"), as FoldToken() writes to *fold. Thread-safe.
std::string AccentFold(std::string_view text);

}  // namespace sitrep::text
