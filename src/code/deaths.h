// Deaths: what one sentence says about deaths besides its counts, for ACLED's fatalities rule
// (the most conservative reported number of deaths; 0 when the text says no one died).
//   - its killed counts ("1 killed, 7 injured", "3 fatalities");
//   - a lone victim without a number ("shot and killed a taxi driver", "the victim died",
//     "the body of a man was found"): 1, from the cue phrases of data/events/deaths.tsv;
//   - "no fatalities reported", "no one was killed": none (the nofatal cues of cues.tsv).
// A sentence that reports no event of its own ("The clashes ended. 2 soldiers were killed.")
// gives its deaths to the event of the sentences just before it (see assemble.h).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "code/matcher.h"
#include "code/sentence.h"
#include "sitrep/record.h"
#include "sitrep/status.h"

namespace sitrep::code {

struct SentenceDeaths {
  std::vector<size_t> killed;  // indexes into Record::counts, what == "killed"
  int64_t lone = 0;            // deaths a cue phrase implies without a number (0: none)
  bool none = false;           // the sentence says no one died
  bool summary = false;        // a short toll of its own ("3 fatalities.", "1 killed, 7 injured.")
  bool cause = false;          // a killed count it holds names a cause ("over the death of")
};

class DeathCues {
 public:
  // Reads data_dir/events/deaths.tsv: `lang  deaths  pattern` (patterns as in patterns.tsv).
  // With `vocab` (Lexicon::shared_key_vocab()), the cue matchers share it, so keys made with
  // it are not looked up again for them.
  static StatusOr<DeathCues> Load(const std::string& data_dir,
                                  std::shared_ptr<KeyVocab> vocab = nullptr);

  // What sentence `ctx` says about deaths; `lang` chooses the cue phrases.
  SentenceDeaths Read(const SentenceContext& ctx, const Record& record,
                      const std::string& lang) const;

 private:
  Matcher en_, fr_, all_;
  std::vector<int64_t> deaths_;  // by cue id
};

// The deaths of the sentences `sentences` (indexes into `by_sentence`) by ACLED's rule: the
// toll of a short summary sentence when there is one ("A fourth person died later. 4
// fatalities."); else the smallest per-sentence sum of killed counts that are no part of
// another; else the smallest lone-victim number; else 0 when one says no one died; else nullopt.
std::optional<int64_t> SentencesFatalities(const std::vector<SentenceDeaths>& by_sentence,
                                           const std::vector<size_t>& sentences,
                                           const Record& record);

}  // namespace sitrep::code
