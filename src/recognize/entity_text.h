// Entity text units: the words the entity recognizer matches, cut finer than the tokenizer's
// tokens (French elisions "l'", hyphen parts, English "'s") and keyed case- and accent-folded,
// so that "l'ONU", "Choïgou" and "Alep-Est" match dictionary entries written "ONU",
// "Choigou" and "Alep Est". The same cutting applies to dictionary aliases at load time.
//
// DESCRIPTION: FoldTable maps every code point below U+0800 (Latin, Greek, Cyrillic, Arabic,
// Hebrew) to its lower-case form without combining marks, built once with ICU; longer UTF-8
// sequences are copied. Folding is then a table lookup per character.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "sitrep/document.h"
#include "base/flat_map.h"
#include "text/analysis.h"

namespace sitrep::recognize::entities_internal {

class FoldTable {
 public:
  FoldTable();  // builds the table with ICU (a few milliseconds)

  // Lower-case, accent-free form of `text` (valid UTF-8); '.' dropped ("U.N." -> "un").
  std::string Fold(std::string_view text) const;

 private:
  std::vector<std::string> map_;  // index: code point < 0x800
};

struct Unit {
  Span span;            // in Analysis::norm
  std::string key;      // folded form
  bool punct = false;   // punctuation or quote: breaks names and phrases
  bool cap = false;     // first letter upper-case (or a script without case)
  bool upper = false;   // every cased letter upper-case, at least one
  bool sentence_start = false;
};

// Cuts the analysis's tokens into units. `elisions` holds folded prefixes ("l", "qu") that an
// apostrophe cuts off into their own unit ("l'").
std::vector<Unit> BuildUnits(const text::Analysis& analysis, const FoldTable& fold,
                             const FlatStringSet& elisions);

// Cuts a dictionary alias the same way. Returns the units' keys and their raw texts.
void SplitAlias(std::string_view alias, const FoldTable& fold,
                const FlatStringSet& elisions, std::vector<std::string>* keys,
                std::vector<std::string>* raws);

}  // namespace sitrep::recognize::entities_internal
