// Small grammar of reporting clauses: cue verbs with their auxiliaries and inverted pronouns
// ("a-t-il indiqué"), source markers, and the speaker phrase before or after a cue.
#include "recognize/quote_internal.h"

namespace sitrep::recognize::quotes {
SpeakerMention MakeMention(const Scan& scan, MentionKind kind, size_t first, size_t last) {
  SpeakerMention m;
  m.kind = kind;
  m.first = first;
  m.last = last;
  m.span = Span{scan.toks[first].span.start, scan.toks[last - 1].span.end};
  return m;
}

namespace {

constexpr size_t kMaxPhraseTokens = 10;
// Words of a bare noun phrase after a source marker ("according to eyewitness reports").
constexpr size_t kMaxBareMarkerWords = 3;
constexpr size_t kMaxParenthetical = 12;
// How far a participle's subject may sit before it, past commas
// ("Aujourd'hui, devant ..., le président").
constexpr size_t kMaxLeadTokens = 24;

bool IsWord(const QTok& t) { return t.kind == QKind::kWord; }

// True when every token of [first, last) is a title ("Vice President"): no name.
bool TitlesOnly(const Scan& scan, size_t first, size_t last) {
  for (size_t t = first; t < last; ++t) {
    if (!scan.toks[t].Has(Cat::kTitle)) return false;
  }
  return true;
}

// "et", "and", "mais", "but": a second verb of the same subject follows.
bool IsCoordination(const QTok& t) {
  return t.lower == "et" || t.lower == "and" || t.lower == "mais" || t.lower == "but";
}

bool IsPunct(const QTok& t, char c) { return t.kind == QKind::kPunct && t.lower[0] == c; }

// Length of the pronoun suffix ("-t-il") `tok` ends with, 0 when none.
size_t SuffixLength(const LangLexicon& lex, const QTok& tok) {
  if (tok.lower.find('-') == std::string::npos) return 0;
  for (const std::string& suf : lex.suffixes) {
    if (tok.lower.size() > suf.size() &&
        tok.lower.compare(tok.lower.size() - suf.size(), suf.size(), suf) == 0) {
      return suf.size();
    }
  }
  return 0;
}

// Name connectors inside a capitalized run ("Jean de La Fontaine", "Bashar al-Assad").
bool IsNameConnector(std::string_view w) {
  return w == "de" || w == "du" || w == "d'" || w == "van" || w == "von" || w == "al" ||
         w == "bin" || w == "ibn" || w == "da" || w == "di" || w == "del" || w == "dos" ||
         w == "dela" || w == "della";
}

// Prepositions of a complement chain after a name: "of the University of Guelph in Ontario".
bool IsChainPrep(std::string_view w) { return w == "of" || w == "in" || w == "at" || w == "from"; }

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
    // "Export–Import", "PG&E": a dash or an ampersand glued between two capitalized words
    // stays inside the name.
    if (j + 1 < end && j > i && toks[j].kind == QKind::kPunct &&
        (toks[j].lower == "-" || toks[j].lower == "\u2013" || toks[j].lower == "&") &&
        toks[j].span.start == toks[j - 1].span.end && toks[j + 1].span.start == toks[j].span.end &&
        IsWord(toks[j + 1]) && toks[j + 1].cap && toks[j - 1].cap) {
      ++j;
    }
  }
  return j;
}

// "Johnson's", "Organization's", "Nations'" (the apostrophe alone is a token).
bool Possessive(const QTok& t) {
  const std::string_view w = t.lower;
  if (t.kind == QKind::kPunct) return w == "'" || w == "\u2019";
  return t.kind == QKind::kWord && w.size() > 2 &&
         (w.compare(w.size() - 2, 2, "'s") == 0 ||
          (w.size() > 4 && w.compare(w.size() - 4, 4, "\u2019s") == 0));
}

bool EndsPhrase(const LangLexicon& lex, const QTok& t) {
  if (!IsWord(t)) return !(t.kind == QKind::kPunct && (t.lower == "-" || Possessive(t)));
  return t.Has(Cat::kNpStop) || t.Has(Cat::kBoundary) ||
         t.Has(Cat::kVerbal) || IsCue(lex, t);
}

