// Tokenize(): one pass over the normalized text. Each token starts at a code point whose class
// (char_class.h) picks a scanner: words (with inner hyphens and apostrophes, then split at
// the language's elisions and clitics), numbers (digit groups joined by '.', ',' or a space
// before exactly three digits), dotted abbreviations, quotes, punctuation runs and symbols.
#include "text/tokenizer.h"

#include "base/ascii.h"
#include "text/case_fold.h"
#include "text/char_class.h"

namespace sitrep::text {
namespace {

// True when `s` ends with `lower_suffix` (lower case), ignoring ASCII case.
bool EndsWithLower(std::string_view s, std::string_view lower_suffix) {
  if (s.size() < lower_suffix.size())
    return false;
  const size_t off = s.size() - lower_suffix.size();
  for (size_t k = 0; k < lower_suffix.size(); ++k) {
    char c = s[off + k];
    if (c >= 'A' && c <= 'Z')
      c = static_cast<char>(c + 32);
    if (c != lower_suffix[k])
      return false;
  }
  return true;
}

class Tokenizer {
 public:
  Tokenizer(std::string_view s, std::string_view lang, const LangLexicon& lex, const OffsetMap* map,
            std::string_view original, std::vector<Token>* out)
      : s_(s),
        lex_(lex),
        map_(map),
        original_(original),
        out_(out),
        strict_number_spaces_(lang == "en" && map != nullptr && !original.empty()) {}

  void Run() {
    size_t i = 0;
    while (i < s_.size())
      i = Next(i);
  }

 private:
  // Scans the token (or whitespace) at `i`; returns the position after it.
  size_t Next(size_t i) {
    const CodePoint cp = CodePointAt(s_, i);
    switch (cp.cls) {
      case Cls::kNewline:
        open_single_ = false;
        return i + 1;
      case Cls::kSpace:
      case Cls::kMark:  // a mark with no letter before it
        return i + cp.len;
      case Cls::kLetter: {
        const size_t end = ScanAcronym(i);
        if (end > i) {
          Emit(i, end, TokenKind::kWord);
          return end;
        }
        return EmitWord(i, ExtendWithAcronym(i, ScanWord(i)));
      }
      case Cls::kDigit:
        return ScanNumber(i);
      case Cls::kQuote:
        Emit(i, i + cp.len, TokenKind::kQuote);
        return i + cp.len;
      case Cls::kApos:
        Emit(i, i + 1, ApostropheKind(i));
        return i + 1;
      case Cls::kDot:
      case Cls::kHyphen:
        return EmitRun(i, cp.cls);
      case Cls::kPunct:
        if (cp.c == '!' || cp.c == '?')
          return EmitRun(i, cp.cls);
        Emit(i, i + cp.len, TokenKind::kPunct);
        return i + cp.len;
      case Cls::kComma:
        Emit(i, i + 1, TokenKind::kPunct);
        return i + 1;
      case Cls::kSymbol:
        Emit(i, i + cp.len, TokenKind::kSymbol);
        return i + cp.len;
    }
    return i + 1;
  }

  // A run of the same punctuation ("...", "--") or of '!' and '?' ("?!").
  size_t EmitRun(size_t i, Cls cls) {
    size_t j = i + 1;
    while (j < s_.size()) {
      const char c = s_[j];
      const bool same = cls == Cls::kPunct ? (c == '!' || c == '?') : c == s_[i];
      if (!same)
        break;
      ++j;
    }
    Emit(i, j, TokenKind::kPunct);
    return j;
  }

  // Letters, marks and digits, joined across single '-' or '\'' between two word characters.
  size_t ScanWord(size_t i) const {
    size_t j = i;
    const auto* b = reinterpret_cast<const uint8_t*>(s_.data());
    while (true) {
      while (j < s_.size() && b[j] < 0x80 && IsWordClass(kAsciiClass[b[j]]))
        ++j;  // fast path
      CodePoint cp = CodePointAt(s_, j);
      while (IsWordClass(cp.cls)) {
        j += cp.len;
        cp = CodePointAt(s_, j);
      }
      if ((cp.cls == Cls::kHyphen || cp.cls == Cls::kApos) &&
          IsWordClass(CodePointAt(s_, j + 1).cls) && CodePointAt(s_, j + 1).cls != Cls::kMark) {
        j += 1;
        continue;
      }
      return j;
    }
  }

  // "U.S.", "e.g.", "J.-C.": two or more single letters each followed by '.', the next one
  // optionally after '-'. Returns the end (after the last '.'), or `i` when there is none.
  size_t ScanAcronym(size_t i) const {
    size_t j = i;
    int segments = 0;
    while (true) {
      const CodePoint letter = CodePointAt(s_, j);
      if (letter.cls != Cls::kLetter || CodePointAt(s_, j + letter.len).cls != Cls::kDot)
        break;
      ++segments;
      j += letter.len + 1;
      if (j < s_.size() && s_[j] == '-' && CodePointAt(s_, j + 1).cls == Cls::kLetter)
        ++j;
    }
    if (segments < 2)
      return i;
    if (s_[j - 1] == '-')
      --j;
    return j;
  }

