// DateScanner: finds date mentions in WordTokens and resolves them against the publication date.
// DESCRIPTION
//   Absolute: [weekday] [le|the] day[er|st|..] [of] month[.] [year] ("mardi 3 mai", "le 1er
//   août", "22 décembre 2016"), month[.] day[,] [year] ("Dec. 22", "December 22, 2016"),
//   month year (found, no day: date null), numeric "22/12/2016", "22.12.2016", "2016-12-22".
//   A missing year is the one that puts the date nearest the publication.
//   Relative (flag relative): day words ("hier", "yesterday", "avant-hier", "hier soir"),
//   weekdays ("mardi", "on Tuesday": the most recent on or before publication; "lundi dernier",
//   "last Monday": strictly before; "next Friday": strictly after), "il y a deux jours",
//   "two days ago", and periods ("la semaine dernière": found, date null).
//   Linear in tokens; all lookups are hash tables built at load.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "recognize/word_tokens.h"
#include "sitrep/status.h"

namespace sitrep::recognize {

enum class DateRole : uint8_t {
  kDay,
  kWeek,
  kMonth,
  kYear,
  kWeekdayLast,
  kWeekdayNext,
  kWeekdayThis,
  kAgoBefore,
  kAgoAfter,
  kUnit,
  kNumber,
  kPart,
};

struct DateLexicon {
  ElisionSet elisions;
  Vocabulary vocab;      // every word of every table; tokens get their ids from it
  PhraseTable months;    // payload 1..12
  PhraseTable weekdays;  // payload 1 (Monday) .. 7
  PhraseTable relative;     // payload = index in relative_list
  std::vector<std::pair<DateRole, int>> relative_list;
  PhraseTable the, of;  // words.tsv roles
  StringSet ordinal_words;  // "er", "st", ...

  // Reads data_dir/dates/*.tsv and data_dir/counts/elisions.txt. Errors name file and line.
  static StatusOr<DateLexicon> Load(const std::string& data_dir);
};

struct FoundDate {
  size_t begin = 0, end = 0;  // tokens [begin, end)
  std::optional<std::string> date;
  bool relative = false;
};

// Days since 1970-01-01 of a proleptic Gregorian date, and back.
int64_t DaysFromCivil(int64_t y, int64_t m, int64_t d);
std::string CivilString(int64_t days);
// Parses "YYYY-MM-DD" into days; nullopt if malformed or invalid.
std::optional<int64_t> TryParseIsoDate(std::string_view s);

// Finds the dates of `tokens`, resolved against `published` ("YYYY-MM-DD" or null).
// `month_first` reads an ambiguous "3/5/2016" as March 5 (English), else as 3 May.
std::vector<FoundDate> ScanDates(const std::vector<WordToken>& tokens, const DateLexicon& lex,
                                 const std::optional<std::string>& published, bool month_first);

}  // namespace sitrep::recognize
