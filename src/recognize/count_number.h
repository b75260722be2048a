// NumberParser: reads a quantity at a token: [qualifier] number [range], the number in digits
// ("110.000", "1,5 million") or words ("quatre-vingt-huit", "two dozen", "une trentaine",
// "des centaines", "hundreds of thousands"), with its qualifier (exact, at_least, at_most,
// about) and bounds. Digits glued to letters, slashes or colons ("7h44", "22/12", "13:40"),
// a hyphenated compound ("45-year-old") and numbers after a block word ("article 5", "$5") are
// no quantity. A range "entre 10 et 15", "10 to 15", "10-15" gives value = low = 10, high = 15,
// qualifier at_least (the low bound is certain). "Des centaines", "hundreds of", "plusieurs
// centaines" give at least one unit (100, at_least), "une trentaine" about 30.
#pragma once

#include <cstdint>
#include <vector>

#include "recognize/count_lexicon.h"
#include "recognize/count_scanner.h"
#include "recognize/word_tokens.h"

namespace sitrep::recognize {

struct Quantity {
  FoundCount count;  // value, low, high, qualifier
  size_t begin = 0;  // first token (the qualifier's when there is one)
  size_t end = 0;    // one past the number (or range)
  bool collective = false;  // "de"/"of" may join the noun ("une trentaine d'", "millions de")
  bool year_like = false;   // a bare 4-digit number from 1900 to 2100
  bool change_from = false;  // the old figure of a change: "rose from 14 to 31"
};

class NumberParser {
 public:
  // Both must outlive the parser.
  NumberParser(const std::vector<WordToken>& tokens, const CountLexicon& lexicon)
      : tok_(tokens), lex_(lexicon) {}

  // Reads a quantity starting at tokens[pos], not reaching `end`. False if there is none.
  bool TryQuantity(size_t pos, size_t end, Quantity* q) const;

  // A word of change (words.tsv `change`, or a death toll) shortly before tokens[pos]: "the toll
  // rose from", « est passé de ».
  bool ChangeBefore(size_t pos) const;

 private:
  struct Number {
    size_t end = 0;
    double value = 0;
    bool collective = false;
    bool approx = false;
    bool plural = false;
    bool year_like = false;
    bool multiplied = false;  // ends with hundred/thousand/...: "plusieurs" may double it
  };

  bool TryNumber(size_t pos, size_t end, Number* n) const;
  bool TryDigits(size_t pos, size_t end, Number* n) const;
  bool TryWords(size_t pos, size_t end, Number* n) const;
  bool BadDigits(size_t pos, size_t end) const;
  bool InName(size_t pos) const;
  const NumberWord* Word(size_t pos, size_t end, int* len) const;

  const std::vector<WordToken>& tok_;
  const CountLexicon& lex_;
};

}  // namespace sitrep::recognize
