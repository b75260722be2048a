// A single forward scan; quoted chunks are copied with find() rather than byte by byte.
#include "ingest/csv_parser.h"

#include <algorithm>

#include "base/ascii.h"

namespace sitrep::ingest {
namespace {

std::string LowerTrimmed(std::string s) {
  const size_t b = s.find_first_not_of(" \t\r\"");
  const size_t e = s.find_last_not_of(" \t\r\"");
  s = b == std::string::npos ? "" : s.substr(b, e - b + 1);
  AsciiLowerInPlace(&s);
  return s;
}

}  // namespace

CsvParser::CsvParser(std::string_view data, char delimiter) : data_(data), delimiter_(delimiter) {
  if (data_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;
}

bool CsvParser::ReadQuoted(std::string* field, std::string* error) {
  ++pos_;  // opening quote
  while (true) {
    const size_t q = data_.find('"', pos_);
    if (q == std::string_view::npos) {
      *error = "unterminated quoted field";
      return false;
    }
    std::string_view chunk = data_.substr(pos_, q - pos_);
    line_ += static_cast<uint64_t>(std::count(chunk.begin(), chunk.end(), '\n'));
    field->append(chunk);
    pos_ = q + 1;
    if (pos_ < data_.size() && data_[pos_] == '"') {
      field->push_back('"');
      ++pos_;
      continue;
    }
    return true;
  }
}

void CsvParser::Resync(size_t record_begin, uint64_t record_line) {
  const size_t eol = data_.find('\n', record_begin);
  pos_ = eol == std::string_view::npos ? data_.size() : eol + 1;
  line_ = record_line + 1;
}

CsvParser::Result CsvParser::Next(CsvRecord* record, std::string* error) {
  while (pos_ < data_.size()) {
    record->fields.clear();
    record->line = line_;
    record->begin = pos_;
    std::string field;
    bool record_done = false;
    while (!record_done) {
      field.clear();
      if (pos_ < data_.size() && data_[pos_] == '"') {
        if (!ReadQuoted(&field, error)) {
          record->end = data_.size();
          Resync(record->begin, record->line);
          return Result::kError;
        }
      } else {
        const size_t stop = data_.find_first_of(std::string{delimiter_, '\n'}, pos_);
        const size_t end = stop == std::string_view::npos ? data_.size() : stop;
        field.assign(data_.substr(pos_, end - pos_));
        pos_ = end;
        // A CR before the LF ends the line, it is not part of the field.
        if (pos_ < data_.size() && data_[pos_] == '\n' && !field.empty() && field.back() == '\r') {
          field.pop_back();
        }
      }
      if (pos_ >= data_.size()) {
        record_done = true;
      } else if (data_[pos_] == delimiter_) {
        ++pos_;
      } else if (data_[pos_] == '\n' || (data_[pos_] == '\r' && pos_ + 1 < data_.size() &&
                                         data_[pos_ + 1] == '\n')) {
        pos_ += data_[pos_] == '\r' ? 2 : 1;
        ++line_;
        record_done = true;
      } else if (data_[pos_] == '\r' && pos_ + 1 == data_.size()) {
        ++pos_;
        record_done = true;
      } else {
        *error = std::string("unexpected character '") + data_[pos_] + "' after a closing quote";
        record->end = pos_;
        Resync(record->begin, record->line);
        return Result::kError;
      }
      record->fields.push_back(std::move(field));
    }
    record->end = pos_;
    const bool blank = record->fields.size() == 1 && record->fields[0].empty();
    if (!blank) return Result::kRecord;
  }
  return Result::kEnd;
}

std::optional<char> FindCsvTextColumn(std::string_view header_line) {
  for (char delimiter : {',', ';', '\t'}) {
    size_t start = 0;
    while (start <= header_line.size()) {
      size_t stop = header_line.find(delimiter, start);
      if (stop == std::string_view::npos) stop = header_line.size();
      const std::string name = LowerTrimmed(std::string(header_line.substr(start, stop - start)));
      if (name == "text" || name == "body" || name == "content") return delimiter;
      start = stop + 1;
    }
  }
  return std::nullopt;
}

}  // namespace sitrep::ingest
