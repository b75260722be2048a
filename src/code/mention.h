// Event mentions: the typed triggers of one sentence with their actors, place, date and counts,
// before mentions of the same real-world event are merged into one Event (see assemble.h).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "code/lexicon.h"
#include "code/sentence.h"
#include "sitrep/record.h"

namespace sitrep::code {

// Triggers below this weight are weak ("killed", « tués », "attack"): they join any event of
// their type, and make none in a sentence telling a cumulative toll.
constexpr double kWeakTrigger = 0.6;

struct EventMention {
  const PatternRule* rule = nullptr;
  const PatternRule* modifier = nullptr;  // a "+TYPE" rule refining this one's ACLED type
  const Remap* remap = nullptr;  // announced ("will visit": AGREE) or refused ("will not meet")
  bool embedded = false;                   // after a governing trigger ("threatened to shell")
  const std::string* governor = nullptr;   // the governing trigger's type, when embedded
  bool nominal = false;                    // a noun trigger ("his supporters"): governs none
  size_t trigger_begin = 0;                // keys of the trigger in its sentence
  size_t trigger_end = 0;
  Span trigger;                            // the trigger's original bytes

  // The PLOVER type after the remap.
  const std::string& type() const { return remap ? remap->to : rule->type; }
  size_t sentence = 0;
  Span evidence;  // the sentence, original bytes
  std::optional<Actor> actor1;
  std::optional<Actor> actor2;
  std::optional<Location> location;
  bool place_in_sentence = false;
  std::optional<std::string> date;
  std::optional<std::string> date_text;
  bool another = false;  // "separately", « par ailleurs »: not a mention of an event before
  bool date_reported = false;  // the date is the report's ("a annoncé samedi"), the only one
  std::vector<size_t> counts;  // indexes into Record::counts
  bool no_fatalities = false;  // "aucune victime", "no one was killed"
  bool definite = false;       // "the attack", "cette attaque": names an event told before
  bool aside = false;          // "after the shooting": named as a cause or a time, not told
  bool relative = false;       // "..., which they rejected": told in a relative clause
  bool mention_only = false;   // joins an event told elsewhere, makes none of its own
  bool killing = false;        // an of_target trigger of the type: its target is killed
};

// Finds the sentence's event mentions: pattern matches that pass their constraints, the
// negative contexts and negation, at most one per PLOVER type (the strongest trigger), with
// actors by role, place, date and the counts of the kinds each pattern takes. Modifiers
// ("police dispersed them") with no event of their type in the sentence go to `orphans`.
std::vector<EventMention> FindMentions(const Lexicon& lex, const LangTables& tables,
                                       const SentenceContext& ctx, const Record& record,
                                       size_t sentence_index,
                                       std::vector<const PatternRule*>* orphans);

// True when the place at `span` opens the text or a line and a dash follows it, maybe after a
// date and an agency ("KHARTOUM -", "BAMAKO, 13 septembre (Reuters) -"): a dateline, where the
// report was filed, not where its events happened.
bool IsDateline(std::string_view text, const Span& span);

// Sets mention->actor1 / actor2 from ctx.mentions around the trigger keys [m.begin, m.end):
// agent phrases ("par", "by") and passives make the subject the target; target prepositions
// ("contre", "against") and the object after the trigger give actor2.
void AssignRoles(const PatternRule& rule, const Match& m, const SentenceContext& ctx,
                 EventMention* mention);

}  // namespace sitrep::code
