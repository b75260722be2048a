// DateRecognizer: see recognizer.h for the stage; this part fills record->dates.
#pragma once

#include <memory>
#include <string>

#include "sitrep/record.h"
#include "sitrep/status.h"
#include "recognize/word_tokens.h"
#include "text/analysis.h"

namespace sitrep::recognize {

class DateRecognizer {
 public:
  // Loads this recognizer's data files under data_dir. Errors name file and line.
  static StatusOr<std::unique_ptr<DateRecognizer>> Load(const std::string& data_dir);
  ~DateRecognizer();
  DateRecognizer(const DateRecognizer&) = delete;
  DateRecognizer& operator=(const DateRecognizer&) = delete;

  // Appends to record->dates (spans in original bytes). Thread-safe.
  void Run(const text::Analysis& analysis, const Document& doc, Record* record) const;
  // The same on words already split with elisions() (the Recognizer splits once for dates and
  // counts when both use the same elisions).
  void Run(const text::Analysis& analysis, const WordTokens& words, const Document& doc,
           Record* record) const;
  const ElisionSet& elisions() const;

 private:
  struct Impl;
  explicit DateRecognizer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace sitrep::recognize
