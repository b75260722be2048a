// ScanText(): words, punctuation and quotation marks of the normalized text; pairs the marks
// (nesting, paragraphs re-opened with the same mark) and numbers sentences outside quotes.
#include <cctype>

#include "recognize/quote_internal.h"

namespace sitrep::recognize::quotes {
namespace {

// Mark types: which closing mark ends which opening mark.
enum class MarkType : uint8_t { kNone, kGuillemet, kCurly, kLow, kAngle, kStraight };

struct MarkInfo {
  MarkType type = MarkType::kNone;
  bool opens = false;   // « “ „ ‹
  bool closes = false;  // » ” “(after „) ›
};

uint32_t DecodeAt(std::string_view s, size_t pos, size_t* len) {
  const auto b0 = static_cast<unsigned char>(s[pos]);
  if (b0 < 0x80) {
    *len = 1;
    return b0;
  }
  size_t n = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC0 ? 2 : 1;
  if (pos + n > s.size()) n = 1;
  uint32_t cp = n == 1 ? b0 : n == 2 ? (b0 & 0x1Fu) : n == 3 ? (b0 & 0x0Fu) : (b0 & 0x07u);
  for (size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[pos + k]) & 0x3Fu);
  *len = n;
  return cp;
}

MarkInfo MarkOf(uint32_t cp) {
  switch (cp) {
    case 0xAB: return {MarkType::kGuillemet, true, false};
    case 0xBB: return {MarkType::kGuillemet, false, true};
    case 0x201C: return {MarkType::kCurly, true, true};  // opens, or closes a „
    case 0x201D: return {MarkType::kCurly, false, true};
    case 0x201E: return {MarkType::kLow, true, false};
    case 0x2039: return {MarkType::kAngle, true, false};
    case 0x203A: return {MarkType::kAngle, false, true};
    case '"': return {MarkType::kStraight, true, true};
    default: return {};
  }
}

bool IsLetterCp(uint32_t cp) {
  if (cp < 0x80) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  }
  if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7) return false;
  if (cp >= 0x2000 && cp < 0x2C00) return false;
  if (cp >= 0x3000 && cp < 0x3040) return false;
  return true;
}

bool IsUpperAt(std::string_view s, size_t pos) {
  const auto b0 = static_cast<unsigned char>(s[pos]);
  if (b0 < 0x80) return std::isupper(b0) != 0;
  if (b0 == 0xC3 && pos + 1 < s.size()) {
    const auto b1 = static_cast<unsigned char>(s[pos + 1]);
    return b1 >= 0x80 && b1 <= 0x9E && b1 != 0x97;
  }
  return false;
}

// Lower-cases ASCII and Latin-1 letters in place; byte lengths do not change.
void LowerInPlace(std::string* s) {
  for (size_t i = 0; i < s->size(); ++i) {
    auto b = static_cast<unsigned char>((*s)[i]);
    if (b < 0x80) {
      if (b >= 'A' && b <= 'Z') (*s)[i] = static_cast<char>(b + 32);
    } else if (b == 0xC3 && i + 1 < s->size()) {
      auto b1 = static_cast<unsigned char>((*s)[i + 1]);
      if (b1 >= 0x80 && b1 <= 0x9E && b1 != 0x97) (*s)[i + 1] = static_cast<char>(b1 + 0x20);
      ++i;
    }
  }
}

// A newline run is a paragraph break when it holds two newlines, or when the line before ends
// a sentence or a quote: single newlines inside a paragraph are only line wrapping.
bool IsParagraphBreak(std::string_view s, size_t start, size_t end, int newlines) {
  if (newlines >= 2) return true;
  if (start == 0 || end >= s.size()) return true;
  const char prev = s[start - 1];
  return prev == '.' || prev == '!' || prev == '?' || prev == ':' || prev == '"' ||
         static_cast<unsigned char>(prev) >= 0x80;
}

class Scanner {
 public:
  Scanner(const std::string& norm, const LangLexicon& lex, Scan* out)
      : s_(norm), lex_(lex), out_(out) {}

