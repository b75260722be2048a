// text::Lexicon: the per-language word lists the segmenter needs (abbreviations, elisions,
// clitics, sentence starters), read once from data/text/ (see data/text/README.md).
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "sitrep/status.h"

#include "base/flat_map.h"

namespace sitrep::text {

enum class AbbrevKind : uint8_t {
  kTitle,  // always followed by more of the sentence: "M.", "Dr.", "av.", "Gen."
  kAny,    // may end a sentence: "etc.", "Inc.", "U.S.", "J.-C."
};

struct LangLexicon {
  // Abbreviations with their final period, as written ("M.", "U.S.", "etc.").
  FlatStringMap<AbbrevKind> abbreviations;
  FlatStringSet prefixes;             // elided forms split off a word: "l'", "qu'"
  std::vector<std::string> suffixes;  // split off a word's end, longest first: "-t-il", "'s"
  FlatStringSet words;                // kept whole despite a prefix: "aujourd'hui"
  FlatStringSet starters;             // lower-case words that often open a sentence

  const AbbrevKind* FindAbbreviation(std::string_view text) const;
};

class Lexicon {
 public:
  // Reads every abbreviations_<lang>.txt, clitics_<lang>.txt and starters_<lang>.txt of
  // `dir`. kInvalidArgument names file and line of a malformed line; a missing folder gives
  // an empty lexicon.
  static StatusOr<Lexicon> Load(const std::string& dir);

  // The process-wide lexicon, loaded on first use from <data dir>/text (empty when the data
  // folder cannot be found or is malformed). Thread-safe.
  static const Lexicon& Default();

  // The lists of `lang`; an empty set for a language without files.
  const LangLexicon& For(std::string_view lang) const;

 private:
  std::unordered_map<std::string, LangLexicon> langs_;
  LangLexicon empty_;
};

}  // namespace sitrep::text
