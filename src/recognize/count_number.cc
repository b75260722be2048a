// NumberParser: quantities in digits and words, with qualifiers and ranges.
#include "recognize/count_number.h"

#include <cmath>
#include <limits>

namespace sitrep::recognize {
namespace {

bool IsChar(const WordToken& t, char c) { return t.lower.size() == 1 && t.lower[0] == c; }

constexpr double kMaxCount = 1e10;
constexpr size_t kChangeWindow = 5;

}  // namespace

const NumberWord* NumberParser::Word(size_t pos, size_t end, int* len) const {
  if (pos >= end || tok_[pos].kind != WordKind::kWord) return nullptr;
  int idx = 0;
  const int n = lex_.number_phrases.Match(tok_, pos, end, &idx);
  if (n == 0) return nullptr;
  *len = n;
  return &lex_.number_list[static_cast<size_t>(idx)];
}

// Digits that are a date, a time, a code or part of a compound are no count.
bool NumberParser::BadDigits(size_t pos, size_t end) const {
  const WordToken& t = tok_[pos];
  if (t.glued && pos > 0) {
    const WordToken& prev = tok_[pos - 1];
    if (prev.kind != WordKind::kPunct || IsChar(prev, '/') || IsChar(prev, ':') ||
        IsChar(prev, '.') || IsChar(prev, ',')) {
      return true;
    }
    // "COVID-19": a hyphen glued to a word before.
    if (IsChar(prev, '-') && pos > 1 && prev.glued && tok_[pos - 2].kind == WordKind::kWord) {
      return true;
    }
  }
  if (pos + 1 < end && tok_[pos + 1].glued) {
    const WordToken& next = tok_[pos + 1];
    if (next.kind == WordKind::kWord || next.kind == WordKind::kOther || IsChar(next, '/') ||
        IsChar(next, ':')) {
      return true;
    }
    // "45-year-old": a hyphen then a word.
    if (IsChar(next, '-') && pos + 2 < end && tok_[pos + 2].glued &&
        tok_[pos + 2].kind == WordKind::kWord) {
      return true;
    }
  }
  return pos > 0 && lex_.Role(WordRole::kBlock, tok_, pos - 1, pos) > 0;
}

bool NumberParser::TryDigits(size_t pos, size_t end, Number* n) const {
  const WordToken& t = tok_[pos];
  if (BadDigits(pos, end)) return false;
  n->value = t.number;
  n->year_like = !t.grouped && t.integer && t.digits == 4 && t.number >= 1900 && t.number <= 2100;
  size_t p = pos + 1;
  int len = 0;
  for (const NumberWord* w; (w = Word(p, end, &len)) != nullptr && (w->kinds & kNumMultiplier);) {
    n->value *= static_cast<double>(w->value);
    n->collective = w->value >= 1000000;
    n->multiplied = true;
    n->year_like = false;
    p += static_cast<size_t>(len);
  }
  n->end = p;
  // "1.7 million" is 1699999.9999999998 in binary: a multiplied decimal is rounded first.
  if (n->multiplied && std::fabs(n->value - std::round(n->value)) < 1e-6 * n->value) {
    n->value = std::round(n->value);
  }
  return std::floor(n->value) == n->value;  // people come whole: "3,5" alone is no count
}

// Number words, summed the usual way: units add, "cent"/"hundred" multiplies what precedes,
// "mille"/"million" closes a group; an article counts only before hundred, multiplier or
// approximation ("a dozen", "une trentaine"), "et"/"and" only inside ("vingt et un").
bool NumberParser::TryWords(size_t pos, size_t end, Number* n) const {
  int64_t total = 0, current = 0, last = std::numeric_limits<int64_t>::max();
  bool any = false, articled = false, after_and = false;
  size_t p = pos, done = pos;
  int len = 0;
  for (const NumberWord* w; (w = Word(p, end, &len)) != nullptr;) {
    const uint8_t k = w->kinds;
    int next_len = 0;
    const NumberWord* next = Word(p + static_cast<size_t>(len), end, &next_len);
    if (k & kNumAnd) {
      if (!any || last < 20 || next == nullptr || !(next->kinds & (kNumUnit | kNumArticle)) ||
          next->value >= last) {
        break;
      }
      after_and = true;
      p += static_cast<size_t>(len);
      continue;
    }
    if ((k & kNumArticle) && !after_and) {
      if (any || next == nullptr || !(next->kinds & (kNumHundred | kNumMultiplier | kNumApprox))) {
        break;
      }
      current = 1;
      last = 1;
      articled = any = true;
    } else if (k & (kNumUnit | kNumArticle)) {
      if (articled || (any && w->value >= last)) break;
      current += w->value;
      last = w->value;
    } else if (k & kNumHundred) {
      if (current >= 100) break;
      current = (current == 0 ? 1 : current) * 100;
      last = 100;
      n->multiplied = true;
    } else if (k & kNumApprox) {
      if (any && !articled) break;
      current = w->value;
      n->approx = n->collective = true;
      done = p + static_cast<size_t>(len);
      any = true;
      break;
    } else if ((k & kNumPlural) && !any) {
      // "des centaines", "hundreds of thousands", "des dizaines de milliers"
      int64_t v = w->value;
      p += static_cast<size_t>(len);
      const int of = lex_.Role(WordRole::kOf, tok_, p, end);
      int len2 = 0;
      const NumberWord* w2 = of > 0 ? Word(p + static_cast<size_t>(of), end, &len2) : nullptr;
      if (w2 != nullptr && (w2->kinds & kNumPlural) && w2->value > v) {
        v *= w2->value;
        p += static_cast<size_t>(of + len2);
      }
      current = v;
      n->plural = n->collective = any = true;
      done = p;
      break;
    } else if (k & (kNumMultiplier | kNumPlural)) {
      total += (current == 0 ? 1 : current) * w->value;
      current = 0;
      last = w->value;
      n->collective = w->value >= 1000000 || (k & kNumPlural);
      n->multiplied = true;
    } else {
      break;
    }
    any = true;
    after_and = false;
    p += static_cast<size_t>(len);
    done = p;
  }
  if (!any || done == pos || (articled && total + current <= 1)) return false;
  n->value = static_cast<double>(total + current);
  n->end = done;
  return true;
}

// "Area 51", "Apollo 11": a number right after a capitalized word inside a sentence is a name.
bool NumberParser::InName(size_t pos) const {
  if (pos < 2 || tok_[pos - 1].sentence != tok_[pos - 2].sentence) return false;
  const WordToken& prev = tok_[pos - 1];
  int unused = 0;
  return prev.kind == WordKind::kWord && prev.capital && !prev.glued &&
         lex_.pre_qualifiers.Match(tok_, pos - 1, pos, &unused) == 0 &&
         lex_.Role(WordRole::kDet, tok_, pos - 1, pos) == 0 &&
         lex_.Role(WordRole::kOf, tok_, pos - 1, pos) == 0;
}

bool NumberParser::TryNumber(size_t pos, size_t end, Number* n) const {
  if (pos >= end || InName(pos)) return false;
  if (tok_[pos].kind == WordKind::kNumber) return TryDigits(pos, end, n);
  if (tok_[pos].kind != WordKind::kWord) return false;
  if (pos > 0 && lex_.Role(WordRole::kBlock, tok_, pos - 1, pos) > 0) return false;
  if (!TryWords(pos, end, n)) return false;
  // "five-person", "three-year-old": a number word joined to a word is an adjective.
  return !(n->end < end && tok_[n->end].glued && tok_[n->end].kind == WordKind::kWord &&
           tok_[n->end - 1].kind == WordKind::kWord);
}

bool NumberParser::ChangeBefore(size_t pos) const {
  for (size_t j = pos; j > 0 && pos - j < kChangeWindow; --j) {
    if (tok_[j - 1].sentence != tok_[pos].sentence || tok_[j - 1].kind == WordKind::kNumber) break;
    if (lex_.Role(WordRole::kChange, tok_, j - 1, pos) > 0 ||
        lex_.Role(WordRole::kToll, tok_, j - 1, pos) > 0) {
      return true;
    }
  }
  return false;
}

bool NumberParser::TryQuantity(size_t pos, size_t end, Quantity* q) const {
  int role_payload = 0;
  const int qlen = lex_.pre_qualifiers.Match(tok_, pos, end, &role_payload);
  auto role = static_cast<QualifierRole>(role_payload);
  Number n;
  size_t start = pos + static_cast<size_t>(qlen);
  if (qlen == 0 || !TryNumber(start, end, &n)) {
    if (!TryNumber(pos, end, &n)) return false;
    start = pos;
    role = QualifierRole::kExact;
  }
  // A change is no range: "rose from 14 to 31" gives 14 and then 31.
  const bool change = role == QualifierRole::kRangeOpen && ChangeBefore(pos);
  // Range: "entre 10 et 15", "10 à 15", "10-15".
  int between = 0;
  const int blen = lex_.between_qualifiers.Match(tok_, n.end, end, &between);
  Number high;
  const auto brole = static_cast<QualifierRole>(between);
  const bool range = blen > 0 && !n.collective && !change &&
                     (brole == QualifierRole::kRangeTo || role == QualifierRole::kRangeOpen) &&
                     TryNumber(n.end + static_cast<size_t>(blen), end, &high) &&
                     high.value > n.value;
  const bool opener_used = role != QualifierRole::kRangeOpen || range;
  const bool several_used = role != QualifierRole::kSeveral || n.multiplied || n.plural;
  q->begin = opener_used && several_used ? pos : start;
  if (q->begin == start && qlen > 0 && start != pos) role = QualifierRole::kExact;
  if (n.value <= 0 || n.value > kMaxCount) return false;
  FoundCount& c = q->count;
  c.value = static_cast<int64_t>(n.value);
  q->end = range ? high.end : n.end;
  q->collective = n.collective;
  q->year_like = n.year_like && q->begin == start && !range;
  q->change_from = change;
  if (range) {
    c.low = c.value;
    c.high = static_cast<int64_t>(high.value);
    c.qualifier = "at_least";
    return true;
  }
  if (n.plural) {
    c.low = c.value;
    c.qualifier = role == QualifierRole::kAbout ? "about" : "at_least";
    return true;
  }
  switch (role) {
    case QualifierRole::kAtLeast:
    case QualifierRole::kSeveral:  // "plusieurs centaines", "several thousand": at least one unit
      c.qualifier = "at_least";
      c.low = c.value;
      break;
    case QualifierRole::kAtMost:
      c.qualifier = "at_most";
      c.high = c.value;
      break;
    case QualifierRole::kAbout:
      c.qualifier = "about";
      break;
    default:
      c.qualifier = n.approx ? "about" : "exact";
  }
  return true;
}

}  // namespace sitrep::recognize
