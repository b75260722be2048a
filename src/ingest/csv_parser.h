// CsvParser: RFC 4180 records (quoted fields with delimiters, newlines and doubled quotes) from
// an in-memory buffer, with the 1-based line each record starts on. A malformed record (an
// unterminated quote, text after a closing quote) is reported and parsing resumes on the line
// after the one where that record began, so one bad row costs as little as possible.
//
// Usage:
//   CsvParser parser(bytes, ',');
//   CsvRecord rec;
//   std::string error;
//   while (auto r = parser.Next(&rec, &error); r != CsvParser::Result::kEnd) { ... }
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep::ingest {

struct CsvRecord {
  std::vector<std::string> fields;
  uint64_t line = 0;  // 1-based line of the record's first byte
  size_t begin = 0;   // byte range of the record in the buffer
  size_t end = 0;
};

class CsvParser {
 public:
  enum class Result : uint8_t { kRecord, kError, kEnd };

  // `data` must outlive the parser.
  CsvParser(std::string_view data, char delimiter);

  // Fills *record (kRecord) or *error and record->line/begin/end (kError); kEnd when done.
  // Blank lines are skipped.
  Result Next(CsvRecord* record, std::string* error);

 private:
  // Reads one quoted field starting at pos_ (on the opening quote).
  bool ReadQuoted(std::string* field, std::string* error);
  void Resync(size_t record_begin, uint64_t record_line);

  std::string_view data_;
  char delimiter_;
  size_t pos_ = 0;
  uint64_t line_ = 1;
};

// The delimiter (',', ';' or tab) under which `header_line` names a text column ("text",
// "body" or "content", any case, quotes allowed); nullopt when none does.
std::optional<char> FindCsvTextColumn(std::string_view header_line);

}  // namespace sitrep::ingest