  void Tokenize() {
    out_->lower = s_;
    LowerInPlace(&out_->lower);
    size_t pos = 0;
    while (pos < s_.size()) {
      const char c = s_[pos];
      if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
        pos = Space(pos);
        continue;
      }
      size_t len = 0;
      const uint32_t cp = DecodeAt(s_, pos, &len);
      if (MarkOf(cp).type != MarkType::kNone) {
        Push(pos, pos + len, QKind::kMark);
        pos += len;
      } else if (IsLetterCp(cp)) {
        pos = Word(pos);
      } else {
        Push(pos, pos + len, QKind::kPunct);
        pos += len;
      }
    }
  }

 private:
  size_t Space(size_t pos) {
    size_t start = pos;
    int newlines = 0;
    while (pos < s_.size() && (s_[pos] == ' ' || s_[pos] == '\t' || s_[pos] == '\r' ||
                               s_[pos] == '\n')) {
      newlines += s_[pos] == '\n' ? 1 : 0;
      ++pos;
    }
    if (newlines > 0 && IsParagraphBreak(s_, start, pos, newlines) && !out_->toks.empty() &&
        out_->toks.back().kind != QKind::kBreak) {
      Push(start, start, QKind::kBreak);
    }
    return pos;
  }

  // A word: letters and digits, with inner ' and - ("Alep-Est", "a-t-il"); an elided
  // article or pronoun ("l'", "qu'") becomes its own token.
  size_t Word(size_t pos) {
    const size_t start = pos;
    size_t len = 0;
    while (pos < s_.size()) {
      const auto b = static_cast<unsigned char>(s_[pos]);
      if (b < 0x80 && IsLetterCp(b)) {  // fast path for ASCII letters and digits
        ++pos;
        continue;
      }
      const uint32_t cp = DecodeAt(s_, pos, &len);
      if (IsLetterCp(cp)) {
        pos += len;
        continue;
      }
      if ((cp == '\'' || cp == '-') && pos + 1 < s_.size()) {
        size_t next_len = 0;
        if (IsLetterCp(DecodeAt(s_, pos + 1, &next_len))) {
          if (cp == '\'' &&
              lex_.Has(Cat::kElision, std::string_view(out_->lower).substr(start, pos + 1 - start))) {
            Push(start, pos + 1, QKind::kWord);
            return pos + 1;
          }
          pos += 1;
          continue;
        }
      }
      break;
    }
    Push(start, pos, QKind::kWord);
    return pos;
  }

  void Push(size_t start, size_t end, QKind kind) {
    QTok t;
    t.span = Span{start, end};
    t.kind = kind;
    t.lower = std::string_view(out_->lower).substr(start, end - start);
    if (kind == QKind::kWord) t.bits = lex_.BitsOf(t.lower);
    t.cap = kind == QKind::kWord && IsUpperAt(s_, start);
    // "el-Sisi", "al-Assad", "ad-Din": a lower-case article glued to a capitalized name.
    if (kind == QKind::kWord && !t.cap && end - start >= 5 && s_[start + 2] == '-' &&
        std::islower(static_cast<unsigned char>(s_[start])) &&
        std::islower(static_cast<unsigned char>(s_[start + 1])) && IsUpperAt(s_, start + 3)) {
      t.cap = true;
    }
    if (t.cap && end - start >= 2) {
      t.acronym = true;
      for (size_t k = start; k < end && t.acronym; ++k) {
        t.acronym = s_[k] >= 'A' && s_[k] <= 'Z';
      }
      // "WHO", "US", "IS": an acronym is no pronoun, relative or other function word; titles
      // ("PDG"), organization nouns and abbreviations keep their class.
      if (t.acronym) {
        uint32_t keep = 0;
        for (Cat c : {Cat::kTitle, Cat::kOrgNoun, Cat::kSpokes, Cat::kAbbrev}) {
          keep |= 1u << static_cast<unsigned>(c);
        }
        t.bits &= keep;
      }
    }
    out_->toks.push_back(std::move(t));
  }

  const std::string& s_;
  const LangLexicon& lex_;
  Scan* out_;
};

struct Open {
  MarkType type;
  size_t tok;
};

// Pairs marks with a stack. At a paragraph break an open outer quote continues when the next
// paragraph opens with the same mark (French and English style), else it ends there; an
// unclosed straight quote is dropped as a stray.
class Pairer {
 public:
  explicit Pairer(Scan* scan) : scan_(scan) {}

  void Run() {
    auto& toks = scan_->toks;
    for (size_t i = 0; i < toks.size(); ++i) {
      if (toks[i].kind == QKind::kBreak) {
        i = Break(i);
      } else if (toks[i].kind == QKind::kMark) {
        size_t len = 0;
        Mark(MarkOf(DecodeAt(toks[i].lower, 0, &len)), i);
      }
    }
    if (!stack_.empty()) EndOpen(toks.size());
  }

 private:
  void Mark(MarkInfo m, size_t i) {
    const bool straight_top = !stack_.empty() && stack_.back().type == MarkType::kStraight;
    if (m.type == MarkType::kStraight && straight_top) {
      Close(stack_.size() - 1, i);
      return;
    }
    if (m.closes && m.type != MarkType::kStraight) {
      for (size_t k = stack_.size(); k-- > 0;) {
        const MarkType t = stack_[k].type;
        if (t == m.type || (m.type == MarkType::kCurly && t == MarkType::kLow)) {
          Close(k, i);
          return;
        }
      }
    }
    if (m.opens) stack_.push_back(Open{m.type, i});
  }

  void Close(size_t level, size_t close) {
    if (level == 0) scan_->pairs.push_back(MarkPair{stack_[0].tok, close});
    stack_.resize(level);
  }

