// Entity text units and case/accent folding; see entity_text.h.
#include "recognize/entity_text.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "base/utf8.h"

namespace sitrep::recognize::entities_internal {
namespace {

constexpr UChar32 kTableSize = 0x800;

// Decodes the code point at `pos` (valid UTF-8 assumed; a bad byte reads as itself).
UChar32 DecodeAt(std::string_view s, size_t pos, size_t* len) {
  const auto b0 = static_cast<unsigned char>(s[pos]);
  if (b0 < 0x80 || pos + 1 >= s.size()) {
    *len = 1;
    return b0;
  }
  const auto b1 = static_cast<unsigned char>(s[pos + 1]);
  if ((b0 & 0xE0) == 0xC0) {
    *len = 2;
    return ((b0 & 0x1F) << 6) | (b1 & 0x3F);
  }
  size_t l = Utf8SequenceLength(s, pos);
  *len = l == 0 ? 1 : l;
  if (*len == 3 && pos + 2 < s.size()) {
    return ((b0 & 0x0F) << 12) | ((b1 & 0x3F) << 6) | (s[pos + 2] & 0x3F);
  }
  return 0x10000;  // outside every table; only "is it cased" is asked of it
}

std::string FoldCodePoint(UChar32 c, const icu::Normalizer2* nfd) {
  if (c == 0x0131) return "i";  // dotless i: no decomposition
  if (c == 0x0153 || c == 0x0152) return "oe";
  if (c == 0x00E6 || c == 0x00C6) return "ae";
  if (c == 0x00DF) return "ss";
  icu::UnicodeString s(u_tolower(c));
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString d = nfd->normalize(s, status);
  icu::UnicodeString kept;
  for (int32_t i = 0; i < d.length(); ++i) {
    if (u_getCombiningClass(d.charAt(i)) == 0 && u_charType(d.charAt(i)) != U_NON_SPACING_MARK) {
      kept.append(d.charAt(i));
    }
  }
  std::string out;
  kept.toUTF8String(out);
  return U_SUCCESS(status) ? out : std::string();
}

bool IsCasedUpper(UChar32 c) { return u_isupper(c) != 0 || u_istitle(c) != 0; }

// Flags of a piece of text: first letter capitalized, all cased letters upper.
void CaseFlags(std::string_view text, Unit* unit) {
  bool first = true;
  bool any_upper = false;
  bool any_lower = false;
  for (size_t pos = 0; pos < text.size();) {
    size_t len = 1;
    UChar32 c = DecodeAt(text, pos, &len);
    pos += len;
    if (c == '.' || c == '\'') continue;
    const bool ascii = c < 0x80;
    const bool up = ascii ? (c >= 'A' && c <= 'Z') : IsCasedUpper(c);
    const bool low = ascii ? (c >= 'a' && c <= 'z') : u_islower(c) != 0;
    if (first) unit->cap = up || (!low && !ascii && u_isalpha(c) != 0);
    first = false;
    any_upper |= up;
    any_lower |= low;
  }
  unit->upper = any_upper && !any_lower;
}

// Key and case flags of an all-ASCII `text` in one pass, the same as FoldTable::Fold and
// CaseFlags give; false (and `unit` untouched but for its key) when `text` is not ASCII.
bool AsciiKeyAndFlags(std::string_view text, Unit* unit) {
  std::string& key = unit->key;
  key.resize(text.size());
  size_t n = 0;
  bool first = true;
  bool any_upper = false;
  bool any_lower = false;
  for (const char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if (c >= 0x80) return false;
    if (c == '.') continue;
    const bool up = c >= 'A' && c <= 'Z';
    key[n++] = static_cast<char>(up ? c + 32 : c);
    if (c == '\'') continue;
    if (first) unit->cap = up;
    first = false;
    any_upper |= up;
    any_lower |= c >= 'a' && c <= 'z';
  }
  key.resize(n);
  unit->upper = any_upper && !any_lower;
  return true;
}

bool IsHyphenGlued(const std::string& norm, const text::Token& tok) {
  return tok.span.size() == 1 && norm[tok.span.start] == '-' && tok.span.start > 0 &&
         tok.span.end < norm.size() && norm[tok.span.start - 1] != ' ' &&
         norm[tok.span.end] != ' ';
}

class UnitCutter {
 public:
  UnitCutter(const FoldTable& fold, const FlatStringSet& elisions)
      : fold_(fold), elisions_(elisions) {}

  // Cuts the word text `w` starting at byte `base` into units appended to `out`.
  void CutWord(std::string_view w, size_t base, std::vector<Unit>* out) const {
    size_t apos = w.find('\'');
    if (apos != std::string_view::npos && apos > 0 && apos + 1 < w.size() &&
        elisions_.count(fold_.Fold(w.substr(0, apos))) > 0) {
      Push(w.substr(0, apos + 1), base, out);
      w = w.substr(apos + 1);
      base += apos + 1;
    }
    size_t start = 0;
    while (start <= w.size()) {
      size_t dash = w.find('-', start);
      if (dash == std::string_view::npos) dash = w.size();
      std::string_view part = w.substr(start, dash - start);
      if (part.size() > 2 && part.substr(part.size() - 2) == "'s") {
        Push(part.substr(0, part.size() - 2), base + start, out);
        Push(part.substr(part.size() - 2), base + start + part.size() - 2, out);
      } else if (!part.empty()) {
        Push(part, base + start, out);
      }
      start = dash + 1;
    }
  }

