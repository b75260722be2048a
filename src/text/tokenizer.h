// Tokenize(): cuts normalized text into word, number, punctuation, quote and symbol tokens
// (rules in analysis.h's TokenKind), a hand-written scanner over UTF-8 with ICU properties.
#pragma once

#include <string_view>
#include <vector>

#include "base/offset_map.h"
#include "text/analysis.h"
#include "text/lexicon.h"

namespace sitrep::text {

// Appends the tokens of `norm` (text as Normalize() writes it) to *tokens. `lex` gives the
// elisions and clitics to split; `lang` == "en" accepts a space inside a number ("9 000") only
// where the original held a non-ASCII space, found through `map` and `original` (both may be
// null/empty: then any space is accepted).
void Tokenize(std::string_view norm, std::string_view lang, const LangLexicon& lex,
              const OffsetMap* map, std::string_view original, std::vector<Token>* tokens);

}  // namespace sitrep::text
