// Fuzzes UTF-8 repair: RepairUtf8 and the ingest's mapped repair must agree, give valid UTF-8,
// and each mapped repair must point at a U+FFFD in the output.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "base/utf8.h"
#include "ingest/doc_fields.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view in(reinterpret_cast<const char*>(data), size);
  std::string out;
  std::vector<size_t> bad;
  const bool valid = sitrep::RepairUtf8(in, &out, &bad);
  if (valid != (sitrep::FindInvalidUtf8(in) == std::string_view::npos)) std::abort();
  if (valid != bad.empty()) std::abort();
  if (sitrep::FindInvalidUtf8(out) != std::string_view::npos) std::abort();
  std::vector<sitrep::ingest::Utf8Repair> repairs;
  const std::string mapped = sitrep::ingest::RepairUtf8Mapped(in, &repairs);
  if (mapped != out || repairs.size() != bad.size()) std::abort();
  for (size_t i = 0; i < repairs.size(); ++i) {
    if (repairs[i].input_offset != bad[i]) std::abort();
    if (mapped.compare(repairs[i].output_offset, 3, "\xEF\xBF\xBD") != 0) std::abort();
  }
  return 0;
}
