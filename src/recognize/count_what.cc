// count_what: subsets, what happened, single victims (see count_what.h).
#include "recognize/count_what.h"

#include <algorithm>
#include <cstddef>
#include <limits>
#include <string>

namespace sitrep::recognize {
namespace {

constexpr size_t kForwardWindow = 15;
constexpr size_t kBackwardWindow = 10;
constexpr size_t kSingleForward = 8;
constexpr size_t kSingleBackward = 5;
constexpr size_t kSubsetWindow = 8;
constexpr size_t kObjectGap = 6;
constexpr size_t kAppositionWindow = 12;
constexpr size_t kNone = std::numeric_limits<size_t>::max();

struct CueHit {
  const Cue* cue = nullptr;
  size_t dist = kNone;
};

bool Partitive(const CountCandidate& c) { return c.group != nullptr && c.group->partitive; }

bool IsPunct(const WordToken& t, std::string_view p) {
  return t.kind == WordKind::kPunct && t.lower == p;
}

bool StopsClause(const SentenceScope& s, size_t pos, size_t end) {
  return IsPunct(s.tokens[pos], ";") || s.lex.Role(WordRole::kBreak, s.tokens, pos, end) > 0;
}

// Tokens [begin, end) hold only commas and "et"/"and"/"or": a list.
bool OnlyListGlue(const SentenceScope& s, size_t begin, size_t end) {
  for (size_t j = begin; j < end; ++j) {
    const std::string_view w = s.tokens[j].lower;
    if (w != "," && w != "et" && w != "and" && w != "or" && w != "ou") return false;
  }
  return true;
}

// Tokens [begin, end) end with "and"/"et" (or a comma before it) and hold no clause break.
bool JoinedByAnd(const SentenceScope& s, size_t begin, size_t end) {
  if (end <= begin || end - begin > kObjectGap) return false;
  for (size_t j = begin; j < end; ++j) {
    if (StopsClause(s, j, end)) return false;
  }
  const std::string_view w = s.tokens[end - 1].lower;
  return w == "and" || w == "et";
}

bool Main(const CountCandidate& c) { return c.parent < 0 || Partitive(c); }

// Index of the first of the sorted candidates [0, n) that begins at or after `pos`.
size_t FirstFrom(const std::vector<CountCandidate>& cands, size_t n, size_t pos) {
  auto it = std::lower_bound(cands.begin(), cands.begin() + static_cast<std::ptrdiff_t>(n), pos,
                             [](const CountCandidate& c, size_t p) { return c.begin < p; });
  return static_cast<size_t>(it - cands.begin());
}

// The search window of a count: from the end of the previous main count to the start of the
// next one (subsets are inside their parent's clause). Candidates [0, n) are sorted.
void Limits(const SentenceScope& s, const std::vector<CountCandidate>& cands, size_t n,
            size_t begin, size_t end, size_t* lo, size_t* hi) {
  *lo = s.s_begin;
  *hi = s.s_end;
  for (size_t m = FirstFrom(cands, n, end); m < n; ++m) {
    if (Main(cands[m])) {
      *hi = cands[m].begin;
      break;
    }
  }
  for (size_t m = FirstFrom(cands, n, begin); m-- > 0;) {
    if (Main(cands[m]) && cands[m].end <= begin) {
      *lo = std::max(*lo, cands[m].end);
      break;
    }
  }
}

// A participle says what happened to the count before it only right after it ("88 civils
// tués"), after an auxiliary ("were killed"), when agreed ("tués") or intransitive ("died").
bool SaysOfSubject(const SentenceScope& s, const Cue& cue, size_t at, size_t steps, bool strict) {
  if (cue.intransitive || (at > 0 && s.lex.Role(WordRole::kAux, s.tokens, at - 1, at) > 0)) {
    return true;
  }
  if (strict) return cue.number == 's';
  return steps == 0 || cue.number != '-';
}

CueHit Forward(const SentenceScope& s, const std::vector<CountCandidate>& cands, size_t n,
               size_t from, size_t hi, size_t window, bool strict) {
  size_t steps = 0;
  // A relative clause right after the count says what the people did before what happened to
  // them: « Vingt-cinq étudiants, qui manifestaient contre la réforme, ont été arrêtés ». Its
  // `other` cue is kept only when no other cue follows.
  bool relative = false;
  CueHit fallback;
  for (size_t j = from; j < hi && steps < window;) {
    if (steps <= 1 && s.lex.Role(WordRole::kRelative, s.tokens, j, hi) == 1) relative = true;
    const size_t m = FirstFrom(cands, n, j);
    if (m < n && cands[m].begin == j && !Main(cands[m])) {
      j = cands[m].end;  // over a subset: "88 civils, dont 21 enfants, ont été tués"
      continue;
    }
    if (StopsClause(s, j, hi)) break;
    int idx = 0;
    if (s.lex.cues.Match(s.tokens, j, hi, &idx) > 0) {
      const Cue& cue = s.lex.cue_list[static_cast<size_t>(idx)];
      if (relative && cue.what == "other" && fallback.cue == nullptr) {
        fallback = CueHit{&cue, steps};  // the relative's verb: "qui manifestaient"
        ++j;
        ++steps;
        continue;
      }
      if (!SaysOfSubject(s, cue, j, steps, strict)) break;
      return CueHit{&cue, steps};
    }
    ++j;
    ++steps;
  }
  return fallback;
}

// `single`: a toll word is no cue (a toll counts many; « le bilan du président » is his record).
CueHit Backward(const SentenceScope& s, size_t before, size_t lo, size_t window,
                bool single = false) {
  size_t steps = 0;
  for (size_t j = before; j > lo && steps < window; ++steps) {
    --j;
    // A cue before the word that opens the count's clause is the main clause's: "The two
    // parents were arrested ... after one of their daughters, aged 17, escaped".
    if (StopsClause(s, j, before) ||
        s.lex.Role(WordRole::kSubordinator, s.tokens, j, before) > 0) {
      break;
    }
    int idx = 0;
    if (s.lex.cues.Match(s.tokens, j, before, &idx) == 0) continue;
    if (single && s.lex.Role(WordRole::kToll, s.tokens, j, before) > 0) continue;
    // A longer phrase that ends with this one: "fatally shot a man" is no injury.
    for (size_t k = 1; k <= 2 && j >= lo + k; ++k) {
      int longer = 0;
      if (s.lex.cues.Match(s.tokens, j - k, before, &longer) > static_cast<int>(k)) idx = longer;
    }
    return CueHit{&s.lex.cue_list[static_cast<size_t>(idx)], steps};
  }
  return CueHit{};
}

// A cue noun that governs the count through "of"/"de": "the deaths of five people", « la mort
// de trois soldats », "the evacuation of all 300 residents". A toll governs no single person: «
// le mauvais bilan économique du président » is his record.
const Cue* GoverningCue(const SentenceScope& s, size_t begin, size_t lo, bool single) {
  size_t j = begin;
  if (j > lo && (s.lex.Role(WordRole::kDet, s.tokens, j - 1, j) == 1 ||
                 s.lex.Role(WordRole::kAux, s.tokens, j - 1, j) == 1)) {
    --j;  // "of the", "of all"
  }
  size_t of = j;
  for (size_t len = 1; len <= 2 && len <= j - lo; ++len) {
    if (s.lex.Role(WordRole::kOf, s.tokens, j - len, j) == static_cast<int>(len)) of = j - len;
  }
  if (of == j) return nullptr;
  int idx = 0;  // a cue that ends with "of" itself: "the body of a man"
  if (of > lo && s.lex.cues.Match(s.tokens, of - 1, j, &idx) == static_cast<int>(j - of + 1)) {
    return &s.lex.cue_list[static_cast<size_t>(idx)];
  }
  const CueHit hit = Backward(s, of, lo, 2, single);
  return hit.cue;
}

// A death toll shortly before the count: "the death toll rose from five people to six".
bool TollBefore(const SentenceScope& s, size_t begin, size_t lo) {
  for (size_t j = begin; j > lo && begin - j < kTollWindow; --j) {
    if (s.tokens[j - 1].kind == WordKind::kNumber || StopsClause(s, j - 1, begin)) return false;
    if (s.lex.Role(WordRole::kToll, s.tokens, j - 1, begin) > 0) return true;
  }
  return false;
}

// The count at `begin` is the agent of a passive verb: "killed by three gunmen", « tué par un
// policier », "stabbed by another inmate" (an article or modifier may stand between).
bool AfterAgentWord(const SentenceScope& s, size_t begin) {
  size_t j = begin;
  if (j > s.s_begin && (s.lex.Role(WordRole::kDet, s.tokens, j - 1, j) == 1 ||
                        s.lex.Role(WordRole::kPossessive, s.tokens, j - 1, j) == 1)) {
    --j;  // "by his son Abhijit Mukherjee"
  }
  if (j > s.s_begin && s.lex.Role(WordRole::kModifier, s.tokens, j - 1, j) == 1) --j;
  return j > s.s_begin && s.lex.Role(WordRole::kAgent, s.tokens, j - 1, j) == 1;
}

// Nearest cue; a subject (auxiliary after it) looks forward only, the complement of a
// preposition backward only.
const Cue* FindCue(const SentenceScope& s, const std::vector<CountCandidate>& cands, size_t n,
                   size_t begin, size_t end, bool subject, bool single, bool complement = false) {
  size_t lo = 0, hi = 0;
  Limits(s, cands, n, begin, end, &lo, &hi);
  const Cue* governing = GoverningCue(s, begin, lo, single);
  if (governing != nullptr) return governing;
  const CueHit fwd =
      complement ? CueHit{}
                 : Forward(s, cands, n, end, hi, single ? kSingleForward : kForwardWindow, single);
  if (subject) return fwd.cue;
  const CueHit back = Backward(s, begin, lo, single ? kSingleBackward : kBackwardWindow, single);
  if (fwd.cue != nullptr && fwd.dist <= back.dist) return fwd.cue;
  return back.cue;
}

bool HasSubsetWord(const SentenceScope& s, size_t lo, size_t begin) {
  const size_t from = begin > lo + kSubsetWindow ? begin - kSubsetWindow : lo;
  for (size_t j = from; j < begin; ++j) {
    if (s.lex.Role(WordRole::kSubset, s.tokens, j, begin) > 0) return true;
  }
  return false;
}

// The count a single victim at `begin` is part of ("including a 92-year-old woman"), or -1.
int SubsetParent(const SentenceScope& s, const std::vector<CountCandidate>& cands, size_t n_main,
                 size_t begin) {
  size_t lo = 0, hi = 0;
  Limits(s, cands, n_main, begin, begin, &lo, &hi);
  if (lo == s.s_begin || !HasSubsetWord(s, lo, begin)) return -1;
  const size_t k = FirstFrom(cands, n_main, begin);
  if (k == 0) return -1;
  const CountCandidate& prev = cands[k - 1];
  return prev.parent >= 0 ? prev.parent : static_cast<int>(k - 1);
}

}  // namespace

// The counts from `first` on, listed right after a comma, that add up to the count before them:
// its breakdown ("20 bodies had been recovered, eleven women and nine men"). Returns how many.
size_t Breakdown(const SentenceScope& s, const std::vector<CountCandidate>& cs, size_t first) {
  const CountCandidate& whole = cs[first - 1];
  const size_t gap_begin = whole.end;
  const size_t gap_end = cs[first].begin;
  if (whole.parent >= 0 || gap_end <= gap_begin || gap_end - gap_begin > kObjectGap ||
      (s.tokens[gap_end - 1].lower != "," && s.tokens[gap_end - 1].lower != ":")) {
    return 0;
  }
  for (size_t j = gap_begin; j < gap_end; ++j) {
    if (StopsClause(s, j, gap_end)) return 0;
  }
  int64_t sum = 0;
  for (size_t k = first; k < cs.size(); ++k) {
    const CountCandidate& c = cs[k];
    if (c.group == nullptr || c.implicit || c.group->who.empty() || c.parent >= 0 ||
        (k > first && !OnlyListGlue(s, cs[k - 1].end, c.begin))) {
      return 0;
    }
    sum += c.value;
    if (sum == whole.value && c.qualifier == "exact") return k > first ? k - first + 1 : 0;
    if (sum > whole.value) return 0;
  }
  return 0;
}

void LinkSubsets(const SentenceScope& s, std::vector<CountCandidate>* cands) {
  for (size_t i = 1; i < cands->size(); ++i) {
    const size_t n = Breakdown(s, *cands, i);
    for (size_t k = i; k < i + n; ++k) (*cands)[k].parent = static_cast<int>(i - 1);
  }
  for (size_t i = 1; i < cands->size(); ++i) {
    CountCandidate& c = (*cands)[i];
    const CountCandidate& prev = (*cands)[i - 1];
    const int prev_main = prev.parent >= 0 ? prev.parent : static_cast<int>(i - 1);
    if (HasSubsetWord(s, prev.end, c.begin) || Partitive(c)) {
      c.parent = prev_main;
    } else if (prev.parent >= 0 && OnlyListGlue(s, prev.end, c.begin)) {
      c.parent = prev.parent;
    }
  }
}

namespace {

// « Sur les 40 passagers, 12 ont été blessés », "Of the 40 passengers, 12 were injured": a count
// that opens the sentence after a `whole` word, right before a comma and the next count, is the
// whole that count is a part of.
bool OpensWhole(const SentenceScope& s, const CountCandidate& c, const CountCandidate& next) {
  if (c.begin == s.s_begin || c.end >= s.s_end || !IsPunct(s.tokens[c.end], ",") ||
      next.begin != c.end + 1 || c.group == nullptr || c.group->who.empty()) {
    return false;
  }
  return s.lex.Role(WordRole::kWhole, s.tokens, s.s_begin, c.begin) ==
         static_cast<int>(c.begin - s.s_begin);
}

}  // namespace

void ResolveWhat(const SentenceScope& s, std::vector<CountCandidate>* cands) {
  std::vector<CountCandidate>& cs = *cands;
  std::vector<bool> uncued(cs.size(), false);
  std::vector<bool> whole(cs.size(), false);
  for (size_t i = 0; i < cs.size(); ++i) whole[i] = cs[i].whole;
  for (size_t i = 0; i + 1 < cs.size(); ++i) {
    if (!OpensWhole(s, cs[i], cs[i + 1])) continue;
    whole[i] = true;
    if (!cs[i + 1].who && (cs[i + 1].implicit || cs[i + 1].group == nullptr)) {
      cs[i + 1].who = cs[i].who;  // « 12 » of the 40 passengers are passengers
    }
  }
  for (size_t i = 0; i < cs.size(); ++i) {
    CountCandidate& c = cs[i];
    if ((c.parent >= 0 && !Partitive(c)) || c.implicit) continue;
    const Group* g = c.group;
    if (g != nullptr && g->who.empty() && !g->inherit && !g->transparent && !g->what.empty()) {
      c.what = g->what;  // an outcome noun: "88 morts", "two of the 17 dead"
      continue;
    }
    if (!c.outcome.empty()) {
      c.what = c.outcome;
      continue;
    }
    if (whole[i]) continue;  // the whole shares no cue of its part
    if (AfterAgentWord(s, c.begin)) continue;  // the agent: nothing happened to them
    const Cue* cue = FindCue(s, cs, cs.size(), c.begin, c.end, c.subject, false);
    if (cue != nullptr) {
      c.what = cue->what;
    } else if (g != nullptr && !g->what.empty()) {
      c.what = g->what;
    } else if (TollBefore(s, c.begin, s.s_begin)) {
      c.what = "killed";
    } else {
      uncued[i] = true;
      c.uncued = true;
    }
  }
  // The objects of one verb share it: "killed five children in a church bus and two truck
  // drivers", "the confirmed deaths are fourteen civilians, five Armed Forces personnel" (the
  // earlier count is no subject, the later found no cue of its own).
  for (size_t i = 1; i < cs.size(); ++i) {
    const CountCandidate& prev = cs[i - 1];
    if (uncued[i] && cs[i].parent < 0 && prev.parent < 0 && !prev.subject && !cs[i].subject &&
        prev.what != "other" && !prev.implicit &&
        (JoinedByAnd(s, prev.end, cs[i].begin) || OnlyListGlue(s, prev.end, cs[i].begin))) {
      cs[i].what = prev.what;
    }
  }
  // Gapping: « Au moins 13 civils ont péri dans la Ghouta, (...) et 15 autres dans deux quartiers
  // d'Alep »: others with no verb of their own share the outcome of the count before them.
  for (size_t i = 1; i < cs.size(); ++i) {
    const CountCandidate& prev = cs[i - 1];
    if (uncued[i] && cs[i].parent < 0 && cs[i].group != nullptr && cs[i].group->inherit &&
        prev.parent < 0 && prev.what != "other" && !whole[i - 1]) {
      cs[i].what = prev.what;
    }
  }
  // A list shares the cue of its last member: "150 soldiers, 95 civilians and 20 rebels killed".
  for (size_t i = cs.size(); i-- > 1;) {
    CountCandidate& c = cs[i - 1];
    if (c.parent < 0 && cs[i].parent < 0 && c.what == "other" && !c.implicit && !whole[i - 1] &&
        OnlyListGlue(s, c.end, cs[i].begin)) {
      c.what = cs[i].what;
    }
  }
  for (size_t i = 0; i < cs.size(); ++i) {
    CountCandidate& c = cs[i];
    if (c.same_as >= 0) c.what = cs[static_cast<size_t>(c.same_as)].what;
    if (c.parent >= 0 && (!Partitive(c) || c.what == "other")) {
      c.what = cs[static_cast<size_t>(c.parent)].what;
      if (c.implicit && !c.who) c.who = cs[static_cast<size_t>(c.parent)].who;  // « dont deux »
    }
    if (c.group == nullptr || !c.group->inherit) continue;
    if (i > 0) {
      c.who = cs[i - 1].who;
    } else {
      c.needs_cue = true;  // "10 autres" with nothing before: others of what?
    }
  }
}

namespace {

// A name word: capitalized, not joined to the word before it.
bool NameWord(const WordToken& t) { return t.kind == WordKind::kWord && t.capital && !t.glued; }

// A participle used as an adjective right after an article: "A rescued woman died" (not the
// verb before a title: "killed Abu Dhabi TV photojournalist Ziad al-Sharabi").
bool AdjectivalCue(const SentenceScope& s, size_t pos) {
  const WordToken& t = s.tokens[pos];
  if (t.kind != WordKind::kWord || t.capital || pos == s.s_begin ||
      s.lex.Role(WordRole::kDet, s.tokens, pos - 1, pos) != 1) {
    return false;
  }
  int idx = 0;
  if (s.lex.cues.Match(s.tokens, pos, pos + 1, &idx) != 1) return false;
  return !s.lex.cue_list[static_cast<size_t>(idx)].intransitive;
}

// A singular outcome noun after the article "un"/"une" at `pos`: « un mort », « un blessé ».
bool OneOutcome(const SentenceScope& s, const Group& g, size_t pos) {
  if (!g.who.empty() || g.what.empty() || g.plural || g.inherit || g.transparent ||
      pos == s.s_begin) {
    return false;
  }
  int idx = 0;
  if (s.lex.number_phrases.Match(s.tokens, pos - 1, pos, &idx) != 1) return false;
  // « L'explosion a blessé dix personnes »: « a » and the participle are a verb of the cue list,
  // not the article "a" of "a fatality".
  int verb = 0;
  if (s.lex.cues.Match(s.tokens, pos - 1, s.s_end, &verb) > 1) return false;
  const NumberWord& w = s.lex.number_list[static_cast<size_t>(idx)];
  return w.value == 1 && (w.kinds & kNumArticle) != 0;
}

// The cue noun owned by a single victim, after the possessive at `pos`: "a West Virginia
// woman's death" (killed), "the suspect's arrest"; else nullptr.
const Cue* PossessedCue(const SentenceScope& s, size_t pos) {
  const std::string_view p = s.tokens[pos].lower;
  if ((p != "'s" && p != "’s") || pos + 1 >= s.s_end) return nullptr;
  int idx = 0;
  if (s.lex.cues.Match(s.tokens, pos + 1, s.s_end, &idx) == 0) return nullptr;
  const Cue& cue = s.lex.cue_list[static_cast<size_t>(idx)];
  return cue.what == "other" || cue.what == "none" ? nullptr : &cue;
}

// After a name at `pos`, past an age set off by commas (", 49,", « , 32 ans, », ", age 22,",
// « , âgé de 32 ans, »), else `pos`.
size_t AfterAge(const SentenceScope& s, size_t pos) {
  if (pos + 2 >= s.s_end || !IsPunct(s.tokens[pos], ",")) return pos;
  const size_t num = pos + 1 + static_cast<size_t>(s.lex.Role(WordRole::kAge, s.tokens, pos + 1,
                                                              s.s_end));
  if (num + 1 >= s.s_end || s.tokens[num].kind != WordKind::kNumber) return pos;
  for (size_t j = num + 1; j < s.s_end && j <= num + 2; ++j) {
    if (IsPunct(s.tokens[j], ",")) return j + 1;
    if (s.tokens[j].kind != WordKind::kWord) break;
  }
  return pos;
}

// A noun of people set off by commas after a name is said of that name: "Nikoloz Basilashvili, a
// Georgian tennis player with current world ranking number 27, was arrested". Returns where what
// happened to the name is searched (after the closing comma), else `end`. An apposition says
// nothing happened: "In Belem, Para, a woman was shot to death ..., who then fled" is none.
size_t AfterApposition(const SentenceScope& s, size_t begin, size_t end) {
  if (begin < s.s_begin + 2 || !IsPunct(s.tokens[begin - 1], ",") ||
      !NameWord(s.tokens[begin - 2])) {
    return end;
  }
  for (size_t j = end; j < s.s_end && j < end + kAppositionWindow; ++j) {
    int idx = 0;
    if (StopsClause(s, j, s.s_end) || s.tokens[j].lower == "(" ||
        s.lex.cues.Match(s.tokens, j, s.s_end, &idx) > 0) {
      return end;
    }
    if (IsPunct(s.tokens[j], ",")) return j + 1;
  }
  return end;
}

// A person named before with a title, alone at `pos` and followed by what happened to them
// ("Li died"): one of the title's group.
bool NamedAgain(const SentenceScope& s, size_t pos, const SinglesMemo& memo, CountCandidate* c) {
  if (memo.names.empty() || !NameWord(s.tokens[pos])) return false;
  const auto it = memo.names.find(s.tokens[pos].lower);
  if (it == memo.names.end()) return false;
  size_t end = pos + 1;
  while (end < s.s_end && NameWord(s.tokens[end]) && memo.names.contains(s.tokens[end].lower)) {
    ++end;
  }
  if (end < s.s_end && s.tokens[end].glued) return false;  // "Li's death"
  const size_t cue_at = end + static_cast<size_t>(s.lex.Role(WordRole::kAux, s.tokens, end,
                                                              s.s_end));
  int idx = 0;
  if (cue_at >= s.s_end || s.lex.cues.Match(s.tokens, cue_at, s.s_end, &idx) == 0) return false;
  const Cue& cue = s.lex.cue_list[static_cast<size_t>(idx)];
  if (!SaysOfSubject(s, cue, cue_at, 0, true)) return false;
  c->begin = pos;
  c->end = end;
  c->value = 1;
  c->who = it->second;
  c->single = true;
  c->what = cue.what;
  return true;
}

// What the subject at [.., end) undergoes right after it, past auxiliaries: an intransitive
// verb or a passive ("died", "was arrested"), death, arrest or disappearance only; else nullptr.
const Cue* UndergoesNext(const SentenceScope& s, size_t end) {
  size_t at = end;
  bool passive = false;
  int idx = 0;
  for (int aux = 0, len; aux < CountLexicon::kMaxAux &&
                         (len = s.lex.Role(WordRole::kAux, s.tokens, at, s.s_end)) > 0;
       ++aux) {
    // A cue that starts with an auxiliary is read whole: « s'est éteint », « s'est suicidé ».
    if (s.lex.cues.Match(s.tokens, at, s.s_end, &idx) > len) break;
    // An infinitive has not happened: "Avenatti is to be sentenced in June".
    if (s.tokens[at].lower == "to") return nullptr;
    passive = passive || s.lex.Role(WordRole::kPassive, s.tokens, at, s.s_end) > 0;
    at += static_cast<size_t>(len);
  }
  if (at >= s.s_end || s.lex.cues.Match(s.tokens, at, s.s_end, &idx) == 0) return nullptr;
  const Cue& cue = s.lex.cue_list[static_cast<size_t>(idx)];
  if ((!cue.intransitive && !passive) || cue.number == 'p') return nullptr;
  // Not injured: a person named in the news is mostly "hospitalized" for an illness.
  if (cue.what != "killed" && cue.what != "arrested" && cue.what != "missing") return nullptr;
  return &cue;
}

// The count right before or after [begin, end) in the same list ("," "et" "and", and « de »
// repeated: « la mort d'un enfant et d'un pêcheur ») that says what happened, else nullptr.
const CountCandidate* ListMate(const SentenceScope& s, const std::vector<CountCandidate>& cands,
                               size_t begin, size_t end) {
  const auto glue = [&](size_t from, size_t to) {
    if (to <= from || to - from > 3) return false;
    bool joined = false;
    for (size_t j = from; j < to; ++j) {
      const std::string_view w = s.tokens[j].lower;
      if (w == "," || w == "et" || w == "and") {
        joined = true;
      } else if (s.lex.Role(WordRole::kOf, s.tokens, j, j + 1) != 1) {
        return false;
      }
    }
    return joined;
  };
  for (const CountCandidate& m : cands) {
    if (m.what.empty() || m.what == "other" || m.what == "none") continue;
    if ((m.end <= begin && glue(m.end, begin)) || (end <= m.begin && glue(end, m.begin))) {
      return &m;
    }
  }
  return nullptr;
}

bool InPerson(const SentenceScope& s, size_t pos) {
  return s.person != nullptr && (*s.person)[pos] != 0;
}

// The first token of a person's name (ScanCounts: 1 starts a name, 2 continues it).
bool StartsPerson(const SentenceScope& s, size_t pos) {
  return s.person != nullptr && (*s.person)[pos] == 1;
}

// The group an apposition set off by commas after a name gives it, and where what happened to
// the name is searched, past the apposition: "Park Won-soon, the mayor of Seoul, South Korea,
// was found dead" (mayors). Returns `pos` and leaves `who` alone when no such apposition is there.
size_t PastApposition(const SentenceScope& s, size_t pos, std::string* who) {
  if (pos + 2 >= s.s_end || !IsPunct(s.tokens[pos], ",")) return pos;
  // An apposition opens with an article, a modifier or a noun of people ("the mayor", "former
  // president"), not a verb: "Trump, ran for president ..., died" is no apposition of Trump.
  int gi = 0;
  const size_t first = pos + 1;
  if (s.lex.Role(WordRole::kDet, s.tokens, first, s.s_end) == 0 &&
      s.lex.Role(WordRole::kModifier, s.tokens, first, s.s_end) == 0 &&
      s.lex.groups.Match(s.tokens, first, s.s_end, &gi) == 0) {
    return pos;
  }
  std::string found;
  for (size_t j = pos + 1; j < s.s_end && j < pos + 1 + kAppositionWindow + 4; ++j) {
    int idx = 0;
    if (StopsClause(s, j, s.s_end) || s.tokens[j].lower == "(" ||
        s.lex.cues.Match(s.tokens, j, s.s_end, &idx) > 0) {
      return pos;
    }
    if (IsPunct(s.tokens[j], ",")) {
      const size_t k = s.lex.SkipAux(s.tokens, j + 1, s.s_end);
      if (k < s.s_end && s.lex.cues.Match(s.tokens, k, s.s_end, &idx) > 0) {
        if (!found.empty()) *who = found;
        return j + 1;
      }
      continue;  // "the mayor of Seoul, South Korea,": a comma inside the apposition
    }
    if (found.empty() && s.lex.groups.Match(s.tokens, j, s.s_end, &gi) > 0) {
      const Group& g = s.lex.group_list[static_cast<size_t>(gi)];
      if (!g.who.empty() && !g.inherit && !g.transparent) found = g.who;
    }
  }
  return pos;
}

// A person's name (entity recognizer) as the subject of their death, arrest or disappearance,
// through a passive or an intransitive verb: "Tony Mendez died Saturday", "Robert Mugabe, former
// president of Zimbabwe, has died", "Zhukovskyy was arrested Monday". One of the group an
// apposition or an earlier title gives the name, else people. Never a possessive ("Li's death",
// "Mir-Mohammadi's mother") nor an agent ("X has killed two").
bool NamedPerson(const SentenceScope& s, size_t pos, const SinglesMemo& memo, CountCandidate* c) {
  // A name the entity recognizer missed opens a sentence and undergoes the verb right after it:
  // "Baloch was murdered a few weeks after ...", a death or an arrest only.
  const bool entity = StartsPerson(s, pos);
  // Or after a subordinator that opens the sentence: "After Ratnamma died I became ...".
  const bool opens =
      pos == s.s_begin ||
      s.lex.Role(WordRole::kSubordinator, s.tokens, s.s_begin, pos) == static_cast<int>(pos - s.s_begin);
  if (!NameWord(s.tokens[pos]) || (!entity && (s.tokens[pos].id >= 0 ||
                   s.lex.Role(WordRole::kPronoun, s.tokens, pos, s.s_end) > 0))) {
    return false;
  }
  int gi = 0;  // a name after its title is the title's single victim: « Le militant Mohamed Ali »
  if (pos > s.s_begin && s.lex.groups.Match(s.tokens, pos - 1, pos, &gi) == 1) return false;
  // After words of no list or "et"/"and" that follow a singular title, the name is of that
  // title's group: « Le journaliste et commentateur sportif Thierry Roland » (the journalist's
  // single victim, not one more), "US singer and lyricist Robert Hunter died".
  std::string title_who;
  for (size_t j = pos > s.s_begin ? pos - 1 : pos, k = 0; k < 4 && j > s.s_begin; --j, ++k) {
    if (s.lex.groups.Match(s.tokens, j - 1, j, &gi) == 1) {
      const Group& title = s.lex.group_list[static_cast<size_t>(gi)];
      if (!title.plural && !title.who.empty() && !title.inherit && !title.transparent) {
        title_who = title.who;
      }
      break;
    }
    const std::string_view w = s.tokens[j - 1].lower;
    if (!s.lex.Unknown(s.tokens, j - 1) && w != "et" && w != "and") break;
  }
  // Or after such a title, the name's first word: "wrestler and reality television star Hana
  // Kimura, age 22, has died".
  if (!entity && !opens && (title_who.empty() || NameWord(s.tokens[pos - 1]))) return false;
  // After "of" or "by" the name is no subject: "the campaign of U.S. President Donald Trump was
  // sentenced" sentences the chairman.
  if (pos > s.s_begin && (s.lex.Role(WordRole::kOf, s.tokens, pos - 1, pos) == 1 ||
                          s.lex.Role(WordRole::kAgent, s.tokens, pos - 1, pos) == 1)) {
    return false;
  }
  size_t end = pos + 1;
  // The rest of the name, and the parts glued to it that the entity left out ("Won-soon").
  while (end < s.s_end) {
    const WordToken& t = s.tokens[end];
    const auto possessive = [](std::string_view w) {
      return w.starts_with("'") || w.starts_with("’");
    };
    const bool hyphen = t.glued && t.lower == "-" && end + 1 < s.s_end &&
                        s.tokens[end + 1].glued && s.tokens[end + 1].kind == WordKind::kWord;
    if (hyphen) {
      end += 2;
    } else if (t.glued && t.kind == WordKind::kWord && !possessive(t.lower)) {
      ++end;  // "Mir-Mohammadi", "Won-soon" cut at the hyphen
    } else if ((!entity || InPerson(s, end)) && NameWord(t) && end < pos + 4) {
      ++end;
    } else {
      break;
    }
  }
  if (end < s.s_end && s.tokens[end].glued && s.tokens[end].kind == WordKind::kWord) {
    return false;  // "Li's death", "Mir-Mohammadi's mother"
  }
  std::string who;
  // A name given before after a title, first and last word ("ophthalmologist Li Wenliang"); one
  // word could be a relative's surname ("his daughter Nettie Baker").
  const auto first = memo.names.find(s.tokens[pos].lower);
  const auto last = memo.names.find(s.tokens[end - 1].lower);
  if (end > pos + 1 && first != memo.names.end() && last != memo.names.end() &&
      first->second == last->second) {
    who = first->second;
  }
  const Cue* cue =
      UndergoesNext(s, entity ? PastApposition(s, AfterAge(s, end), &who) : AfterAge(s, end));
  if (who.empty()) who = title_who;
  if (cue == nullptr || (!entity && cue->what == "missing")) return false;
  c->begin = pos;
  c->end = end;
  c->value = 1;
  if (!who.empty()) c->who = who;
  c->single = true;
  c->what = cue->what;
  return true;
}

// A relative or a person named by a possessive and a singular noun, subject of what they
// undergo right after it: "his mother died", "Mir-Mohammadi's mother died". Only right after:
// "his daughter said he died" is no death of the daughter.
bool PossessedSingle(const SentenceScope& s, size_t pos, size_t after, const Group& g,
                     CountCandidate* c) {
  if (pos == s.s_begin) return false;
  const WordToken& before = s.tokens[pos - 1];
  const bool owner_word = s.lex.Role(WordRole::kPossessive, s.tokens, pos - 1, pos) == 1;
  if (!owner_word && !(before.glued && (before.lower == "'s" || before.lower == "’s"))) {
    return false;
  }
  // Past the relative's name set off by commas: "Her father, Reginald Claypoole Vanderbilt,
  // died with liver disease".
  size_t at = after;
  if (at + 2 < s.s_end && IsPunct(s.tokens[at], ",") && NameWord(s.tokens[at + 1])) {
    size_t k = at + 1;
    while (k < s.s_end && k < at + 5 && NameWord(s.tokens[k])) ++k;
    if (k < s.s_end && IsPunct(s.tokens[k], ",")) at = k + 1;
  }
  const Cue* cue = UndergoesNext(s, at);
  // Or lost by the one before it: « une mère a perdu son enfant », "she lost her son".
  const bool lost = owner_word && pos >= s.s_begin + 2 &&
                    s.lex.Role(WordRole::kLoss, s.tokens, pos - 2, pos - 1) == 1;
  if (cue == nullptr && !lost) return false;
  c->begin = pos - 1;
  while (!owner_word && c->begin > s.s_begin && pos - c->begin < 5 &&
         (NameWord(s.tokens[c->begin - 1]) || s.tokens[c->begin].glued)) {
    --c->begin;  // the owner's name: "Mir-Mohammadi's mother"
  }
  c->end = after;
  c->value = 1;
  c->who = g.who;
  c->single = true;
  c->what = cue != nullptr ? cue->what : "killed";
  return true;
}

// A person's name (entity recognizer) at `pos` with an apposition that names one of a group
// ("Democrat Rod Blagojevich, the former governor of Illinois;"): the name's words are
// remembered as that group's, so that "Rod Blagojevich was jailed" later counts a governor.
// A name the entity recognizer missed counts when two to four capitalized words no list knows
// stand there, not first in the sentence.
void RememberApposition(const SentenceScope& s, size_t pos, SinglesMemo* memo) {
  size_t end = pos + 1;
  if (StartsPerson(s, pos)) {
    while (end < s.s_end && (*s.person)[end] == 2) ++end;
  } else {
    const auto unknown_name = [&](size_t k) { return NameWord(s.tokens[k]) && s.tokens[k].id < 0; };
    if (pos == s.s_begin || InPerson(s, pos) || !unknown_name(pos) || unknown_name(pos - 1)) return;
    while (end < s.s_end && end < pos + 4 && unknown_name(end)) ++end;
    if (end == pos + 1) return;
  }
  if (end + 2 >= s.s_end || !IsPunct(s.tokens[end], ",")) return;
  size_t j = end + 1 + static_cast<size_t>(s.lex.Role(WordRole::kDet, s.tokens, end + 1, s.s_end));
  for (int k = 0; k < 3 && j < s.s_end; ++k) {
    int gi = 0;
    if (s.lex.groups.Match(s.tokens, j, s.s_end, &gi) > 0) {
      const Group& g = s.lex.group_list[static_cast<size_t>(gi)];
      if (g.who.empty() || g.inherit || g.transparent || g.plural) return;
      for (size_t n = pos; n < end; ++n) {
        if (NameWord(s.tokens[n])) memo->names.emplace(s.tokens[n].lower, g.who);
      }
      return;
    }
    if (s.lex.Role(WordRole::kModifier, s.tokens, j, s.s_end) != 1 && !s.lex.Unknown(s.tokens, j)) {
      return;
    }
    ++j;  // "the former governor", "lead guitarist"
  }
}

}  // namespace

void AddSingles(const SentenceScope& s, std::vector<CountCandidate>* cands, SinglesMemo* memo) {
  StringSet* seen = &memo->seen;
  const size_t n_main = cands->size();
  size_t next_cand = 0;
  for (size_t pos = s.s_begin; pos < s.s_end; ++pos) {
    while (next_cand < n_main && (*cands)[next_cand].end <= pos) ++next_cand;
    if (next_cand < n_main && (*cands)[next_cand].begin <= pos) continue;  // inside a count
    CountCandidate again;
    if (NamedAgain(s, pos, *memo, &again)) {
      // A person whose death is counted is not counted injured too ("Mugabe was hospitalized").
      const bool died = again.what == "injured" && seen->contains(*again.who + "/killed");
      // A name of no group: the single victim of that outcome counted before (see below).
      const bool known = *again.who == "people" && memo->outcomes.contains(again.what);
      if (again.what != "other" && again.what != "none" && !died && !known &&
          seen->insert(*again.who + "/" + again.what).second) {
        pos = again.end - 1;
        cands->push_back(std::move(again));
      }
      continue;
    }
    RememberApposition(s, pos, memo);
    CountCandidate person;
    if (NamedPerson(s, pos, *memo, &person)) {
      pos = person.end - 1;
      const std::string who = person.who.value_or("people");
      for (size_t k = person.begin; k < person.end; ++k) {  // "Mendez" later is that person
        if (NameWord(s.tokens[k])) memo->names.emplace(s.tokens[k].lower, who);
      }
      // A name of no group that undergoes what a single victim counted before underwent is that
      // victim named: "A former advisor for U.S. President Donald Trump was sentenced ... Paul
      // Manafort was sentenced by Judge Amy Berman Jackson".
      if (!person.who && memo->outcomes.contains(person.what)) continue;
      if (seen->insert(who + "/" + person.what).second) {
        memo->outcomes.insert(person.what);
        cands->push_back(std::move(person));
      }
      continue;
    }
    int gi = 0;
    const int len = s.lex.groups.Match(s.tokens, pos, s.s_end, &gi);
    if (len == 0) continue;
    const Group& g = s.lex.group_list[static_cast<size_t>(gi)];
    if (OneOutcome(s, g, pos)) {  // « un mort et trois blessés »
      CountCandidate c;
      c.begin = pos - 1;
      c.end = pos + static_cast<size_t>(len);
      c.value = 1;
      c.what = g.what;
      c.single = true;
      c.parent = SubsetParent(s, *cands, n_main, c.begin);
      if (seen->insert("-/" + c.what).second) {
        pos = c.end - 1;
        cands->push_back(std::move(c));
      }
      continue;
    }
    if (g.plural || g.who.empty() || g.inherit || g.transparent) continue;
    if (s.tokens[pos].glued && s.tokens[pos].capital) continue;  // part of a name: "the I-Man"
    const size_t after = pos + static_cast<size_t>(len);
    const Cue* owned = nullptr;  // "a West Virginia woman's death"
    if (after < s.s_end && s.tokens[after].glued && s.tokens[after].lower.starts_with("'")) {
      owned = PossessedCue(s, after);
      if (owned == nullptr) continue;  // "the victim's family"
    }
    CountCandidate relative;
    if (owned == nullptr && PossessedSingle(s, pos, after, g, &relative)) {  // "his mother died"
      if (seen->insert(g.who + "/" + relative.what).second) {
        memo->outcomes.insert(relative.what);
        cands->push_back(std::move(relative));
      }
      pos = after - 1;
      continue;
    }
    size_t b = pos;
    bool det = false;
    int unknown = 0;  // words the lexicon does not know: "a drug suspect", "a rapid reaction officer"
    size_t b_known = pos;  // where the walk stood before the first unknown word
    for (int k = 0; k < 6 && b > s.s_begin && !det; ++k) {
      if (unknown == 0) b_known = b;
      if (s.lex.Role(WordRole::kDet, s.tokens, b - 1, b) == 1) {
        det = true;
      } else if (unknown < 2 && s.lex.Unknown(s.tokens, b - 1)) {
        ++unknown;
        --b;
      } else if (s.lex.Role(WordRole::kModifier, s.tokens, b - 1, b) == 1 ||
                 s.tokens[b - 1].capital ||
                 ((s.tokens[b - 1].glued || s.tokens[b].glued) && !IsPunct(s.tokens[b - 1], ",")) ||
                 AdjectivalCue(s, b - 1)) {
        --b;
      } else {
        break;
      }
    }
    // Without an article, a title before a name: "killed Abu Dhabi TV photojournalist Ziad
    // al-Sharabi", "Police arrested activist Joshua Wong".
    // The title is a common noun: "Muslim Mindanao" is no Muslim named Mindanao.
    const bool named = !det && (pos == s.s_begin || !s.tokens[pos].capital) &&
                       after < s.s_end && s.tokens[after].kind == WordKind::kWord &&
                       s.tokens[after].capital && !s.tokens[after].glued;
    if (!det) b = b_known;  // no title before a name goes over unknown words
    if (!det && !named) continue;
    // After words of no list, a noun before one more such word modifies it: "a dark web child
    // pornography site".
    if (det && unknown > 0 && after < s.s_end && s.lex.Unknown(s.tokens, after)) continue;
    // A generic noun ("the man", "la victime") after a single victim with the same outcome is
    // that victim named again: "an engineer was killed ... the man was found dead".
    const bool generic = s.lex.Role(WordRole::kGeneric, s.tokens, pos, after) > 0;
    CountCandidate c;
    size_t named_before = 0;  // the comma after a name this single is an apposition of, or 0
    c.begin = det ? b - 1 : b;
    c.end = pos + static_cast<size_t>(len);
    size_t cue_from = c.end;
    if (named) {  // remember the name: "Li died" later
      // Not a relative's name ("his daughter Nettie Baker"): it shares the surname of the
      // person the article is about.
      const bool kin = b > s.s_begin && s.lex.Role(WordRole::kPossessive, s.tokens, b - 1, b) == 1;
      size_t k = after;
      for (; k < s.s_end && k < after + 3 && NameWord(s.tokens[k]); ++k) {
        if (!kin) memo->names.emplace(s.tokens[k].lower, g.who);
      }
      cue_from = AfterAge(s, k);  // "activist Andrew Kinsman, 49, was reported missing"
    } else if (det) {
      cue_from = AfterApposition(s, c.begin, c.end);
      if (cue_from != c.end) named_before = c.begin - 1;  // "Andrea Zamperoni, the head chef, …"
      size_t k = c.end;  // « Le militant Mohamed Ali, 32 ans, a été arrêté »
      while (k < s.s_end && k < c.end + 3 && NameWord(s.tokens[k])) ++k;
      if (k > c.end) cue_from = AfterAge(s, k);
    }
    c.value = 1;
    c.who = g.who;
    c.single = true;
    c.subject = s.lex.Role(WordRole::kAux, s.tokens, cue_from, s.s_end) > 0;
    c.generic = generic;
    c.parent = SubsetParent(s, *cands, n_main, c.begin);
    if (c.parent >= 0) {
      c.what = (*cands)[static_cast<size_t>(c.parent)].what;  // "including a child"
    } else if (owned != nullptr) {
      c.what = owned->what;
    } else {
      if (AfterAgentWord(s, b)) continue;
      // After a preposition the single is no subject: "spokesperson for the provincial governor,
      // said the attack had killed twelve".
      const bool complement =
          c.begin > s.s_begin &&
          s.lex.Role(WordRole::kPreposition, s.tokens, c.begin - 1, c.begin) == 1;
      const Cue* cue = FindCue(s, *cands, n_main, c.begin, cue_from, c.subject && !complement,
                               true, complement);
      if (cue == nullptr || cue->number == 'p') {
        // A member of a list shares what happened to its neighbour: « trois soldats et un civil
        // ont été tués », "a soldier and two civilians were killed".
        const CountCandidate* mate = ListMate(s, *cands, c.begin, c.end);
        if (mate == nullptr) continue;
        c.what = mate->what;
      } else {
        c.what = cue->what;
      }
    }
    if (c.what == "other" || c.what == "none" || c.what == "deployed" || c.what == "evacuated") {
      continue;
    }
    if (generic && memo->outcomes.contains(c.what)) continue;
    if (!seen->insert(g.who + "/" + c.what).second) continue;
    memo->outcomes.insert(c.what);
    // The name the single is an apposition of is that person: "Zamperoni was pronounced dead"
    // later is not one more.
    for (size_t k = named_before; k > s.s_begin && named_before - k < 3 && NameWord(s.tokens[k - 1]);
         --k) {
      memo->names.emplace(s.tokens[k - 1].lower, g.who);
    }
    pos = c.end - 1;
    cands->push_back(std::move(c));
  }
}

bool Hypothetical(const SentenceScope& s, const CountCandidate& c) {
  const auto supposes = [&](size_t j) {
    return s.lex.Role(WordRole::kHypothetical, s.tokens, j, s.s_end) > 0 &&
           !(j > s.s_begin && s.lex.Role(WordRole::kConcessive, s.tokens, j - 1, s.s_end) == 2);
  };
  for (size_t j = c.begin, steps = 0; j > s.s_begin && steps < kBackwardWindow; ++steps) {
    --j;
    if (StopsClause(s, j, c.begin) || s.tokens[j].kind == WordKind::kNumber) break;
    if (supposes(j)) return true;
  }
  size_t j = c.end;
  for (size_t k = 0; k < 2 && j < s.s_end; ++k) {
    if (supposes(j)) return true;
    const int aux = s.lex.Role(WordRole::kAux, s.tokens, j, s.s_end);
    if (aux == 0) break;
    j += static_cast<size_t>(aux);
  }
  return false;
}

void InheritFromSingles(std::vector<CountCandidate>* cands) {
  std::vector<const CountCandidate*> singles;  // few: one per group and outcome in a document
  for (const CountCandidate& c : *cands) {
    if (c.single) singles.push_back(&c);
  }
  if (singles.empty()) return;
  for (CountCandidate& c : *cands) {
    if (c.single || c.who || c.group == nullptr || !c.group->inherit) continue;
    const CountCandidate* prev = nullptr;
    for (const CountCandidate* p : singles) {
      if (p->generic) continue;  // "killed a woman ... and injured at least nineteen others"
      if (p->end <= c.begin && (prev == nullptr || p->end > prev->end)) prev = p;
    }
    if (prev != nullptr) c.who = prev->who;
  }
}

}  // namespace sitrep::recognize
