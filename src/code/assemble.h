// Assemble: merges the mentions of one real-world event (same PLOVER type and ACLED type, no
// conflicting place or actor) into one Event, and finishes it: ACLED type by actor sectors,
// place (else the article's main place), date (else the publication date), counts, fatalities
// by ACLED's rule and confidence.
#pragma once

#include <optional>
#include <vector>

#include "code/mention.h"
#include "sitrep/record.h"

namespace sitrep::code {

// The place the article is most about: its most often named place entity (the first on
// ties), else its most often named country; nullopt when it names neither.
std::optional<Location> MainPlace(const Record& record);

// Events from `mentions` (in text order), ids doc.id + "#e1", "#e2", ...
std::vector<Event> Assemble(const std::vector<EventMention>& mentions, const Record& record,
                            const std::optional<Location>& main_place);

// ACLED's fatalities rule over an event's mentions: per mention the sum of its killed counts
// that are no part of another ("dont 21 enfants"); the smallest of those sums over mentions;
// 0 when none is stated but the text says no one died; nullopt otherwise.
std::optional<int64_t> Fatalities(const std::vector<const EventMention*>& group,
                                  const Record& record);

}  // namespace sitrep::code
