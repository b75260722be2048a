// DateScanner: absolute and relative date mentions (see date_scanner.h).
#include "recognize/date_scanner.h"

#include <cstdlib>

namespace sitrep::recognize {
namespace {

bool IsPunct(const WordToken& t, std::string_view p) {
  return t.kind == WordKind::kPunct && t.lower == p;
}

class Scanner {
 public:
  Scanner(const std::vector<WordToken>& tokens, const DateLexicon& lex,
          std::optional<int64_t> published, bool month_first)
      : tok_(tokens), lex_(lex), pub_(published), month_first_(month_first) {}

  std::vector<FoundDate> Run() {
    std::vector<FoundDate> out;
    for (size_t i = 0; i < tok_.size();) {
      FoundDate f;
      if (TryNumeric(i, &f) || TryWeekday(i, &f) || TryDayMonth(i, i, &f) ||
          TryMonthDay(i, &f) || TryRelative(i, &f) || TryAgoAfter(i, &f)) {
        i = f.end;
        out.push_back(std::move(f));
      } else {
        ++i;
      }
    }
    return out;
  }

 private:
  size_t Rel(size_t i, DateRole* role, int* value) const {
    int idx = 0;
    const int len = lex_.relative.Match(tok_, i, tok_.size(), &idx);
    if (len == 0) return 0;
    *role = lex_.relative_list[static_cast<size_t>(idx)].first;
    *value = lex_.relative_list[static_cast<size_t>(idx)].second;
    return static_cast<size_t>(len);
  }

  bool HasRole(size_t i, DateRole want, int* value, size_t* len) const {
    DateRole role{};
    *len = Rel(i, &role, value);
    return *len > 0 && role == want;
  }

  // A day of the month: "3", "1er", "22nd".
  bool DayNumber(size_t i, int* day, size_t* end) const {
    if (i >= tok_.size()) return false;
    const WordToken& t = tok_[i];
    std::string_view digits = t.lower;
    size_t next = i + 1;
    if (t.kind == WordKind::kOther) {  // "1er" kept whole by some tokenizers
      const size_t n = digits.find_first_not_of("0123456789");
      if (n == 0 || n == std::string_view::npos || !lex_.ordinal_words.count(digits.substr(n))) {
        return false;
      }
      digits = digits.substr(0, n);
    } else if (t.kind != WordKind::kNumber || !t.integer || t.grouped) {
      return false;
    } else if (next < tok_.size() && tok_[next].glued && tok_[next].kind != WordKind::kPunct) {
      if (tok_[next].kind != WordKind::kWord || !lex_.ordinal_words.count(tok_[next].lower)) {
        return false;  // "7h44", "3e"
      }
      ++next;
    } else if (next < tok_.size() && tok_[next].glued &&
               (IsPunct(tok_[next], ":") || IsPunct(tok_[next], "/"))) {
      return false;  // "13:40"
    }
    if (digits.size() > 2) return false;
    *day = std::atoi(std::string(digits).c_str());
    *end = next;
    return *day >= 1 && *day <= 31;
  }

  bool Month(size_t i, int* month, size_t* end) const {
    if (i >= tok_.size() || tok_[i].kind != WordKind::kWord) return false;
    if (lex_.months.Match(tok_, i, tok_.size(), month) != 1) return false;
    *end = i + 1;
    // "Dec. 22": the period of an abbreviation, when a number follows.
    if (*end + 1 < tok_.size() && IsPunct(tok_[*end], ".") && tok_[*end].glued &&
        tok_[*end + 1].kind == WordKind::kNumber) {
      ++*end;
    }
    return true;
  }

  bool Year(size_t i, int* year, size_t* end) const {
    size_t j = i;
    if (j < tok_.size() && IsPunct(tok_[j], ",")) ++j;
    if (j >= tok_.size()) return false;
    const WordToken& t = tok_[j];
    if (t.kind != WordKind::kNumber || t.grouped || !t.integer || t.digits != 4 ||
        t.number < 1800 || t.number > 2200) {
      return false;
    }
    *year = static_cast<int>(t.number);
    *end = j + 1;
    return true;
  }