// A phrase names a speaker when it opens with a determiner, a capital, or an organization or
// document noun ("police said"), and holds a word besides its determiners.
bool ValidPhrase(const Scan& scan, size_t first, size_t last) {
  if (first >= last) return false;
  const QTok& t = scan.toks[first];
  if (!t.cap && !t.Has(Cat::kDet) && !t.Has(Cat::kOrgNoun) &&
      !t.Has(Cat::kDocNoun) && !scan.toks[last - 1].cap) {
    return false;  // "eyewitness Vinnie DeVita" passes: it ends with a name
  }
  for (size_t k = first; k < last; ++k) {
    if (IsWord(scan.toks[k]) && !scan.toks[k].Has(Cat::kDet)) return true;
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
// ("à l'AFP", « par téléphone », « devant la presse ») between an inverted cue and its speaker. Returns the first token of the speaker.
size_t SkipToSpeaker(const Scan& scan, const LangLexicon& lex, size_t i, size_t end) {
  const auto& toks = scan.toks;
  for (int guard = 0; guard < 6 && i < end; ++guard) {
    if (const size_t n = SkipPhraseAt(scan, lex, i); n > 0) {
      i += n;
    } else if (IsWord(toks[i]) && toks[i].Has(Cat::kSkip)) {
      ++i;
    } else if (IsPunct(toks[i], ',')) {
      size_t k = i + 1;
      while (k < end && k - i <= kMaxParenthetical && !IsPunct(toks[k], ',') && IsWord(toks[k])) ++k;
      if (k >= end || !IsPunct(toks[k], ',')) return end;
      i = k + 1;
    } else if (IsWord(toks[i]) && (toks[i].lower == "à" || toks[i].lower == "au" ||
                                   toks[i].lower == "aux" || toks[i].lower == "to" ||
                                   toks[i].lower == "par" || toks[i].lower == "devant")) {
      ++i;
      while (i < end && IsWord(toks[i]) &&
             (toks[i].Has(Cat::kDet) || toks[i].Has(Cat::kElision))) {
        ++i;
      }
      i = i < end && toks[i].cap && !toks[i].acronym ? CapRunEnd(scan, i, end) : i + 1;
    } else {
      break;
    }
  }
  return i;
}

// The noun phrase starting at i: a name, a pronoun, or words up to a stop.
SpeakerMention PhraseAt(const Scan& scan, const LangLexicon& lex, size_t i, size_t end) {
  const auto& toks = scan.toks;
  if (i >= end || !IsWord(toks[i]) || EndsPhrase(lex, toks[i]) || toks[i].Has(Cat::kSkip)) {
    return {};
  }
  if (toks[i].Has(Cat::kPronoun)) return MakeMention(scan, MentionKind::kPronoun, i, i + 1);
  if (toks[i].cap && !toks[i].Has(Cat::kDet)) {
    const size_t run = CapRunEnd(scan, i, end);
    // "Former CIA deputy director Michael Morell": lower-case titles, then the name.
    size_t t = run;
    while (t < end && IsWord(toks[t]) && !toks[t].cap && toks[t].Has(Cat::kTitle)) ++t;
    if (t > run && t < end && IsWord(toks[t]) && toks[t].cap && !toks[t].Has(Cat::kDet)) {
      return MakeMention(scan, MentionKind::kName, t, CapRunEnd(scan, t, end));
    }
    // "said UCL astronomer Angelos Tsiaras": an organization, one or two lower-case role
    // nouns, then a full name closing the phrase.
    t = run;
    while (t < end && t < run + 2 && IsWord(toks[t]) && !toks[t].cap && !EndsPhrase(lex, toks[t]) &&
           !toks[t].Has(Cat::kDet) && !toks[t].Has(Cat::kPrep) && !toks[t].Has(Cat::kSkip) &&
           !IsChainPrep(toks[t].lower) && !PastTense(toks[t]) && !toks[t].Has(Cat::kLink)) {
      ++t;
    }
    if (t > run && t < end && IsWord(toks[t]) && toks[t].cap && !toks[t].Has(Cat::kDet)) {
      const size_t name_end = CapRunEnd(scan, t, end);
      const bool closes = name_end >= end || !IsWord(toks[name_end]) ||
                          IsChainPrep(toks[name_end].lower);
      if (name_end - t >= 2 && closes && !TitlesOnly(scan, t, name_end)) {
        return MakeMention(scan, MentionKind::kName, t, name_end);
      }
    }
    if (!Possessive(toks[run - 1]) || run >= end || !IsWord(toks[run]) || toks[run].cap ||
        EndsPhrase(lex, toks[run])) {
      return MakeMention(scan, MentionKind::kName, i, run);
    }
    // "Johnson's critics": the phrase goes on after the possessive.
  }
  size_t j = i + 1;
  while (j < end && j - i < kMaxPhraseTokens && !EndsPhrase(lex, toks[j]) && !PastTense(toks[j])) {
    // "The State Department gave its « ... »": a lower-case word between a name and a
    // determiner is a verb ("of"/"de" link names: "le Parti de la gauche").
    const std::string_view w = toks[j].lower;
    const std::string_view next = j + 1 < end ? toks[j + 1].lower : std::string_view();
    if (!toks[j].cap && toks[j - 1].cap && j + 1 < end && toks[j + 1].Has(Cat::kDet) &&
        w != "of" && w != "for" && w != "des" && !IsNameConnector(w) && next != "des" &&
        !IsNameConnector(next)) {
      break;
    }
    // "said the stores fill the stock": a plural noun, then a lower-case word before a
    // determiner is a verb.
    if (PluralVerbAt(scan, j, end)) break;
    ++j;
  }
  if (j > i && toks[j - 1].kind != QKind::kWord) --j;
  if (!ValidPhrase(scan, i, j)) return {};
  return MakeMention(scan, MentionKind::kPhrase, i, j);
}

}  // namespace

size_t NameRunEnd(const Scan& scan, size_t i, size_t end) { return CapRunEnd(scan, i, end); }

// True when token j, lower case after a lower-case plural noun and before a determiner, is
// no preposition: a verb ("the stores fill the stock", "les salariés tournent en ...").
bool PluralVerbAt(const Scan& scan, size_t j, size_t end) {
  const auto& toks = scan.toks;
  if (j == 0 || j + 1 >= end || !IsWord(toks[j]) || toks[j].cap || !IsWord(toks[j - 1]) ||
      toks[j - 1].cap || toks[j - 1].Has(Cat::kDet) || !toks[j + 1].Has(Cat::kDet) || toks[j].Has(Cat::kPrep) ||
      toks[j].Has(Cat::kDet) || toks[j].Has(Cat::kBoundary)) {
    return false;
  }
  const std::string_view prev = toks[j - 1].lower;
  if (prev.size() < 4 || prev.back() != 's' || prev[prev.size() - 2] == 's') return false;
  // "issues staffing the hotel": a participle, not the verb of a clause.
  const std::string_view w = toks[j].lower;
  if (w.size() > 4 && w.compare(w.size() - 3, 3, "ing") == 0) return false;
  return !toks[j].Has(Cat::kLink);
}


bool IsCue(const LangLexicon& lex, const QTok& tok) {
  if (!IsWord(tok)) return false;
  if ((tok.bits & LangLexicon::kCueBit) != 0) return true;
  if (tok.lower.find('-') == std::string::npos) return false;
  const size_t suf = SuffixLength(lex, tok);
  return suf > 0 && lex.cues.count(tok.lower.substr(0, tok.lower.size() - suf)) > 0;
}

SpeakerMention SuffixPronoun(const Scan& scan, const LangLexicon& lex, size_t tok) {
  const QTok& t = scan.toks[tok];
  const size_t suf = SuffixLength(lex, t);
  if (suf == 0) return {};
  const std::string_view stem = t.lower.substr(0, t.lower.size() - suf);
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
  if (i >= toks.size() || (toks[i].bits & LangLexicon::kMarkerBit) == 0) return 0;
  for (const auto& marker : lex.markers) {
    size_t k = 0;
    while (k < marker.size() && i + k < toks.size() && toks[i + k].lower == marker[k]) ++k;
    if (k == marker.size()) return k;
    // "d'après" is two tokens: "d'" + "après".
    if (marker.size() == 1 && i + 1 < toks.size() &&
        toks[i].span.end == toks[i + 1].span.start &&
        std::string_view(marker[0]).substr(0, toks[i].lower.size()) == toks[i].lower &&
        std::string_view(marker[0]).substr(toks[i].lower.size()) == toks[i + 1].lower) {
      return 2;
    }
  }
  return 0;
}

SpeakerMention SpeakerAfter(const Scan& scan, const LangLexicon& lex, size_t cue, size_t end) {
  const size_t i = SkipToSpeaker(scan, lex, cue + 1, end);
  return PhraseAt(scan, lex, i, end);
}

SpeakerMention MarkerSpeaker(const Scan& scan, const LangLexicon& lex, size_t marker_last,
                             size_t end) {
  SpeakerMention m = SpeakerAfter(scan, lex, marker_last, end);
  if (m.kind != MentionKind::kNone) return m;
  // "according to organizers,", "according to eyewitness reports,": a bare lower-case noun
  // phrase up to the comma or the sentence end.
  const auto& toks = scan.toks;
  const size_t first = marker_last + 1;
  size_t k = first;
  while (k < end && k - first < kMaxBareMarkerWords && IsWord(toks[k]) && !toks[k].cap &&
         !toks[k].Has(Cat::kPronoun) && !toks[k].Has(Cat::kSkip) && !toks[k].Has(Cat::kPrep) &&
         !toks[k].Has(Cat::kThat)) {
    // A cue form is a noun only last, after another noun: "eyewitness reports,".
    const bool noun_cue = IsCue(lex, toks[k]) && k > first && k + 1 < end &&
                          (IsPunct(toks[k + 1], ',') || IsPunct(toks[k + 1], '.'));
    if (EndsPhrase(lex, toks[k]) && !noun_cue) break;
    ++k;
  }
  if (k == first || (k < end && !IsPunct(toks[k], ',') && !IsPunct(toks[k], '.'))) return {};
  return MakeMention(scan, MentionKind::kPhrase, first, k);
}

// "vient de" / "venait d'" right before token k (venir forms are `aux` in the lexicon).
static bool VenirDe(const Scan& scan, size_t k, size_t begin) {
  if (k < begin + 2) return false;
  const std::string_view prev = scan.toks[k - 1].lower;
  const std::string_view verb = scan.toks[k - 2].lower;
  return (prev == "de" || prev == "d'") && !verb.empty() && verb[0] == 'v' &&
         scan.toks[k - 2].Has(Cat::kAux);
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
    } else if (VenirDe(scan, j, begin)) {
      j -= 2;
    } else if (IsPunct(t, ',') && j >= begin + 3) {
      // "L'émissaire de l'ONU a, de son côté, estimé": a parenthetical after the auxiliary.
      size_t k = j - 1;
      while (k > begin && j - k <= kMaxParenthetical && IsWord(toks[k - 1])) --k;
      if (k < begin + 2 || k == j - 1 || !IsPunct(toks[k - 1], ',') || !toks[k - 2].Has(Cat::kAux)) {
        break;
      }
      j = k - 1;
    } else if (IsWord(t) && t.Has(Cat::kReflAux) && j >= begin + 2 &&
               (toks[j - 2].lower == "se" || toks[j - 2].lower == "s'")) {
      j -= 2;  // "X s'est réjoui"
    } else if (IsWord(t) && (t.Has(Cat::kSkip) || t.Has(Cat::kAux) ||
                             t.Has(Cat::kClitic) || t.lower == "se" ||
                             t.lower == "s'" || t.lower == "qui" || t.lower == "who" ||
                             t.lower == "which" || t.lower == "ne" || t.lower == "n'")) {
      j -= 1;
    } else {
      break;
    }
  }
  return j;
}

