// Words: a document's tokens cut into the units place names are matched over. A hyphenated
// token gives one word per part ("Alep-Est" -> alep, est), a French elision is its own word
// ("d'Alep" -> d, alep), other punctuation and numbers are barriers a name never crosses.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "geo/place_index.h"
#include "sitrep/document.h"
#include "text/analysis.h"

namespace sitrep::geo {

struct Word {
  Span span;         // in Analysis::norm
  std::string key;   // folded; for a barrier, its text
  uint32_t sentence = 0;
  bool barrier = false;  // punctuation, number, quote or symbol
  bool token_start = false;
  bool token_end = false;
  bool upper = false;   // starts with an upper-case letter
  bool arabic = false;  // Arabic script
  bool caps = false;    // two or more letters, all upper-case ASCII ("UN", "USA")
  bool sentence_start = false;
  bool elision = false;  // "d", "l" before an apostrophe
};

// Cuts `analysis` into words; `cues` gives the elisions.
std::vector<Word> SplitWords(const text::Analysis& analysis, const Cues& cues);

// Folded keys of words [first, last] joined by spaces.
std::string JoinKeys(const std::vector<Word>& words, size_t first, size_t last);

}  // namespace sitrep::geo
