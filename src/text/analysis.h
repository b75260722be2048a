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
  // Letters, marks and digits with inner hyphens and apostrophes: "Alep-Est", "aujourd'hui",
  // "COVID-19"; a digit run glued to letters ("1er", "7h44", "21st"); dotted abbreviations
  // with their final period ("U.S.", "J.-C.", "e.g."). French elisions are their own token
  // ("l'" + "armée", "qu'" + "il"), so are French subject clitics ("a" + "-t-il", "dit" + "-il")
  // and English "'s" ("Russia" + "'s"); the lists are data/text/clitics_<lang>.txt. The period
  // of a plain abbreviation is its own kPunct token: "M" + "." + "Hollande".
  kWord,
  // Digits with separators: "110.000", "9 000", "3,5", "1,200", "3.5", "24". A space joins
  // groups only before exactly three digits after a first group of at most three ("9 000",
  // "1 000 000", never "2012 200"); in English only a space that was non-ASCII (NBSP, thin).
  kNumber,
  kPunct,   // . , ; : ! ? ( ) - – — / and runs like "..." "?!"
  kQuote,   // « » " “ ” ‹ › „ and the ' used as a quotation mark
  kSymbol,  // %, $, €, &, #, @, +, other symbols
};

struct Token {
  Span span;  // in Analysis::norm
  TokenKind kind = TokenKind::kWord;
  std::string lower;  // case-folded form of the token text (ICU simple folding, accents kept;
                      // text::AccentFold() gives the form without accents when needed)
  bool capitalized = false;  // first letter is upper or title case ("Alep", "ONU")
  bool all_caps = false;     // has letters, all upper case ("ONU", "U.S.")
  // Only ASCII letters and digits ("Alep", "COVID19", "24"): `lower` is then the word's form
  // for every later stage (ASCII lower case, nothing to cut or fold), which their word
  // splitters take as it is instead of scanning and folding the text again.
  bool plain = false;
};

struct Sentence {
  Span span;                     // in Analysis::norm
  size_t first_token = 0;        // index into Analysis::tokens
  size_t end_token = 0;          // one past the last token
  bool paragraph_start = false;  // first sentence of the text or after a line break
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

  // Index of the token holding norm byte `pos`, or of the first token after it; tokens.size()
  // when none follows.
  size_t TokenAt(size_t pos) const;
  // Index of the sentence holding token `token_index` (sentences cover every token).
  size_t SentenceOfToken(size_t token_index) const;
};

// Normalizes and segments `text` (UTF-8; invalid bytes are kept as single-byte symbols).
// `lang` ("fr", "en", ...) picks the language's abbreviations, elisions and clitics from
// data/text/ (loaded once, found like every data file; missing files mean empty lists); any
// other value gets the common rules. Never fails. Thread-safe.
Analysis Analyze(std::string_view text, std::string_view lang);

// Normalization alone: NFC (ICU, only where needed); U+00A0, U+202F, U+2009, U+2000-U+200A and
// other Unicode spaces, tab, \f and \v to ' '; ’ ‘ ʼ ′ to '; U+2010 U+2011 to '-'; CRLF, CR,
// U+0085, U+2028, U+2029 to '\n'; soft hyphen, zero-width and bidi control characters and BOM
// removed. Quotation marks are kept. Writes the offset map (norm -> `text`) when `map` is not
// null; `map` must be empty.
std::string Normalize(std::string_view text, OffsetMap* map);

// ISO 639-1 code of the text's language ("fr", "en", "ar", ...) by CLD2, or "und" when CLD2
// is unsure and the text is short (under 40 letters), or finds nothing.
std::string DetectLanguage(std::string_view text);

}  // namespace sitrep::text
