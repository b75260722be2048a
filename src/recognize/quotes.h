// QuoteRecognizer: see recognizer.h for the stage; this part fills record->quotes.
#pragma once

#include <memory>
#include <string>

#include "sitrep/record.h"
#include "sitrep/status.h"
#include "text/analysis.h"

namespace sitrep::recognize {

class QuoteRecognizer {
 public:
  // Loads this recognizer's data files under data_dir. Errors name file and line.
  static StatusOr<std::unique_ptr<QuoteRecognizer>> Load(const std::string& data_dir);
  ~QuoteRecognizer();
  QuoteRecognizer(const QuoteRecognizer&) = delete;
  QuoteRecognizer& operator=(const QuoteRecognizer&) = delete;

  // Appends to record->quotes (spans in original bytes). Thread-safe.
  void Run(const text::Analysis& analysis, const Document& doc, Record* record) const;

 private:
  struct Impl;
  explicit QuoteRecognizer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace sitrep::recognize