  // A missing year is the one that puts the date nearest the publication, or nearest before
  // (direction -1: "le 20 mai dernier") or after (+1) it.
  std::optional<std::string> Resolve(int year, int month, int day, int direction = 0) const {
    if (year == 0) {
      if (!pub_) return std::nullopt;
      const int py = std::atoi(CivilString(*pub_).substr(0, 4).c_str());
      int64_t best = 0, best_gap = -1;
      for (int y = py - 1; y <= py + 1; ++y) {
        const int64_t d = DaysFromCivil(y, month, day);
        if ((direction < 0 && d > *pub_) || (direction > 0 && d < *pub_)) continue;
        if (std::atoi(CivilString(d).substr(8, 2).c_str()) != day) continue;  // 29 Feb 2019
        const int64_t gap = std::llabs(d - *pub_);
        if (best_gap < 0 || gap < best_gap) {
          best = d;
          best_gap = gap;
        }
      }
      if (best_gap < 0) return std::nullopt;
      year = std::atoi(CivilString(best).substr(0, 4).c_str());
    }
    const int64_t days = DaysFromCivil(year, month, day);
    std::string s = CivilString(days);
    if (std::atoi(s.substr(8, 2).c_str()) != day) return std::nullopt;  // "31 avril"
    return s;
  }

  // [le|the] day [of] month [year]; `begin` may be earlier (a weekday).
  bool TryDayMonth(size_t i, size_t begin, FoundDate* f) const {
    const int the = lex_.the.Match(tok_, i, tok_.size(), &unused_);
    int day = 0, month = 0, year = 0;
    size_t p = 0;
    if (!DayNumber(i + static_cast<size_t>(the), &day, &p)) return false;
    p += static_cast<size_t>(lex_.of.Match(tok_, p, tok_.size(), &unused_));
    if (!Month(p, &month, &p)) return false;
    int direction = 0, unused = 0;
    size_t len = 0;
    if (!Year(p, &year, &p)) {
      if (HasRole(p, DateRole::kWeekdayLast, &unused, &len)) direction = -1;  // "le 20 mai dernier"
      if (HasRole(p, DateRole::kWeekdayNext, &unused, &len)) direction = 1;
      if (direction != 0) p += len;
    }
    f->begin = begin;
    f->end = p;
    f->date = Resolve(year, month, day, direction);
    return true;
  }

  // month day [, year] | month year
  bool TryMonthDay(size_t i, FoundDate* f) const {
    int month = 0, day = 0, year = 0;
    size_t p = 0;
    if (!Month(i, &month, &p)) return false;
    f->begin = i;
    if (DayNumber(p, &day, &p)) {
      Year(p, &year, &p);
      f->end = p;
      f->date = Resolve(year, month, day);
      return true;
    }
    if (p < tok_.size() && !IsPunct(tok_[p], ",") && Year(p, &year, &p)) {
      f->end = p;  // "décembre 2016": found, no day
      return true;
    }
    return false;
  }

  bool TryWeekday(size_t i, FoundDate* f) const {
    int value = 0;
    size_t len = 0, w = i;
    DateRole mode = DateRole::kDay;  // most recent on or before publication
    if (HasRole(i, DateRole::kWeekdayLast, &value, &len) ||
        HasRole(i, DateRole::kWeekdayNext, &value, &len)) {
      Rel(i, &mode, &value);
      w = i + len;  // "last Monday"
    } else if (HasRole(i, DateRole::kWeekdayThis, &value, &len)) {
      w = i + len;  // "ce vendredi": kept in the span, the weekday decides
    }
    if (w >= tok_.size() || tok_[w].kind != WordKind::kWord) return false;
    int weekday = 0;
    if (lex_.weekdays.Match(tok_, w, tok_.size(), &weekday) != 1) return false;
    size_t p = w + 1;
    if (mode == DateRole::kDay) {
      const size_t q = p < tok_.size() && IsPunct(tok_[p], ",") ? p + 1 : p;
      if (TryDayMonth(q, i, f) || (TryMonthDay(q, f) && f->date)) {  // "mardi 3 mai"
        f->begin = i;
        return true;
      }
      DateRole after{};
      const size_t l = Rel(p, &after, &value);
      if (l > 0 && (after == DateRole::kWeekdayLast || after == DateRole::kWeekdayNext)) {
        mode = after;
        p += l;  // "lundi dernier"
      }
    }
    if (HasRole(p, DateRole::kPart, &value, &len)) p += len;  // "mardi soir"
    f->begin = i;
    f->end = p;
    f->relative = true;
    if (pub_) {
      const int64_t pub_wd = ((*pub_ % 7) + 7 + 3) % 7 + 1;  // 1970-01-01 was a Thursday
      int64_t back = (pub_wd - weekday + 7) % 7;
      if (mode == DateRole::kWeekdayLast && back == 0) back = 7;
      int64_t fwd = (weekday - pub_wd + 7) % 7;
      if (fwd == 0) fwd = 7;
      f->date = CivilString(mode == DateRole::kWeekdayNext ? *pub_ + fwd : *pub_ - back);
    }
    return true;
  }

