// Assemble: merges the mentions of one real-world event (same PLOVER type and ACLED type, no
// conflicting place or actor) into one Event, and finishes it: ACLED type by actor sectors,
// place (else the article's main place), date (else the publication date), counts, fatalities
// by ACLED's rule and confidence.
#pragma once

#include <optional>
#include <vector>

#include "code/deaths.h"
#include "code/mention.h"
#include "sitrep/record.h"

namespace sitrep::code {

// The place the article is most about: its most often named place entity (the first on
// ties), else its most often named country; nullopt when it names neither.
std::optional<Location> MainPlace(const Record& record);

// The country the article names most (entities, and the actors of its event mentions), or
// nullopt.
std::optional<std::string> MainCountry(const Record& record,
                                       const std::vector<EventMention>& mentions);

// Events from `mentions` (in text order), ids doc.id + "#e1", "#e2", ...; `deaths` (one per
// sentence, may be empty) completes fatalities: an event whose own mentions state none takes
// those of its sentences and of the up to two sentences after its last one that hold no strong
// trigger of another event ("Two mobs clashed. 1 killed, 7 injured.").
std::vector<Event> Assemble(const std::vector<EventMention>& mentions, const Record& record,
                            const std::optional<Location>& main_place,
                            const std::vector<SentenceDeaths>& deaths = {});

// Two places named for mentions of one type are two events' places when they differ, unless
// the gazetteer lacks both: two buildings or streets are parts of one story's place ("Al Noor
// Mosque" and "Linwood Mosque": one attack in Christchurch).
bool DistinctPlaces(const Location& a, const Location& b);

// ACLED's fatalities rule over an event's mentions: per mention the sum of its killed counts
// that are no part of another ("dont 21 enfants"); the sum of the earliest mention that states
// one (the reported total: later mentions break it down or update it);
// 0 when none is stated but the text says no one died; nullopt otherwise.
std::optional<int64_t> Fatalities(const std::vector<const EventMention*>& group,
                                  const Record& record);

}  // namespace sitrep::code
