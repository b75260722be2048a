// code: turns a recognized document into events: who did what to whom, where and when, typed
// in PLOVER (type, mode), ACLED (event and sub-event type) and CAMEO, with actor roles, counts
// attached, fatalities by ACLED's rule and a confidence. Typing patterns are data files.
//
// Usage:
//   auto coder = code::Coder::Load(data_dir);      // once
//   (*coder)->Run(analysis, doc, &record);          // reads entities/counts/dates, adds events
#pragma once

#include <memory>
#include <string>

#include "sitrep/record.h"
#include "sitrep/status.h"
#include "text/analysis.h"

namespace sitrep::code {

class Coder {
 public:
  static StatusOr<std::unique_ptr<Coder>> Load(const std::string& data_dir);
  virtual ~Coder() = default;

  // Appends events to record->events. Locations get text, span and name only; geo fills the
  // rest. Thread-safe.
  virtual void Run(const text::Analysis& analysis, const Document& doc, Record* record) const = 0;
};

}  // namespace sitrep::code
