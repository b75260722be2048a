// Format detection: which reader gets a file, from its content and its name; and the test
// that turns binary files away before any reader sees them.
#pragma once

#include <string>
#include <string_view>

namespace sitrep::ingest {

// "text", "html", "jsonl", "csv", "warc" or "feed". `bytes` are decompressed; `source` is the
// file name (compression suffixes allowed), "-" for standard input.
//   - a definite extension wins: .jsonl/.ndjson, .csv/.tsv, .warc;
//   - then the content: WARC header, HTML or feed markup, a first line that is a JSON object,
//     a CSV header with a text column;
//   - then the remaining extensions: .html/.htm/.xhtml, .rss/.atom/.xml; else "text".
std::string DetectFormat(std::string_view bytes, const std::string& source);

// Non-empty when `bytes` look binary (a NUL byte, or more than 10% control bytes or invalid
// UTF-8 in the first 64 KiB): says why, for the error message.
std::string BinaryReason(std::string_view bytes);

// True when `bytes` hold nothing but whitespace (ASCII or a UTF-8 byte-order mark).
bool IsBlank(std::string_view bytes);

}  // namespace sitrep::ingest
