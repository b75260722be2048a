// FindIndirect(): reported speech without quotation marks, per sentence: "X a estimé, hier,
// que <clause>", "X announced that <clause>", "X said <clause>" (English say-verbs),
// "selon X, <clause>", "<clause>, according to X", "<clause>, a indiqué la police".
#include <algorithm>

#include "recognize/quote_internal.h"

namespace sitrep::recognize::quotes {
namespace {

constexpr size_t kMinClauseWords = 3;
constexpr size_t kMaxCueToThat = 8;
// Tokens of a subject before an inserted pronoun cue ("Day, they said, desired ...").
constexpr size_t kMaxInsertSubject = 4;

bool IsPunctTok(const QTok& t, char c) { return t.kind == QKind::kPunct && t.lower[0] == c; }

bool IsWord(const QTok& t) { return t.kind == QKind::kWord; }

struct Finder {
  const Scan& scan;
  const LangLexicon& lex;
  const std::vector<Candidate>& direct;
  std::vector<Candidate> out;

  // True when a direct quote already covers most of [start, end) or an indirect overlaps it.
  // A clause opening with two words or more before the quote ('she was "proud to endorse
  // ..."') is reported speech of its own around the partial quote.
  bool Covered(Span s, std::optional<size_t> cue = std::nullopt) const {
    for (const Candidate& c : direct) {
      const size_t lo = std::max(s.start, c.text.start);
      const size_t hi = std::min(s.end, c.text.end);
      if (hi > lo && (hi - lo) * 10 >= s.size() * 8 && !WordsBefore(s, c.text)) return true;
      // « « ... », a dit le porte-parole, selon l'agence »: the span is a direct quote with its
      // own cue, not reported speech of the marker's source.
      if (cue && c.cue && *c.cue != *cue && s.Contains(c.text) && !WordsBefore(s, c.text) &&
          c.cue_span.size() > 0 && c.cue_span.start >= c.text.end && s.Contains(c.cue_span)) {
        return true;
      }
    }
    for (const Candidate& c : out) {
      if (c.text.Overlaps(s)) return true;
    }
    return false;
  }

  // True when two words or more of `clause` stand before the quote `quote` opens.
  bool WordsBefore(Span clause, Span quote) const {
    size_t words = 0;
    auto it = std::lower_bound(scan.toks.begin(), scan.toks.end(), clause.start,
                               [](const QTok& t, size_t pos) { return t.span.start < pos; });
    for (; it != scan.toks.end() && words < 2; ++it) {
      if (it->span.start >= quote.start || it->span.start >= clause.end) break;
      if (it->kind == QKind::kWord && !it->inside) ++words;
    }
    return words >= 2;
  }

  // True when token last - 1 is ")" or "]" closing a bracket opened inside [first, last).
  bool ClosesBracket(size_t first, size_t last) const {
    const std::string_view close = scan.toks[last - 1].lower;
    if (close != ")" && close != "]") return false;
    const std::string_view open = close == ")" ? "(" : "[";
    for (size_t k = first; k + 1 < last; ++k) {
      if (scan.toks[k].lower == open) return true;
    }
    return false;
  }

  // Adds the clause [first, last) when long enough; returns true if added.
  bool Add(size_t first, size_t last, size_t cue_first, size_t cue_last, const SpeakerMention& who) {
    const auto& toks = scan.toks;
    while (last > first && !IsWord(toks[last - 1]) && toks[last - 1].kind != QKind::kMark &&
           !ClosesBracket(first, last)) {
      --last;
    }
    while (first < last && IsPunctTok(toks[first], ',')) ++first;
    if (last > first + 2 && toks[first].kind == QKind::kMark &&
        toks[last - 1].kind == QKind::kMark) {
      ++first;  // « ... », selon X: the direct quote alone
      --last;
    }
    size_t words = 0;
    for (size_t k = first; k < last; ++k) words += IsWord(toks[k]) ? 1 : 0;
    if (words < kMinClauseWords || who.kind == MentionKind::kNone) return false;
    Candidate c;
    c.text = Span{toks[first].span.start, toks[last - 1].span.end};
    if (Covered(c.text, cue_first)) return false;
    c.direct = false;
    c.cue = cue_first;
    c.cue_span = Span{toks[cue_first].span.start, toks[cue_last - 1].span.end};
    c.speaker = who;
    out.push_back(c);
    return true;
  }

