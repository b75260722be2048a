// word_tokens: splitting, number parsing, phrase tables and TSV reading for the recognizers.
#include "recognize/word_tokens.h"

#include <cctype>
#include <fstream>

namespace sitrep::recognize {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

bool StartsUpper(std::string_view s) {
  if (s.empty()) return false;
  const auto c0 = static_cast<unsigned char>(s[0]);
  if (c0 < 0x80) return std::isupper(c0) != 0;
  if (s.size() < 2) return false;
  const auto c1 = static_cast<unsigned char>(s[1]);
  if (c0 == 0xC3) return c1 >= 0x80 && c1 <= 0x9E && c1 != 0x97;
  if (c0 == 0xC4 || c0 == 0xC5) return (c1 & 1) == 0;
  return false;
}

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!IsDigit(c)) return false;
  }
  return true;
}

bool NeedsLower(std::string_view s) {
  for (size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 'A' && c <= 'Z') return true;
    if ((c == 0xC3 || c == 0xC4 || c == 0xC5) && i + 1 < s.size()) return true;
  }
  return false;
}

// `s` lower-cased: itself when already lower-case, else a copy in the arena (which was reserved
// for the whole text, so earlier views stay valid).
std::string_view Lower(std::string_view s, std::string* arena) {
  if (!NeedsLower(s)) return s;
  const size_t at = arena->size();
  arena->append(LowerUtf8(s));
  return std::string_view(*arena).substr(at, s.size());
}

void AddNumber(const text::Analysis& a, Span span, bool glued, std::vector<WordToken>* out);

// Cuts a word token into elision prefix and hyphen-separated parts.
void SplitWord(const text::Analysis& a, Span span, bool glued, const ElisionSet& elisions,
               WordTokens* words) {
  std::vector<WordToken>* out = &words->tokens;
  std::string_view text = a.Text(span);
  size_t pos = 0;
  const size_t apos = text.find('\'');
  if (apos != std::string_view::npos && apos + 1 < text.size()) {
    const std::string_view prefix = Lower(text.substr(0, apos + 1), &words->arena);
    if (elisions.count(prefix) != 0) {
      WordToken t;
      t.span = Span{span.start, span.start + apos + 1};
      t.lower = prefix;
      t.glued = glued;
      t.capital = StartsUpper(text);
      out->push_back(std::move(t));
      pos = apos + 1;
      glued = true;
    }
  }
  bool digit_before = false;
  while (pos < text.size()) {
    size_t dash = text.find('-', pos);
    if (dash == std::string_view::npos) dash = text.size();
    if (dash > pos) {
      const std::string_view part = text.substr(pos, dash - pos);
      const bool digit = IsDigit(part[0]);
      if (pos > 0 && text[pos - 1] == '-' && (digit || digit_before)) {
        // "10-15", "45-year-old", "COVID-19": the hyphen stays a token next to digits.
        WordToken h;
        h.span = Span{span.start + pos - 1, span.start + pos};
        h.lower = text.substr(pos - 1, 1);
        h.kind = WordKind::kPunct;
        h.glued = true;
        out->push_back(h);
      }
      if (digit && AllDigits(part)) {
        AddNumber(a, Span{span.start + pos, span.start + dash}, glued, out);
      } else {
        WordToken t;
        t.span = Span{span.start + pos, span.start + dash};
        t.lower = Lower(part, &words->arena);
        t.glued = glued;
        t.capital = StartsUpper(part);
        t.kind = digit ? WordKind::kOther : WordKind::kWord;
        out->push_back(std::move(t));
      }
      digit_before = digit;
    }
    glued = true;
    pos = dash + 1;
  }
}

void AddNumber(const text::Analysis& a, Span span, bool glued, std::vector<WordToken>* out) {
  WordToken t;
  t.span = span;
  t.glued = glued;
  std::string_view text = a.Text(span);
  t.lower = text;
  for (char c : text) t.digits += IsDigit(c) ? 1 : 0;
  t.kind = TryParseDigits(text, &t.number, &t.integer, &t.grouped) ? WordKind::kNumber
                                                                     : WordKind::kOther;
  out->push_back(std::move(t));
}

// "9" then "000" one space apart: one number "9 000" (a tokenizer may cut at the space).
bool MergesWithPrevious(const text::Analysis& a, const WordToken& prev, Span span) {
  if (prev.kind != WordKind::kNumber || !prev.integer || span.start != prev.span.end + 1) {
    return false;
  }
  std::string_view next = a.Text(span);
  if (next.size() != 3 || !AllDigits(next) || a.norm[prev.span.end] != ' ') return false;
  std::string_view p = a.Text(prev.span);
  const size_t last_sep = p.find_last_of(" .,");
  const size_t last_group = last_sep == std::string_view::npos ? p.size() : p.size() - last_sep - 1;
  return last_group <= 3;
}

}  // namespace

