// CsvReader: a header row names the columns (any case): text|body|content, title|headline,
// date|published|date_fr, url|link, id, lang|language. Each further record is one document;
// a malformed record or one without text is an error naming the file and line.
#include <algorithm>
#include <memory>
#include <vector>

#include "base/ascii.h"
#include "ingest/csv_parser.h"
#include "ingest/doc_fields.h"
#include "ingest/readers.h"

namespace sitrep::ingest {
namespace {

struct Columns {
  int text = -1, title = -1, date = -1, url = -1, id = -1, lang = -1;
};

std::string Lower(std::string_view s) { return AsciiLower(TrimAscii(s)); }

// Assigns the first column found for each role; earlier names in each list win.
Columns MapColumns(const std::vector<std::string>& header) {
  Columns cols;
  auto find = [&](std::initializer_list<const char*> names) {
    for (const char* name : names) {
      for (size_t i = 0; i < header.size(); ++i) {
        if (Lower(header[i]) == name) return static_cast<int>(i);
      }
    }
    return -1;
  };
  cols.text = find({"text", "body", "content"});
  cols.title = find({"title", "headline"});
  cols.date = find({"published", "date", "date_fr", "published_at", "pubdate"});
  cols.url = find({"url", "link"});
  cols.id = find({"id"});
  cols.lang = find({"lang", "language"});
  return cols;
}

std::optional<std::string> Cell(const std::vector<std::string>& fields, int col) {
  if (col < 0 || static_cast<size_t>(col) >= fields.size()) return std::nullopt;
  if (TrimAscii(fields[col]).empty()) return std::nullopt;
  return fields[col];
}

class CsvReader : public Reader {
 public:
  void Read(std::string_view bytes, const std::string& source, const ReadOptions& options,
            const DocSink& sink) const override {
    std::vector<Utf8Repair> repairs;
    const std::string data = RepairUtf8Mapped(bytes, &repairs);
    const std::string_view header_line = std::string_view(data).substr(0, data.find('\n'));
    const std::optional<char> delimiter = FindCsvTextColumn(header_line);
    if (!delimiter) {
      sink(InputErrorAt(source, 1, "CSV header has no text, body or content column"));
      return;
    }
    CsvParser parser(data, *delimiter);
    CsvRecord rec;
    std::string error;
    if (parser.Next(&rec, &error) != CsvParser::Result::kRecord) {
      sink(InputErrorAt(source, 1, "malformed CSV header: " + error));
      return;
    }
    const size_t width = rec.fields.size();
    const Columns cols = MapColumns(rec.fields);
    uint64_t doc_no = 0;
    for (CsvParser::Result r; (r = parser.Next(&rec, &error)) != CsvParser::Result::kEnd;) {
      ++doc_no;
      if (r == CsvParser::Result::kError) {
        sink(InputErrorAt(source, rec.line, "malformed CSV row: " + error));
        continue;
      }
      if (rec.fields.size() != width) {
        sink(InputErrorAt(source, rec.line,
                          "CSV row has " + std::to_string(rec.fields.size()) +
                              " fields, the header " + std::to_string(width)));
        continue;
      }
      sink(MakeDocument(rec, cols, doc_no, source, options, repairs));
    }
  }

 private:
  static StatusOr<Document> MakeDocument(const CsvRecord& rec, const Columns& cols,
                                         uint64_t doc_no, const std::string& source,
                                         const ReadOptions& options,
                                         const std::vector<Utf8Repair>& repairs) {
    Document doc;
    std::optional<std::string> text = Cell(rec.fields, cols.text);
    if (!text) return InputErrorAt(source, rec.line, "CSV row has an empty text");
    doc.text = std::move(*text);
    doc.source = source;
    doc.id = Cell(rec.fields, cols.id).value_or(NthDocId(source, doc_no));
    doc.title = Cell(rec.fields, cols.title);
    doc.url = Cell(rec.fields, cols.url);
    if (auto date = Cell(rec.fields, cols.date)) doc.published = NormalizeDate(*date);
    if (auto lang = Cell(rec.fields, cols.lang)) doc.lang = NormalizeLang(*lang).value_or("");
    // UTF-8 repairs inside this record's bytes belong to this document.
    auto first = std::lower_bound(
        repairs.begin(), repairs.end(), rec.begin,
        [](const Utf8Repair& r, size_t offset) { return r.output_offset < offset; });
    std::vector<Utf8Repair> mine;
    for (auto it = first; it != repairs.end() && it->output_offset < rec.end; ++it) {
      mine.push_back(*it);
    }
    ReportRepairs(mine, 0, /*spans_in_output=*/false, &doc.errors);
    Status s = FinishDocument(&doc, options);
    if (!s.ok()) return InputErrorAt(source, rec.line, s.message());
    return doc;
  }
};

}  // namespace

std::unique_ptr<Reader> MakeCsvReader() { return std::make_unique<CsvReader>(); }

}  // namespace sitrep::ingest