  // End of a reported clause: the sentence end, or a trailing ", a indiqué X" / ", selon X".
  size_t ClauseEnd(size_t from, size_t end) const {
    for (size_t k = from; k + 1 < end; ++k) {
      if (!scan.toks[k].inside && IsPunctTok(scan.toks[k], ';')) return k;
      // 'told the press the new drugs were only part of the solution: "What will ...': the
      // quote after the colon is a direct quote of its own.
      if (!scan.toks[k].inside && IsPunctTok(scan.toks[k], ':') &&
          scan.toks[k + 1].kind == QKind::kMark) {
        return k;
      }
      // "claimed he was tucking in his shirt and suggested ...": a second cue of the same
      // subject ends the first clause.
      if (!scan.toks[k].inside && (scan.toks[k].lower == "and" || scan.toks[k].lower == "et") &&
          k > from && IsCue(lex, scan.toks[k + 1]) && !IsParticiple(scan.toks[k + 1])) {
        return IsPunctTok(scan.toks[k - 1], ',') ? k - 1 : k;
      }
      if (scan.toks[k].inside || !IsPunctTok(scan.toks[k], ',')) continue;
      const QTok& next = scan.toks[k + 1];
      if (const size_t n = MarkerAt(scan, lex, k + 1); n > 0) {
        if (!Inserted(k + 1, n, end)) return k;  // "..., selon X." ends; "..., selon lui, ..." not
        continue;
      }
      if (IsWord(next) && (next.Has(Cat::kAux) || IsCue(lex, next))) {
        size_t v = next.Has(Cat::kAux) ? k + 2 : k + 1;
        const bool passive = v + 1 < end && (scan.toks[v + 1].lower == "by" ||
                                             scan.toks[v + 1].lower == "par");
        if (v < end && IsCue(lex, scan.toks[v]) && !passive) return k;  // not "reported by"
      }
    }
    return end;
  }

  // "currently", "presumably": a lower-case English adverb.
  static bool IsAdverb(const QTok& w) {
    const std::string_view l = w.lower;
    return IsWord(w) && !w.cap && l.size() > 5 && l.compare(l.size() - 2, 2, "ly") == 0;
  }

  // An auxiliary, a "verbal" word, or a lower-case form in -s or -ed without a hyphen ("costs",
  // "founded"; not "terrorist-related").
  static bool FiniteVerb(const QTok& w) {
    if (!IsWord(w) || w.cap) return false;
    if (w.Has(Cat::kAux) || w.Has(Cat::kVerbal)) return true;
    const std::string_view l = w.lower;
    if (l.size() < 4 || l.find('-') != std::string_view::npos) return false;
    return l.compare(l.size() - 2, 2, "ed") == 0 ||
           (l.back() == 's' && l[l.size() - 2] != 's' && l[l.size() - 2] != 'u');
  }

  // True when a finite verb follows within a few words of t ("officers arrived", "the attack
  // had"): a clause, not the cue's object ("claiming a right to ...").
  bool VerbSoon(size_t t, size_t end) const {
    const auto& toks = scan.toks;
    for (size_t k = t + 1; k < end && k <= t + 6; ++k) {
      const QTok& w = toks[k];
      if (w.kind == QKind::kMark && !w.inside) {
        // The verb opens a partial quote: 'said the use of currencies "costs Africa ..."',
        // 'said his party "[are] eager ..."'.
        // Not after a determiner or preposition ('a "terrorist-related" attack', 'of "rigged
        // polls"'), and the quoted word is a finite verb.
        const QTok& prev = toks[k - 1];
        if (!IsWord(prev) || prev.Has(Cat::kDet) || prev.Has(Cat::kPrep) ||
            prev.lower == "of" || prev.lower == "over" || prev.lower == "about") {
          return false;
        }
        size_t v = k + 1;
        while (v < end && v <= k + 2 && toks[v].kind == QKind::kPunct) ++v;
        if (v + 1 < end && IsAdverb(toks[v])) ++v;  // '"currently focuses'
        return v < end && FiniteVerb(toks[v]);
      }
      if (!IsWord(w)) return false;
      if (toks[k - 1].lower == "to") continue;
      if (w.Has(Cat::kVerbal) || w.Has(Cat::kAux) || PluralVerbAt(scan, k, end)) return true;
      const std::string_view l = w.lower;
      // "coronavirus-induced" is an adjective.
      if (!w.cap && l.size() > 4 && l.compare(l.size() - 2, 2, "ed") == 0 &&
          l.find('-') == std::string_view::npos) {
        return true;
      }
    }
    return false;
  }

