// Matcher: finds token sequences ("bombardement* aérien*", "laid down * arms", "tirs d'artillerie")
// in a sentence. Patterns are written as the sentence's keys are: lowercase tokens, with
// elisions split off ("d'artillerie" -> "d'" "artillerie") and English "'s" apart.
//
// Pattern syntax, one element per space-separated word:
//   word      the key equals "word"
//   word*     the key starts with "word"
//   a|b*|c    any of the alternatives
//   *         a gap of 0 to kMaxGap keys
//   #         a number token
//
// IMPLEMENTATION: patterns are indexed by their first element (exact key or prefix); at each
// sentence key the index gives the candidates, which are matched left to right with
// backtracking over gaps. Nothing is allocated per match.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "sitrep/document.h"
#include "sitrep/status.h"
#include "text/analysis.h"

namespace sitrep::code {

inline constexpr size_t kMaxGap = 4;

// One sentence token as patterns see it.
struct Key {
  std::string text;  // lowercase
  Span span;         // in Analysis::norm
  bool number = false;
  bool punct = false;
};

// The keys of tokens [first_token, end_token) of `analysis`.
std::vector<Key> MakeKeys(const text::Analysis& analysis, size_t first_token, size_t end_token);

// Lowercase of a UTF-8 word: ASCII and Latin-1 capitals (É -> é); other bytes kept.
std::string LowerWord(std::string_view word);

struct Element {
  std::vector<std::string> exact;
  std::vector<std::string> prefix;
  bool number = false;
  bool gap = false;
};

using Sequence = std::vector<Element>;

// Parses pattern text; kInvalidArgument when empty or starting/ending with a gap.
StatusOr<Sequence> ParseSequence(std::string_view pattern);

// Transparent string hash so lookups by string_view allocate nothing.
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
using StringIndex = std::unordered_map<std::string, std::vector<int>, StringHash, std::equal_to<>>;

// A match: keys [begin, end) of the sentence.
struct Match {
  int id = 0;
  size_t begin = 0;
  size_t end = 0;
};

// A set of sequences, each with a caller's id. Copyable (plain data).
class Matcher {
 public:
  void Add(Sequence sequence, int id);
  bool empty() const { return sequences_.empty(); }

  // Appends every match (longest per pattern and start) of every sequence in `keys`.
  void FindAll(const std::vector<Key>& keys, std::vector<Match>* out) const;

 private:
  bool MatchAt(const Sequence& seq, size_t element, const std::vector<Key>& keys, size_t pos,
               size_t* end) const;
  void TryCandidates(const std::vector<int>& candidates, const std::vector<Key>& keys,
                     size_t pos, std::vector<Match>* out) const;

  std::vector<Sequence> sequences_;
  std::vector<int> ids_;
  StringIndex by_exact_;
  StringIndex by_prefix_;
  std::vector<int> by_number_;
  size_t max_prefix_ = 0;
};

}  // namespace sitrep::code