std::string LowerUtf8(std::string_view s) {
  std::string out(s);
  for (size_t i = 0; i < out.size(); ++i) {
    const auto c = static_cast<unsigned char>(out[i]);
    if (c < 0x80) {
      if (c >= 'A' && c <= 'Z') out[i] = static_cast<char>(c + 32);
    } else if (i + 1 < out.size()) {
      const auto d = static_cast<unsigned char>(out[i + 1]);
      if (c == 0xC3 && d >= 0x80 && d <= 0x9E && d != 0x97) {
        out[i + 1] = static_cast<char>(d + 0x20);
      } else if ((c == 0xC4 || c == 0xC5) && (d & 1) == 0 && d >= 0x80) {
        out[i + 1] = static_cast<char>(d + 1);
      }
      ++i;
    }
  }
  return out;
}

bool TryParseDigits(std::string_view s, double* value, bool* integer, bool* grouped) {
  if (s.empty() || !IsDigit(s[0]) || !IsDigit(s.back())) return false;
  std::vector<std::string_view> groups;
  std::string seps;
  size_t start = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (IsDigit(s[i])) continue;
    if (s[i] != '.' && s[i] != ',' && s[i] != ' ') return false;
    if (i == start) return false;
    groups.push_back(s.substr(start, i - start));
    seps.push_back(s[i]);
    start = i + 1;
  }
  groups.push_back(s.substr(start));
  // The last separator is decimal when it differs from the others, or is a lone '.'/',' not
  // followed by exactly three digits, or follows a leading "0".
  bool decimal = false;
  if (!seps.empty()) {
    const char last = seps.back();
    const bool mixed = seps.find_first_not_of(last) != std::string::npos;
    const bool lone = seps.size() == 1 && last != ' ' &&
                      (groups.back().size() != 3 || groups.front() == "0");
    decimal = mixed || lone;
    if (decimal && last == ' ') return false;
  }
  const size_t int_groups = decimal ? groups.size() - 1 : groups.size();
  double v = 0;
  for (size_t g = 0; g < int_groups; ++g) {
    if (g > 0 && groups[g].size() != 3) return false;
    if (g == 0 && int_groups > 1 && groups[g].size() > 3) return false;
    for (char c : groups[g]) v = v * 10 + (c - '0');
  }
  if (decimal) {
    double scale = 0.1;
    for (char c : groups.back()) {
      v += (c - '0') * scale;
      scale /= 10;
    }
  }
  *value = v;
  *integer = !decimal;
  *grouped = int_groups > 1;
  return true;
}

WordTokens SplitWords(const text::Analysis& a, const ElisionSet& elisions) {
  WordTokens words;
  words.arena.reserve(std::max<size_t>(a.norm.size(), 32) + 1);
  std::vector<WordToken>& out = words.tokens;
  out.reserve(a.tokens.size() + a.tokens.size() / 8);
  size_t prev_end = static_cast<size_t>(-1);
  size_t sentence_idx = 0;
  size_t breaks = 0;
  for (size_t i = 0; i < a.tokens.size(); ++i) {
    const text::Token& tok = a.tokens[i];
    while (sentence_idx + 1 < a.sentences.size() && a.sentences[sentence_idx].end_token <= i) {
      ++sentence_idx;
    }
    const bool glued = tok.span.start == prev_end;
    // A blank line ends a sentence even when the segmenter ran on (lower-case next line).
    if (i > 0 && !glued &&
        std::string_view(a.norm).substr(prev_end, tok.span.start - prev_end).find("\n\n") !=
            std::string_view::npos) {
      ++breaks;
    }
    const size_t first_new = out.size();
    if (tok.kind == text::TokenKind::kNumber) {
      if (!out.empty() && MergesWithPrevious(a, out.back(), tok.span)) {
        Span merged{out.back().span.start, tok.span.end};
        out.pop_back();
        AddNumber(a, merged, !out.empty() && out.back().span.end == merged.start, &out);
      } else {
        AddNumber(a, tok.span, glued, &out);
      }
    } else if (tok.kind == text::TokenKind::kWord && tok.plain &&
               !IsDigit(a.norm[tok.span.start])) {
      // ASCII letters (and digits) only: nothing to cut, the token's form is the lower case.
      WordToken t;
      t.span = tok.span;
      t.lower = tok.lower;
      t.glued = glued;
      t.capital = tok.lower[0] != a.norm[tok.span.start];
      out.push_back(std::move(t));
    } else if (tok.kind == text::TokenKind::kWord) {
      SplitWord(a, tok.span, glued, elisions, &words);
    } else {
      WordToken t;
      t.span = tok.span;
      t.lower = a.Text(tok.span);
      t.glued = glued;
      t.kind = tok.kind == text::TokenKind::kSymbol ? WordKind::kOther : WordKind::kPunct;
      out.push_back(std::move(t));
    }
    for (size_t k = first_new; k < out.size(); ++k) {
      out[k].sentence = static_cast<uint32_t>(sentence_idx + breaks);
    }
    prev_end = tok.span.end;
  }
  return words;
}

