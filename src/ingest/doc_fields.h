// Helpers the readers share to fill Document fields the same way: dates to YYYY-MM-DD,
// language tags to ISO 639 codes, ids of the N-th document of a file, and error values that
// name the file and line.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sitrep/document.h"
#include "sitrep/status.h"

namespace sitrep::ingest {

// "YYYY-MM-DD" from an ISO 8601 date or date-time ("2019-01-04", "2019-01-04T10:00:00Z",
// "2019/01/04", "20190104"), an RFC 822/1123 date ("Fri, 04 Jan 2019 10:00:00 GMT") or an
// unambiguous day/month/year ("25/12/2019"). nullopt when not parseable or not a real date.
std::optional<std::string> NormalizeDate(std::string_view text);

// "fr" from "fr", "FR", "fr-FR", "fr_CA"; nullopt when the primary subtag is not 2-3 letters.
std::optional<std::string> NormalizeLang(std::string_view text);

// `text` without leading and trailing ASCII whitespace.
std::string_view TrimAscii(std::string_view text);

// The id of the n-th (1-based) document of a multi-document file: "path#n".
std::string NthDocId(const std::string& source, uint64_t n);

// An InvalidArgument error located at `source`:`line` (line 0: none).
Status InputErrorAt(const std::string& source, uint64_t line, std::string message);

// One invalid UTF-8 sequence replaced by U+FFFD: where it was in the input and where its
// replacement (3 bytes) is in the output.
struct Utf8Repair {
  uint64_t input_offset = 0;
  size_t output_offset = 0;
};

// `bytes` with each invalid sequence (a bad lead byte and the continuation bytes after it)
// replaced by U+FFFD, as RepairUtf8 does; appends each repair to *repairs.
std::string RepairUtf8Mapped(std::string_view bytes, std::vector<Utf8Repair>* repairs);

// Appends "invalid UTF-8 at byte N ..." errors (up to a cap, then one summary) for `repairs`.
// With `spans_in_output`, each error's span is the U+FFFD in the output (the output is the
// document text); otherwise spans stay null. `base_offset` is added to input offsets.
void ReportRepairs(const std::vector<Utf8Repair>& repairs, uint64_t base_offset,
                   bool spans_in_output, std::vector<InputError>* errors);

// RepairUtf8Mapped + ReportRepairs without spans: for bytes that are not a document text.
std::string RepairInput(std::string_view bytes, uint64_t base_offset,
                        std::vector<InputError>* errors);

}  // namespace sitrep::ingest
