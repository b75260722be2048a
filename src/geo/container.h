// Container: the known place a text says a location lies in, right after the location's own
// words ("the Ungwan Rimi area of Ahmedabad city", "Kakiri village (Mubende, Central)",
// "Barangay San Roque, Santa Rosa, Laguna"). An event located at a place the gazetteer lacks is
// geocoded at that container instead: the finest place around it that the gazetteer knows.
#pragma once

#include "geo/place_index.h"
#include "sitrep/document.h"
#include "sitrep/record.h"

namespace sitrep::geo {

// The first place or state entity with an id that follows `span` in doc.text and that the
// words between present as where it lies: up to two kind words of `cues` ("area", "village",
// "district"), then a comma right before the entity, "of" or "in" after a kind word ("Ungwan
// Rimi area of Ahmedabad"), or an opening parenthesis whose words up to the entity are names
// and commas ("(Kauru LGA, Kaduna)"). Null when there is none. The entity points into `record`.
const Entity* ContainerAfter(const Document& doc, const Record& record, const Span& span,
                             const Cues& cues);

}  // namespace sitrep::geo
