// SplitSentences(): a sentence ends
//   - at a line break followed by a capital, a quote, a dash or a digit, and at a blank line;
//   - after '.', '!', '?', '…', "..." (plus any closing quotes and brackets glued to them or,
//     for » and ”, after a space) when the next token starts a sentence: a capital, an opening
//     quote, a dash, a digit or an opening bracket;
//   but not after a title abbreviation ("M.", "Dr.", "av."), an initial ("J."), a list number
//   at the start of a line ("1. Introduction"); after other abbreviations ("etc.", "U.S.",
//   "J.-C.") only before a known sentence starter ("Le", "The") or a quote.
// Numbers ("110.000", "3.5") are single tokens, so their periods never end anything.
#include "text/sentences.h"

#include "base/ascii.h"
#include "text/char_class.h"

namespace sitrep::text {
namespace {

class Splitter {
 public:
  Splitter(std::string_view s, const std::vector<Token>& tokens, const LangLexicon& lex,
           std::vector<Sentence>* out)
      : s_(s), t_(tokens), lex_(lex), out_(out) {}

  void Run() {
    size_t first = 0;
    for (size_t i = 0; i < t_.size(); ++i) {
      size_t last = i;
      bool end = i + 1 == t_.size();
      if (!end && IsEnder(i)) {
        last = AbsorbClosers(i);
        end = last + 1 == t_.size() || BreaksAfter(i, last);
      }
      if (!end)
        end = LineBreakAfter(last);
      if (end) {
        Close(first, last + 1);
        first = last + 1;
      }
      i = last;
    }
  }

 private:
  std::string_view Text(size_t i) const { return s_.substr(t_[i].span.start, t_[i].span.size()); }

  void Close(size_t first, size_t end) {
    Sentence& st = out_->emplace_back();
    st.span = Span{t_[first].span.start, t_[end - 1].span.end};
    st.first_token = first;
    st.end_token = end;
    st.paragraph_start = first == 0 || NewlineAfter(first - 1);
  }

  // The text between token i and token i + 1.
  std::string_view Gap(size_t i) const {
    return s_.substr(t_[i].span.end, t_[i + 1].span.start - t_[i].span.end);
  }

  bool Glued(size_t i) const { return t_[i].span.end == t_[i + 1].span.start; }

  // True when the gap after token i holds a line break.
  bool NewlineAfter(size_t i) const {
    const std::string_view gap = Gap(i);
    if (gap.size() <= 1)
      return gap == "\n";
    return gap.find('\n') != std::string_view::npos;
  }

  bool IsEnder(size_t i) const {
    const Token& t = t_[i];
    const std::string_view x = Text(i);
    if (t.kind == TokenKind::kWord)
      return x.size() > 1 && x.back() == '.';  // "U.S."
    if (t.kind != TokenKind::kPunct)
      return false;
    const char c = x[0];
    return c == '.' || c == '!' || c == '?' || x == "\xE2\x80\xA6" ||  // …
           x == "\xD8\x9F" || x == "\xDB\x94";                         // Arabic ؟ ۔
  }

  // Index of the last closing quote or bracket after the ender at i.
  size_t AbsorbClosers(size_t i) const {
    size_t k = i;
    while (k + 1 < t_.size() && IsCloser(k))
      ++k;
    return k;
  }

  // True when token k + 1 closes what token k ended.
  bool IsCloser(size_t k) const {
    const Token& t = t_[k + 1];
    const std::string_view x = Text(k + 1);
    if (NewlineAfter(k))
      return false;
    if (t.kind == TokenKind::kQuote) {
      if (x == "\xC2\xBB" || x == "\xE2\x80\x9D" || x == "\xE2\x80\xBA")
        return true;  // » ” ›
      if (x != "\"" && x != "'")
        return false;
      if (!Glued(k))
        return false;
      // Glued to what it closes; an opening quote would be glued to the word after it.
      return k + 2 >= t_.size() || !Glued(k + 1) || t_[k + 2].kind == TokenKind::kQuote ||
             t_[k + 2].kind == TokenKind::kPunct;
      return false;
    }
    return t.kind == TokenKind::kPunct && Glued(k) && (x == ")" || x == "]");
  }