  bool TryRelative(size_t i, FoundDate* f) const {
    DateRole role{};
    int value = 0;
    size_t len = Rel(i, &role, &value);
    if (len == 0) return false;
    f->begin = i;
    f->relative = true;
    if (role == DateRole::kAgoBefore) {  // "il y a deux jours"
      int n = 0, unit = 0;
      size_t p = i + len;
      if (!Amount(p, &n, &p) || !HasRole(p, DateRole::kUnit, &unit, &len)) return false;
      f->end = p + len;
      if (pub_ && unit < 30) f->date = CivilString(*pub_ - int64_t{n} * unit);
      return true;
    }
    if (role != DateRole::kDay && role != DateRole::kWeek && role != DateRole::kMonth &&
        role != DateRole::kYear) {
      return false;
    }
    f->end = i + len;
    int unused = 0;
    size_t part = 0;
    if (role == DateRole::kDay && HasRole(f->end, DateRole::kPart, &unused, &part)) {
      f->end += part;  // "hier soir"
    }
    if (pub_ && role == DateRole::kDay) f->date = CivilString(*pub_ + value);
    return true;
  }

  // "two days ago"
  bool TryAgoAfter(size_t i, FoundDate* f) const {
    int n = 0, unit = 0, unused = 0;
    size_t p = 0, len = 0, ago = 0;
    if (!Amount(i, &n, &p) || !HasRole(p, DateRole::kUnit, &unit, &len) ||
        !HasRole(p + len, DateRole::kAgoAfter, &unused, &ago)) {
      return false;
    }
    f->begin = i;
    f->end = p + len + ago;
    f->relative = true;
    if (pub_ && unit < 30) f->date = CivilString(*pub_ - int64_t{n} * unit);
    return true;
  }

  bool Amount(size_t i, int* n, size_t* end) const {
    if (i >= tok_.size()) return false;
    const WordToken& t = tok_[i];
    if (t.kind == WordKind::kNumber && t.integer && t.number >= 1 && t.number <= 999) {
      *n = static_cast<int>(t.number);
      *end = i + 1;
      return true;
    }
    size_t len = 0;
    if (!HasRole(i, DateRole::kNumber, n, &len)) return false;
    *end = i + len;
    return true;
  }

  // "22/12/2016", "22.12.2016", "2016-12-22": glued digits and one kind of separator.
  bool TryNumeric(size_t i, FoundDate* f) const {
    if (tok_[i].kind != WordKind::kNumber && tok_[i].kind != WordKind::kOther) return false;
    if (i > 0 && tok_[i].glued && !IsPunct(tok_[i - 1], "(")) return false;
    std::string raw;
    size_t j = i;
    for (; j < tok_.size() && j < i + 5 && (j == i || tok_[j].glued); ++j) raw += tok_[j].lower;
    if (j < tok_.size() && tok_[j].glued && tok_[j].kind != WordKind::kPunct) return false;
    int parts[3] = {0, 0, 0};
    int widths[3] = {0, 0, 0};
    char sep = 0;
    size_t k = 0;
    for (char c : raw) {
      if (c >= '0' && c <= '9') {
        parts[k] = parts[k] * 10 + (c - '0');
        ++widths[k];
      } else if ((c == '/' || c == '.' || c == '-') && (sep == 0 || sep == c) && k < 2 &&
                 widths[k] > 0) {
        sep = c;
        ++k;
      } else {
        return false;
      }
    }
    if (k != 2 || widths[2] == 0) return false;
    int y = 0, m = 0, d = 0;
    if (widths[0] == 4 && sep == '-' && widths[1] <= 2 && widths[2] <= 2) {
      y = parts[0], m = parts[1], d = parts[2];
    } else if (widths[0] <= 2 && widths[1] <= 2 && (widths[2] == 4 || widths[2] == 2) &&
               sep != '-') {
      y = widths[2] == 2 ? 2000 + parts[2] - (parts[2] >= 50 ? 100 : 0) : parts[2];
      const bool swap = parts[1] > 12 || (month_first_ && parts[0] <= 12 && sep == '/');
      m = swap ? parts[0] : parts[1];
      d = swap ? parts[1] : parts[0];
    } else {
      return false;
    }
    if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1800 || y > 2200) return false;
    f->begin = i;
    f->end = j;
    f->date = Resolve(y, m, d);
    return f->date.has_value();
  }

  const std::vector<WordToken>& tok_;
  const DateLexicon& lex_;
  std::optional<int64_t> pub_;
  bool month_first_;
  mutable int unused_ = 0;
};

}  // namespace

std::vector<FoundDate> ScanDates(const std::vector<WordToken>& tokens, const DateLexicon& lex,
                                 const std::optional<std::string>& published, bool month_first) {
  std::optional<int64_t> pub;
  if (published) pub = TryParseIsoDate(*published);
  return Scanner(tokens, lex, pub, month_first).Run();
}

}  // namespace sitrep::recognize
