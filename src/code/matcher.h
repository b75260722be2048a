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
// IMPLEMENTATION: patterns are indexed by their first element (exact key or prefix). The words
// and prefixes first elements use are numbered in a KeyVocab that the matchers of a Lexicon
// share: MakeKeys looks every key up once, and each matcher then finds its candidates by id
// (keys made without that vocabulary are looked up by each matcher). Candidates are matched
// left to right with backtracking over gaps. Nothing is allocated per match.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "sitrep/document.h"
#include "sitrep/status.h"

#include "base/flat_map.h"

#include "text/analysis.h"

namespace sitrep::code {

inline constexpr size_t kMaxGap = 4;

class KeyVocab;

// One sentence token as patterns see it.
struct Key {
  // Lowercase; a view into the analysis's token (or, for the rare token MakeKeys has to
  // lower-case again, into a per-thread store of such words that lives as long as the thread).
  std::string_view text;
  Span span;         // in Analysis::norm
  bool number = false;
  bool punct = false;
  // Set by MakeKeys when given a vocabulary: `text` as a first word (-1 when no pattern starts
  // with it) and the longest first-element prefix that starts `text` (-1 when none).
  const KeyVocab* vocab = nullptr;
  int32_t word = -1;
  int32_t prefix = -1;
  uint64_t matchers = 0;  // bits of the matchers with a pattern starting with this key
};

// The words and prefixes ("bombard*") that patterns start with, numbered. Shared by the
// matchers of one Lexicon (see the file comment).
class KeyVocab {
 public:
  // A bit for a new matcher to mark its words and prefixes with (0 past 64 matchers: such a
  // matcher tries every key).
  uint64_t NewMatcherBit() { return matchers_ < 64 ? uint64_t{1} << matchers_++ : 0; }
  int32_t AddWord(std::string_view word, uint64_t matcher_bit = 0);
  int32_t AddPrefix(std::string_view prefix, uint64_t matcher_bit = 0);
  // The id of `text` as a word, and of the longest prefix starting it (-1 when none).
  void Lookup(std::string_view text, int32_t* word, int32_t* prefix) const;
  // The same, with the bits of the matchers having the word or one of the prefixes.
  void Lookup(std::string_view text, int32_t* word, int32_t* prefix, uint64_t* matchers) const;

  // The longest prefix shorter than `prefix` that also starts it, or -1.
  int32_t Shorter(int32_t prefix) const { return shorter_[static_cast<size_t>(prefix)]; }

 private:
  // Words are looked up whole in a hash map; prefixes, a few hundred, in a byte trie small
  // enough to stay in cache (a trie of the words too cost a cache miss per byte).
  struct WordInfo {
    int32_t id = -1;
    uint64_t matchers = 0;
  };
  // A trie node is a prefix when its id is set.
  struct Node {
    std::vector<std::pair<unsigned char, int32_t>> children;  // sorted by byte
    int32_t prefix = -1;
    uint64_t prefix_matchers = 0;
  };
  int32_t Child(int32_t node, unsigned char byte) const;
  int32_t Insert(std::string_view text);
  static size_t FirstTwo(std::string_view s) {
    return static_cast<size_t>(static_cast<unsigned char>(s[0])) * 256 +
           static_cast<unsigned char>(s[1]);
  }

  FlatStringMap<WordInfo> words_map_;
  // By FirstTwo(): whether a prefix of two bytes or more starts with those bytes. Most keys
  // start no such prefix and skip the trie walk.
  std::vector<bool> long_prefix_start_ = std::vector<bool>(65536, false);
  std::vector<Node> nodes_{Node{}};
  std::array<int32_t, 256> root_children_ = FilledRoot();  // the root's children by byte
  static std::array<int32_t, 256> FilledRoot() {
    std::array<int32_t, 256> a;
    a.fill(-1);
    return a;
  }
  int32_t words_ = 0;
  int matchers_ = 0;
  std::vector<std::string> prefix_text_;
  std::vector<int32_t> shorter_;
};

// The keys of tokens [first_token, end_token) of `analysis`; with `vocab`, every key's ids in it.
// The keys' texts view `analysis`, which must outlive them.
std::vector<Key> MakeKeys(const text::Analysis& analysis, size_t first_token, size_t end_token,
                          const KeyVocab* vocab = nullptr);

// The union of the keys' Key::matchers when every key was made with `vocab` (no key, 0); else
// all bits. A sentence computes it once for all its matchers' FindAll.
uint64_t KeyMatchers(const std::vector<Key>& keys, const KeyVocab* vocab);

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

// A match: keys [begin, end) of the sentence.
struct Match {
  int id = 0;
  size_t begin = 0;
  size_t end = 0;
};

// A set of sequences, each with a caller's id. Copyable; copies share the vocabulary.
class Matcher {
 public:
  // A matcher with a vocabulary of its own, or sharing `vocab` with other matchers.
  Matcher() : Matcher(std::make_shared<KeyVocab>()) {}

  explicit Matcher(std::shared_ptr<KeyVocab> vocab)
      : vocab_(std::move(vocab)), bit_(vocab_->NewMatcherBit()) {}

  void Add(Sequence sequence, int id);

  bool empty() const { return sequences_.empty(); }

  // Appends every match (longest per pattern and start) of every sequence in `keys`.
  // `key_matchers` is KeyMatchers(keys, ...): a matcher whose bit is not in it returns at once.
  void FindAll(const std::vector<Key>& keys, std::vector<Match>* out,
               uint64_t key_matchers = ~uint64_t{0}) const;

 private:
  bool MatchAt(const Sequence& seq, size_t element, const std::vector<Key>& keys, size_t pos,
               size_t* end) const;
  void TryCandidates(const std::vector<int>& candidates, const std::vector<Key>& keys, size_t pos,
                     std::vector<Match>* out) const;
  // Candidates of prefix `prefix` and of the shorter prefixes starting it, shortest first.
  void TryPrefixes(int32_t prefix, const std::vector<Key>& keys, size_t pos,
                   std::vector<Match>* out) const;
  // The candidate list of vocabulary id `id` in `slots`, created if missing.
  static std::vector<int>* Slot(std::vector<int32_t>* slots, std::vector<std::vector<int>>* lists,
                                int32_t id);

  std::shared_ptr<KeyVocab> vocab_;
  uint64_t bit_ = 0;  // this matcher's bit in Key::matchers (0: none, try every key)
  std::vector<Sequence> sequences_;
  std::vector<int> ids_;
  // Candidates by vocabulary id: word_slot_[word id] indexes lists_ (-1: none); same for
  // prefixes.
  std::vector<int32_t> word_slot_;
  std::vector<int32_t> prefix_slot_;
  std::vector<std::vector<int>> lists_;
  std::vector<int> by_number_;
};

}  // namespace sitrep::code