  // A line break between `last` and the next token that ends the sentence.
  bool LineBreakAfter(size_t last) const {
    if (!NewlineAfter(last))
      return false;
    const std::string_view gap = Gap(last);
    const size_t nl = gap.find('\n');
    if (nl == std::string_view::npos)
      return false;
    if (gap.find('\n', nl + 1) != std::string_view::npos)
      return true;  // blank line
    return StartsSentence(last + 1);
  }

  // Token j can open a sentence: a capital, a quote, a dash, a digit or an opening bracket.
  bool StartsSentence(size_t j) const {
    const Token& t = t_[j];
    if (t.kind == TokenKind::kQuote || t.kind == TokenKind::kNumber)
      return true;
    if (t.kind == TokenKind::kWord)
      return IsUpperCodePoint(CodePointAt(s_, t.span.start).c) ||
             CodePointAt(s_, t.span.start).cls == Cls::kDigit || (!t.capitalized && !HasCase(j));
    const std::string_view x = Text(j);
    return x[0] == '-' || x[0] == '(' || x[0] == '[' || x == "\xE2\x80\x93" ||
           x == "\xE2\x80\x94";  // – —
  }

  // False for words in scripts with case (Latin, Cyrillic, ...) written in lower case.
  bool HasCase(size_t j) const {
    const int32_t c = CodePointAt(s_, t_[j].span.start).c;
    return IsLowerCodePoint(c) || IsUpperCodePoint(c);
  }

  // Whether the ender at i (with closers up to `last`) ends the sentence.
  bool BreaksAfter(size_t i, size_t last) const {
    const size_t next = last + 1;
    if (NewlineAfter(last))
      return true;
    if (!StartsSentence(next))
      return false;
    const std::string_view x = Text(i);
    if (x[0] == '!' || x[0] == '?' || x.size() > 1 || i == 0 || !Glued(i - 1)) {
      return t_[i].kind != TokenKind::kWord || AfterAbbreviation(Text(i), next);
    }
    const Token& prev = t_[i - 1];  // "." glued to the word before it
    if (prev.kind == TokenKind::kNumber)
      return !IsListMarker(i - 1);
    if (prev.kind != TokenKind::kWord)
      return true;
    const std::string_view word = Text(i - 1);
    const CodePoint first = CodePointAt(word, 0);
    if (first.len == word.size() && IsUpperCodePoint(first.c))
      return false;  // initial "J."
    std::string key(word);
    key += '.';
    return AfterAbbreviation(key, next);
  }

  // A number of one or two digits opening a line ("1. Introduction"), its period a list mark.
  bool IsListMarker(size_t j) const {
    return t_[j].span.size() <= 2 && (j == 0 || NewlineAfter(j - 1));
  }

  // Whether `abbrev` ("M.", "U.S.", "etc.", or any word plus its period) ends the sentence
  // when token `next` (which can start one) follows.
  bool AfterAbbreviation(std::string_view abbrev, size_t next) const {
    const AbbrevKind* kind = lex_.FindAbbreviation(abbrev);
    if (kind == nullptr && abbrev.find('.') == abbrev.size() - 1) {
      const std::string lower = AsciiLower(abbrev);
      if (lower != abbrev)
        kind = lex_.FindAbbreviation(lower);
      if (kind == nullptr)
        return true;  // a plain word
    }
    if (kind != nullptr && *kind == AbbrevKind::kTitle)
      return false;
    // kAny or an unknown dotted abbreviation: only before a quote or a known starter.
    const Token& t = t_[next];
    return t.kind == TokenKind::kQuote || lex_.starters.count(t.lower) > 0;
  }

  std::string_view s_;
  const std::vector<Token>& t_;
  const LangLexicon& lex_;
  std::vector<Sentence>* out_;
};

}  // namespace

void SplitSentences(std::string_view norm, const std::vector<Token>& tokens, const LangLexicon& lex,
                    std::vector<Sentence>* sentences) {
  Splitter(norm, tokens, lex, sentences).Run();
}

}  // namespace sitrep::text
