// SplitSentences(): groups tokens into sentences (rules in sentences.cc).
#pragma once

#include <string_view>
#include <vector>

#include "text/analysis.h"
#include "text/lexicon.h"

namespace sitrep::text {

// Appends to *sentences the sentences of `tokens` (over `norm`); every token falls in exactly
// one sentence, in order. `lex` gives the language's abbreviations and sentence starters.
void SplitSentences(std::string_view norm, const std::vector<Token>& tokens, const LangLexicon& lex,
                    std::vector<Sentence>* sentences);

}  // namespace sitrep::text
