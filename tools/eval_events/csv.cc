// ReadCsv: see csv.h.
#include "csv.h"

#include <fstream>
#include <sstream>

#include "ingest/csv_parser.h"

namespace sitrep::eval_events {

StatusOr<std::vector<CsvRow>> ReadCsv(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFoundError("cannot open " + path);
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string text = ss.str();
  // The ingest stage's RFC 4180 parser; a malformed row is an error here, since the
  // evaluation sets must be read whole.
  ingest::CsvParser parser(text, ',');
  ingest::CsvRecord rec;
  std::string error;
  std::vector<std::string> header;
  std::vector<CsvRow> out;
  bool first = true;
  for (auto r = parser.Next(&rec, &error); r != ingest::CsvParser::Result::kEnd;
       r = parser.Next(&rec, &error)) {
    if (r == ingest::CsvParser::Result::kError) {
      return InvalidArgumentError(path + ":" + std::to_string(rec.line) + ": " + error);
    }
    if (first) {
      header = rec.fields;
      first = false;
      continue;
    }
    CsvRow row;
    for (size_t c = 0; c < header.size() && c < rec.fields.size(); ++c) {
      row[header[c]] = rec.fields[c];
    }
    out.push_back(std::move(row));
  }
  return out;
}

}  // namespace sitrep::eval_events
