// Analyze(): Normalize(), then Tokenize() and SplitSentences() with the language's lexicon.
#include "text/analysis.h"

#include <algorithm>

#include "text/lexicon.h"
#include "text/sentences.h"
#include "text/tokenizer.h"

namespace sitrep::text {

Analysis Analyze(std::string_view text, std::string_view lang) {
  Analysis a;
  a.norm = Normalize(text, &a.map);
  const LangLexicon& lex = Lexicon::Default().For(lang);
  a.tokens.reserve(a.norm.size() / 5 + 1);
  Tokenize(a.norm, lang, lex, &a.map, text, &a.tokens);
  SplitSentences(a.norm, a.tokens, lex, &a.sentences);
  return a;
}

size_t Analysis::TokenAt(size_t pos) const {
  auto it = std::lower_bound(tokens.begin(), tokens.end(), pos,
                             [](const Token& t, size_t p) { return t.span.end <= p; });
  return static_cast<size_t>(it - tokens.begin());
}

size_t Analysis::SentenceOfToken(size_t token_index) const {
  auto it = std::upper_bound(sentences.begin(), sentences.end(), token_index,
                             [](size_t t, const Sentence& s) { return t < s.end_token; });
  return static_cast<size_t>(it - sentences.begin());
}

}  // namespace sitrep::text
