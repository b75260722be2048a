// CountScanner: finds counts of people in one document's WordTokens with a CountLexicon.
// DESCRIPTION
//   For each sentence: (1) count phrases: [qualifier] number [range] [de/of] [modifiers] noun
//   of people [post-qualifier], or a bare number with a participle ("39 are confirmed dead"),
//   after a verb ("killing 12") or a death toll ("the toll rose to 39"); (2) subsets ("dont",
//   "including") point at the count before them; (3) what happened comes from the outcome noun
//   ("88 morts") or the nearest cue word in the clause, searched forward from a subject ("12
//   people were killed") and in both directions otherwise ("a tué 12 soldats"), never across
//   another count; counts listed together share the cue ("150 soldiers, 95 civilians ...
//   killed"); (4) a single victim named with a determiner and a cue ("le journaliste a été
//   tué") is a count of 1, once per group and outcome.
//   Linear in tokens: every search window is bounded by a constant.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "recognize/count_lexicon.h"
#include "recognize/word_tokens.h"

namespace sitrep::recognize {

// One count found, with token indexes into the scanned WordTokens.
struct FoundCount {
  size_t begin = 0, end = 0;  // tokens [begin, end): the count phrase
  int64_t value = 0;
  std::optional<int64_t> low, high;
  std::string qualifier = "exact";
  std::optional<std::string> who;
  std::string what = "other";
  int subset_of = -1;  // index into the returned vector
};

// Returns the counts of `tokens` in text order. `lexicon` must outlive the call. `person`, when
// given, marks the tokens of the names of persons the entity recognizer found (one byte per
// token: 1 first token, 2 the others, 0 none): such a name that undergoes what happens is one person ("Tony Mendez died").
std::vector<FoundCount> ScanCounts(const std::vector<WordToken>& tokens,
                                   const CountLexicon& lexicon,
                                   const std::vector<uint8_t>* person = nullptr);

}  // namespace sitrep::recognize