// "Ecologist Ryan Norris of the University of Guelph in Ontario said", "The Aam Aadmi Party
// in Goa, in its statement, said": a place closing a complement chain [first, j) is not who
// speaks; the name of two words or more (or organization) the chain hangs on is. kNone when
// [first, j) follows no such chain.
static SpeakerMention ChainHead(const Scan& scan, size_t first, size_t j, size_t begin) {
  const auto& toks = scan.toks;
  // The last run follows "in"/"at": a place ("Progressive Party of Working People" is a name).
  const std::string_view prep = first > begin ? toks[first - 1].lower : std::string_view();
  if (first <= begin + 1 || !toks[j - 1].cap || (prep != "in" && prep != "at")) return {};
  size_t k = first - 1;
  size_t head_end = j;
  for (size_t steps = 0; k > begin && steps < kMaxPhraseTokens; ++steps) {
    const QTok& t = toks[k - 1];
    if (IsChainPrep(toks[k].lower) && (t.cap || t.Has(Cat::kOrgNoun))) head_end = k;
    if (!IsWord(t) || !(t.cap || t.Has(Cat::kDet) || IsChainPrep(t.lower) ||
                        t.Has(Cat::kOrgNoun) || IsNameConnector(t.lower))) {
      break;
    }
    --k;
  }
  if (head_end >= j) return {};
  size_t start = head_end;
  while (start > begin && IsWord(toks[start - 1]) && !toks[start - 1].Has(Cat::kDet) &&
         (toks[start - 1].cap || toks[start - 1].Has(Cat::kOrgNoun) ||
          IsNameConnector(toks[start - 1].lower))) {
    --start;
  }
  const bool org = toks[head_end - 1].Has(Cat::kOrgNoun);
  if (start >= head_end || (head_end - start < 2 && !org) || TitlesOnly(scan, start, head_end)) {
    return {};
  }
  const bool det = start > begin && toks[start - 1].Has(Cat::kDet);
  if (org || det) return MakeMention(scan, MentionKind::kPhrase, det ? start - 1 : start, head_end);
  return MakeMention(scan, MentionKind::kName, start, head_end);
}

