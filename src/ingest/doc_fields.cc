// Date parsing is by hand (digits and separators); month abbreviations are those of RFC 5322's
// grammar, which is part of the format, not of any language.
#include "ingest/doc_fields.h"

#include <array>
#include <cctype>
#include <cstdio>
#include <vector>

#include "base/ascii.h"
#include "base/utf8.h"

namespace sitrep::ingest {
namespace {

constexpr size_t kMaxReportedRepairs = 16;

bool IsDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

int ToInt(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

std::optional<std::string> MakeDate(int y, int m, int d) {
  static constexpr std::array<int, 12> kDays = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1000 || y > 2999 || m < 1 || m > 12 || d < 1 || d > kDays[m - 1]) return std::nullopt;
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  if (m == 2 && d == 29 && !leap) return std::nullopt;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return std::string(buf);
}

// Splits the leading date part of `s` at '-', '/' or '.' into three digit groups.
bool SplitDate(std::string_view s, std::array<std::string_view, 3>* parts) {
  size_t pos = 0;
  for (int i = 0; i < 3; ++i) {
    size_t end = pos;
    while (end < s.size() && std::isdigit(static_cast<unsigned char>(s[end]))) ++end;
    (*parts)[i] = s.substr(pos, end - pos);
    if ((*parts)[i].empty()) return false;
    if (i < 2) {
      if (end >= s.size() || (s[end] != '-' && s[end] != '/' && s[end] != '.')) return false;
      if (i == 1 && s[end] != s[pos - 1]) return false;
      pos = end + 1;
    } else if (end < s.size() && std::isdigit(static_cast<unsigned char>(s[end]))) {
      return false;
    }
  }
  return true;
}

int MonthFromAbbrev(std::string_view s) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
  if (s.size() < 3) return 0;
  const std::string lower = AsciiLower(s.substr(0, 3));
  for (size_t i = 0; i < kMonths.size(); ++i) {
    if (lower == kMonths[i]) return static_cast<int>(i) + 1;
  }
  return 0;
}

// "Fri, 04 Jan 2019 10:00:00 GMT" or "04 Jan 2019".
std::optional<std::string> ParseRfc822(std::string_view s) {
  const size_t comma = s.find(',');
  if (comma != std::string_view::npos && comma < 10) s = TrimAscii(s.substr(comma + 1));
  std::vector<std::string_view> words;
  size_t pos = 0;
  while (pos < s.size() && words.size() < 3) {
    while (pos < s.size() && s[pos] == ' ') ++pos;
    size_t end = s.find(' ', pos);
    if (end == std::string_view::npos) end = s.size();
    if (end > pos) words.push_back(s.substr(pos, end - pos));
    pos = end;
  }
  if (words.size() < 3 || !IsDigits(words[0]) || !IsDigits(words[2]) || words[0].size() > 2 ||
      words[2].size() != 4) {
    return std::nullopt;
  }
  const int month = MonthFromAbbrev(words[1]);
  if (month == 0) return std::nullopt;
  return MakeDate(ToInt(words[2]), month, ToInt(words[0]));
}

}  // namespace

std::string_view TrimAscii(std::string_view text) {
  size_t b = 0;
  size_t e = text.size();
  while (b < e && std::isspace(static_cast<unsigned char>(text[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(text[e - 1]))) --e;
  return text.substr(b, e - b);
}

std::optional<std::string> NormalizeDate(std::string_view text) {
  const std::string_view s = TrimAscii(text);
  if (s.size() == 8 && IsDigits(s)) {
    return MakeDate(ToInt(s.substr(0, 4)), ToInt(s.substr(4, 2)), ToInt(s.substr(6, 2)));
  }
  std::array<std::string_view, 3> p;
  if (SplitDate(s, &p)) {
    if (p[0].size() == 4 && p[1].size() <= 2 && p[2].size() <= 2) {
      return MakeDate(ToInt(p[0]), ToInt(p[1]), ToInt(p[2]));
    }
    if (p[2].size() == 4 && p[0].size() <= 2 && p[1].size() <= 2) {
      const int a = ToInt(p[0]);
      const int b = ToInt(p[1]);
      if (a > 12 && b <= 12) return MakeDate(ToInt(p[2]), b, a);
      if (b > 12 && a <= 12) return MakeDate(ToInt(p[2]), a, b);
      if (a == b) return MakeDate(ToInt(p[2]), a, b);
    }
    return std::nullopt;
  }
  return ParseRfc822(s);
}

std::optional<std::string> NormalizeLang(std::string_view text) {
  const std::string_view s = TrimAscii(text);
  size_t end = 0;
  while (end < s.size() && std::isalpha(static_cast<unsigned char>(s[end]))) ++end;
  const std::string out = AsciiLower(s.substr(0, end));
  if (out.size() < 2 || out.size() > 3) return std::nullopt;
  if (end < s.size() && s[end] != '-' && s[end] != '_') return std::nullopt;
  return out;
}

std::string NthDocId(const std::string& source, uint64_t n) {
  return source + "#" + std::to_string(n);
}

Status InputErrorAt(const std::string& source, uint64_t line, std::string message) {
  Status s = InvalidArgumentError(std::move(message));
  s.file = source;
  if (line > 0) s.line = line;
  return s;
}

std::string RepairUtf8Mapped(std::string_view bytes, std::vector<Utf8Repair>* repairs) {
  if (FindInvalidUtf8(bytes) == std::string_view::npos) return std::string(bytes);
  std::string out;
  out.reserve(bytes.size() + 16);
  size_t pos = 0;
  while (pos < bytes.size()) {
    const size_t len = Utf8SequenceLength(bytes, pos);
    if (len > 0) {
      out.append(bytes.data() + pos, len);
      pos += len;
      continue;
    }
    repairs->push_back(Utf8Repair{pos, out.size()});
    out.append("\xEF\xBF\xBD");
    ++pos;
    while (pos < bytes.size() && (static_cast<unsigned char>(bytes[pos]) & 0xC0) == 0x80) ++pos;
  }
  return out;
}

void ReportRepairs(const std::vector<Utf8Repair>& repairs, uint64_t base_offset,
                   bool spans_in_output, std::vector<InputError>* errors) {
  for (size_t i = 0; i < repairs.size() && i < kMaxReportedRepairs; ++i) {
    std::optional<Span> span;
    if (spans_in_output) span = Span{repairs[i].output_offset, repairs[i].output_offset + 3};
    errors->push_back(InputError{"decode",
                                 "invalid UTF-8 at byte " +
                                     std::to_string(base_offset + repairs[i].input_offset) +
                                     " replaced by U+FFFD",
                                 span});
  }
  if (repairs.size() > kMaxReportedRepairs) {
    errors->push_back(InputError{"decode",
                                 std::to_string(repairs.size() - kMaxReportedRepairs) +
                                     " more invalid UTF-8 sequences replaced by U+FFFD",
                                 std::nullopt});
  }
}

std::string RepairInput(std::string_view bytes, uint64_t base_offset,
                        std::vector<InputError>* errors) {
  std::vector<Utf8Repair> repairs;
  std::string out = RepairUtf8Mapped(bytes, &repairs);
  ReportRepairs(repairs, base_offset, /*spans_in_output=*/false, errors);
  return out;
}

}  // namespace sitrep::ingest
