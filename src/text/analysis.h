// text::Analysis: a document's text normalized (NFC, one apostrophe, plain spaces), cut into
// sentences and tokens, with an offset map back to the original bytes. Every later stage reads
// this and reports spans in original bytes through ToOriginal().
//
// Usage:
//   text::Analysis a = text::Analyze(doc.text, doc.lang);
//   for (const text::Sentence& s : a.sentences) { ... a.norm.substr(s.span.start, ...) ... }
//   Span evidence = a.ToOriginal(norm_span);
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "sitrep/document.h"
#include "base/offset_map.h"

namespace sitrep::text {

enum class TokenKind : uint8_t {
  kWord,    // letters (may hold inner hyphens and apostrophes: "Alep-Est", "aujourd'hui")
  kNumber,  // digits with separators: "110.000", "9 000", "3,5", "24"
  kPunct,   // . , ; : ! ? ( ) - ...
  kQuote,   // « » " “ ” ‹ › „ and the ' used as a quotation mark
  kSymbol,  // %, $, €, other symbols
};

struct Token {
  Span span;          // in Analysis::norm
  TokenKind kind = TokenKind::kWord;
  std::string lower;  // case-folded form of the token text (accents kept)
};

struct Sentence {
  Span span;               // in Analysis::norm
  size_t first_token = 0;  // index into Analysis::tokens
  size_t end_token = 0;    // one past the last token
};

struct Analysis {
  std::string norm;  // normalized text
  OffsetMap map;     // norm byte -> original byte
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;

  std::string_view Text(const Span& norm_span) const {
    return std::string_view(norm).substr(norm_span.start, norm_span.end - norm_span.start);
  }
  Span ToOriginal(const Span& norm_span) const { return map.ToOriginal(norm_span); }
};

// Normalizes and segments `text` (valid UTF-8). `lang` ("fr", "en", ...) picks the language's
// abbreviations and typography; any other value gets the common rules. Never fails.
Analysis Analyze(std::string_view text, std::string_view lang);

// Normalization alone: NFC; U+00A0, U+202F, U+2009 and other spaces to ' '; ’ ‘ ʼ to '; soft
// hyphens and zero-width characters removed. Writes the offset map when `map` is not null.
std::string Normalize(std::string_view text, OffsetMap* map);

// ISO 639-1 code of the text's language ("fr", "en", "ar", ...), or "und" when unsure.
std::string DetectLanguage(std::string_view text);

}  // namespace sitrep::text