  // True when the marker at k (n tokens) and its speaker are followed by a comma and more of
  // the sentence: "le polonium est, selon lui, une substance ...".
  bool Inserted(size_t k, size_t n, size_t end) const {
    const SpeakerMention who = MarkerSpeaker(scan, lex, k + n - 1, end);
    if (who.kind == MentionKind::kNone) return false;
    size_t after = who.last;
    while (after < end && !IsPunctTok(scan.toks[after], ',') &&
           !IsPunctTok(scan.toks[after], '.')) {
      ++after;
    }
    return after + 2 < end && IsPunctTok(scan.toks[after], ',');
  }

  // Skips a prepositional phrase at t ("on Twitter", "à l'AFP"); returns t when none.
  size_t SkipPrepPhrase(size_t t, size_t end) const {
    const auto& toks = scan.toks;
    if (const size_t n = SkipPhraseAt(scan, lex, t); n > 0) return t + n;
    if (t >= end || !IsWord(toks[t]) || !toks[t].Has(Cat::kPrep)) return t;
    size_t k = t + 1;
    while (k < end && IsWord(toks[k]) && (toks[k].Has(Cat::kDet) ||
                                          toks[k].Has(Cat::kElision))) {
      ++k;
    }
    return SkipObject(k, end);
  }

  // Skips a short object: a capitalized run or one word ("reporters", "the BBC").
  size_t SkipObject(size_t k, size_t end) const {
    const auto& toks = scan.toks;
    while (k < end && IsWord(toks[k]) && toks[k].Has(Cat::kDet)) ++k;
    if (k >= end || !IsWord(toks[k])) return k;
    if (!toks[k].cap) return k + 1;
    while (k < end && IsWord(toks[k]) && toks[k].cap) ++k;
    return k;
  }

  // Start of the clause after the cue at k: after que/that, or (English say-verbs) right
  // after the cue (and its object, for "told") when a subject follows. 0 when none.
  size_t ClauseStart(size_t k, size_t end) const {
    const auto& toks = scan.toks;
    for (size_t t = k + 1; t < end && t - k <= kMaxCueToThat; ++t) {
      if (toks[t].kind == QKind::kMark || IsPunctTok(toks[t], ':') || IsPunctTok(toks[t], '.')) break;
      if (IsWord(toks[t]) && toks[t].Has(Cat::kThat)) {
        // "espérait une augmentation ... ainsi que la CGT": hope is no speech, "ainsi que" no
        // complementizer.
        if (toks[k].Has(Cat::kWant) || toks[t - 1].Has(Cat::kConj)) return 0;
        return t + 1;
      }
      if (IsWord(toks[t]) && t > k + 1 && IsCue(lex, toks[t])) break;
    }
    if (lex.bare.count(toks[k].lower) == 0) return 0;
    size_t t = k + 1;
    if (toks[k].Has(Cat::kObjectVerb)) t = SkipObject(t, end);
    for (int guard = 0; guard < 4 && t < end; ++guard) {
      const size_t before = t;
      while (t < end && IsWord(toks[t]) && toks[t].Has(Cat::kSkip)) ++t;
      t = SkipPrepPhrase(t, end);
      if (t == before) break;
    }
    if (t >= end || !IsWord(toks[t])) return 0;
    const QTok& s = toks[t];
    if (s.Has(Cat::kPronoun) || (s.lower[0] >= '0' && s.lower[0] <= '9')) return t;
    const bool opens_np = s.Has(Cat::kDet) || s.cap;
    if (!opens_np && (s.Has(Cat::kNpStop) || s.Has(Cat::kBoundary) || IsCue(lex, s))) return 0;
    return VerbSoon(t, end) ? t : 0;  // "said the attack had", "said officers arrived"
  }

