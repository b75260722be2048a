// Options: what a caller can set for the engine and for reading inputs.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

namespace sitrep {

struct ReadOptions {
  std::optional<std::string> published;  // --published YYYY-MM-DD: overrides the input's date
  std::optional<std::string> lang;       // --lang: overrides language identification
  size_t max_document_bytes = 8u << 20;  // larger documents are rejected with a clear error
  std::optional<std::string> format;     // force a reader: text, html, jsonl, csv
};

struct EngineOptions {
  // Folder holding dictionaries and the gazetteer. Empty: $SITREP_DATA_DIR, else data/ found
  // next to the executable or in the current directory's ancestors.
  std::string data_dir;
  double min_confidence = 0.0;  // events below it are dropped
};

}  // namespace sitrep
