// What every document a reader hands out must satisfy, whatever the input: valid UTF-8 text
// within the size limit, not blank, and error spans inside the text.
#pragma once

#include <cstdlib>

#include "base/utf8.h"
#include "ingest/detect.h"
#include "sitrep/document.h"
#include "sitrep/status.h"

namespace sitrep::fuzz {

inline void CheckDocument(const StatusOr<Document>& doc, size_t max_bytes) {
  if (!doc.ok()) {
    if (doc.status().file.empty()) std::abort();  // every error names its input
    return;
  }
  if (FindInvalidUtf8(doc->text) != std::string_view::npos) std::abort();
  if (doc->text.size() > max_bytes || ingest::IsBlank(doc->text)) std::abort();
  if (doc->id.empty() || doc->source.empty()) std::abort();
  for (const InputError& e : doc->errors) {
    if (e.span && (e.span->start > e.span->end || e.span->end > doc->text.size())) std::abort();
  }
  if (doc->published && doc->published->size() != 10) std::abort();
}

}  // namespace sitrep::fuzz
