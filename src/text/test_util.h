// Test helpers: token and sentence texts of an analysis, for compact expectations.
#pragma once

#include <string>
#include <vector>

#include "text/analysis.h"

namespace sitrep::text::testing {

inline std::vector<std::string> TokenTexts(const Analysis& a) {
  std::vector<std::string> out;
  for (const Token& t : a.tokens)
    out.emplace_back(a.Text(t.span));
  return out;
}

inline std::vector<std::string> SentenceTexts(const Analysis& a) {
  std::vector<std::string> out;
  for (const Sentence& s : a.sentences)
    out.emplace_back(a.Text(s.span));
  return out;
}

inline std::vector<std::string> Tokens(std::string_view text, std::string_view lang) {
  return TokenTexts(Analyze(text, lang));
}

inline std::vector<std::string> Sentences(std::string_view text, std::string_view lang) {
  return SentenceTexts(Analyze(text, lang));
}

}  // namespace sitrep::text::testing