  // Start of an infinitive a saying verb reports right after it: "a affirmé avoir ...", "a
  // assuré ne pas être ...", "claimed to have ..."; 0 when none, when the cue is one of
  // wanting ("souhaite être", "vowed to be") or passive ("was announced to have died").
  size_t InfinitiveStart(size_t k, size_t end) const {
    const auto& toks = scan.toks;
    if (toks[k].Has(Cat::kWant)) return 0;
    if (k > 0 && toks[k - 1].Has(Cat::kPassive)) return 0;  // "is reported to have jumped"
    size_t t = k + 1;
    while (t < end && IsWord(toks[t]) && toks[t].Has(Cat::kSkip)) ++t;
    const size_t start = t;
    if (t < end && toks[t].lower == "to") ++t;
    while (t < end && (toks[t].lower == "ne" || toks[t].lower == "n'" || toks[t].lower == "pas" ||
                       toks[t].lower == "not" || toks[t].lower == "jamais")) {
      ++t;
    }
    if (t >= end || !toks[t].Has(Cat::kClaimInf)) return 0;
    return start;
  }

  // "« ... », a ajouté le porte-parole, précisant que ...", '"...", she said, noting that': a
  // participle with no subject of its own reports for the speaker of the cue before it in the
  // sentence (inverted after it, else before it).
  SpeakerMention CueSpeakerBefore(size_t begin, size_t k) const {
    for (size_t j = k; j-- > begin;) {
      const QTok& c = scan.toks[j];
      if (c.inside || !IsCue(lex, c) || IsParticiple(c)) continue;
      const SpeakerMention after = SpeakerAfter(scan, lex, j, k);
      return after.kind != MentionKind::kNone ? after : SpeakerBefore(scan, lex, j, begin);
    }
    return {};
  }

  void CueThat(size_t begin, size_t end) {
    for (size_t k = begin; k < end; ++k) {
      const QTok& t = scan.toks[k];
      if (t.inside || !IsCue(lex, t) || IsInfinitive(scan, k, begin) ||
          IsNounUse(scan, k, begin)) {
        continue;
      }
      size_t start = ClauseStart(k, end);
      if (start == 0) start = InfinitiveStart(k, end);
      if (start == 0 || start >= end) continue;
      SpeakerMention who = IsParticiple(t) ? QuotedAs(scan, lex, k, begin) : SpeakerMention{};
      if (who.kind == MentionKind::kNone && IsParticiple(t)) who = DocumentBefore(k, begin);
      if (who.kind == MentionKind::kNone) {
        who = IsParticiple(t) ? SentenceSubject(scan, lex, begin, k) : SpeakerBefore(scan, lex, k, begin);
      }
      if (who.kind == MentionKind::kNone && IsParticiple(t)) who = CueSpeakerBefore(begin, k);
      if (who.kind == MentionKind::kNone) who = SuffixPronoun(scan, lex, k);
      const size_t stop = ClauseEnd(start, end);
      if (Add(start, stop, k, k + 1, who)) k = stop;
    }
  }

  // "a New York Times story alleging ...", "a letter saying ...": the document noun right
  // before a participle cue, with its determiner and capitalized modifiers, speaks.
  SpeakerMention DocumentBefore(size_t k, size_t begin) const {
    const auto& toks = scan.toks;
    if (k <= begin || !IsWord(toks[k - 1]) || !toks[k - 1].Has(Cat::kDocNoun)) return {};
    size_t first = k - 1;
    while (first > begin && IsWord(toks[first - 1]) &&
           (toks[first - 1].cap || toks[first - 1].Has(Cat::kDet))) {
      --first;
      if (toks[first].Has(Cat::kDet)) break;
    }
    return MakeMention(scan, MentionKind::kPhrase, first, k);
  }

