// Fuzzes one reader (SITREP_FUZZ_FORMAT) on raw bytes.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "check_document.h"
#include "ingest/reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const auto reader = sitrep::ingest::MakeReader(SITREP_FUZZ_FORMAT);
  sitrep::ReadOptions options;
  options.max_document_bytes = 1 << 16;
  reader->Read(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz", options,
               [&](sitrep::StatusOr<sitrep::Document> doc) {
                 sitrep::fuzz::CheckDocument(doc, options.max_document_bytes);
               });
  return 0;
}
