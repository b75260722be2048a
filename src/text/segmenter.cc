// Analyze(): a first tokenizer and sentence splitter over bytes; the ICU segmenter replaces it.
#include <cctype>

#include "base/utf8.h"
#include "text/analysis.h"

namespace sitrep::text {
namespace {

bool IsAsciiAlnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

bool IsQuoteAt(std::string_view s, size_t pos, size_t* len) {
  static const char* kQuotes[] = {"\xC2\xAB", "\xC2\xBB", "\xE2\x80\x9C", "\xE2\x80\x9D",
                                  "\xE2\x80\x9E", "\xE2\x80\xB9", "\xE2\x80\xBA", "\""};
  for (const char* q : kQuotes) {
    std::string_view qv(q);
    if (s.substr(pos, qv.size()) == qv) {
      *len = qv.size();
      return true;
    }
  }
  return false;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

Analysis Analyze(std::string_view text, std::string_view lang) {
  (void)lang;
  Analysis a;
  a.norm = Normalize(text, &a.map);
  const std::string& s = a.norm;
  size_t pos = 0;
  while (pos < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[pos]);
    size_t qlen = 0;
    if (std::isspace(c)) {
      ++pos;
      continue;
    }
    Token tok;
    size_t start = pos;
    if (IsQuoteAt(s, pos, &qlen)) {
      tok.kind = TokenKind::kQuote;
      pos += qlen;
    } else if (std::isdigit(c)) {
      tok.kind = TokenKind::kNumber;
      while (pos < s.size() &&
             (std::isdigit(static_cast<unsigned char>(s[pos])) ||
              ((s[pos] == '.' || s[pos] == ',' || s[pos] == ' ') && pos + 1 < s.size() &&
               std::isdigit(static_cast<unsigned char>(s[pos + 1])) && pos > start))) {
        ++pos;
      }
    } else if (IsAsciiAlnum(static_cast<char>(c)) || c >= 0x80) {
      tok.kind = TokenKind::kWord;
      while (pos < s.size()) {
        const unsigned char d = static_cast<unsigned char>(s[pos]);
        if (IsAsciiAlnum(static_cast<char>(d))) {
          ++pos;
        } else if (d >= 0x80) {
          size_t q = 0;
          if (IsQuoteAt(s, pos, &q)) break;
          size_t l = Utf8SequenceLength(s, pos);
          pos += l == 0 ? 1 : l;
        } else if ((d == '-' || d == '\'') && pos + 1 < s.size() &&
                   (IsAsciiAlnum(s[pos + 1]) || static_cast<unsigned char>(s[pos + 1]) >= 0x80)) {
          ++pos;
        } else {
          break;
        }
      }
    } else {
      tok.kind = std::ispunct(c) ? TokenKind::kPunct : TokenKind::kSymbol;
      ++pos;
    }
    tok.span = Span{start, pos};
    tok.lower = Lower(std::string_view(s).substr(start, pos - start));
    a.tokens.push_back(std::move(tok));
  }
  // Sentences: end at . ! ? followed by an upper-case letter, a quote or the end.
  size_t first = 0;
  for (size_t i = 0; i < a.tokens.size(); ++i) {
    const Token& t = a.tokens[i];
    bool end = i + 1 == a.tokens.size();
    if (!end && t.kind == TokenKind::kPunct &&
        (s[t.span.start] == '.' || s[t.span.start] == '!' || s[t.span.start] == '?')) {
      const Token& next = a.tokens[i + 1];
      const bool upper_next = std::isupper(static_cast<unsigned char>(s[next.span.start])) ||
                              next.kind == TokenKind::kQuote ||
                              static_cast<unsigned char>(s[next.span.start]) >= 0x80;
      const bool abbrev = i > 0 && a.tokens[i - 1].span.size() <= 2 &&
                          std::isupper(static_cast<unsigned char>(s[a.tokens[i - 1].span.start]));
      end = upper_next && !abbrev;
    }
    if (end) {
      a.sentences.push_back(
          Sentence{Span{a.tokens[first].span.start, t.span.end}, first, i + 1});
      first = i + 1;
    }
  }
  return a;
}

}  // namespace sitrep::text
