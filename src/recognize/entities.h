// EntityRecognizer: see recognizer.h for the stage; this part fills record->entities.
#pragma once

#include <memory>
#include <string>

#include "sitrep/record.h"
#include "sitrep/status.h"
#include "text/analysis.h"

namespace sitrep::recognize {

class EntityRecognizer {
 public:
  // Loads this recognizer's data files under data_dir. Errors name file and line.
  static StatusOr<std::unique_ptr<EntityRecognizer>> Load(const std::string& data_dir);
  ~EntityRecognizer();
  EntityRecognizer(const EntityRecognizer&) = delete;
  EntityRecognizer& operator=(const EntityRecognizer&) = delete;

  // Appends to record->entities (spans in original bytes). Thread-safe.
  void Run(const text::Analysis& analysis, const Document& doc, Record* record) const;

 private:
  struct Impl;
  explicit EntityRecognizer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace sitrep::recognize