  void Markers(size_t begin, size_t end) {
    const auto& toks = scan.toks;
    for (size_t k = begin; k < end; ++k) {
      size_t n = toks[k].inside ? 0 : MarkerAt(scan, lex, k);
      if (n == 0 && !toks[k].inside && lex.weak_markers.count(toks[k].lower) > 0) n = 1;
      if (n > 0 && k + n + 1 < end && k > begin &&
          (toks[k + n].lower == "qui" || toks[k + n].lower == "whom")) {
        // "le Medef pour qui seule une augmentation ... pourrait être acceptable": the
        // relative's antecedent speaks.
        const SpeakerMention who = SpeakerBefore(scan, lex, k, begin);
        if (who.kind != MentionKind::kNone) Add(k + n + 1, ClauseEnd(k + n + 1, end), k, k + n, who);
        continue;
      }
      if (n == 0 || lex.weak_markers.count(toks[k].lower) > 0) continue;
      SpeakerMention who = MarkerSpeaker(scan, lex, k + n - 1, end);
      if (who.kind == MentionKind::kNone) continue;
      size_t after = who.last;
      while (after < end && !IsPunctTok(toks[after], ',') && !IsPunctTok(toks[after], '.')) ++after;
      if (k == begin && after < end && IsPunctTok(toks[after], ',')) {
        size_t name = after + 1;  // "Selon son producteur, Michel Nouader, son état ..."
        while (name < end && IsWord(toks[name]) && toks[name].cap) ++name;
        if (name > after + 2 && name < end && IsPunctTok(toks[name], ',')) after = name;
        const size_t stop = ClauseEnd(after + 1, end);
        // "According to ISNA, the prosecutor general of Tehran, Ali Alghasi Mehr, said ...": the
        // words up to the cue are its subject, not a clause.
        const bool subject_only = stop + 1 < end && IsPunctTok(toks[stop], ',') &&
                                  (toks[stop + 1].Has(Cat::kAux) || IsCue(lex, toks[stop + 1]));
        if (!subject_only) Add(after + 1, stop, k, k + n, who);
      } else if (k > begin && IsPunctTok(toks[k - 1], ',') &&
                 (after + 1 >= end || Apposition(after, end))) {
        Add(begin, k - 1, k, k + n, who);
      } else if (k > begin + kMinClauseWords && !IsPunctTok(toks[k - 1], ',') &&
                 after + 1 >= end && NameLike(who) &&
                 (after == who.last || (after == who.last + 1 && IsWord(toks[who.last]) &&
                                        !toks[who.last].cap && toks[who.last - 1].cap)) &&
                 MayHoldVerb(begin, k) && Unquoted(begin, k)) {
        // "... averaged around 50% according to WHO's statistics.": a named source closing the
        // sentence, with no comma before it.
        Add(begin, k, k, k + n, who);
      } else if (k > begin && IsPunctTok(toks[k - 1], ',') && Inserted(k, n, end)) {
        // "Le bilan, selon la police, s'élève à 30 morts": the whole sentence.
        Add(begin, ClauseEnd(after + 1, end), k, k + n, who);
      }
    }
  }

  // True when the mention holds a capitalized word and otherwise only determiners, "of"/"de",
  // document nouns and a last noun after a capitalized word: a name ("Kidston", "the Ministry
  // of Foreign Affairs", "WHO's statistics", "Federal Aviation Administration records"), not a
  // clause ("the Ministry of Foreign Affairs he died").
  bool NameLike(const SpeakerMention& m) const {
    bool cap = false;
    for (size_t k = m.first; k < m.last; ++k) {
      const QTok& w = scan.toks[k];
      if (!IsWord(w)) continue;
      cap = cap || w.cap;
      // "NEOC data", "Federal Aviation Administration records": a last noun after a name.
      const bool tail_noun = k + 1 == m.last && k > m.first && scan.toks[k - 1].cap;
      if (!w.cap && !w.Has(Cat::kDet) && !w.Has(Cat::kDocNoun) && w.lower != "of" &&
          w.lower != "de" && w.lower != "d'" && !tail_noun) {
        return false;
      }
    }
    return cap;
  }

