// Case folding for tokens: the case-folded form, the same without accents, and the token's
// capitalization, in one pass over its UTF-8 bytes (ASCII without ICU calls).
#pragma once

#include <string>
#include <string_view>

namespace sitrep::text {

struct FoldedForms {
  std::string lower;  // ICU simple case folding
  std::string fold;   // `lower` with combining marks removed (accented letters to their base)
  bool capitalized = false;
  bool all_caps = false;
};

// Fills `out` from `text` (UTF-8; invalid bytes are copied). Thread-safe.
void FoldToken(std::string_view text, FoldedForms* out);

}  // namespace sitrep::text
