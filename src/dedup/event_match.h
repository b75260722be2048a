// Whether two events from different articles report the same real-world event. The rule an
// analyst applies when merging wire copies: same PLOVER type (and ACLED sub-event when both
// have one), dates within a few days, the same place (GeoNames id or name, or the same admin1
// or country when one side is that coarse and the actors agree), and no conflicting actor.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "sitrep/record.h"

namespace sitrep::dedup {

// What matching needs of one event, with names folded and the date as a day number.
struct EventKey {
  int64_t doc = 0;         // serial number of the event's document in the stream
  std::string type;        // PLOVER type
  std::string sub_event;   // ACLED sub-event type, empty when none
  int64_t day = 0;         // days since 1970-01-01 of the event (or publication) date
  std::optional<int64_t> geonames_id;
  std::string place;       // folded location name, empty when no location
  std::string country;     // location country, empty when unknown
  std::string admin1;      // empty when unknown
  std::string precision;   // point, admin1, country; empty when no location
  std::string actor1;      // folded actor1 name, empty when none
  std::string actor1_country;
};

// Days since 1970-01-01 for "YYYY-MM-DD"; nullopt for anything else or an invalid date.
std::optional<int64_t> DayNumber(const std::string& date);

// Lower-cases ASCII letters and drops everything but letters and digits ("Al-Bab" -> "albab").
std::string FoldName(const std::string& name);

// The key of `event` in document number `doc`, dated by the event's date, else by
// `published`; nullopt when neither gives a date (such events are never merged).
std::optional<EventKey> MakeKey(const Event& event, int64_t doc,
                                const std::optional<std::string>& published);

// How strongly two keys are the same event: 0 not the same, higher is stronger (3 same place
// by id or name, 2 same admin1, 1 same country with agreeing actors).
int MatchStrength(const EventKey& a, const EventKey& b, int window_days);

}  // namespace sitrep::dedup
