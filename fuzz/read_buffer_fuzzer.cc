// Fuzzes the whole path of one input: decompression (gzip, zstd), empty and binary checks,
// format detection and the chosen reader. The file name's extension comes from the first byte.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "check_document.h"
#include "ingest/reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  static const char* kNames[] = {"a.txt", "a.html", "a.jsonl", "a.csv", "a.jsonl.gz",
                                 "a.csv.zst", "a", "-"};
  const std::string name = kNames[data[0] % 8];
  sitrep::ReadOptions options;
  options.max_document_bytes = 1 << 16;
  sitrep::ingest::ReadBuffer(std::string_view(reinterpret_cast<const char*>(data + 1), size - 1),
                             name, options, [&](sitrep::StatusOr<sitrep::Document> doc) {
                               sitrep::fuzz::CheckDocument(doc, options.max_document_bytes);
                             });
  return 0;
}
