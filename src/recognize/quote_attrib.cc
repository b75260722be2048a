// FindDirect(): attributes each top-level quoted span to a cue and a speaker, looking right
// after the closing mark (inversion: «...», a déclaré X / "...," he said), before the opening
// mark in its sentence (X a déclaré : «...» / X a estimé que ... « ... »), then later in the
// sentence; spans with no cue are kept only when long and sentence-like (scare quotes,
// names and titles are dropped).
#include "recognize/quote_internal.h"

namespace sitrep::recognize::quotes {
namespace {

// A partial quote (not next to its cue) needs this many words: shorter ones are scare quotes.
constexpr size_t kMinPartialWords = 3;
// ... or fewer (down to one lower-case word: capitalized ones are names and titles) when it
// sits this close after its cue ("described the attacks as a "dastardly act"", « a estimé que
// ces statistiques constituaient un « triste rappel », "described extensive tire marks and
// "insane" heat").
constexpr size_t kNearCue = 6;
// A quote with no cue at all needs this many words and must stand as a sentence.
constexpr size_t kMinUncuedWords = 6;
// Subject-first attribution after a quote ("...," the UN spokesman said) looks this far.
constexpr size_t kMaxSubjectTokens = 12;
// Words between an inverted cue and the comma before the quote's resumption ("on Twitter").
constexpr size_t kMaxResumeTail = 6;  // "in her 1976 autobiography"

struct Attribution {
  bool found = false;
  size_t cue_first = 0;
  size_t cue_last = 0;  // one past
  SpeakerMention speaker;
};

bool IsPunctTok(const QTok& t, char c) { return t.kind == QKind::kPunct && t.lower[0] == c; }

Span CueSpan(const Scan& scan, const LangLexicon& lex, size_t first, size_t last) {
  Span span{scan.toks[first].span.start, scan.toks[last - 1].span.end};
  const SpeakerMention pron = SuffixPronoun(scan, lex, last - 1);
  if (pron.kind != MentionKind::kNone) {
    // "ajoute-t-il": the cue is the verb, the pronoun is the speaker.
    const std::string_view lower = scan.toks[last - 1].lower;
    const size_t dash = lower.find('-');
    span.end = scan.toks[last - 1].span.start + dash;
  }
  return span;
}

// Words between an auxiliary and its cue: skip words, skip phrases and one adverb ending in
// -ment / -ly (« a tristement déclaré », « a pour sa part indiqué », "has publicly said").
size_t SkipBeforeCue(const Scan& scan, const LangLexicon& lex, size_t k, size_t end) {
  const auto& toks = scan.toks;
  bool adverb = false;
  while (k < end && toks[k].kind == QKind::kWord) {
    if (toks[k].Has(Cat::kSkip)) {
      ++k;
    } else if (const size_t n = SkipPhraseAt(scan, lex, k); n > 0) {
      k += n;
    } else if (!adverb && k + 1 < end && !toks[k].cap && IsMannerAdverb(toks[k].lower)) {
      adverb = true;
      ++k;
    } else {
      break;
    }
  }
  return k;
}

// Cue first at i: [aux] cue [speaker] ("a déclaré Poutine", "a-t-il indiqué", "said X").
Attribution CueFirst(const Scan& scan, const LangLexicon& lex, size_t i, size_t end) {
  const auto& toks = scan.toks;
  Attribution a;
  while (i < end && toks[i].kind == QKind::kWord && toks[i].Has(Cat::kClitic)) ++i;
  const bool reflexive = i + 1 < end && (toks[i].lower == "s'" || toks[i].lower == "se");
  if (reflexive) ++i;  // "s'est réjoui le président"
  if (i >= end || toks[i].kind != QKind::kWord) return a;
  SpeakerMention pron = SuffixPronoun(scan, lex, i);
  size_t k = i;
  if (toks[i].Has(Cat::kAux) || (reflexive && toks[i].Has(Cat::kReflAux)) ||
      (pron.kind != MentionKind::kNone && !IsCue(lex, toks[i]))) {
    ++k;
    k = SkipBeforeCue(scan, lex, k, end);
  }
  if (k >= end || !IsCue(lex, toks[k])) return a;
  if (pron.kind == MentionKind::kNone) pron = SuffixPronoun(scan, lex, k);
  a.found = true;
  a.cue_first = k;
  a.cue_last = k + 1;
  a.speaker = pron.kind != MentionKind::kNone ? pron : SpeakerAfter(scan, lex, k, end);
  return a;
}

// Subject first from i: "he said", "the UN spokesman said", "Smith, a police officer, said".
Attribution SubjectFirst(const Scan& scan, const LangLexicon& lex, size_t i, size_t end) {
  const auto& toks = scan.toks;
  Attribution a;
  for (size_t k = i; k < end && k - i <= kMaxSubjectTokens; ++k) {
    if (toks[k].kind == QKind::kMark || toks[k].kind == QKind::kBreak) break;
    if (toks[k].kind == QKind::kPunct && !IsPunctTok(toks[k], ',') && !IsPunctTok(toks[k], '-')) {
      break;
    }
    if (k > i && IsCue(lex, toks[k])) {
      SpeakerMention s = SpeakerBefore(scan, lex, k, i);
      if (s.kind == MentionKind::kNone) return a;
      a = Attribution{true, k, k + 1, s};
      return a;
    }
  }
  return a;
}

// Marker at i: "selon X", "according to X".
Attribution MarkerFirst(const Scan& scan, const LangLexicon& lex, size_t i, size_t end) {
  Attribution a;
  const size_t n = MarkerAt(scan, lex, i);
  if (n == 0 || i + n >= end) return a;
  a.speaker = MarkerSpeaker(scan, lex, i + n - 1, end);
  if (a.speaker.kind == MentionKind::kNone) return a;
  a.found = true;
  a.cue_first = i;
  a.cue_last = i + n;
  return a;
}

// After the closing mark at i - 1. An inverted cue needs a comma before it (», a dit X /
// ," said X / ?" asked X) unless it carries its pronoun ("» dit-il").
// "Pour X, «": a weak marker opening its clause, a speaker, then a comma right before the
// quote (or before a short clause leading to it).
Attribution WeakMarker(const Scan& scan, const LangLexicon& lex, size_t k, size_t open) {
  Attribution a;
  if (lex.weak_markers.count(scan.toks[k].lower) == 0) return a;
  SpeakerMention who = SpeakerAfter(scan, lex, k, open);
  if (who.kind == MentionKind::kNone || who.last >= open || !IsPunctTok(scan.toks[who.last], ',')) {
    return a;
  }
  if (who.kind == MentionKind::kPhrase && !scan.toks[who.last - 1].cap) {
    bool named = false;  // "Pour le président égyptien, «": a title or an organization
    for (size_t t = who.first; t < who.last; ++t) {
      named = named || scan.toks[t].Has(Cat::kOrgNoun) || scan.toks[t].Has(Cat::kTitle);
    }
    if (!named) return a;
  }
  return Attribution{true, k, k + 1, who};
}

Attribution After(const Scan& scan, const LangLexicon& lex, size_t i, size_t end) {
  const auto& toks = scan.toks;
  bool comma = false;
  if (i < end && (IsPunctTok(toks[i], ',') || IsPunctTok(toks[i], '-'))) {
    ++i;
    comma = true;
  }
  if (i >= 2 && toks[i - 2].kind == QKind::kPunct) {
    const char last = toks[i - 2].lower[0];
    comma = comma || last == ',' || last == '?' || last == '!';
  }
  Attribution a = CueFirst(scan, lex, i, end);
  if (a.found && IsParticiple(toks[a.cue_first])) a = Attribution{};
  // Without a comma ("» indique Guido Tonelli") the cue must name its speaker.
  if (a.found && !comma && a.speaker.kind == MentionKind::kNone) a = Attribution{};
  if (!a.found) a = MarkerFirst(scan, lex, i, end);
  if (!a.found) a = SubjectFirst(scan, lex, i, end);
  return a;
}

// The nearest cue or marker before the opening mark, in the same sentence, outside quotes.
Attribution Before(const Scan& scan, const LangLexicon& lex, size_t open, size_t begin) {
  const auto& toks = scan.toks;
  size_t naming = toks.size();  // the naming verb nearest the quote, if any
  // An aside between dashes holds no cue of the quote: "John Bercow commented on the matter —
  // which the BBC noted as an unusual move — « ... »", "said — as reported by X — « ... »".
  size_t aside_first = open, aside_last = open;
  for (size_t k = open; k-- > begin;) {
    if (toks[k].inside || toks[k].kind != QKind::kPunct || toks[k].lower != "—") continue;
    if (aside_last == open) {
      aside_last = k;
    } else {
      aside_first = k;
      break;
    }
  }
  if (aside_first == open) aside_last = open;
  for (size_t k = open; k-- > begin;) {
    if (k > aside_first && k < aside_last) continue;
    if (toks[k].inside || toks[k].kind != QKind::kWord) continue;
    // "criticized the decision, which Ross has referred to as « ... »": a clause boundary
    // between the naming verb and an earlier cue leaves the quote to the naming verb.
    if (naming < toks.size() && toks[k].Has(Cat::kBoundary)) break;
    const size_t n = MarkerAt(scan, lex, k);
    if (n > 0) return MarkerFirst(scan, lex, k, open);
    if (k == begin || toks[k - 1].lower == "," || toks[k - 1].Has(Cat::kBoundary)) {
      if (Attribution a = WeakMarker(scan, lex, k, open); a.found) return a;  // "Pour X, «"
    }
    // "Cengiz called Mohammad's admission a "political maneuver."", "calling it "null and
    // void"": a naming verb, its object, then the quote close after it.
    // A real cue before it in the sentence wins ("Kyriakos Mitsotakis speaking to the Atlantic
    // Council think tank called the border agreement « ... »").
    // The object is more than a determiner ("a pattern called a « glider »" names nothing).
    if (!IsCue(lex, toks[k]) && toks[k].Has(Cat::kNameVerb) && open - k <= kNearCue &&
        naming == toks.size() && !IsInfinitive(scan, k, begin) && !IsNounUse(scan, k, begin)) {
      for (size_t o = k + 1; o < open; ++o) {
        if (toks[o].kind == QKind::kWord && !toks[o].Has(Cat::kDet)) naming = k;
      }
    }
    if (!IsCue(lex, toks[k]) || IsInfinitive(scan, k, begin)) continue;
    if (IsParticiple(toks[k])) {  // "X a réagi en affirmant que «", "X said, adding: ""
      SpeakerMention quoted = QuotedAs(scan, lex, k, begin);
      if (quoted.kind != MentionKind::kNone) return Attribution{true, k, k + 1, quoted};
      return Attribution{true, k, k + 1, SentenceSubject(scan, lex, begin, k)};
    }
    if (k > begin && toks[k - 1].Has(Cat::kPassive)) {  // "was described as «...» by the police"
      for (size_t b = k + 1; b < SentenceEnd(scan, open); ++b) {
        if (toks[b].inside || (toks[b].lower != "by" && toks[b].lower != "par")) continue;
        const SpeakerMention agent = SpeakerAfter(scan, lex, b, SentenceEnd(scan, open));
        if (agent.kind != MentionKind::kNone) return Attribution{true, k, k + 1, agent};
      }
    }
    Attribution a{true, k, k + 1, SpeakerBefore(scan, lex, k, begin)};
    if (a.speaker.kind == MentionKind::kNone) a.speaker = SuffixPronoun(scan, lex, k);
    // "told the press ...": the object of "told" is who hears, not who speaks.
    if (a.speaker.kind == MentionKind::kNone && !toks[k].Has(Cat::kObjectVerb)) {
      a.speaker = SpeakerAfter(scan, lex, k, open);
    }
    return a;
  }
  if (naming < toks.size()) {
    const bool participle = IsParticiple(toks[naming]);  // "Calling it a « ... » the archbishop"
    return Attribution{true, naming, naming + 1,
                       participle ? SentenceSubject(scan, lex, begin, naming)
                                  : SpeakerBefore(scan, lex, naming, begin)};
  }
  return {};
}

// ", a déclaré X" or ", selon X" later in the sentence.
Attribution Later(const Scan& scan, const LangLexicon& lex, size_t from, size_t end) {
  for (size_t k = from; k + 1 < end; ++k) {
    if (scan.toks[k].inside || !IsPunctTok(scan.toks[k], ',')) continue;
    Attribution a = CueFirst(scan, lex, k + 1, end);
    if (!a.found) a = MarkerFirst(scan, lex, k + 1, end);
    if (a.found) return a;
  }
  return {};
}

// "Pastor l'avait écrit sur Twitter : «", "Le négociateur a appelé à ... : «": with no cue,
// the subject of the clause before the colon speaks. A lone capitalized first word that no
// verb follows ("Bien qu'il ...") is no subject.
Attribution ColonSubject(const Scan& scan, const LangLexicon& lex, size_t begin, size_t colon) {
  const auto& toks = scan.toks;
  size_t from = begin;
  if (const size_t n = SkipPhraseAt(scan, lex, from); n > 0) from += n;
  while (from < colon && IsPunctTok(toks[from], ',')) ++from;
  SpeakerMention s = SentenceSubject(scan, lex, from, colon);
  // "Donald Trump took a parting shot on Twitter: "...": the name before the colon is no
  // subject; the phrase opening the clause is.
  // « Pour construire ce code, le graphiste s'est basé sur ... : »: a fronted phrase and its
  // comma come before the subject.
  const bool fronted = s.kind != MentionKind::kNone && s.first > from + 1 &&
                       IsPunctTok(toks[s.first - 1], ',') && !toks[s.first - 1].inside;
  if (fronted) {
    from = s.first;
  } else if (s.kind == MentionKind::kNone || s.first != from) {
    s = SubjectAfter(scan, lex, from, colon);
  }
  if (s.kind == MentionKind::kNone || s.first < from) return {};
  for (size_t k = from; k < s.first; ++k) {  // "Former CIA deputy director Michael Morell"
    if (toks[k].kind != QKind::kWord || !(toks[k].cap || toks[k].Has(Cat::kTitle))) return {};
  }
  if (s.last >= colon || toks[s.last].kind != QKind::kWord) return {};
  const QTok& next = toks[s.last];
  const bool reflexive = next.lower == "s'" || next.lower == "se";  // "le graphiste s'est basé"
  const bool verb_next = reflexive || next.Has(Cat::kClitic) || next.Has(Cat::kAux) || next.Has(Cat::kVerbal) ||
                         (!next.cap && !next.Has(Cat::kThat) && !next.Has(Cat::kBoundary) &&
                          !next.Has(Cat::kDet) && !next.Has(Cat::kNpStop));
  if (s.kind == MentionKind::kName && !verb_next) return {};  // "Indépendant depuis 2007, ..." 
  if (s.kind == MentionKind::kPhrase && !reflexive && !next.Has(Cat::kAux) &&
      !next.Has(Cat::kClitic) && !next.Has(Cat::kVerbal)) {
    return {};  // a phrase then a verb: "le négociateur palestinien a appelé"
  }
  return Attribution{false, 0, 0, s};  // a speaker, no cue
}

size_t CountWords(const Scan& scan, size_t open, size_t close, size_t* capitalized) {
  size_t words = 0;
  *capitalized = 0;
  for (size_t k = open + 1; k < close; ++k) {
    if (scan.toks[k].kind != QKind::kWord) continue;
    ++words;
    if (scan.toks[k].cap) ++*capitalized;
  }
  return words;
}

// True when only "et"/"and" (or a comma) separate the close mark `close` from `open`.
bool Coordinated(const Scan& scan, size_t close, size_t open) {
  // "gamesmanship" and a "stunt": one determiner may follow the conjunction.
  const size_t last = open > close + 2 && scan.toks[open - 1].Has(Cat::kDet) ? open - 1 : open;
  if (last <= close + 1 || last > close + 3) return false;
  for (size_t k = close + 1; k < last; ++k) {
    const std::string_view w = scan.toks[k].lower;
    if (w != "et" && w != "and" && w != "," && w != "or" && w != "ou") return false;
  }
  return true;
}

// True when the cue at `cue` opens a reported clause ("that"/"que" or an English bare verb)
// that runs, without another quotation mark, to the mark at `open`.
bool ReportsClause(const Scan& scan, const LangLexicon& lex, size_t cue, size_t open) {
  const auto& toks = scan.toks;
  const bool bare = lex.bare.count(toks[cue].lower) > 0;
  bool that = false;
  for (size_t k = cue + 1; k < open; ++k) {
    if (toks[k].kind == QKind::kMark || toks[k].inside) return false;
    if (toks[k].kind == QKind::kPunct && toks[k].lower != ",") return false;
    if (toks[k].kind == QKind::kWord && toks[k].Has(Cat::kThat) && k <= cue + 3) that = true;
  }
  return that || bare;
}

// True when the cue sits right before the quote: "X a déclaré : «", "X said, "", "que «".
bool Adjacent(const Scan& scan, size_t cue_last, size_t open) {
  if (open <= cue_last + 1) return true;
  const QTok& prev = scan.toks[open - 1];
  const bool lead = IsPunctTok(prev, ':') || IsPunctTok(prev, ',') ||
                    (prev.kind == QKind::kWord && prev.Has(Cat::kThat));
  return lead && open - cue_last <= 6;
}

Candidate Make(const Scan& scan, const LangLexicon& lex, const MarkPair& p, const Attribution& a) {
  const auto& toks = scan.toks;
  size_t last = p.close;
  while (last > p.open + 1 && IsPunctTok(toks[last - 1], ',')) --last;
  Candidate c;
  c.text = Span{toks[p.open].span.end, toks[last - 1].span.end};
  while (c.text.start < c.text.end && scan.lower[c.text.start] == ' ') ++c.text.start;
  if (a.found) {
    c.cue = a.cue_first;
    c.cue_span = CueSpan(scan, lex, a.cue_first, a.cue_last);
  }
  c.speaker = a.speaker;
  c.inherit = a.speaker.kind == MentionKind::kNone;
  return c;
}

std::optional<Candidate> Attribute(const Scan& scan, const LangLexicon& lex, const MarkPair& p) {
  const auto& toks = scan.toks;
  size_t capitalized = 0;
  const size_t words = CountWords(scan, p.open, p.close, &capitalized);
  if (words == 0) return std::nullopt;
  const bool title_like = words < 12 && capitalized * 10 >= words * 6;
  const size_t begin = SentenceBegin(scan, p.open);
  const size_t end = p.close < toks.size() ? SentenceEnd(scan, p.close) : toks.size();
  if (p.close < toks.size() && toks[p.close].kind == QKind::kMark) {
    Attribution a = After(scan, lex, p.close + 1, end);
    if (a.found && MarkerAt(scan, lex, a.cue_first) > 0 && !title_like) {
      // "Pelosi called Trump's conduct a « breach ... », according to NBC": the words are
      // those of the cue right before them; the medium reports the sentence.
      const Attribution near = Before(scan, lex, p.open, begin);
      if (near.found && near.speaker.kind != MentionKind::kNone && near.cue_last <= p.open &&
          p.open - near.cue_last <= kNearCue && MarkerAt(scan, lex, near.cue_first) == 0) {
        return Make(scan, lex, p, near);
      }
    }
    if (a.found) return Make(scan, lex, p, a);
  }
  if (title_like) return std::nullopt;
  Attribution a = Before(scan, lex, p.open, begin);
  if (a.found && a.speaker.kind == MentionKind::kNone && IsParticiple(toks[a.cue_first]) &&
      p.close < end) {
    a.speaker = SubjectAfter(scan, lex, p.close + 1, end);  // "Estimant que « ... », il vota"
  }
  const bool near = a.found && a.cue_last <= p.open && p.open - a.cue_last <= kNearCue;
  // 'said a compulsory introduction of face coverings could be "inevitable"': a lower-case
  // partial quote inside the clause a say-verb reports is that speaker's words.
  const bool reported = a.found && a.cue_last <= p.open && IsCue(lex, toks[a.cue_first]) &&
                        a.speaker.kind != MentionKind::kNone && p.open + 1 < toks.size() &&
                        toks[p.open + 1].kind == QKind::kWord && !toks[p.open + 1].cap &&
                        ReportsClause(scan, lex, a.cue_first, p.open);
  if (a.found && (words >= kMinPartialWords || Adjacent(scan, a.cue_last, p.open) ||
                  near || reported)) {
    return Make(scan, lex, p, a);
  }
  if (p.close < toks.size() && toks[p.close].kind == QKind::kMark) {
    a = Later(scan, lex, p.close + 1, end);
    if (a.found && words >= kMinPartialWords) return Make(scan, lex, p, a);
  }
  const bool after_colon = p.open > begin && IsPunctTok(toks[p.open - 1], ':');
  const bool starts_sentence = p.open == begin || after_colon;
  if (words >= kMinUncuedWords && starts_sentence) {
    Attribution colon;
    if (after_colon) colon = ColonSubject(scan, lex, begin, p.open - 1);  // "X : « ... »"
    return Make(scan, lex, p, colon);
  }
  return std::nullopt;
}

// « Moi, dit-il, j'ai ... » / "Terrorists seek ...," said Khan, "here in London ...": the quote
// goes on after its inverted cue, so the two quoted spans are one quote.
bool Resumes(const Scan& scan, const MarkPair& p, const Candidate& c, const MarkPair& next) {
  const auto& toks = scan.toks;
  if (!c.cue || *c.cue <= p.close || next.close >= toks.size() ||
      toks[next.close].kind != QKind::kMark) {
    return false;
  }
  size_t after = *c.cue + 1;
  if (c.speaker.kind != MentionKind::kNone) after = std::max(after, c.speaker.last);
  // '," wrote Trump on Twitter, "and ...': a short phrase may follow the inverted cue.
  for (size_t k = after; k < next.open && k < after + kMaxResumeTail; ++k) {
    if (IsPunctTok(toks[k], ',')) {
      after = k;
      break;
    }
    if (toks[k].kind != QKind::kWord) break;
  }
  const bool goes_on = toks[next.open + 1].kind == QKind::kWord && !toks[next.open + 1].cap;
  // '"We stand ready" tweeted Johnson "to provide ...': no comma, but the first part ends on
  // a word and the second goes on in lower case right after the speaker.
  if (after == next.open && *c.cue == p.close + 1 && p.close > p.open + 1 &&
      toks[p.close - 1].kind == QKind::kWord) {
    return goes_on;
  }
  return after + 1 == next.open && IsPunctTok(toks[after], ',') && goes_on;
}

}  // namespace

std::vector<Candidate> FindDirect(const Scan& scan, const LangLexicon& lex) {
  std::vector<Candidate> out;
  std::optional<size_t> partial_close;  // close mark of the last partial quote accepted
  for (size_t i = 0; i < scan.pairs.size(); ++i) {
    const MarkPair& p = scan.pairs[i];
    std::optional<Candidate> c = Attribute(scan, lex, p);
    if (!c && partial_close && Coordinated(scan, *partial_close, p.open) && !out.empty()) {
      c = Make(scan, lex, p, Attribution{});  // « null and void » and « ridiculous »
      c->cue = out.back().cue;
      c->cue_span = out.back().cue_span;
      c->speaker = out.back().speaker;
      c->inherit = out.back().inherit;
    }
    partial_close.reset();
    if (!c) continue;
    if (i + 1 < scan.pairs.size() && Resumes(scan, p, *c, scan.pairs[i + 1])) {
      const MarkPair& next = scan.pairs[++i];
      size_t last = next.close;
      while (last > next.open + 1 && IsPunctTok(scan.toks[last - 1], ',')) --last;
      c->text.end = scan.toks[last - 1].span.end;
    } else if (c->cue && p.close < scan.toks.size()) {
      partial_close = p.close;
    }
    out.push_back(std::move(*c));
  }
  return out;
}

}  // namespace sitrep::recognize::quotes