  // A token of ASCII letters and digits only (text::Token::plain): one unit, keyed by the
  // token's lower-case form, as CutWord would cut and key it.
  void PushPlain(const text::Token& tok, std::string_view text, std::vector<Unit>* out) const {
    Unit& u = out->emplace_back();
    u.span = tok.span;
    u.key = tok.lower;
    u.cap = text[0] >= 'A' && text[0] <= 'Z';
    u.upper = tok.all_caps;
  }

  void Push(std::string_view part, size_t base, std::vector<Unit>* out) const {
    Unit& u = out->emplace_back();
    u.span = Span{base, base + part.size()};
    if (!AsciiKeyAndFlags(part, &u)) {
      u.key = fold_.Fold(part);
      CaseFlags(part, &u);
    }
    if (u.key.empty()) out->pop_back();
  }

 private:
  const FoldTable& fold_;
  const FlatStringSet& elisions_;
};

}  // namespace

FoldTable::FoldTable() : map_(kTableSize) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  for (UChar32 c = 0x80; c < kTableSize; ++c) {
    map_[static_cast<size_t>(c)] = U_SUCCESS(status) ? FoldCodePoint(c, nfd) : std::string();
  }
}

std::string FoldTable::Fold(std::string_view text) const {
  std::string out;
  out.reserve(text.size());
  for (size_t pos = 0; pos < text.size();) {
    const auto b0 = static_cast<unsigned char>(text[pos]);
    if (b0 < 0x80) {
      if (b0 != '.') out.push_back(static_cast<char>(b0 >= 'A' && b0 <= 'Z' ? b0 + 32 : b0));
      ++pos;
      continue;
    }
    size_t len = 1;
    UChar32 c = DecodeAt(text, pos, &len);
    if (len == 2 && c < kTableSize && !map_[static_cast<size_t>(c)].empty()) {
      out += map_[static_cast<size_t>(c)];
    } else {
      out.append(text.substr(pos, len));
    }
    pos += len;
  }
  return out;
}

std::vector<Unit> BuildUnits(const text::Analysis& analysis, const FoldTable& fold,
                             const FlatStringSet& elisions) {
  UnitCutter cutter(fold, elisions);
  std::vector<Unit> units;
  units.reserve(analysis.tokens.size() + analysis.tokens.size() / 4);
  const std::string& norm = analysis.norm;
  size_t sentence_idx = 0;
  for (size_t token_idx = 0; token_idx < analysis.tokens.size(); ++token_idx) {
    const text::Token& tok = analysis.tokens[token_idx];
    bool starts = false;
    while (sentence_idx < analysis.sentences.size() &&
           analysis.sentences[sentence_idx].end_token <= token_idx) {
      ++sentence_idx;
    }
    if (sentence_idx < analysis.sentences.size() &&
        analysis.sentences[sentence_idx].first_token == token_idx) {
      starts = true;
    }
    std::string_view text = analysis.Text(tok.span);
    const size_t before = units.size();
    if (tok.plain) {
      cutter.PushPlain(tok, text, &units);
    } else if (tok.kind == text::TokenKind::kWord || tok.kind == text::TokenKind::kNumber) {
      cutter.CutWord(text, tok.span.start, &units);
    } else if (IsHyphenGlued(norm, tok)) {
      continue;
    } else if (text == "." && !units.empty() && units.back().span.end == tok.span.start &&
               units.back().key.size() == 1 && !units.back().punct) {
      units.back().span.end = tok.span.end;  // "U." "N." "M.": the dot belongs to the letter
      continue;
    } else {
      Unit& u = units.emplace_back();
      u.span = tok.span;
      u.key = text;
      u.punct = true;
    }
    // A capital after a sentence start, a dash, colon or quote says nothing of a name.
    if (units.size() > before &&
        (starts || (before > 0 && units[before - 1].punct && units[before - 1].key != ","))) {
      units[before].sentence_start = true;
    }
  }
  // Letters joined by dots ("U.N.", cut into "u" "n") become one unit.
  size_t kept = 0;
  for (size_t i = 0; i < units.size(); ++i) {
    Unit& u = units[i];
    if (kept > 0 && !u.punct && !units[kept - 1].punct && u.key.size() == 1 &&
        units[kept - 1].span.end == u.span.start && norm[u.span.start - 1] == '.') {
      units[kept - 1].span.end = u.span.end;
      units[kept - 1].key += u.key;
      continue;
    }
    if (kept != i) units[kept] = std::move(u);
    ++kept;
  }
  units.resize(kept);
  return units;
}

void SplitAlias(std::string_view alias, const FoldTable& fold,
                const FlatStringSet& elisions, std::vector<std::string>* keys,
                std::vector<std::string>* raws) {
  UnitCutter cutter(fold, elisions);
  std::vector<Unit> units;
  size_t start = 0;
  while (start < alias.size()) {
    size_t end = alias.find(' ', start);
    if (end == std::string_view::npos) end = alias.size();
    std::string_view word = alias.substr(start, end - start);
    while (!word.empty() && (word.back() == ',' || word.back() == ';')) word.remove_suffix(1);
    if (!word.empty()) cutter.CutWord(word, start, &units);
    start = end + 1;
  }
  for (const Unit& u : units) {
    keys->push_back(u.key);
    raws->push_back(std::string(alias.substr(u.span.start, u.span.size())));
  }
}

}  // namespace sitrep::recognize::entities_internal
