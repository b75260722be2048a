// ingest: turns input paths (files, directories, "-" for stdin) into Documents, one at a time.
// Each format has a Reader; the format is chosen by content as well as by file name, and gzip
// or zstd compression is undone first. Errors that cost a line or a file go to the sink as a
// non-ok Status naming the file and line or byte offset; the rest of the batch goes on.
//
// Usage:
//   Status s = ingest::ReadPath("articles/", options, [&](StatusOr<Document> doc) { ... });
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "sitrep/document.h"
#include "sitrep/options.h"
#include "sitrep/status.h"

namespace sitrep::ingest {

// Receives each document read, or the error that cost one document, line or file.
using DocSink = std::function<void(StatusOr<Document>)>;

// A reader for one format. Implementations are stateless and thread-compatible.
class Reader {
 public:
  virtual ~Reader() = default;
  // Reads every document in `bytes` (already decompressed), the content of `source`.
  virtual void Read(std::string_view bytes, const std::string& source, const ReadOptions& options,
                    const DocSink& sink) const = 0;
};

// The reader for a format name: "text", "html", "jsonl", "csv" (later "warc", "feed").
// Returns null for an unknown name.
std::unique_ptr<Reader> MakeReader(std::string_view format);

// Guesses the format of `bytes` from its content, helped by the file name `source`.
std::string DetectFormat(std::string_view bytes, const std::string& source);

// Reads one input already in memory: undoes gzip/zstd, rejects empty and binary input, picks
// the reader (options.format, else DetectFormat) and runs it. Every problem goes to the sink.
void ReadBuffer(std::string_view bytes, const std::string& source, const ReadOptions& options,
                const DocSink& sink);

// Reads one path: a file (any format, gzip/zstd compressed or not), a directory (recursively,
// in sorted order, skipping hidden files) or "-" (standard input). One file is in memory at
// a time. Returns non-ok only when the path itself cannot
// be opened; every other problem goes to the sink and reading goes on.
Status ReadPath(const std::string& path, const ReadOptions& options, const DocSink& sink);

// Fills what every reader must: repairs invalid UTF-8 (reported in doc->errors with offsets),
// applies --lang / --published overrides, enforces the size limit. Returns non-ok when the
// document must be rejected (empty, too large); the caller adds file and line.
Status FinishDocument(Document* doc, const ReadOptions& options);

}  // namespace sitrep::ingest