  // After a speaker at the comma `comma`: a relative ("who said ...") or an apposition with no
  // verb up to the sentence end (", the U.S. Attorney for the Western District").
  bool Apposition(size_t comma, size_t end) const {
    const auto& toks = scan.toks;
    if (comma + 1 >= end || !IsPunctTok(toks[comma], ',')) return false;
    const std::string_view next = toks[comma + 1].lower;
    if (next == "who" || next == "qui") return true;
    for (size_t k = comma + 1; k < end; ++k) {
      if (toks[k].inside || toks[k].kind == QKind::kMark) return false;
      if (IsWord(toks[k]) && (toks[k].Has(Cat::kVerbal) || toks[k].Has(Cat::kAux) ||
                              toks[k].Has(Cat::kBoundary) || IsCue(lex, toks[k]))) {
        return false;
      }
    }
    return true;
  }

  // True when the quotation marks from `open` (after k) close one quote followed by a comma, with
  // no mark after it in the sentence, the quote opening mid-clause (not after a colon) and
  // holding at most half as many words as the `plain` ones before it: "Mouss Diouf est mort
  // ... à Marseille « des suites d'une longue maladie », a révélé son avocate".
  bool PartialEnd(size_t open, size_t k, size_t end, size_t plain) const {
    const auto& toks = scan.toks;
    if (open == 0 || open >= end || toks[open].kind != QKind::kMark || IsPunctTok(toks[open - 1], ':')) {
      return false;
    }
    size_t close = std::max(k, open + 1);
    size_t words = 0;
    while (close < end && !(toks[close].kind == QKind::kMark && !toks[close].inside &&
                            close + 1 < end && IsPunctTok(toks[close + 1], ','))) {
      words += IsWord(toks[close]) ? 1 : 0;
      ++close;
    }
    return close < end && words * 2 <= plain && Unquoted(close + 1, end);
  }

  // True when [first, last) holds a lower-case word that is no determiner, title, preposition
  // or elided article: a possible verb.
  bool MayHoldVerb(size_t first, size_t last) const {
    for (size_t k = first; k < last; ++k) {
      const QTok& w = scan.toks[k];
      if (w.kind == QKind::kMark || w.inside) return true;
      // "Le porte-parole de l'armée": spokesperson and organization nouns are no verbs.
      if (!IsWord(w) || w.cap || w.Has(Cat::kDet) || w.Has(Cat::kTitle) || w.Has(Cat::kPrep) ||
          w.Has(Cat::kElision) || w.Has(Cat::kSpokes) || w.Has(Cat::kOrgNoun) ||
          w.lower == "de" || w.lower == "du" || w.lower == "des" || w.lower == "of") {
        continue;
      }
      return true;
    }
    return false;
  }

  // True when [first, comma) ends with a name between commas ("Le président du CNT, Moustapha
  // Abdeljalil", "Le porte-parole de l'armée, le colonel Ahmed Ali"): the subject's
  // apposition, not the end of a reported clause.
  bool EndsWithApposedName(size_t first, size_t comma) const {
    size_t k = comma;
    while (k > first && IsWord(scan.toks[k - 1]) && scan.toks[k - 1].cap) --k;
    if (k == comma) return false;
    while (k > first + 2 && IsWord(scan.toks[k - 1]) && !scan.toks[k - 1].cap &&
           (scan.toks[k - 1].Has(Cat::kTitle) || scan.toks[k - 1].Has(Cat::kDet))) {
      --k;
    }
    return k > first + 1 && IsPunctTok(scan.toks[k - 1], ',');
  }

  // True when no quotation mark stands in [from, end).
  bool Unquoted(size_t from, size_t end) const {
    for (size_t k = from; k < end; ++k) {
      if (scan.toks[k].kind == QKind::kMark || scan.toks[k].inside) return false;
    }
    return true;
  }

