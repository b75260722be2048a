// JsonlReader: one article per line ({"id", "url", "title", "published"|"date"|"date_fr",
// "text"|"body"|"content", "lang"}). A line that is not a JSON object with a text costs that
// line only: the error names the file and line, and the next line is read.
#include <nlohmann/json.hpp>

#include <initializer_list>
#include <memory>

#include "ingest/doc_fields.h"
#include "ingest/readers.h"

namespace sitrep::ingest {
namespace {

using Json = nlohmann::json;

// The first of `keys` holding a string (or, for ids, a number); nullopt if none.
std::optional<std::string> Field(const Json& obj, std::initializer_list<const char*> keys,
                                 bool allow_number = false) {
  for (const char* key : keys) {
    auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) continue;
    if (it->is_string()) return it->get<std::string>();
    if (allow_number && it->is_number_integer()) return std::to_string(it->get<int64_t>());
    if (allow_number && it->is_number_unsigned()) return std::to_string(it->get<uint64_t>());
  }
  return std::nullopt;
}

class JsonlReader : public Reader {
 public:
  void Read(std::string_view bytes, const std::string& source, const ReadOptions& options,
            const DocSink& sink) const override {
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
    uint64_t line_no = 0;
    uint64_t doc_no = 0;
    size_t pos = 0;
    while (pos < bytes.size()) {
      size_t eol = bytes.find('\n', pos);
      if (eol == std::string_view::npos) eol = bytes.size();
      const std::string_view line = bytes.substr(pos, eol - pos);
      const uint64_t offset = pos;
      pos = eol + 1;
      ++line_no;
      if (TrimAscii(line).empty()) continue;
      ++doc_no;
      sink(ReadLineSafely(line, offset, line_no, doc_no, source, options));
    }
  }

 private:
  // nlohmann::json is built without exceptions escaping here: any that does becomes the line's
  // error.
  static StatusOr<Document> ReadLineSafely(std::string_view line, uint64_t offset,
                                           uint64_t line_no, uint64_t doc_no,
                                           const std::string& source, const ReadOptions& options) {
    try {
      return ReadLine(line, offset, line_no, doc_no, source, options);
    } catch (const std::exception& e) {
      return InputErrorAt(source, line_no, std::string("malformed JSON line: ") + e.what());
    }
  }

  static StatusOr<Document> ReadLine(std::string_view line, uint64_t offset, uint64_t line_no,
                                     uint64_t doc_no, const std::string& source,
                                     const ReadOptions& options) {
    // A line far over the size limit is not worth parsing.
    if (line.size() > 4 * options.max_document_bytes + 4096) {
      return InputErrorAt(source, line_no,
                          "line of " + std::to_string(line.size()) +
                              " bytes is over the document size limit of " +
                              std::to_string(options.max_document_bytes));
    }
    Document doc;
    const std::string repaired = RepairInput(line, offset, &doc.errors);
    Json obj = Json::parse(repaired, nullptr, /*allow_exceptions=*/false);
    if (obj.is_discarded()) {
      return InputErrorAt(source, line_no, "malformed JSON line");
    }
    if (!obj.is_object()) return InputErrorAt(source, line_no, "JSON line is not an object");
    std::optional<std::string> text = Field(obj, {"text", "body", "content"});
    if (!text) {
      return InputErrorAt(source, line_no, "JSON line has no string \"text\", \"body\" or \"content\"");
    }
    doc.text = std::move(*text);
    doc.source = source;
    doc.id = Field(obj, {"id"}, /*allow_number=*/true).value_or(NthDocId(source, doc_no));
    doc.url = Field(obj, {"url", "link"});
    doc.title = Field(obj, {"title", "headline"});
    if (auto date = Field(obj, {"published", "date", "date_fr", "published_at", "datePublished"})) {
      doc.published = NormalizeDate(*date);
    }
    if (auto lang = Field(obj, {"lang", "language"})) {
      doc.lang = NormalizeLang(*lang).value_or("");
    }
    Status s = FinishDocument(&doc, options);
    if (!s.ok()) return InputErrorAt(source, line_no, s.message());
    return doc;
  }
};

}  // namespace

std::unique_ptr<Reader> MakeJsonlReader() { return std::make_unique<JsonlReader>(); }

}  // namespace sitrep::ingest