// True when token k is punctuation glued to the words on both sides ("PG&E", "UOL.com.br").
static bool GluedPunct(const Scan& scan, size_t k) {
  const auto& toks = scan.toks;
  if (k == 0 || k + 1 >= toks.size() || toks[k].kind != QKind::kPunct || toks[k].lower == "," ||
      !IsWord(toks[k - 1]) || toks[k].span.start != toks[k - 1].span.end) {
    return false;
  }
  // "Ph.D. candidate": the period closing a dotted abbreviation.
  if (toks[k].lower == "." && k >= 2 && toks[k - 2].lower == "." &&
      toks[k - 1].span.start == toks[k - 2].span.end) {
    return true;
  }
  return IsWord(toks[k + 1]) && toks[k + 1].span.start == toks[k].span.end;
}

// "Steve Peers of the University of Essex, speaking to BBC, said": the run `run` closes a
// complement chain ("of the University of Essex") hanging on a full name that opens it; that
// name, else kNone.
static SpeakerMention ChainName(const Scan& scan, size_t run, size_t begin) {
  const auto& toks = scan.toks;
  if (run <= begin + 2 || !IsChainPrep(toks[run - 1].lower)) return {};
  size_t k = run - 1;
  while (k > begin && IsWord(toks[k - 1]) &&
         (toks[k - 1].cap || toks[k - 1].Has(Cat::kDet) || IsChainPrep(toks[k - 1].lower) ||
          IsNameConnector(toks[k - 1].lower))) {
    --k;
  }
  while (k < run && !toks[k].cap) ++k;
  if (k >= run || toks[k].Has(Cat::kDet)) return {};
  const size_t end = CapRunEnd(scan, k, run);
  // "of the University of Essex": a person's complement names an institution with its
  // article ("Progressive Party of Working People" is one name).
  bool det = false;
  for (size_t t = end; t < run; ++t) det = det || toks[t].Has(Cat::kDet);
  if (!det) return {};
  if (end - k < 2 || end >= run || !IsChainPrep(toks[end].lower) || TitlesOnly(scan, k, end) ||
      toks[end - 1].Has(Cat::kTitle) || toks[end - 1].Has(Cat::kOrgNoun)) {
    return {};
  }
  return MakeMention(scan, MentionKind::kName, k, end);
}

