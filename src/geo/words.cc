// SplitWords(): one pass over the tokens; parts of a word token are found by scanning for '-'
// and '\'' in the normalized text.
#include "geo/words.h"

#include <algorithm>
#include <optional>

#include "geo/fold.h"

namespace sitrep::geo {
namespace {

struct Part {
  size_t start;
  size_t end;
  char sep_after;  // '-', '\'' or 0 at the token end
};

void Parts(std::string_view text, size_t base, std::vector<Part>* out) {
  std::vector<Part>& parts = *out;
  parts.clear();
  size_t start = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '-' || text[i] == '\'') {
      parts.push_back({base + start, base + i, text[i]});
      start = i + 1;
    }
  }
  parts.push_back({base + start, base + text.size(), 0});
}

// A token of ASCII letters and digits only (text::Token::plain): one word, its key the token's
// lower-case form (what AddWordToken would cut and fold it to).
void AddPlainToken(const text::Analysis& a, const text::Token& tok, uint32_t sentence,
                   std::vector<Word>* out) {
  const std::string_view surface = a.Text(tok.span);
  Word& w = out->emplace_back();
  w.span = tok.span;
  w.sentence = sentence;
  w.key = tok.lower;
  w.upper = surface[0] >= 'A' && surface[0] <= 'Z';
  w.caps = w.upper && surface.size() >= 2 &&
           std::all_of(surface.begin(), surface.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  w.token_start = w.token_end = true;
}

void AddWordToken(const text::Analysis& a, const text::Token& tok, uint32_t sentence,
                  const Cues& cues, std::vector<Part>* buffer, std::vector<Word>* out) {
  std::vector<Part>& parts = *buffer;
  Parts(a.Text(tok.span), tok.span.start, &parts);
  // English possessive "Aleppo's": the "s" is its own barrier word.
  std::optional<Span> possessive;
  if (parts.size() >= 2 && parts[parts.size() - 2].sep_after == '\'' &&
      parts.back().end - parts.back().start == 1 &&
      (a.norm[parts.back().start] == 's' || a.norm[parts.back().start] == 'S')) {
    possessive = Span{parts[parts.size() - 2].end, parts.back().end};
    parts.pop_back();
    parts.back().sep_after = 0;
  }
  const size_t first_word = out->size();
  for (size_t p = 0; p < parts.size(); ++p) {
    Span span{parts[p].start, parts[p].end};
    // An apostrophe that is not an elision joins its parts into one word ("N'Djamena").
    const bool elided = parts[p].sep_after == '\'' && p == 0 &&
                        cues.elision.count(Fold(a.Text(span))) > 0;
    while (!elided && parts[p].sep_after == '\'' && p + 1 < parts.size()) {
      ++p;
      span.end = parts[p].end;
    }
    const std::string_view surface = a.Text(span);
    if (surface.empty()) continue;
    Word& w = out->emplace_back();
    w.span = span;
    w.sentence = sentence;
    AppendFold(surface, &w.key);
    w.elision = elided;
    w.upper = StartsUpper(surface);
    w.arabic = StartsArabic(surface);
    w.caps = surface.size() >= 2 && std::all_of(surface.begin(), surface.end(), [](char c) {
      return c >= 'A' && c <= 'Z';
    });
  }
  if (out->size() > first_word) {
    (*out)[first_word].token_start = true;
    out->back().token_end = true;
  }
  if (possessive.has_value()) {
    Word w;
    w.span = *possessive;
    w.key = "'s";
    w.sentence = sentence;
    w.barrier = w.token_end = true;
    out->push_back(std::move(w));
  }
}

}  // namespace

std::vector<Word> SplitWords(const text::Analysis& analysis, const Cues& cues) {
  std::vector<Word> words;
  std::vector<Part> parts;
  words.reserve(analysis.tokens.size() + analysis.tokens.size() / 8);
  for (size_t s = 0; s < analysis.sentences.size(); ++s) {
    const text::Sentence& sent = analysis.sentences[s];
    bool first = true;
    for (size_t t = sent.first_token; t < sent.end_token; ++t) {
      const text::Token& tok = analysis.tokens[t];
      if (tok.kind != text::TokenKind::kWord) {
        Word& w = words.emplace_back();
        w.span = tok.span;
        w.key = analysis.Text(tok.span);
        w.sentence = static_cast<uint32_t>(s);
        w.barrier = w.token_start = w.token_end = true;
        continue;
      }
      const size_t before = words.size();
      if (tok.plain) {
        AddPlainToken(analysis, tok, static_cast<uint32_t>(s), &words);
      } else {
        AddWordToken(analysis, tok, static_cast<uint32_t>(s), cues, &parts, &words);
      }
      if (first) {
        for (size_t i = before; i < words.size(); ++i) words[i].sentence_start = true;
        first = false;
      }
    }
  }
  return words;
}

std::string JoinKeys(const std::vector<Word>& words, size_t first, size_t last) {
  std::string key;
  for (size_t i = first; i <= last; ++i) {
    if (!key.empty()) key.push_back(' ');
    key += words[i].key;
  }
  return key;
}

}  // namespace sitrep::geo