  // Returns the index to continue from.
  size_t Break(size_t i) {
    if (stack_.empty()) return i;
    auto& toks = scan_->toks;
    if (i + 1 < toks.size() && toks[i + 1].kind == QKind::kMark) {
      size_t len = 0;
      MarkInfo m = MarkOf(DecodeAt(toks[i + 1].lower, 0, &len));
      if (m.opens && m.type == stack_[0].type) {
        stack_.resize(1);
        return i + 1;  // the re-opening mark belongs to the running quote
      }
    }
    EndOpen(i);
    return i;
  }

  void EndOpen(size_t end) {
    if (stack_[0].type != MarkType::kStraight) scan_->pairs.push_back(MarkPair{stack_[0].tok, end});
    stack_.clear();
  }

  Scan* scan_;
  std::vector<Open> stack_;
};

bool EndsSentence(const Scan& scan, const LangLexicon& lex, size_t i) {
  const auto& toks = scan.toks;
  const QTok& t = toks[i];
  if (t.kind == QKind::kBreak) return true;
  if (t.kind != QKind::kPunct) return false;
  const char c = t.lower[0];
  if (c != '.' && c != '!' && c != '?') return false;
  if (i + 1 < toks.size()) {
    const QTok& next = toks[i + 1];
    if (next.kind == QKind::kWord && !next.cap) return false;
    if (next.kind == QKind::kPunct && next.lower[0] != '(') return false;
  }
  if (c == '.' && i > 0 && toks[i - 1].kind == QKind::kWord && toks[i - 1].span.end == t.span.start) {
    const std::string_view prev = toks[i - 1].lower;
    if (lex.Has(Cat::kAbbrev, prev) || (toks[i - 1].cap && prev.size() == 1)) return false;
  }
  return true;
}

// A closing mark ends a sentence when the quote ends with . ! ? and a new sentence follows;
// not after ! or ? when a name and a cue verb follow ('... days!" Macron told the world').
bool CloseEndsSentence(const Scan& scan, const LangLexicon& lex, size_t close) {
  const auto& toks = scan.toks;
  if (close == 0 || close >= toks.size() || toks[close].kind != QKind::kMark) return false;
  const QTok& last = toks[close - 1];
  if (last.kind != QKind::kPunct) return false;
  const char c = last.lower[0];
  if (c != '.' && c != '!' && c != '?') return false;
  if (close + 1 >= toks.size()) return true;
  const QTok& next = toks[close + 1];
  if (c != '.' && next.kind == QKind::kWord && next.cap && !next.Has(Cat::kDet) &&
      !next.Has(Cat::kPronoun)) {
    size_t k = close + 1;
    while (k < toks.size() && k < close + 4 && toks[k].kind == QKind::kWord && toks[k].cap) ++k;
    if (k < toks.size() && !toks[k].cap && IsCue(lex, toks[k])) return false;
  }
  return (next.kind == QKind::kWord && next.cap) || next.kind == QKind::kMark ||
         next.kind == QKind::kBreak;
}

void NumberSentences(Scan* scan, const LangLexicon& lex) {
  auto& toks = scan->toks;
  std::vector<bool> close_ends(toks.size() + 1, false);
  for (const MarkPair& p : scan->pairs) {
    for (size_t k = p.open + 1; k < p.close && k < toks.size(); ++k) toks[k].inside = true;
    if (CloseEndsSentence(*scan, lex, p.close)) close_ends[p.close] = true;
  }
  int sent = 0;
  scan->sent_first.push_back(0);
  for (size_t i = 0; i < toks.size(); ++i) {
    toks[i].sent = sent;
    if ((!toks[i].inside && EndsSentence(*scan, lex, i)) || close_ends[i]) {
      ++sent;
      scan->sent_first.push_back(i + 1);
    }
  }
  if (scan->sent_first.back() != toks.size()) scan->sent_first.push_back(toks.size());
}

}  // namespace

void ScanText(const std::string& norm, const LangLexicon& lex, Scan* scan) {
  scan->toks.reserve(norm.size() / 5 + 8);
  Scanner(norm, lex, scan).Tokenize();
  // "pointed" is a cue only in "pointed out".
  auto& toks = scan->toks;
  for (size_t i = 0; i < toks.size() && !lex.particle_cues.empty(); ++i) {
    if ((toks[i].bits & LangLexicon::kCueBit) == 0) continue;
    for (const auto& [verb, particle] : lex.particle_cues) {
      if (toks[i].lower == verb && (i + 1 >= toks.size() || toks[i + 1].lower != particle)) {
        toks[i].bits &= ~LangLexicon::kCueBit;
      }
    }
  }
  Pairer(scan).Run();
  NumberSentences(scan, lex);
}

size_t SentenceBegin(const Scan& scan, size_t tok) {
  if (tok >= scan.toks.size()) return scan.toks.size();
  return scan.sent_first[static_cast<size_t>(scan.toks[tok].sent)];
}

size_t SentenceEnd(const Scan& scan, size_t tok) {
  if (tok >= scan.toks.size()) return scan.toks.size();
  return scan.sent_first[static_cast<size_t>(scan.toks[tok].sent) + 1];
}

}  // namespace sitrep::recognize::quotes