static SpeakerMention NameBeforeCue(const Scan& scan, const LangLexicon& lex, size_t cue,
                                    size_t begin);

// "Researchers at Stanford University reported", "scientists from the University of Bristol
// and UC Davis say": the name closes the complement of a plural role noun, which speaks.
static SpeakerMention RoleBeforeComplement(const Scan& scan, const LangLexicon& lex,
                                           const SpeakerMention& name, size_t begin) {
  const auto& toks = scan.toks;
  size_t p = name.first;
  while (p > begin && IsWord(toks[p - 1]) &&
         (toks[p - 1].cap || toks[p - 1].Has(Cat::kDet) || toks[p - 1].lower == "of" ||
          toks[p - 1].lower == "and")) {
    --p;
  }
  if (p < begin + 2 || !IsWord(toks[p - 1]) || !IsWord(toks[p - 2])) return {};
  const std::string_view prep = toks[p - 1].lower;
  const std::string_view noun = toks[p - 2].lower;
  if ((prep != "at" && prep != "from") || noun.size() < 4 || noun.back() != 's' ||
      !lex.Has(Cat::kAnaphor, noun.substr(0, noun.size() - 1))) {
    return {};
  }
  size_t first = p - 2;
  if (first > begin && toks[first - 1].Has(Cat::kDet)) --first;
  return MakeMention(scan, first == p - 2 ? MentionKind::kName : MentionKind::kPhrase, first, p - 1);
}

SpeakerMention SpeakerBefore(const Scan& scan, const LangLexicon& lex, size_t cue, size_t begin) {
  const SpeakerMention m = NameBeforeCue(scan, lex, cue, begin);
  if (m.kind != MentionKind::kName) return m;
  const SpeakerMention role = RoleBeforeComplement(scan, lex, m, begin);
  return role.kind != MentionKind::kNone ? role : m;
}