std::vector<std::string> SplitPhrase(std::string_view phrase, const ElisionSet& elisions) {
  const text::Analysis a = text::Analyze(phrase, "");
  std::vector<std::string> words;
  for (const WordToken& t : SplitWords(a, elisions).tokens) {
    // A data phrase may end in an elision ("près d'"): "d" + "'" -> "d'".
    if (t.lower == "'" && t.glued && !words.empty()) {
      words.back() += "'";
    } else {
      words.emplace_back(t.lower);
    }
  }
  return words;
}

int32_t Vocabulary::Intern(const std::string& word) {
  auto [it, added] = ids_.emplace(word, static_cast<int32_t>(ids_.size()));
  return it->second;
}

int32_t Vocabulary::Find(std::string_view word) const {
  auto it = ids_.find(word);
  return it == ids_.end() ? -1 : it->second;
}

void Vocabulary::Assign(std::vector<WordToken>* tokens) const {
  for (WordToken& t : *tokens) t.id = Find(t.lower);
}

void Vocabulary::AssignTo(const std::vector<WordToken>& tokens, std::vector<WordToken>* out) const {
  out->resize(tokens.size());
  for (size_t i = 0; i < tokens.size(); ++i) {
    (*out)[i] = tokens[i];
    (*out)[i].id = Find(tokens[i].lower);
  }
}

void PhraseTable::Add(Vocabulary* vocab, const std::vector<std::string>& words, int payload) {
  if (words.empty()) return;
  ++count_;
  if (words.size() == 1 && words[0].size() > 1 && words[0].back() == '*') {
    std::string stem = words[0].substr(0, words[0].size() - 1);
    max_stem_ = std::max(max_stem_, stem.size());
    if (stem.size() >= 2) {
      stem_start_.resize(65536);
      stem_start_[StemStart(stem)] = true;
    }
    stems_.emplace(std::move(stem), payload);
    return;
  }
  Entry e;
  for (size_t k = 1; k < words.size(); ++k) e.rest.push_back(vocab->Intern(words[k]));
  e.payload = payload;
  const auto first = static_cast<size_t>(vocab->Intern(words[0]));
  if (by_first_.size() <= first) by_first_.resize(first + 1);
  by_first_[first].push_back(std::move(e));
}

int PhraseTable::MatchAt(const std::vector<WordToken>& tokens, size_t pos, size_t end,
                         int* payload) const {
  if (pos >= end) return 0;
  const int32_t id = tokens[pos].id;
  int best = 0;
  if (id >= 0 && static_cast<size_t>(id) < by_first_.size()) {
    for (const Entry& e : by_first_[static_cast<size_t>(id)]) {
      const size_t len = e.rest.size() + 1;
      if (static_cast<int>(len) <= best || pos + len > end) continue;
      bool ok = true;
      for (size_t k = 0; k < e.rest.size() && ok; ++k) ok = tokens[pos + 1 + k].id == e.rest[k];
      if (ok) {
        best = static_cast<int>(len);
        *payload = e.payload;
      }
    }
  }
  if (best > 0 || stems_.empty() || tokens[pos].kind != WordKind::kWord) return best;
  const std::string_view word = tokens[pos].lower;
  const size_t limit = std::min(max_stem_, word.size());
  for (size_t n = limit; n >= 2; --n) {
    auto st = stems_.find(word.substr(0, n));
    if (st != stems_.end()) {
      *payload = st->second;
      return 1;
    }
  }
  return 0;
}

Status ReadTsv(const std::string& path, size_t min_columns,
               const std::function<Status(const std::vector<std::string_view>&, size_t)>& fn) {
  std::ifstream in(path);
  if (!in) return NotFoundError(path + ": cannot read");
  std::string line;
  std::vector<std::string_view> cols;
  for (size_t line_no = 1; std::getline(in, line); ++line_no) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    cols.clear();
    std::string_view rest(line);
    for (size_t tab; (tab = rest.find('\t')) != std::string_view::npos; rest.remove_prefix(tab + 1)) {
      cols.push_back(rest.substr(0, tab));
    }
    cols.push_back(rest);
    if (cols.size() < min_columns) {
      return InvalidArgumentError(path + ":" + std::to_string(line_no) + ": expected " +
                                  std::to_string(min_columns) + " tab-separated columns");
    }
    Status s = fn(cols, line_no);
    if (!s.ok()) return InvalidArgumentError(path + ":" + std::to_string(line_no) + ": " + s.message());
  }
  return Status::Ok();
}

StatusOr<ElisionSet> ReadElisions(const std::string& path) {
  ElisionSet set;
  SITREP_RETURN_IF_ERROR(ReadTsv(path, 1, [&](const std::vector<std::string_view>& cols, size_t) {
    set.insert(LowerUtf8(cols[0]));
    return Status::Ok();
  }));
  return set;
}

}  // namespace sitrep::recognize
