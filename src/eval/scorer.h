// eval: scores sitrep's records against hand-written gold files (precision, recall, F1 for
// quotes, speakers, counts and events, per language).
#pragma once

#include <string>
#include <vector>

#include "sitrep/record.h"
#include "sitrep/status.h"

namespace sitrep::eval {

// Placeholder API until the scorer lands; see docs/gold.md.
struct Report {
  std::string text;  // human-readable table
};

}  // namespace sitrep::eval