  // "then-U.S.": a word whose last hyphen-joined part is a single letter before '.' takes the
  // dotted abbreviation that follows.
  size_t ExtendWithAcronym(size_t i, size_t end) const {
    if (end >= s_.size() || s_[end] != '.')
      return end;
    const size_t hyphen = s_.substr(i, end - i).rfind('-');
    if (hyphen == std::string_view::npos)
      return end;
    const size_t part = i + hyphen + 1;
    const size_t acronym = ScanAcronym(part);
    return acronym > end ? acronym : end;
  }

  // Digits; a digit run glued to letters is a word ("1er", "7h44").
  size_t ScanNumber(size_t i) {
    size_t j = SkipDigits(i);
    const Cls after = CodePointAt(s_, j).cls;
    if (after == Cls::kLetter || after == Cls::kMark)
      return EmitWord(i, ScanWord(i));
    bool spaces_ok = j - i <= 3;
    while (j < s_.size()) {
      const char c = s_[j];
      if ((c == '.' || c == ',') && CodePointAt(s_, j + 1).cls == Cls::kDigit) {
        j = SkipDigits(j + 1);
        spaces_ok = false;
      } else if (c == ' ' && spaces_ok && IsSpaceGroup(j)) {
        j += 4;
      } else {
        break;
      }
    }
    Emit(i, j, TokenKind::kNumber);
    return j;
  }

  size_t SkipDigits(size_t j) const {
    CodePoint cp = CodePointAt(s_, j);
    while (cp.cls == Cls::kDigit) {
      j += cp.len;
      cp = CodePointAt(s_, j);
    }
    return j;
  }

  // True when the space at `j` is followed by exactly three ASCII digits ("9 000").
  bool IsSpaceGroup(size_t j) const {
    for (size_t k = j + 1; k <= j + 3; ++k) {
      if (k >= s_.size() || s_[k] < '0' || s_[k] > '9')
        return false;
    }
    if (CodePointAt(s_, j + 4).cls == Cls::kDigit)
      return false;
    if (CodePointAt(s_, j + 4).cls == Cls::kLetter)
      return false;
    if (!strict_number_spaces_)
      return true;
    const size_t o = map_->StartToOriginal(j);
    return o < original_.size() && original_[o] != ' ';
  }

  // A lone apostrophe: an opening quote before a word after a space, a closing quote when one
  // is open and it ends a word, else punctuation (the English plural possessive).
  TokenKind ApostropheKind(size_t i) {
    const CodePoint before = CodePointBefore(s_, i);
    const CodePoint after = CodePointAt(s_, i + 1);
    const bool space_before = before.len == 0 || before.cls == Cls::kSpace ||
                              before.cls == Cls::kNewline || before.c == '(';
    if (space_before && IsWordClass(after.cls)) {
      open_single_ = true;
      return TokenKind::kQuote;
    }
    const bool end_after = after.len == 0 || after.cls == Cls::kSpace ||
                           after.cls == Cls::kNewline || after.cls == Cls::kPunct ||
                           after.cls == Cls::kDot || after.cls == Cls::kComma ||
                           after.cls == Cls::kQuote;
    if (open_single_ && !space_before && end_after) {
      open_single_ = false;
      return TokenKind::kQuote;
    }
    return TokenKind::kPunct;
  }

  // Emits the word [i, end) split at elisions ("l'" + "armée") and clitics ("a" + "-t-il").
  size_t EmitWord(size_t i, size_t end) {
    bool joined = false;  // most words hold neither '-' nor '\''
    for (size_t k = i; k < end; ++k)
      joined |= s_[k] == '-' || s_[k] == '\'';
    if (!joined) {
      Emit(i, end, TokenKind::kWord);
      return end;
    }
    while (!lex_.prefixes.empty()) {
      const size_t apos = s_.substr(0, end).find('\'', i);
      if (apos == std::string_view::npos || apos + 1 >= end)
        break;
      if (!lex_.prefixes.count(AsciiLower(s_.substr(i, apos + 1 - i))))
        break;
      if (lex_.words.count(AsciiLower(s_.substr(i, end - i))))
        break;
      Emit(i, apos + 1, TokenKind::kWord);
      i = apos + 1;
    }
    const std::string_view word = s_.substr(i, end - i);
    for (const std::string& suffix : lex_.suffixes) {
      if (word.size() > suffix.size() && EndsWithLower(word, suffix)) {
        Emit(i, end - suffix.size(), TokenKind::kWord);
        Emit(end - suffix.size(), end, TokenKind::kWord);
        return end;
      }
    }
    Emit(i, end, TokenKind::kWord);
    return end;
  }

  void Emit(size_t start, size_t end, TokenKind kind) {
    // Aggregate initialization: value-initialization (emplace_back()) would first zero all
    // bytes of the token. No accent-free form: nothing in the pipeline reads it.
    out_->push_back(Token{Span{start, end}, kind, std::string(), false, false, false});
    Token& t = out_->back();
    FoldToken(s_.substr(start, end - start), &t.lower, nullptr, &t.capitalized, &t.all_caps,
              &t.plain);
  }

  std::string_view s_;
  const LangLexicon& lex_;
  const OffsetMap* map_;
  std::string_view original_;
  std::vector<Token>* out_;
  const bool strict_number_spaces_;
  bool open_single_ = false;
};

}  // namespace

void Tokenize(std::string_view norm, std::string_view lang, const LangLexicon& lex,
              const OffsetMap* map, std::string_view original, std::vector<Token>* tokens) {
  Tokenizer(norm, lang, lex, map, original, tokens).Run();
}

}  // namespace sitrep::text
