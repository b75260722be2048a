// count_what: the second half of count scanning, over one sentence's candidates: which count a
// subset belongs to ("dont 21 enfants"), what happened to each count (cue words in the clause),
// the group of "others"/"d'entre eux", and single victims named without a number.
#pragma once

#include <cstddef>
#include <string>
#include <unordered_map>
#include <vector>

#include "recognize/count_lexicon.h"
#include "recognize/count_scanner.h"
#include "recognize/word_tokens.h"

namespace sitrep::recognize {

// How far before a count (in tokens) a death toll word still names what happened to it: "the
// death toll rose from five people to six" (count_what.cc), "the toll rose to 39" (a bare
// number, count_scanner.cc).
inline constexpr size_t kTollWindow = 8;

// A count being built: FoundCount plus what the scanner learned about it.
struct CountCandidate : FoundCount {
  const Group* group = nullptr;
  std::string outcome;     // what an outcome word before the group says ("25 wounded people")
  std::string nationality;  // the group a nationality word gives a generic noun ("Mexican nationals")
  bool implicit = false;   // no noun: what came with the pattern
  bool single = false;     // one victim named without a number
  bool generic = false;    // a single victim named by a generic noun ("a woman")
  bool needs_cue = false;  // group unknown: kept only if something happened
  bool subject = false;    // an auxiliary follows: what is searched forward only
  bool uncued = false;     // no cue, outcome noun or toll said what happened to it
  bool whole = false;      // the whole of the count before it ("the 40 passengers" of "12 of
                           // the 40 passengers"): nothing happened to it as a whole
  size_t whole_begin = 0, whole_end = 0;  // such a whole inside this count's tokens, if any
  int parent = -1;         // sentence-local index of the including count
  int same_as = -1;        // a list with the noun left out ("36 in North Cotabato"): that count
};

// Everything below works on the candidates of the sentence tokens [s_begin, s_end), which are
// in text order and do not overlap.
struct SentenceScope {
  const std::vector<WordToken>& tokens;
  const CountLexicon& lex;
  size_t s_begin;
  size_t s_end;
  const std::vector<uint8_t>* person = nullptr;  // see ScanCounts
};

// Sets `parent` of counts announced by a subset word, or listed after such a count.
void LinkSubsets(const SentenceScope& scope, std::vector<CountCandidate>* cands);

// Sets `what` (and inherited groups) of every candidate.
void ResolveWhat(const SentenceScope& scope, std::vector<CountCandidate>* cands);

// What AddSingles remembers across the sentences of a document.
struct SinglesMemo {
  StringSet seen;      // group/outcome of the single victims already counted: one each
  StringSet outcomes;  // the outcomes of those single victims
  // Names given after a title ("ophthalmologist Li Wenliang"), each word to the title's group,
  // so that "Li died" later counts one ophthalmologist.
  std::unordered_map<std::string, std::string, StringHash, std::equal_to<>> names;
};

// Appends single victims ("le journaliste a été tué", "Li died" after "ophthalmologist Li
// Wenliang").
void AddSingles(const SentenceScope& scope, std::vector<CountCandidate>* cands,
                SinglesMemo* memo);

// The count's clause supposes it: "if"/"si" before it in its clause, "could" right after it
// ("up to 1,000 people could die"); "même si"/"even if" is no supposition.
bool Hypothetical(const SentenceScope& scope, const CountCandidate& c);

// Gives "others" with no count before them the group of a single victim before them ("Un
// policier a été tué et deux autres blessés"). Run after AddSingles.
void InheritFromSingles(std::vector<CountCandidate>* cands);

}  // namespace sitrep::recognize
