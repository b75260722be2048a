// word_tokens: the count and date recognizers' view of a text::Analysis. Words are split at
// inner hyphens ("quatre-vingt-huit") and after French elisions ("d'observateurs" -> "d'",
// "observateurs"), numbers in digits are parsed ("110.000", "9 000", "3,5") and merged across a
// space used as thousands separator when the tokenizer cut them, every token is lower-cased
// (accents kept) and knows its sentence. Also: a phrase table for multi-word data entries and a
// TSV reader whose errors name file and line.
//
// The split does not depend on which tokenizer produced the Analysis: data phrases are split by
// the same function (SplitPhrase), so "jusqu'à" in a data file matches "jusqu'à" in a text.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "sitrep/document.h"
#include "sitrep/status.h"
#include "base/flat_map.h"
#include "text/analysis.h"

namespace sitrep::recognize {

enum class WordKind : uint8_t {
  kWord,    // letters
  kNumber,  // a number in digits, parsed into `number`
  kPunct,   // one punctuation character or quotation mark
  kOther,   // symbols, digits glued to letters ("7h44", "1er"), anything else
};

struct WordToken {
  Span span;               // in Analysis::norm
  std::string_view lower;  // into Analysis::norm, a text::Token's lower, or WordTokens::arena
  WordKind kind = WordKind::kWord;
  bool glued = false;    // touches the previous token (no space in between)
  bool capital = false;  // starts with an upper-case letter
  bool integer = true;   // kNumber: no decimal part
  bool grouped = false;  // kNumber: written with thousands separators
  int digits = 0;        // kNumber: count of digits
  double number = 0;     // kNumber: its value
  uint32_t sentence = 0;
  int32_t id = -1;       // index of `lower` in a Vocabulary, -1 if not in it
};

// Transparent hashing so maps keyed by std::string accept std::string_view lookups.
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
using StringSet = FlatStringSet;
template <typename V>
using StringMap = FlatStringMap<V>;

// Elided French prefixes, lower-case with their apostrophe ("d'", "qu'", "jusqu'").
using ElisionSet = StringSet;

// A document's WordTokens with the storage of their lower-cased forms. Move-only in effect:
// the views stay valid when the struct is moved (the arena is on the heap), not when copied.
struct WordTokens {
  std::string arena;
  std::vector<WordToken> tokens;
};

// Splits the analysis into WordTokens (see the file comment). Linear in the text size. The
// tokens point into `analysis.norm` and its tokens' lower forms: `analysis` must outlive them.
WordTokens SplitWords(const text::Analysis& analysis, const ElisionSet& elisions);

// Lower-cased tokens of a data phrase, split exactly as SplitWords splits a text.
std::vector<std::string> SplitPhrase(std::string_view phrase, const ElisionSet& elisions);

// Parses digits with thousands separators ("110.000", "1,200", "9 000") or a decimal part
// ("3,5", "1.5"). A single '.' or ',' followed by exactly three digits is a thousands separator.
// Returns false when `s` is not such a number.
bool TryParseDigits(std::string_view s, double* value, bool* integer, bool* grouped);

// Lower-cases ASCII, Latin-1 and Latin Extended-A letters; other bytes are copied.
std::string LowerUtf8(std::string_view s);

// The words a lexicon knows, numbered once at load, so that matching a token against every
// table costs one hash lookup per token (Assign) and integer compares afterwards.
class Vocabulary {
 public:
  int32_t Intern(const std::string& word);
  int32_t Find(std::string_view word) const;
  // Sets every token's id (-1 for words the lexicon does not know).
  void Assign(std::vector<WordToken>* tokens) const;
  // Writes a copy of `tokens` with their ids into *out (the copies' views point where the
  // originals' do), reusing its storage: a per-thread buffer spares an allocation per text.
  void AssignTo(const std::vector<WordToken>& tokens, std::vector<WordToken>* out) const;

 private:
  StringMap<int32_t> ids_;
};

// Multi-word phrases keyed by their first token's id; a one-word entry ending in '*' is a stem
// that matches any word starting with it. Payloads are the caller's. Tokens must have their
// ids from the Vocabulary given to Add.
class PhraseTable {
 public:
  void Add(Vocabulary* vocab, const std::vector<std::string>& words, int payload);

  // Longest phrase starting at tokens[pos] and ending before `end`: its length in tokens, or 0.
  // Inline: most tokens start nothing, and the scanners ask at every token for every table.
  int Match(const std::vector<WordToken>& tokens, size_t pos, size_t end, int* payload) const {
    if (pos >= end) return 0;
    const WordToken& t = tokens[pos];
    const auto id = static_cast<size_t>(t.id);
    if ((t.id < 0 || id >= by_first_.size() || by_first_[id].empty()) &&
        (t.kind != WordKind::kWord || !MayStartStem(t.lower))) {
      return 0;
    }
    return MatchAt(tokens, pos, end, payload);
  }

  size_t size() const { return count_; }

 private:
  struct Entry {
    std::vector<int32_t> rest;
    int payload = 0;
  };
  int MatchAt(const std::vector<WordToken>& tokens, size_t pos, size_t end, int* payload) const;
  // Whether a stem of two bytes or more starts with the first two bytes of `word`.
  bool MayStartStem(std::string_view word) const {
    return word.size() >= 2 && !stem_start_.empty() && stem_start_[StemStart(word)];
  }
  static size_t StemStart(std::string_view s) {
    return static_cast<size_t>(static_cast<unsigned char>(s[0])) * 256 +
           static_cast<unsigned char>(s[1]);
  }

  std::vector<std::vector<Entry>> by_first_;  // indexed by word id
  StringMap<int> stems_;
  size_t max_stem_ = 0;
  std::vector<bool> stem_start_;  // by StemStart() of the stems of two bytes or more
  size_t count_ = 0;
};

// Reads a UTF-8 TSV file: '#' lines and blank lines are skipped, every other line must have at
// least `min_columns` columns. `fn` gets the columns and the 1-based line number; an error it
// returns, or a short line, becomes kInvalidArgument "path:line: ...". kNotFound if unreadable.
Status ReadTsv(const std::string& path, size_t min_columns,
               const std::function<Status(const std::vector<std::string_view>&, size_t)>& fn);

// Reads a list of elided prefixes, one per line (e.g. data/counts/elisions.txt).
StatusOr<ElisionSet> ReadElisions(const std::string& path);

}  // namespace sitrep::recognize
