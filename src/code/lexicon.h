// Lexicon: the coder's data files under data/events/ (see data/events/README.md for their
// format): event patterns, negative contexts, cue words, actor role words and demonyms, each
// compiled into one Matcher per language.
//
// DESCRIPTION: rows carry a language ("fr", "en"); a document in another language uses the
// rows of every language. Rules live in vectors shared by the per-language matchers, which
// hold indexes into them. Loaded once; read-only afterwards (thread-safe).
#pragma once

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "code/matcher.h"
#include "sitrep/record.h"
#include "sitrep/status.h"

namespace sitrep::code {

// An ACLED type chosen by an actor's sector ("if1=REB:Battles|Non-state actor overtakes ...").
struct SectorOverride {
  std::vector<std::string> sectors;
  AcledType acled;
};

struct PatternRule {
  std::string type;  // PLOVER; "+TYPE" for a modifier of an event of TYPE in the sentence
  std::optional<std::string> mode;
  std::optional<AcledType> acled;
  std::optional<std::string> cameo;
  double weight = 0.5;
  std::string agent_sector;          // sector of an actor known only by country ("turcs")
  std::vector<SectorOverride> if1;   // ACLED type by actor1's sector
  std::vector<SectorOverride> if2;   // ACLED type by actor2's sector
  std::vector<std::string> counts;   // count kinds (Count::what) this event takes
  bool needs_count = false;          // only with a count in the sentence
  bool needs_armed = false;          // only with an armed actor (MIL, REB, COP) in the sentence
  bool needs_actor2 = false;         // only with an other side ("a proposé à l'Iran")
  bool noun = false;                 // a nominal trigger ("frappes", "l'attaque")
  bool of_target = false;            // "the murder of X", "l'assassinat de X": X is the target
  std::optional<Actor> default1;     // actor1 when the text names none ("protesters", CVL)

  bool modifier() const { return !type.empty() && type[0] == '+'; }
};

struct NegativeRule {
  std::vector<std::string> blocks;  // PLOVER types it suppresses; "*" = all
};

struct ActorWord {
  std::string name;    // English canonical ("army", "civilians")
  std::string sector;  // MIL GOV COP REB CVL IGO NGO MED PTY OTHER
  std::optional<std::string> country;
  // A capital named for its state ("Moscow expelled", « Pékin a condamné »): an actor only
  // where a country name would be one, with the sector the trigger gives a state.
  bool state = false;
};

struct Demonym {
  std::string alpha3;
  std::string country;    // English country name
  std::string adjective;  // English adjective ("Turkish")
};

enum class Cue : size_t {
  kPassiveAux,  // été, was, were
  kAgentPrep,   // par, by
  kTargetPrep,  // contre, sur, against, on
  kPlacePrep,   // à, dans, in, near, ville de
  kNegation,    // pas, jamais, not, never
  kNoFatal,     // aucune victime, no one was killed
  kWith,        // avec, with (the other party of a meeting)
  kOf,          // de, des, of: "frappes de l'armée", "attack of the rebels"
  kDet,         // la, les, the: before a nominal trigger ("la reprise", "the attack")
  kFuture,      // will, would, ready to, va: the event is announced, not done
  kNotPlace,    // January, juin: capitalized after "in", "en" but no place
  kBetween,     // entre, between: "clashes between the army and rebels" names both sides
  kPlaceKind,   // district, village, area: after a name the gazetteer may lack ("Sirwah district")
  kHypothetical,  // would, could, if, pourrait: the event is only supposed, no event
  kLightVerb,     // fired, launched, a mené: a verb whose object is a nominal trigger
  kAside,         // after, following, amid, après: the event is named as a cause or a time
  kRelative,      // which, who, qui, dont: the event is told in a relative clause
  kCoord,         // and, et: a verb after it may share the subject of the verb before
  kVictim,        // killed, tués: a participle right after a noun makes it a victim
  kCumulative,    // since the start of the war, depuis le début du conflit: a war's toll
  kReport,        // a annoncé, said: a date right after it dates the report, not the event
  kAnother,       // separately, par ailleurs, another attack: the sentence tells another event
  kClause,        // while, whereas, alors que: opens another clause, with its own date
  kSource,        // selon, according to: the actor after it reports the event, never does it
  kCount
};

// modality.tsv: what an announced event becomes ("will visit" CONSULT -> AGREE), and which
// event types govern the triggers after them ("threatened to shell": the shelling is only
// threatened).
struct Remap {
  std::string kind;  // future, negated
  std::string from;
  std::string to;
  std::optional<std::string> cameo;
};

struct LangTables {
  explicit LangTables(const std::shared_ptr<KeyVocab>& vocab)
      : patterns(vocab), negatives(vocab), actors(vocab), demonyms(vocab) {
    for (Matcher& m : cues) m = Matcher(vocab);  // each its own bit in Key::matchers
  }

  Matcher patterns;
  Matcher negatives;
  Matcher actors;
  Matcher demonyms;
  std::array<Matcher, static_cast<size_t>(Cue::kCount)> cues;
};

class Lexicon {
 public:
  // Reads data_dir/events/*.tsv. kNotFound when a file is missing, kInvalidArgument with file
  // and line for a bad row.
  static StatusOr<Lexicon> Load(const std::string& data_dir);

  // The tables for a document language; any language but fr/en gets all rows.
  const LangTables& For(std::string_view lang) const;

  // The vocabulary all the matchers share: give it to MakeKeys.
  const KeyVocab* key_vocab() const { return vocab_.get(); }
  // The same, for other tables' matchers to share (DeathCues): keys made with it then need no
  // look-up of their own in those matchers. Add to it before any keys are made.
  std::shared_ptr<KeyVocab> shared_key_vocab() const { return vocab_; }

  std::vector<PatternRule> patterns;
  std::vector<NegativeRule> negatives;
  std::vector<ActorWord> actors;
  std::vector<Demonym> demonyms;
  std::vector<Remap> remaps;
  std::vector<std::string> governing;

  // The remap of kind "future" (announced) or "negated" (refused) of `type`, or nullptr.
  const Remap* Remapped(std::string_view kind, const std::string& type) const;
  bool Governs(const std::string& type) const;

 private:
  Status LoadPatterns(const std::string& path);
  Status LoadNegatives(const std::string& path);
  Status LoadCues(const std::string& path);
  Status LoadActors(const std::string& path);
  Status LoadDemonyms(const std::string& path);
  Status LoadModality(const std::string& path);
  // Adds `seqs` to the matcher chosen by `which` for `lang` and for the all-language table.
  template <typename Pick>
  void AddTo(std::string_view lang, const std::vector<Sequence>& seqs, int id, Pick which);

  std::shared_ptr<KeyVocab> vocab_ = std::make_shared<KeyVocab>();
  LangTables fr_{vocab_}, en_{vocab_}, all_{vocab_};
};

}  // namespace sitrep::code
