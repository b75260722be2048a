// Document-level filters of the event coder: which typed mentions a careful human coder would
// code (statement events only in the lead, nothing from a direct quote but strong reports, no
// conflict events in a document without conflict evidence, threats and meetings only of
// somebody), and actors' home countries. Rules are data: data/events/document.tsv.
#pragma once

#include <string>
#include <vector>

#include "code/mention.h"
#include "code/sentence.h"
#include "sitrep/record.h"
#include "sitrep/status.h"

namespace sitrep::code {

struct DocumentRules {
  std::vector<std::string> lead;             // statement types kept only in the lead
  size_t lead_sentences = 2;
  std::vector<std::string> gated;            // types that need conflict evidence
  double gate_weight = 0.75;
  double armed_weight = 0.5;
  size_t gate_min_sentences = 5;             // shorter texts are their trigger's story
  std::vector<std::string> armed;            // sectors of armed actors
  double quote_weight = 0.7;
  double quote_gated_weight = 0.9;           // the same for conflict (gated) types
  double turn_weight = 0.0;                  // an interview turn's triggers need this (0: as quotes)
  double min_confidence = 0;                 // weaker events of articles are dropped
  std::vector<std::string> needs_actor1;     // types that need an actor1 (who threatens)
  std::vector<std::string> needs_actor;      // types that need an actor on either side
  std::vector<std::string> needs_political;  // types that need a political actor on either side
  std::vector<std::string> political;        // sectors of political actors
  std::vector<std::string> home_sectors;     // sectors that take the event's country
  std::vector<std::string> home_trip;        // modes of trips at home (a visit): no event
  std::vector<std::string> aside_lead;       // types named as a cause even in the lead: no event
  // Per type, sectors never its actor1 (media report attacks, police do not protest).
  std::vector<std::vector<std::string>> actor1_not;
  std::vector<std::string> merge_country;    // types told once per country and day
  std::vector<std::string> definite;         // determiners of an event told before ("the")
  std::vector<std::string> background;       // types not coded in a sentence naming a past year
  std::vector<std::string> aside;            // types not coded past the lead after an aside cue
  std::vector<std::string> relative;         // types only joining past the lead in a relative clause
  // governed GOVERNOR TYPES...: mentions of TYPES governed by a GOVERNOR trigger ("called for a
  // ceasefire") only join an event told elsewhere.
  std::vector<std::vector<std::string>> governed;
  std::vector<std::string> credit;           // words opening a picture credit ("Image:")
  std::vector<std::string> question;         // types not coded in a question ("*": all)

  // Reads data_dir/events/document.tsv.
  static StatusOr<DocumentRules> Load(const std::string& data_dir);
};

// Where the lead ends and how long the text is, in sentences of at least kLeadTokens tokens.
struct DocumentShape {
  // Shorter "sentences" are datelines ("Monday, May 4, 2020") and captions.
  static constexpr size_t kLeadTokens = 8;
  size_t lead_end = 0;   // index of the first sentence after the lead
  size_t sentences = 0;  // sentences of at least kLeadTokens tokens
  // The triggers of the title (PLOVER type, weight): the title tells the main news.
  std::vector<std::pair<std::string, double>> title;
};

// Drops the mentions a careful coder would not code, and actor1s of a sector their type
// never has (actor1_not).
void FilterMentions(const DocumentRules& rules, const Record& record, const DocumentShape& shape,
                    std::vector<EventMention>* mentions);

// Drops the events that lack the actors their type needs (needs_actor, needs_actor1,
// needs_political): judged once the mentions of an event are merged.
void FilterEvents(const DocumentRules& rules, std::vector<Event>* events);

// Drops the events of a text of gate_min_sentences sentences or more whose confidence is below
// min_confidence when an event of their type is told with more: in an article, a weak trigger
// with neither actor nor place, or one governed by another ("charged with the murder"),
// retells the main event or is talk. Shorter texts (a report, a sentence) are their triggers'
// story and keep them, and so does a lone weak event.
void DropUnsure(const DocumentRules& rules, const DocumentShape& shape, std::vector<Event>* events);

// Marks the mentions whose trigger follows a definite determiner ("the attack", "cette
// attaque": an event the article told before). A trigger inside a name ("Moro Islamic
// Liberation Front") is no trigger at all: FindMentions skips it (SentenceContext::InName).
void MarkMentions(const DocumentRules& rules, const SentenceContext& ctx,
                  std::vector<EventMention>* mentions);

// Events of a merge_country type in one country, not dated differently and not in two places
// named in their own sentences, are one event: the first keeps them.
void MergeByCountry(const DocumentRules& rules, std::vector<Event>* events);

// Actors of a home sector without a country take their event's location country ("police"
// in London: GBR).
void FillHomeCountries(const DocumentRules& rules, std::vector<Event>* events);

}  // namespace sitrep::code