static SpeakerMention NameBeforeCue(const Scan& scan, const LangLexicon& lex, size_t cue,
                                    size_t begin) {
  const auto& toks = scan.toks;
  if (cue > begin) {
    SpeakerMention pron = SuffixPronoun(scan, lex, cue - 1);
    if (pron.kind != MentionKind::kNone) return pron;
  }
  size_t j = SubjectEnd(scan, lex, cue, begin);
  // "the World Health Organization (WHO) said": an acronym in brackets after the subject.
  if (j > begin + 3 && toks[j - 1].lower == ")") {
    for (size_t k = j - 2; k > begin && k + 4 >= j; --k) {
      if (toks[k].lower != "(") continue;
      if (k + 2 < j) j = SubjectEnd(scan, lex, k, begin);
      break;
    }
  }
  // "..., according to police, who said": the relative's antecedent ends before the comma.
  const bool relative = j < cue && (toks[j].lower == "who" || toks[j].lower == "qui") &&
                        j > begin + 1 && IsPunct(toks[j - 1], ',');
  if (relative) {
    --j;
  } else if (j > begin && IsPunct(toks[j - 1], ',')) {  // apposition or parenthetical
    // "Carl Hensman of the Gates Foundation, which offered a contest for redesigning the
    // toilet some years ago, noted": a relative clause between commas, however long,
    // describes the subject before it, read as if the clause were not there.
    for (size_t r = j - 1; r > begin + 1 && j - r <= 2 * kMaxParenthetical; --r) {
      if (IsPunct(toks[r - 1], ',')) {
        const std::string_view rel = toks[r].lower;
        if (rel == "which" || rel == "who" || rel == "whose" || rel == "qui" || rel == "dont") {
          return SpeakerBefore(scan, lex, r - 1, begin);
        }
        break;
      }
    }
    size_t k = j - 1;
    while (k > begin && j - k <= kMaxParenthetical && !IsPunct(toks[k - 1], ',') &&
           (IsWord(toks[k - 1]) || GluedPunct(scan, k - 1))) {
      --k;
    }
    if (k <= begin || !IsPunct(toks[k - 1], ',')) return {};
    // "Gérald Karsenti, PDG de HP France, a indiqué": a name, then what he is.
    bool described = false;
    for (size_t d = k; d + 1 < j; ++d) {
      described = described || (!toks[d].cap && !IsNameConnector(toks[d].lower));
    }
    if (k >= begin + 2 && IsWord(toks[k - 2]) && toks[k - 2].cap &&
        !toks[k - 2].Has(Cat::kDet)) {
      size_t run = k - 2;
      while (run > begin && IsWord(toks[run - 1]) &&
             (toks[run - 1].cap || IsNameConnector(toks[run - 1].lower)) &&
             !toks[run - 1].Has(Cat::kDet)) {
        --run;
      }
      while (run < k - 2 && !toks[run].cap) ++run;
      // "the director of Argentina's Amnesty International, Mariela Belski, said": a name
      // between the commas after a complement ("of ...", "the ...") is who speaks.
      const bool complement = run > begin && (toks[run - 1].Has(Cat::kDet) ||
                                              toks[run - 1].lower == "of" ||
                                              toks[run - 1].lower == "de" ||
                                              toks[run - 1].lower == "d'");
      if (complement && !described && j - 1 - k >= 2 && !toks[j - 2].Has(Cat::kTitle)) {
        return MakeMention(scan, MentionKind::kName, k, j - 1);
      }
      if (described) {  // "Steve Peers of the University of Essex, speaking to BBC, said"
        if (SpeakerMention head = ChainName(scan, run, begin); head.kind != MentionKind::kNone) {
          return head;
        }
      }
      // A full name before the commas, or a description between them, speaks.
      if (SpeakerMention head = ChainHead(scan, run, k - 1, begin);
          head.kind != MentionKind::kNone) {
        return head;  // "The Aam Aadmi Party in Goa, in its statement, said"
      }
      if ((described || k - 1 - run >= 2) && !TitlesOnly(scan, run, k - 1)) {
        return MakeMention(scan, MentionKind::kName, run, k - 1);
      }
    }
    if (toks[k].cap && !toks[k].Has(Cat::kDet) && !EndsPhrase(lex, toks[k])) {
      // "le ministre, Jean Dupont, a dit"; "Nick De Santis le directeur sportif, a affirmé"
      return MakeMention(scan, MentionKind::kName, k, std::max(CapRunEnd(scan, k, j - 1), k + 1));
    }
    j = k - 1;
  }
  if (j <= begin || !IsWord(toks[j - 1])) return {};
  if (toks[j - 1].Has(Cat::kPronoun)) return MakeMention(scan, MentionKind::kPronoun, j - 1, j);
  if (IsCoordination(toks[j - 1]) && j - 1 > begin) {
    // "Il fut exclu ... et déclara"; after a colon, the clause it opens: "La nuit fut chaude
    // : Météo France a relevé 27,3 degrés à Nice, mais précise que".
    size_t from = begin;
    for (size_t c = begin; c + 2 < j; ++c) {
      if (IsPunct(toks[c], ':') && !toks[c].inside) from = c + 1;
    }
    return SentenceSubject(scan, lex, from, j - 1);
  }
  if (EndsPhrase(lex, toks[j - 1])) return {};
  size_t first = j - 1;
  while (first > begin && j - first < kMaxPhraseTokens && !EndsPhrase(lex, toks[first - 1])) --first;
  // "The family's statement on the death read": the document, not its topic, speaks.
  if (first >= begin + 2 && (toks[first - 1].lower == "on" || toks[first - 1].lower == "about") &&
      toks[first - 2].Has(Cat::kDocNoun)) {
    size_t doc = first - 2;
    while (doc > begin && j - doc < kMaxPhraseTokens && !EndsPhrase(lex, toks[doc - 1])) --doc;
    while (doc < first - 2 && !toks[doc].Has(Cat::kDet) && !Possessive(toks[doc]) && !toks[doc].cap) {
      ++doc;
    }
    return MakeMention(scan, MentionKind::kPhrase, doc, first - 1);
  }
  if (SpeakerMention head = ChainHead(scan, first, j, begin); head.kind != MentionKind::kNone) {
    return head;
  }
  size_t lead = first;  // "Arnel dela Vega of the army's Western Command said": the person
  while (lead < j && toks[lead].Has(Cat::kDet)) ++lead;
  if (lead < j && toks[lead].cap) {
    const size_t r = CapRunEnd(scan, lead, j);
    // "First Minister of Scotland Nicola Sturgeon said": a run ending in a title is no name.
    if (r - lead >= 2 && r < j && !TitlesOnly(scan, lead, r) && !toks[r - 1].Has(Cat::kTitle) &&
        (toks[r].lower == "of" || toks[r].lower == "from")) {
      return MakeMention(scan, MentionKind::kName, lead, r);
    }
  }
  if (toks[j - 1].cap) {  // a name ends the phrase: the mention nearest the cue is the name
    size_t run = j - 1;
    while (run > first && (toks[run - 1].cap || IsNameConnector(toks[run - 1].lower))) --run;
    while (run < j - 1 && (!toks[run].cap || toks[run].Has(Cat::kDet))) ++run;
    // "Doug Collins of Georgia said", "Crown Prince Mohammad bin Salman of Saudi Arabia":
    // a full name right before "of" is the person; the run after it, where they are from.
    if (run >= first + 3 && (toks[run - 1].lower == "of" || toks[run - 1].lower == "from") &&
        toks[run - 2].cap) {
      size_t who = run - 2;
      while (who > first && (toks[who - 1].cap || IsNameConnector(toks[who - 1].lower))) --who;
      while (who < run - 2 && !toks[who].cap) ++who;
      if (run - 1 - who >= 2 && !TitlesOnly(scan, who, run - 1) &&
          !toks[run - 2].Has(Cat::kTitle)) {
        return MakeMention(scan, MentionKind::kName, who, run - 1);
      }
    }
    const bool sentence_start = run == begin;
    if (!(sentence_start && toks[run].Has(Cat::kOrgNoun))) {
      return MakeMention(scan, MentionKind::kName, run, j);
    }
  }
  for (size_t k = first; k < j; ++k) {  // from the first determiner not inside "de ..."
    const bool after_de = k > first && (toks[k - 1].lower == "de" || toks[k - 1].lower == "of");
    if (toks[k].Has(Cat::kDet) && !after_de) {
      if (!ValidPhrase(scan, k, j)) return {};
      return MakeMention(scan, MentionKind::kPhrase, k, j);
    }
  }
  if (!ValidPhrase(scan, first, j)) return {};
  return MakeMention(scan, MentionKind::kPhrase, first, j);
}

