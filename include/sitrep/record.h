// Record: what sitrep extracts from one document, field for field as ../shared/spec/record.md
// fixes it (extra fields allowed, none dropped). Stages fill it in order: recognize (entities,
// quotes, counts, dates), geo (place entities), code (events), geo again (event locations).
// All spans index Document::text; `text` fields are filled from those bytes.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "sitrep/document.h"

namespace sitrep {

struct Entity {
  std::string kind;  // person, organization, armed_group, state, place, other
  std::string text;
  Span span;
  std::string name;               // canonical name ("Vladimir Putin")
  std::optional<std::string> id;  // dictionary id or GeoNames id
  // Extras (not in the contract, allowed by it): what dictionaries know of the entity.
  std::optional<std::string> country;  // ISO alpha-3
  std::optional<std::string> sector;   // MIL, GOV, REB, ...
};

struct Mention {
  std::string text;
  Span span;
};

struct Speaker {
  std::string text;
  Span span;
  std::string name;
  std::string kind;  // person, organization, document, ...
};

struct Quote {
  std::string text;  // quoted words without the quotation marks
  Span span;
  bool direct = true;
  std::optional<Speaker> speaker;
  std::optional<Mention> cue;
};

struct Count {
  std::string what;  // killed, injured, displaced, evacuated, arrested, surrendered, deployed,
                     // missing, other
  std::optional<std::string> who;  // civilians, children, fighters, ...
  int64_t value = 0;
  std::optional<int64_t> low;
  std::optional<int64_t> high;
  std::string qualifier = "exact";  // exact, at_least, at_most, about
  std::string text;
  Span span;
  // Extra: index in Record::counts of the group this one is a subset of ("dont 21 enfants").
  std::optional<int> subset_of;
};

struct DateMention {
  std::string text;
  Span span;
  std::optional<std::string> date;  // resolved YYYY-MM-DD, null when it cannot be
  bool relative = false;            // "hier", "last Monday": resolved from the publication date
};

struct Actor {
  std::string text;
  Span span;
  std::string name;
  std::optional<std::string> country;  // ISO alpha-3
  std::optional<std::string> sector;   // MIL GOV COP REB CVL IGO NGO MED PTY OTHER
};

struct Location {
  std::string text;
  Span span;
  std::string name;
  std::optional<std::string> country;  // ISO alpha-3
  std::optional<std::string> admin1;
  std::optional<double> lat;
  std::optional<double> lon;
  std::optional<int64_t> geonames_id;
  std::string precision = "point";  // point, admin1, country
};

struct AcledType {
  std::string event_type;
  std::string sub_event_type;
};

struct Event {
  std::string id;
  std::string type;                 // PLOVER event type
  std::optional<std::string> mode;  // PLOVER mode
  std::optional<AcledType> acled;
  std::optional<std::string> cameo;
  std::optional<Actor> actor1;
  std::optional<Actor> actor2;
  std::optional<Location> location;
  std::optional<std::string> date;
  std::optional<std::string> date_text;
  std::vector<Count> counts;
  std::optional<int64_t> fatalities;
  Span evidence;
  double confidence = 0.0;
  // Extras (dedup stage): the cross-article cluster this event belongs to, named by its
  // first-seen event ("<first 12 hex of that document's sha256>#e<n>"), and whether an
  // event of an earlier document in the batch or store was already the same event.
  std::optional<std::string> cluster;
  bool duplicate = false;
};

struct Record {
  Document doc;
  std::string sha256;  // of doc.text; the store's identity
  std::vector<Entity> entities;
  std::vector<Quote> quotes;
  std::vector<Event> events;
  // Extras: every count and date found, whether or not an event took it.
  std::vector<Count> counts;
  std::vector<DateMention> dates;
};

}  // namespace sitrep
