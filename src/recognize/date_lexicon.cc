// DateLexicon::Load and the civil calendar arithmetic of the date scanner.
#include <array>
#include <charconv>
#include <cstdio>

#include "recognize/date_scanner.h"

namespace sitrep::recognize {
namespace {

const std::array<std::pair<std::string_view, DateRole>, 12> kRoles = {{
    {"day", DateRole::kDay},
    {"week", DateRole::kWeek},
    {"month", DateRole::kMonth},
    {"year", DateRole::kYear},
    {"weekday_last", DateRole::kWeekdayLast},
    {"weekday_next", DateRole::kWeekdayNext},
    {"weekday_this", DateRole::kWeekdayThis},
    {"ago_before", DateRole::kAgoBefore},
    {"ago_after", DateRole::kAgoAfter},
    {"unit", DateRole::kUnit},
    {"number", DateRole::kNumber},
    {"part", DateRole::kPart},
}};

bool TryInt(std::string_view s, int* out) {
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && p == s.data() + s.size();
}

Status LoadNames(const std::string& path, int max, DateLexicon* lex, PhraseTable* names) {
  return ReadTsv(path, 2, [&](const std::vector<std::string_view>& c, size_t) -> Status {
    int v = 0;
    if (!TryInt(c[1], &v) || v < 1 || v > max) return InvalidArgumentError("bad number");
    std::vector<std::string> words = SplitPhrase(c[0], lex->elisions);
    if (words.size() != 1) return InvalidArgumentError("expected one word");
    names->Add(&lex->vocab, words, v);
    return Status::Ok();
  });
}

}  // namespace

StatusOr<DateLexicon> DateLexicon::Load(const std::string& data_dir) {
  DateLexicon lex;
  const std::string dir = data_dir + "/dates/";
  SITREP_ASSIGN_OR_RETURN(lex.elisions, ReadElisions(data_dir + "/counts/elisions.txt"));
  SITREP_RETURN_IF_ERROR(LoadNames(dir + "months.tsv", 12, &lex, &lex.months));
  SITREP_RETURN_IF_ERROR(LoadNames(dir + "weekdays.tsv", 7, &lex, &lex.weekdays));
  SITREP_RETURN_IF_ERROR(
      ReadTsv(dir + "relative.tsv", 3, [&](const std::vector<std::string_view>& c, size_t) {
        int v = 0;
        if (!TryInt(c[2], &v)) return InvalidArgumentError("bad value");
        for (const auto& [name, role] : kRoles) {
          if (name != c[1]) continue;
          lex.relative.Add(&lex.vocab, SplitPhrase(c[0], lex.elisions),
                           static_cast<int>(lex.relative_list.size()));
          lex.relative_list.emplace_back(role, v);
          return Status::Ok();
        }
        return InvalidArgumentError("unknown role '" + std::string(c[1]) + "'");
      }));
  SITREP_RETURN_IF_ERROR(
      ReadTsv(dir + "words.tsv", 2, [&](const std::vector<std::string_view>& c, size_t) {
        if (c[1] == "ordinal") {
          lex.ordinal_words.insert(LowerUtf8(c[0]));
          return Status::Ok();
        }
        PhraseTable* t = c[1] == "the" ? &lex.the : c[1] == "of" ? &lex.of : nullptr;
        if (t == nullptr) return InvalidArgumentError("unknown role '" + std::string(c[1]) + "'");
        t->Add(&lex.vocab, SplitPhrase(c[0], lex.elisions), 0);
        return Status::Ok();
      }));
  return lex;
}

// Howard Hinnant's days_from_civil / civil_from_days (public-domain algorithms).
int64_t DaysFromCivil(int64_t y, int64_t m, int64_t d) {
  y -= m <= 2 ? 1 : 0;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

std::string CivilString(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int64_t d = doy - (153 * mp + 2) / 5 + 1;
  const int64_t m = mp < 10 ? mp + 3 : mp - 9;
  const int64_t y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  char buf[16];
  std::snprintf(buf, sizeof(buf), "%04d-%02d-%02d", static_cast<int>(y), static_cast<int>(m),
                static_cast<int>(d));
  return buf;
}

std::optional<int64_t> TryParseIsoDate(std::string_view s) {
  int y = 0, m = 0, d = 0;
  if (s.size() != 10 || s[4] != '-' || s[7] != '-' || !TryInt(s.substr(0, 4), &y) ||
      !TryInt(s.substr(5, 2), &m) || !TryInt(s.substr(8, 2), &d) || m < 1 || m > 12 || d < 1) {
    return std::nullopt;
  }
  const int64_t days = DaysFromCivil(y, m, d);
  if (CivilString(days) != s) return std::nullopt;  // 2016-02-30
  return days;
}

}  // namespace sitrep::recognize