// A capitalized first word that opens an adverbial, not a subject: "First, he ...",
// "Shortly thereafter, the city ...", "Nearly all experts ...".
static bool IntroAdverb(const Scan& scan, const SpeakerMention& m, size_t end) {
  if (m.kind != MentionKind::kName || m.last - m.first != 1 || m.last >= end) return false;
  const std::string_view w = scan.toks[m.first].lower;
  const bool adverb = w.size() > 4 && w.compare(w.size() - 2, 2, "ly") == 0;
  // "First, he ...": a new subject after the comma ("Hurley, for his part, ..." keeps Hurley).
  if (adverb) return true;
  if (!IsPunct(scan.toks[m.last], ',') || m.last + 1 >= end) return false;
  const QTok& next = scan.toks[m.last + 1];
  return next.Has(Cat::kPronoun) || next.Has(Cat::kDet);
}

SpeakerMention SentenceSubject(const Scan& scan, const LangLexicon& lex, size_t begin, size_t end) {
  const auto& toks = scan.toks;
  if (end > begin && IsWord(toks[end - 1]) &&
      (toks[end - 1].cap || toks[end - 1].Has(Cat::kPronoun))) {
    return SpeakerBefore(scan, lex, end, begin);  // "with Zinichev describing"
  }
  size_t first = begin;  // "This Wednesday Greek Foreign Minister George Katrougalos ..."
  if (first + 2 < end && toks[first].Has(Cat::kDet) && toks[first + 1].Has(Cat::kNpStop) &&
      IsWord(toks[first + 1])) {
    first += 2;
  }
  // "According to ISNA, the prosecutor general of Tehran, Ali Alghasi Mehr, said ..., adding":
  // the subject comes after the source marker's comma.
  SpeakerMention m = MarkerAt(scan, lex, first) > 0 ? SpeakerMention{} : PhraseAt(scan, lex, first, end);
  if (m.kind != MentionKind::kNone && !IntroAdverb(scan, m, end)) return m;
  for (size_t k = begin; k < end && k - begin < kMaxLeadTokens; ++k) {
    if (!IsPunct(toks[k], ',') || toks[k].inside) continue;  // not a comma of a quote
    m = PhraseAt(scan, lex, k + 1, end);
    if (m.kind != MentionKind::kNone) return m;
  }
  return {};
}

