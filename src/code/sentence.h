// SentenceContext: what the coder knows about one sentence before typing events: its keys,
// cue-word matches, actor mentions (entities, role words with demonyms, bare demonyms) and
// the record's counts, dates and places that fall inside it.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "code/lexicon.h"
#include "code/matcher.h"
#include "sitrep/record.h"
#include "text/analysis.h"

namespace sitrep::code {

// An actor named in the sentence, over keys [begin, end).
struct ActorMention {
  Actor actor;
  size_t begin = 0;
  size_t end = 0;
  bool bare_demonym = false;  // only a country adjective ("turcs"): an actor next to a trigger
  bool state = false;         // a country name ("la Syrie")
  bool subset = false;        // inside a count that is part of another ("dont 21 enfants")
  bool group = false;         // a named armed group ("Houthi", "Boko Haram")
  bool capital = false;       // a capital named for its state ("Moscow expelled")
};

struct SentenceContext {
  Span norm;  // in Analysis::norm
  Span orig;  // in Document::text
  std::vector<Key> keys;
  uint64_t key_matchers = ~uint64_t{0};  // KeyMatchers(keys, the lexicon's vocabulary)
  std::array<std::vector<Match>, static_cast<size_t>(Cue::kCount)> cues;
  std::vector<ActorMention> mentions;
  std::vector<size_t> counts;  // indexes into Record::counts
  std::vector<size_t> dates;   // indexes into Record::dates
  std::vector<size_t> places;  // indexes into Record::entities (kind place)

  const std::vector<Match>& Cues(Cue c) const { return cues[static_cast<size_t>(c)]; }
  // The key holding original byte `pos`, or keys.size().
  size_t KeyAt(size_t orig_pos) const;
  // First key at or after original byte `pos`, or keys.size().
  size_t KeyFrom(size_t orig_pos) const;
  std::vector<Span> orig_keys;  // each key's span in original bytes
  const Document* doc = nullptr;  // the document the sentence is in

  // Keys [begin, end) are a capitalized word inside a name: not the first word of the
  // sentence, of a line (a heading, a caption) or after punctuation (« or ":"), and next to
  // another capitalized word ("Liberation" in "Islamic Liberation Front", "Mine" in
  // "Karbonit Mine"). Read from the text when asked: only trigger candidates need it.
  bool InName(size_t begin, size_t end) const;
};

// The record's entities, counts and dates ordered by where they start, built once per document
// so that each sentence finds its items without reading the whole record.
class RecordIndex {
 public:
  explicit RecordIndex(const Record& record);

  // Indexes, ascending, of the items whose span lies inside `orig` (and is not empty).
  std::vector<size_t> EntitiesIn(const Span& orig) const { return In(entities_, orig); }
  std::vector<size_t> CountsIn(const Span& orig) const { return In(counts_, orig); }
  std::vector<size_t> DatesIn(const Span& orig) const { return In(dates_, orig); }

 private:
  using Starts = std::vector<std::pair<Span, size_t>>;  // (span, index) by span start
  static std::vector<size_t> In(const Starts& starts, const Span& orig);

  Starts entities_, counts_, dates_;
};

// Builds the context of `sentence`: keys, cues, mentions and the record items inside it
// (`index` is the record's).
SentenceContext MakeContext(const Lexicon& lex, const LangTables& tables,
                            const text::Analysis& analysis, const text::Sentence& sentence,
                            const Document& doc, const Record& record, const RecordIndex& index);

}  // namespace sitrep::code
