// Document and Span: one input article as sitrep extracted it, and byte ranges into its text.
// Every span in every record points into Document::text, so `text.substr(span)` is the evidence.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep {

// [start, end) in UTF-8 bytes of Document::text.
struct Span {
  size_t start = 0;
  size_t end = 0;

  size_t size() const { return end - start; }
  bool empty() const { return end <= start; }
  bool Contains(const Span& other) const { return start <= other.start && other.end <= end; }
  bool Overlaps(const Span& other) const { return start < other.end && other.start < end; }
  friend bool operator==(const Span&, const Span&) = default;
};

// A problem with the input of one document (decoding, parsing, size, format).
struct InputError {
  std::string stage;    // "ingest", "decode", ...
  std::string message;  // says what and where
  std::optional<Span> span;
};

struct Document {
  std::string id;      // the input's own id, else path (+ "#N" for the N-th doc of a file)
  std::string source;  // the input path as given; "-" for standard input
  std::optional<std::string> url;
  std::optional<std::string> title;
  std::string lang;                       // ISO 639-1 ("fr", "en", ...), "und" when unknown
  std::optional<std::string> published;   // "YYYY-MM-DD"
  std::string text;                       // extracted UTF-8 text; all spans index into it
  std::vector<InputError> errors;

  std::string_view Slice(const Span& span) const {
    return std::string_view(text).substr(span.start, span.end - span.start);
  }
};

}  // namespace sitrep