SpeakerMention QuotedAs(const Scan& scan, const LangLexicon& lex, size_t k, size_t begin) {
  const auto& toks = scan.toks;
  if (k < begin + 3 || toks[k - 1].lower != "as") return {};
  for (size_t q = k - 2; q-- > begin && k - q <= kMaxParenthetical + 2;) {
    const std::string_view w = toks[q].lower;
    if (toks[q].inside) return {};
    if (w == "quoted" || w == "quotes" || w == "quoting" || w == "cited" || w == "cites") {
      return SpeakerAfter(scan, lex, q, k - 1);
    }
  }
  return {};
}

SpeakerMention SubjectAfter(const Scan& scan, const LangLexicon& lex, size_t i, size_t end) {
  while (i < end && IsPunct(scan.toks[i], ',')) ++i;
  return PhraseAt(scan, lex, i, end);
}

bool IsParticiple(const QTok& tok) {
  const std::string_view w = tok.lower;
  return w.size() > 5 && (w.compare(w.size() - 3, 3, "ant") == 0 ||
                          w.compare(w.size() - 3, 3, "ing") == 0);
}

bool IsInfinitive(const Scan& scan, size_t k, size_t begin) {
  if (k == begin) return false;
  const std::string_view prev = scan.toks[k - 1].lower;
  if (VenirDe(scan, k, begin)) return false;  // "vient d'annoncer": a recent past
  return prev == "de" || prev == "d'" || prev == "pour" || prev == "to" || prev == "sans" ||
         prev == "à" || prev == "of" || prev == "for";
}

bool IsMannerAdverb(std::string_view w) {
  const auto ends = [w](std::string_view suffix) {
    return w.size() > suffix.size() + 3 &&
           w.compare(w.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  return ends("ment") || ends("ly");
}

size_t SkipPhraseAt(const Scan& scan, const LangLexicon& lex, size_t i) {
  for (const auto& phrase : lex.skip_phrases) {
    size_t k = 0;
    while (k < phrase.size() && i + k < scan.toks.size() && scan.toks[i + k].lower == phrase[k]) ++k;
    if (k == phrase.size() && k > 0) return k;
  }
  return 0;
}

bool IsNounUse(const Scan& scan, size_t k, size_t begin) {
  if (k <= begin || scan.toks[k - 1].kind != QKind::kWord) return false;
  const std::string_view prev = scan.toks[k - 1].lower;
  if (prev.size() > 2 && prev.compare(prev.size() - 2, 2, "'s") == 0) return true;
  return scan.toks[k - 1].Has(Cat::kDet) && prev != "le" && prev != "la" && prev != "les" &&
         prev != "l'" && prev != "leur";
}

}  // namespace sitrep::recognize::quotes
