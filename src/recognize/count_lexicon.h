// CountLexicon: the word lists the count recognizer reads from data/counts/ (numbers,
// qualifiers, people nouns, cue words, function words, elisions), loaded once into phrase tables.
// Immutable after Load(), so one lexicon serves every thread.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "recognize/word_tokens.h"
#include "sitrep/status.h"

namespace sitrep::recognize {

// Bit flags of a number word (numbers.tsv kinds).
enum NumberKind : uint8_t {
  kNumUnit = 1,
  kNumHundred = 2,
  kNumMultiplier = 4,
  kNumApprox = 8,
  kNumPlural = 16,
  kNumArticle = 32,
  kNumAnd = 64,
};

struct NumberWord {
  int64_t value = 0;
  uint8_t kinds = 0;
};

enum class QualifierRole : uint8_t {
  kAtLeast,
  kAtMost,
  kAbout,
  kExact,
  kSeveral,
  kRangeOpen,
  kRangeTo,
  kRangeAnd,
  kPostAtLeast,
  kPostAbout,
  kPostAtMost,
};

enum class WordRole : uint8_t {
  kOf,
  kDet,
  kModifier,
  kAux,
  kSubset,
  kBreak,
  kBlock,
  kLink,
  kToll,
  kAgent,
  kChange,
  kThreshold,
  kHypothetical,
  kConcessive,
  kNationalNoun,
  kGeneric,
  kDefinite,
  kUnit,
  kAmong,
  kExceed,
  kRate,
  kPassive,
  kPossessive,
  kPronoun,
  kPreposition,
  kSubordinator,
  kPluralPronoun,
  kAllBut,
  kAge,
  kQuestion,
  kHeadcount,
  kMajority,
  kWhole,
  kLoss,
  kRelative,
  kCrowd,
};
inline constexpr int kWordRoleCount = 36;

struct Group {
  std::string who;   // canonical group; "" = outcome noun (who null)
  bool inherit = false;      // "^" or "<": the previous count's group
  bool partitive = false;    // "<": a part of the previous count ("four of whom")
  bool transparent = false;  // "*": the group named after "de"/"of"
  bool plural = true;
  std::string what;  // "" or what the noun says happened
};

struct Cue {
  std::string what;
  char number = '-';          // 's', 'p' or '-'
  bool intransitive = false;  // said of its subject without an auxiliary ("died")
};

struct CountLexicon {
  ElisionSet elisions;
  Vocabulary vocab;            // every word of every table; tokens get their ids from it
  PhraseTable number_phrases;  // number words; payload = index in number_list
  std::vector<NumberWord> number_list;
  PhraseTable pre_qualifiers, between_qualifiers, post_qualifiers;  // payload = QualifierRole
  PhraseTable groups;  // payload = index in group_list
  std::vector<Group> group_list;
  PhraseTable cues;  // payload = index in cue_list
  std::vector<Cue> cue_list;
  PhraseTable roles[kWordRoleCount];  // indexed by WordRole; payload unused
  // Nationality words of demonyms.tsv, plural and singular ("mexicans", "mexican", "français"),
  // to their group: "six Mexican nationals" are Mexicans.
  std::unordered_map<std::string, std::string, StringHash, std::equal_to<>> nationalities;

  // Reads every file under `dir` (data/counts). Errors name file and line.
  static StatusOr<CountLexicon> Load(const std::string& dir);

  // tokens[pos] is a lower-case word of no table and no cue stem: an adjective or a noun before
  // a noun of people ("a drug suspect", "two boda boda drivers").
  bool Unknown(const std::vector<WordToken>& tokens, size_t pos) const {
    const WordToken& t = tokens[pos];
    int unused = 0;
    return t.kind == WordKind::kWord && t.id < 0 && !t.capital && !t.glued &&
           cues.Match(tokens, pos, pos + 1, &unused) == 0;
  }

  // Length of a `role` phrase at tokens[pos] (0 if none).
  int Role(WordRole role, const std::vector<WordToken>& tokens, size_t pos, size_t end) const {
    int unused = 0;
    return roles[static_cast<int>(role)].Match(tokens, pos, end, &unused);
  }

  // Most auxiliaries read in a row before a verb ("have also been", « ont été »).
  static constexpr int kMaxAux = 4;

  // The position past the auxiliaries at tokens[pos] (at most kMaxAux; pos itself if none).
  size_t SkipAux(const std::vector<WordToken>& tokens, size_t pos, size_t end) const {
    for (int aux = 0, len; aux < kMaxAux && (len = Role(WordRole::kAux, tokens, pos, end)) > 0;
         ++aux) {
      pos += static_cast<size_t>(len);
    }
    return pos;
  }
};

}  // namespace sitrep::recognize
