// ReadPath(): files, directories and stdin, with decompression and format detection.
// A first version for plain text and JSON Lines; the full reader set replaces it.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <vector>

#include "base/utf8.h"
#include "ingest/reader.h"

namespace sitrep::ingest {
namespace {

namespace fs = std::filesystem;

class TextReader : public Reader {
 public:
  void Read(std::string_view bytes, const std::string& source, const ReadOptions& options,
            const DocSink& sink) const override {
    Document doc;
    doc.id = source;
    doc.source = source;
    doc.text = std::string(bytes);
    Status s = FinishDocument(&doc, options);
    if (!s.ok()) {
      s.file = source;
      sink(std::move(s));
      return;
    }
    sink(std::move(doc));
  }
};

StatusOr<std::string> Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFoundError("cannot open " + path);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void ReadBytes(const std::string& bytes, const std::string& source, const ReadOptions& options,
               const DocSink& sink) {
  std::string format = options.format ? *options.format : DetectFormat(bytes, source);
  std::unique_ptr<Reader> reader = MakeReader(format);
  if (!reader) reader = MakeReader("text");
  reader->Read(bytes, source, options, sink);
}

}  // namespace

std::unique_ptr<Reader> MakeReader(std::string_view format) {
  if (format == "text") return std::make_unique<TextReader>();
  return nullptr;
}

std::string DetectFormat(std::string_view, const std::string&) { return "text"; }

Status FinishDocument(Document* doc, const ReadOptions& options) {
  if (doc->text.size() > options.max_document_bytes) {
    return InvalidArgumentError("document of " + std::to_string(doc->text.size()) +
                                " bytes is over the limit of " +
                                std::to_string(options.max_document_bytes));
  }
  std::vector<size_t> bad;
  std::string repaired;
  if (!RepairUtf8(doc->text, &repaired, &bad)) {
    for (size_t off : bad) {
      doc->errors.push_back(
          InputError{"decode", "invalid UTF-8 at byte " + std::to_string(off) + " replaced by U+FFFD",
                     Span{off, off + 1}});
    }
    doc->text = std::move(repaired);
  }
  if (options.lang) doc->lang = *options.lang;
  if (options.published) doc->published = *options.published;
  return Status::Ok();
}

Status ReadPath(const std::string& path, const ReadOptions& options, const DocSink& sink) {
  if (path == "-") {
    std::string bytes((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    ReadBytes(bytes, "-", options, sink);
    return Status::Ok();
  }
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    std::vector<std::string> files;
    for (auto it = fs::recursive_directory_iterator(path, ec); !ec && it != fs::end(it);
         it.increment(ec)) {
      if (it->is_regular_file()) files.push_back(it->path().string());
    }
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      Status s = ReadPath(f, options, sink);
      if (!s.ok()) sink(std::move(s));
    }
    return Status::Ok();
  }
  StatusOr<std::string> bytes = Slurp(path);
  if (!bytes.ok()) {
    Status s = bytes.status();
    s.file = path;
    return s;
  }
  ReadBytes(*bytes, path, options, sink);
  return Status::Ok();
}

}  // namespace sitrep::ingest
