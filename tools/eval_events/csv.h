// A small RFC 4180 CSV reader for the evaluation sets (quoted fields may hold commas, quotes
// and newlines).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "sitrep/status.h"

namespace sitrep::eval_events {

using CsvRow = std::map<std::string, std::string>;

// Reads `path`: the first row names the columns. kNotFound when the file cannot be opened.
StatusOr<std::vector<CsvRow>> ReadCsv(const std::string& path);

}  // namespace sitrep::eval_events
