// ReadPath(), ReadBuffer() and FinishDocument(): what every input goes through, whatever its
// format; MakeReader() maps format names to the readers of this folder.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <vector>

#include "ingest/decompress.h"
#include "ingest/detect.h"
#include "ingest/doc_fields.h"
#include "ingest/readers.h"

namespace sitrep::ingest {
namespace {

namespace fs = std::filesystem;

// Largest decompressed file accepted (multi-document files may be large).
constexpr size_t kMaxFileBytes = size_t{4} << 30;

StatusOr<std::string> Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFoundError("cannot open " + path);
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return DataLossError("read error in " + path);
  return ss.str();
}

Status FileError(Status s, const std::string& source) {
  s.file = source;
  return s;
}

bool IsHidden(const fs::path& p) {
  const std::string name = p.filename().string();
  return !name.empty() && name[0] == '.';
}

}  // namespace

std::unique_ptr<Reader> MakeReader(std::string_view format) {
  if (format == "text") return MakeTextReader();
  if (format == "html") return MakeHtmlReader();
  if (format == "jsonl") return MakeJsonlReader();
  if (format == "csv") return MakeCsvReader();
  if (format == "warc") return MakeWarcReader();
  if (format == "feed") return MakeFeedReader();
  return nullptr;
}

Status FinishDocument(Document* doc, const ReadOptions& options) {
  if (doc->text.size() > options.max_document_bytes) {
    return InvalidArgumentError("document of " + std::to_string(doc->text.size()) +
                                " bytes is over the size limit of " +
                                std::to_string(options.max_document_bytes) + " bytes");
  }
  if (IsBlank(doc->text)) return InvalidArgumentError("empty document (no text)");
  std::vector<Utf8Repair> repairs;
  std::string repaired = RepairUtf8Mapped(doc->text, &repairs);
  if (!repairs.empty()) {
    ReportRepairs(repairs, 0, /*spans_in_output=*/true, &doc->errors);
    doc->text = std::move(repaired);
  }
  if (options.lang) doc->lang = *options.lang;
  if (options.published) doc->published = *options.published;
  return Status::Ok();
}

void ReadBuffer(std::string_view raw, const std::string& source, const ReadOptions& options,
                const DocSink& sink) {
  if (raw.empty()) {
    sink(FileError(InvalidArgumentError("empty file"), source));
    return;
  }
  StatusOr<std::string> bytes = Decompress(raw, kMaxFileBytes);
  if (!bytes.ok()) {
    sink(FileError(bytes.status(), source));
    return;
  }
  if (IsBlank(*bytes)) {
    sink(FileError(InvalidArgumentError("empty file (nothing but whitespace)"), source));
    return;
  }
  const std::string format = options.format ? *options.format : DetectFormat(*bytes, source);
  // WARC records carry binary payloads (images) that the WARC reader skips itself.
  if (format != "warc") {
    if (std::string why = BinaryReason(*bytes); !why.empty()) {
      sink(FileError(InvalidArgumentError(why + "; not read"), source));
      return;
    }
  }
  std::unique_ptr<Reader> reader = MakeReader(format);
  if (!reader) {
    sink(FileError(InvalidArgumentError("unknown input format " + format), source));
    return;
  }
  reader->Read(*bytes, source, options, sink);
}

Status ReadPath(const std::string& path, const ReadOptions& options, const DocSink& sink) {
  if (path == "-") {
    std::string bytes((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    ReadBuffer(bytes, "-", options, sink);
    return Status::Ok();
  }
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    std::vector<std::string> files;
    for (auto it = fs::recursive_directory_iterator(path, ec); !ec && it != fs::end(it);
         it.increment(ec)) {
      if (IsHidden(it->path())) {
        if (it->is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      if (it->is_regular_file(ec)) files.push_back(it->path().string());
    }
    if (ec) sink(FileError(NotFoundError("cannot list directory: " + ec.message()), path));
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      Status s = ReadPath(f, options, sink);
      if (!s.ok()) sink(std::move(s));
    }
    return Status::Ok();
  }
  if (!fs::exists(path, ec)) return FileError(NotFoundError("no such file or directory"), path);
  StatusOr<std::string> bytes = Slurp(path);
  if (!bytes.ok()) return FileError(bytes.status(), path);
  ReadBuffer(*bytes, path, options, sink);
  return Status::Ok();
}

}  // namespace sitrep::ingest
