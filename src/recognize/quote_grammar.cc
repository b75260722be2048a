// Small grammar of reporting clauses: cue verbs with their auxiliaries and inverted pronouns
// ("a-t-il indiqué"), source markers, and the speaker phrase before or after a cue.
#include "recognize/quote_internal.h"

namespace sitrep::recognize::quotes {
namespace {

constexpr size_t kMaxPhraseTokens = 10;
constexpr size_t kMaxParenthetical = 8;

bool IsWord(const QTok& t) { return t.kind == QKind::kWord; }

bool IsPunct(const QTok& t, char c) { return t.kind == QKind::kPunct && t.lower[0] == c; }

// Length of the pronoun suffix ("-t-il") `tok` ends with, 0 when none.
size_t SuffixLength(const LangLexicon& lex, const QTok& tok) {
  for (const std::string& suf : lex.suffixes) {
    if (tok.lower.size() > suf.size() &&
        tok.lower.compare(tok.lower.size() - suf.size(), suf.size(), suf) == 0) {
      return suf.size();
    }
  }
  return 0;
}

// Name connectors inside a capitalized run ("Jean de La Fontaine", "Bashar al-Assad").
bool IsNameConnector(const std::string& w) {
  return w == "de" || w == "du" || w == "d'" || w == "van" || w == "von" || w == "al" ||
         w == "bin" || w == "ibn" || w == "da" || w == "di" || w == "del" || w == "dos";
}

// An English past form after a noun ends a phrase: "the ministry recovered".
bool PastTense(const QTok& t) {
  return !t.cap && t.lower.size() > 4 && t.lower.compare(t.lower.size() - 2, 2, "ed") == 0;
}

// One past the capitalized run starting at i (connectors allowed between capitals).
size_t CapRunEnd(const Scan& scan, size_t i, size_t end) {
  const auto& toks = scan.toks;
  size_t j = i;
  while (j < end && IsWord(toks[j])) {
    if (toks[j].cap) {
      ++j;
      // "M. Dupont", "Gen. Smith": an abbreviation's period stays inside the name.
      if (j + 1 < end && toks[j].kind == QKind::kPunct && toks[j].lower == "." &&
          toks[j].span.start == toks[j - 1].span.end && toks[j + 1].cap &&
          toks[j + 1].kind == QKind::kWord && toks[j - 1].lower.size() <= 4) {
        ++j;
      }
    } else if (IsNameConnector(toks[j].lower) && j + 1 < end && toks[j + 1].cap && j > i) {
      ++j;
    } else {
      break;
    }
  }
  return j;
}

SpeakerMention Make(const Scan& scan, MentionKind kind, size_t first, size_t last) {
  SpeakerMention m;
  m.kind = kind;
  m.first = first;
  m.last = last;
  m.span = Span{scan.toks[first].span.start, scan.toks[last - 1].span.end};
  return m;
}

bool EndsPhrase(const LangLexicon& lex, const QTok& t) {
  if (!IsWord(t)) return !(t.kind == QKind::kPunct && t.lower == "-");
  return lex.Has(Cat::kNpStop, t.lower) || lex.Has(Cat::kBoundary, t.lower) ||
         lex.Has(Cat::kVerbal, t.lower) || IsCue(lex, t);
}

// A phrase names a speaker when it opens with a determiner, a capital, or an organization or
// document noun ("police said"), and holds a word besides its determiners.
bool ValidPhrase(const Scan& scan, const LangLexicon& lex, size_t first, size_t last) {
  if (first >= last) return false;
  const QTok& t = scan.toks[first];
  if (!t.cap && !lex.Has(Cat::kDet, t.lower) && !lex.Has(Cat::kOrgNoun, t.lower) &&
      !lex.Has(Cat::kDocNoun, t.lower)) {
    return false;
  }
  for (size_t k = first; k < last; ++k) {
    if (IsWord(scan.toks[k]) && !lex.Has(Cat::kDet, scan.toks[k].lower)) return true;
  }
  return false;
}

// Number of tokens of a skip phrase ending just before token j, else 0.
size_t SkipPhraseBefore(const Scan& scan, const LangLexicon& lex, size_t j, size_t begin) {
  for (const auto& phrase : lex.skip_phrases) {
    if (phrase.empty() || j < begin + phrase.size()) continue;
    size_t k = 0;
    while (k < phrase.size() && scan.toks[j - phrase.size() + k].lower == phrase[k]) ++k;
    if (k == phrase.size()) return k;
  }
  return 0;
}

// Skips adverbs, comma parentheticals (", pour sa part,") and short prepositional phrases
// ("à l'AFP") between an inverted cue and its speaker. Returns the first token of the speaker.
size_t SkipToSpeaker(const Scan& scan, const LangLexicon& lex, size_t i, size_t end) {
  const auto& toks = scan.toks;
  for (int guard = 0; guard < 6 && i < end; ++guard) {
    if (const size_t n = SkipPhraseAt(scan, lex, i); n > 0) {
      i += n;
    } else if (IsWord(toks[i]) && lex.Has(Cat::kSkip, toks[i].lower)) {
      ++i;
    } else if (IsPunct(toks[i], ',')) {
      size_t k = i + 1;
      while (k < end && k - i <= kMaxParenthetical && !IsPunct(toks[k], ',') && IsWord(toks[k])) ++k;
      if (k >= end || !IsPunct(toks[k], ',')) return end;
      i = k + 1;
    } else if (IsWord(toks[i]) && (toks[i].lower == "à" || toks[i].lower == "au" ||
                                   toks[i].lower == "aux" || toks[i].lower == "to")) {
      ++i;
      while (i < end && IsWord(toks[i]) &&
             (lex.Has(Cat::kDet, toks[i].lower) || lex.Has(Cat::kElision, toks[i].lower))) {
        ++i;
      }
      i = i < end && toks[i].cap ? CapRunEnd(scan, i, end) : i + 1;
    } else {
      break;
    }
  }
  return i;
}

// The noun phrase starting at i: a name, a pronoun, or words up to a stop.
SpeakerMention PhraseAt(const Scan& scan, const LangLexicon& lex, size_t i, size_t end) {
  const auto& toks = scan.toks;
  if (i >= end || !IsWord(toks[i]) || EndsPhrase(lex, toks[i])) return {};
  if (lex.Has(Cat::kPronoun, toks[i].lower)) return Make(scan, MentionKind::kPronoun, i, i + 1);
  if (toks[i].cap && !lex.Has(Cat::kDet, toks[i].lower)) {
    return Make(scan, MentionKind::kName, i, CapRunEnd(scan, i, end));
  }
  size_t j = i + 1;
  while (j < end && j - i < kMaxPhraseTokens && !EndsPhrase(lex, toks[j]) && !PastTense(toks[j])) {
    ++j;
  }
  if (j > i && toks[j - 1].kind != QKind::kWord) --j;
  if (!ValidPhrase(scan, lex, i, j)) return {};
  return Make(scan, MentionKind::kPhrase, i, j);
}

}  // namespace

bool IsCue(const LangLexicon& lex, const QTok& tok) {
  if (!IsWord(tok)) return false;
  if (lex.cues.count(tok.lower) > 0) return true;
  const size_t suf = SuffixLength(lex, tok);
  return suf > 0 && lex.cues.count(tok.lower.substr(0, tok.lower.size() - suf)) > 0;
}

SpeakerMention SuffixPronoun(const Scan& scan, const LangLexicon& lex, size_t tok) {
  const QTok& t = scan.toks[tok];
  const size_t suf = SuffixLength(lex, t);
  if (suf == 0) return {};
  const std::string stem = t.lower.substr(0, t.lower.size() - suf);
  if (!lex.Has(Cat::kAux, stem) && lex.cues.count(stem) == 0) return {};
  const size_t dash = t.lower.rfind('-');
  SpeakerMention m;
  m.kind = MentionKind::kPronoun;
  m.first = tok;
  m.last = tok + 1;
  m.span = Span{t.span.start + dash + 1, t.span.end};
  return m;
}

size_t MarkerAt(const Scan& scan, const LangLexicon& lex, size_t i) {
  const auto& toks = scan.toks;
  for (const auto& marker : lex.markers) {
    size_t k = 0;
    while (k < marker.size() && i + k < toks.size() && toks[i + k].lower == marker[k]) ++k;
    if (k == marker.size()) return k;
    // "d'après" is two tokens: "d'" + "après".
    if (marker.size() == 1 && i + 1 < toks.size() && toks[i].lower + toks[i + 1].lower == marker[0]) {
      return 2;
    }
  }
  return 0;
}

SpeakerMention SpeakerAfter(const Scan& scan, const LangLexicon& lex, size_t cue, size_t end) {
  const size_t i = SkipToSpeaker(scan, lex, cue + 1, end);
  return PhraseAt(scan, lex, i, end);
}

// Walks back from the cue over adverbs, auxiliaries, "pour sa part", a reflexive "se" and
// a relative "qui" to the last token of the subject. Returns that index + 1.
size_t SubjectEnd(const Scan& scan, const LangLexicon& lex, size_t cue, size_t begin) {
  const auto& toks = scan.toks;
  size_t j = cue;
  for (int guard = 0; guard < 8 && j > begin; ++guard) {
    const QTok& t = toks[j - 1];
    if (const size_t n = SkipPhraseBefore(scan, lex, j, begin); n > 0) {
      j -= n;
    } else if (IsWord(t) && (lex.Has(Cat::kSkip, t.lower) || lex.Has(Cat::kAux, t.lower) ||
                             t.lower == "se" || t.lower == "s'" || t.lower == "qui" ||
                             t.lower == "who" || t.lower == "ne" || t.lower == "n'")) {
      j -= 1;
    } else {
      break;
    }
  }
  return j;
}

SpeakerMention SpeakerBefore(const Scan& scan, const LangLexicon& lex, size_t cue, size_t begin) {
  const auto& toks = scan.toks;
  if (cue > begin) {
    SpeakerMention pron = SuffixPronoun(scan, lex, cue - 1);
    if (pron.kind != MentionKind::kNone) return pron;
  }
  size_t j = SubjectEnd(scan, lex, cue, begin);
  if (j > begin && IsPunct(toks[j - 1], ',')) {  // apposition or parenthetical before the verb
    size_t k = j - 1;
    while (k > begin && j - k <= kMaxParenthetical && !IsPunct(toks[k - 1], ',') &&
           IsWord(toks[k - 1])) {
      --k;
    }
    if (k <= begin || !IsPunct(toks[k - 1], ',')) return {};
    if (toks[k].cap && !lex.Has(Cat::kDet, toks[k].lower) && !EndsPhrase(lex, toks[k])) {
      return Make(scan, MentionKind::kName, k, j - 1);
    }
    j = k - 1;
  }
  if (j <= begin || !IsWord(toks[j - 1])) return {};
  if (lex.Has(Cat::kPronoun, toks[j - 1].lower)) return Make(scan, MentionKind::kPronoun, j - 1, j);
  if (EndsPhrase(lex, toks[j - 1])) return {};
  size_t first = j - 1;
  while (first > begin && j - first < kMaxPhraseTokens && !EndsPhrase(lex, toks[first - 1])) --first;
  if (toks[j - 1].cap) {  // a name ends the phrase: the mention nearest the cue is the name
    size_t run = j - 1;
    while (run > first && (toks[run - 1].cap || IsNameConnector(toks[run - 1].lower))) --run;
    while (run < j - 1 && (!toks[run].cap || lex.Has(Cat::kDet, toks[run].lower))) ++run;
    const bool sentence_start = run == begin;
    if (!(sentence_start && lex.Has(Cat::kOrgNoun, toks[run].lower))) {
      return Make(scan, MentionKind::kName, run, j);
    }
  }
  for (size_t k = first; k < j; ++k) {  // from the first determiner not inside "de ..."
    const bool after_de = k > first && (toks[k - 1].lower == "de" || toks[k - 1].lower == "of");
    if (lex.Has(Cat::kDet, toks[k].lower) && !after_de) {
      if (!ValidPhrase(scan, lex, k, j)) return {};
      return Make(scan, MentionKind::kPhrase, k, j);
    }
  }
  if (!ValidPhrase(scan, lex, first, j)) return {};
  return Make(scan, MentionKind::kPhrase, first, j);
}

SpeakerMention SentenceSubject(const Scan& scan, const LangLexicon& lex, size_t begin, size_t end) {
  const auto& toks = scan.toks;
  if (end > begin && IsWord(toks[end - 1]) &&
      (toks[end - 1].cap || lex.Has(Cat::kPronoun, toks[end - 1].lower))) {
    return SpeakerBefore(scan, lex, end, begin);  // "with Zinichev describing"
  }
  SpeakerMention m = PhraseAt(scan, lex, begin, end);
  if (m.kind != MentionKind::kNone) return m;
  for (size_t k = begin; k < end && k - begin < kMaxParenthetical; ++k) {
    if (IsPunct(toks[k], ',')) return PhraseAt(scan, lex, k + 1, end);
  }
  return {};
}

bool IsParticiple(const QTok& tok) {
  const std::string& w = tok.lower;
  return w.size() > 5 && (w.compare(w.size() - 3, 3, "ant") == 0 ||
                          w.compare(w.size() - 3, 3, "ing") == 0);
}

bool IsInfinitive(const Scan& scan, size_t k, size_t begin) {
  if (k == begin) return false;
  const std::string& prev = scan.toks[k - 1].lower;
  return prev == "de" || prev == "d'" || prev == "pour" || prev == "to" || prev == "sans" ||
         prev == "à" || prev == "of" || prev == "for";
}

size_t SkipPhraseAt(const Scan& scan, const LangLexicon& lex, size_t i) {
  for (const auto& phrase : lex.skip_phrases) {
    size_t k = 0;
    while (k < phrase.size() && i + k < scan.toks.size() && scan.toks[i + k].lower == phrase[k]) ++k;
    if (k == phrase.size() && k > 0) return k;
  }
  return 0;
}

}  // namespace sitrep::recognize::quotes