  // "<clause>, a indiqué la police." / "<clause>, police said." at the end of a sentence.
  void Trailing(size_t begin, size_t end) {
    const auto& toks = scan.toks;
    size_t open = begin;  // the first quotation mark, and the words before it
    size_t plain = 0;
    for (; open < end && toks[open].kind != QKind::kMark && !toks[open].inside; ++open) {
      plain += IsWord(toks[open]) ? 1 : 0;
    }
    for (size_t k = begin + 1; k + 1 < end; ++k) {
      // « Mouss Diouf est mort ... « des suites d'une longue maladie », a révélé son avocate »:
      // a clause ending on a partial quote is reported too; other quoted sentences are not.
      const bool quoted = toks[k - 1].kind == QKind::kMark || toks[k].kind == QKind::kMark;
      if (quoted && !(plain >= kMinClauseWords && PartialEnd(open, k - 1, end, plain))) return;
      if (toks[k].inside || !IsPunctTok(toks[k], ',')) continue;
      size_t v = k + 1;
      if (toks[v].Has(Cat::kAux) && v + 1 < end) ++v;
      SpeakerMention who;
      size_t cue = v;
      if (IsCue(lex, toks[v])) {
        who = SuffixPronoun(scan, lex, v);
        if (who.kind == MentionKind::kNone) who = SpeakerAfter(scan, lex, v, end);
      } else {
        for (cue = k + 2; cue < end && cue - k <= 6 && IsWord(toks[cue]); ++cue) {
          if (IsCue(lex, toks[cue])) break;
        }
        if (cue >= end || !IsCue(lex, toks[cue])) continue;
        who = SpeakerBefore(scan, lex, cue, k + 1);
      }
      if (who.kind == MentionKind::kNone) continue;
      // "Le Premier ministre, Jean-Marc Ayrault, a annoncé mardi un plan": a subject and its
      // apposition hold no verb; they are no reported clause.
      const bool holds_verb = MayHoldVerb(begin, k) && !EndsWithApposedName(begin, k);
      // "Day, they said, desired no memorials": a pronoun and its cue inserted after the subject.
      const bool pronoun_cue = cue == v + 1 && toks[v].Has(Cat::kPronoun) &&
                               who.kind == MentionKind::kPronoun && k <= begin + kMaxInsertSubject;
      if (!holds_verb && !pronoun_cue) continue;
      size_t tail = std::max(who.last, cue + 1);
      while (tail < end && IsWord(toks[tail]) &&
             (toks[tail].Has(Cat::kSkip) || toks[tail].lower == "late")) {
        ++tail;  // ", they said Sunday"
      }
      tail = SkipPrepPhrase(tail, end);  // ", a révélé son avocate à l'AFP, ..."
      const bool closes = tail + 1 >= end || IsPunctTok(toks[tail], '.') ||
                          IsPunctTok(toks[tail], ';') ||
                          (toks[tail].lower == "—" && Unquoted(tail, end)) ||
                          (cue == v && (v > k + 1 || lex.bare.count(toks[v].lower) > 0) &&
                           Apposition(tail, end));  // ", reported officials, with ..."
      if (!closes) {
        // An inserted inverted cue: "Il est, disent-ils, la langue de diverses crises", "Par
        // ailleurs, poursuit l'ex-Président sénégalais, une langue n'a pas d'avenir si ...":
        // the whole sentence is reported, but for an adverbial before the cue (« Par
        // ailleurs, », "Moreover,"): the clause starts after the speaker's comma.
        const bool adverbial = SkipPhraseAt(scan, lex, begin) == k - begin ||
                               (k == begin + 1 && toks[begin].Has(Cat::kSkip));
        if ((cue == v || pronoun_cue) && tail + 3 < end && IsPunctTok(toks[tail], ',') &&
            Unquoted(tail, end) && Add(adverbial ? tail + 1 : begin, end, cue, cue + 1, who)) {
          return;
        }
        continue;
      }
      if (!holds_verb) continue;
      Add(begin, k, cue, cue + 1, who);
      return;
    }
  }
};

}  // namespace

std::vector<Candidate> FindIndirect(const Scan& scan, const LangLexicon& lex,
                                    const std::vector<Candidate>& direct) {
  Finder f{scan, lex, direct, {}};
  for (size_t s = 0; s + 1 < scan.sent_first.size(); ++s) {
    const size_t begin = scan.sent_first[s];
    const size_t end = scan.sent_first[s + 1];
    if (begin >= end) continue;
    f.CueThat(begin, end);
    f.Markers(begin, end);
    f.Trailing(begin, end);
  }
  return std::move(f.out);
}

}  // namespace sitrep::recognize::quotes
