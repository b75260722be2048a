// recognize: finds what analysts cite in a document: named actors (entities), direct and
// indirect quotes with their speakers, counts of people (value, qualifier, group, what
// happened to them) and dates. Dictionaries and cue lists are data files under data/.
//
// Usage:
//   auto rec = recognize::Recognizer::Load(data_dir);   // once, at start-up
//   (*rec)->Run(analysis, doc, &record);                 // fills entities, quotes, counts, dates
#pragma once

#include <memory>
#include <string>

#include "sitrep/record.h"
#include "sitrep/status.h"
#include "text/analysis.h"

namespace sitrep::recognize {

class Recognizer {
 public:
  // Loads every dictionary under `data_dir`. kNotFound / kInvalidArgument name file and line.
  static StatusOr<std::unique_ptr<Recognizer>> Load(const std::string& data_dir);

  virtual ~Recognizer() = default;

  // Fills record->entities, quotes, counts and dates, with spans in original bytes of
  // doc.text. Thread-safe (const).
  virtual void Run(const text::Analysis& analysis, const Document& doc, Record* record) const = 0;
};

}  // namespace sitrep::recognize
