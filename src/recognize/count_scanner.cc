// CountScanner: count phrases per sentence, then subsets, what happened and single victims
// (count_what.cc). See count_scanner.h.
#include "recognize/count_scanner.h"

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>

#include "recognize/count_number.h"
#include "recognize/count_what.h"

namespace sitrep::recognize {
namespace {

constexpr size_t kMaxSkips = 5;
constexpr size_t kMaxSubsetClause = 10;
constexpr size_t kMaxListGap = 6;

class Scanner {
 public:
  Scanner(const std::vector<WordToken>& tokens, const CountLexicon& lex,
          const std::vector<uint8_t>* person)
      : tok_(tokens), lex_(lex), person_(person), numbers_(tokens, lex) {}

  std::vector<FoundCount> Run();

 private:
  void ScanSentence(size_t begin, size_t end, std::vector<FoundCount>* out);
  void PronounSubject(size_t begin, size_t end, size_t from, size_t to,
                      std::vector<FoundCount>* out) const;
  bool TryCount(size_t pos, size_t s_begin, size_t end, CountCandidate* c) const;
  bool TryAllBut(size_t pos, size_t len, size_t end, CountCandidate* c) const;
  bool Subject(size_t pos, size_t end) const;
  bool FindHead(size_t pos, size_t end, bool collective, bool year_like, CountCandidate* c) const;
  size_t Skippable(size_t pos, size_t end) const;
  bool PartOfGroup(size_t pos, size_t end, CountCandidate* c) const;
  void AmongGroup(size_t pos, size_t end, CountCandidate* c) const;
  size_t SkipSubsetClause(size_t pos, size_t end) const;
  bool ElidedListItem(size_t pos, size_t end, const std::vector<CountCandidate>& cands,
                      CountCandidate* c) const;
  bool TryImplicit(const Quantity& q, size_t s_begin, size_t end, CountCandidate* c) const;
  int CueEndingAt(size_t pos, size_t s_begin) const;
  bool EndsBare(size_t pos, size_t end) const;
  bool AfterThreshold(const Quantity& q) const;
  std::string Nationality(size_t noun, size_t after, size_t end, std::string_view before) const;
  bool ChangeTo(size_t pos, size_t s_begin) const;
  bool Rate(size_t pos, size_t end) const;
  const Cue* CueAt(size_t pos, size_t end) const;

  const std::vector<WordToken>& tok_;
  const CountLexicon& lex_;
  const std::vector<uint8_t>* person_;
  NumberParser numbers_;
  SinglesMemo singles_;
  std::string last_outcome_;  // killed or injured: what the last such count of the text underwent
};

// Groups that name the same people: equal, or one ends the other ("officers", "police
// officers").
bool SameGroup(const std::optional<std::string>& a, const std::optional<std::string>& b) {
  if (!a || !b) return false;
  const std::string_view x = *a, y = *b;
  const auto ends = [](std::string_view l, std::string_view s) {
    return l.size() > s.size() && l.ends_with(s) && l[l.size() - s.size() - 1] == ' ';
  };
  return x == y || ends(x, y) || ends(y, x);
}

// Drops a count where nothing happens that names again, with a definite article, an earlier
// count of the same people: "nine men were jailed ... The nine men were prosecuted", "two French
// police officers ... the two officers". Counts with subsets stay.
void DropRepeats(const std::vector<WordToken>& tok, const CountLexicon& lex,
                 std::vector<FoundCount>* counts) {
  std::vector<FoundCount>& cs = *counts;
  std::vector<bool> parent(cs.size(), false);
  for (const FoundCount& c : cs) {
    if (c.subset_of >= 0) parent[static_cast<size_t>(c.subset_of)] = true;
  }
  std::vector<int> index(cs.size(), -1);
  std::vector<FoundCount> kept;
  for (size_t k = 0; k < cs.size(); ++k) {
    const FoundCount& c = cs[k];
    const bool repeat =
        c.what == "other" && !parent[k] && c.begin > 0 &&
        lex.Role(WordRole::kDefinite, tok, c.begin - 1, c.begin) == 1 &&
        std::any_of(kept.begin(), kept.end(), [&](const FoundCount& e) {
          return e.value == c.value && e.qualifier == c.qualifier && SameGroup(e.who, c.who);
        });
    if (repeat) continue;
    index[k] = static_cast<int>(kept.size());
    kept.push_back(c);
  }
  for (FoundCount& c : kept) {
    if (c.subset_of >= 0) c.subset_of = index[static_cast<size_t>(c.subset_of)];
  }
  cs = std::move(kept);
}

std::vector<FoundCount> Scanner::Run() {
  std::vector<FoundCount> out;
  size_t begin = 0;
  size_t prev_first = 0;  // the counts of the sentence before: out[prev_first, before)
  for (size_t i = 1; i <= tok_.size(); ++i) {
    if (i == tok_.size() || tok_[i].sentence != tok_[begin].sentence) {
      const size_t before = out.size();
      ScanSentence(begin, i, &out);
      PronounSubject(begin, i, prev_first, before, &out);
      prev_first = before;
      begin = i;
    }
  }
  DropRepeats(tok_, lex_, &out);
  return out;
}

void Scanner::ScanSentence(size_t begin, size_t end, std::vector<FoundCount>* out) {
  std::vector<CountCandidate> cands;
  for (size_t pos = begin; pos < end;) {
    CountCandidate c;
    if (TryCount(pos, begin, end, &c) ||
        (!cands.empty() && ElidedListItem(pos, end, cands, &c))) {
      pos = std::max(c.end, pos + 1);
      const size_t wb = c.whole_begin, we = c.whole_end;
      cands.push_back(std::move(c));
      CountCandidate w;  // "the 20 skippers" of « 19 des 20 skippers » is a count too
      if (we > 0 && TryCount(wb, begin, we, &w) && w.end == we) {
        w.whole = true;
        w.subject = false;
        cands.push_back(std::move(w));
      }
    } else {
      ++pos;
    }
  }
  const SentenceScope scope{tok_, lex_, begin, end, person_};
  LinkSubsets(scope, &cands);
  ResolveWhat(scope, &cands);
  AddSingles(scope, &cands, &singles_);
  InheritFromSingles(&cands);
  std::vector<size_t> order(cands.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return cands[a].begin < cands[b].begin; });
  std::vector<int> global(cands.size(), -1);
  for (size_t k = 0; k < order.size(); ++k) {
    CountCandidate& c = cands[order[k]];
    // Victims of no cue are victims of what the text's last count of the dead or the injured
    // underwent: "Fire kills nine ... four victims were from a single family".
    if (c.what == "other" && (c.uncued || c.needs_cue) && c.who == "victims" && c.value > 1 &&
        !last_outcome_.empty()) {
      c.what = last_outcome_;
    }
    // Counts of nothing that happened need a known group, and more than one person: "One MP
    // told the BBC" is a speaker, not a count.
    if (c.what == "none" || (c.what == "other" && (c.needs_cue || c.value == 1))) continue;
    if (Hypothetical(scope, c)) continue;  // "if 100 people were killed"
    global[order[k]] = static_cast<int>(out->size());
    if (c.what == "killed" || c.what == "injured") last_outcome_ = c.what;
    FoundCount f = c;
    f.subset_of = c.parent >= 0 ? global[static_cast<size_t>(c.parent)] : -1;
    out->push_back(std::move(f));
  }
}

// A sentence that opens with a plural pronoun and what it underwent says it of the last count
// of the sentence before, when nothing had happened to that one: "Three men entered the shop.
// They were arrested on Monday." (out[from, to) holds the counts of the sentence before.)
void Scanner::PronounSubject(size_t begin, size_t end, size_t from, size_t to,
                             std::vector<FoundCount>* out) const {
  if (from == to) return;
  size_t p = begin + static_cast<size_t>(lex_.Role(WordRole::kPluralPronoun, tok_, begin, end));
  if (p == begin) return;
  for (int aux = 0, len;
       aux < CountLexicon::kMaxAux && (len = lex_.Role(WordRole::kAux, tok_, p, end)) > 0; ++aux) {
    int idx = 0;  // a cue that starts with an auxiliary is read whole: « se sont rendus »
    if (lex_.cues.Match(tok_, p, end, &idx) > len) break;
    p += static_cast<size_t>(len);
  }
  const Cue* cue = CueAt(p, end);
  if (cue == nullptr || cue->what == "other" || cue->what == "none" || cue->number == 's') return;
  FoundCount& last = (*out)[to - 1];
  if (last.what == "other" && last.value > 1 && last.who && last.subset_of < 0) {
    last.what = cue->what;
  }
}

// [qualifier] number [range] [de|of] [modifiers] noun [post-qualifier], else a bare number.
// "All but one of the sixteen on-board died": the whole less the part left out, 15.
bool Scanner::TryAllBut(size_t pos, size_t len, size_t end, CountCandidate* c) const {
  Quantity part, whole;
  size_t p = pos + len;
  if (!numbers_.TryQuantity(p, end, &part) || part.year_like) return false;
  p = part.end;
  const size_t of = static_cast<size_t>(lex_.Role(WordRole::kOf, tok_, p, end));
  if (of == 0) return false;
  p += of;
  if (p < end && (lex_.Role(WordRole::kDefinite, tok_, p, end) == 1 ||
                  lex_.Role(WordRole::kPossessive, tok_, p, end) == 1)) {
    ++p;  // "of the", "of their"
  }
  if (!numbers_.TryQuantity(p, end, &whole) || whole.year_like ||
      whole.count.qualifier != "exact" || whole.count.value <= part.count.value) {
    return false;
  }
  if (!FindHead(whole.end, end, whole.collective, false, c)) {
    c->group = nullptr;
    c->end = whole.end;
  }
  c->value = whole.count.value - part.count.value;
  c->low.reset();
  c->high.reset();
  c->qualifier = "exact";
  c->begin = pos;
  if (c->group != nullptr && !c->group->who.empty()) c->who = c->group->who;
  c->needs_cue = c->group == nullptr;  // kept only if something happened to them
  c->subject = Subject(c->end, end);
  return true;
}

bool Scanner::TryCount(size_t pos, size_t s_begin, size_t end, CountCandidate* c) const {
  const int all_but = lex_.Role(WordRole::kAllBut, tok_, pos, end);
  if (all_but > 0 && TryAllBut(pos, static_cast<size_t>(all_but), end, c)) return true;
  Quantity q;
  if (!numbers_.TryQuantity(pos, end, &q)) return false;
  if (AfterThreshold(q)) return false;
  // A question asks for a count: "which three candidates would you vote for?" (a relative "in
  // which hundreds died" is no question: the sentence must end with "?").
  if (q.begin > s_begin && tok_[end - 1].lower == "?" &&
      lex_.Role(WordRole::kQuestion, tok_, q.begin - 1, q.begin) == 1) {
    return false;
  }
  // A majority is a threshold: "it needs an outright majority of 170 MPs".
  for (size_t len = 2; len <= 3 && len <= q.begin - s_begin; ++len) {
    if (lex_.Role(WordRole::kMajority, tok_, q.begin - len, q.begin) == static_cast<int>(len)) {
      return false;
    }
  }
  static_cast<FoundCount&>(*c) = q.count;
  c->begin = q.begin;
  // Whole millions in digits take « de » like « millions de »: « 16 000 000 d'habitants ».
  const bool millions = tok_[q.end - 1].kind == WordKind::kNumber && q.count.value >= 1000000 &&
                        q.count.value % 1000000 == 0;
  if (!FindHead(q.end, end, q.collective || millions, q.year_like, c)) {
    return TryImplicit(q, s_begin, end, c);
  }
  int role = 0;
  const int post = lex_.post_qualifiers.Match(tok_, c->end, end, &role);
  if (post > 0) {
    if (c->qualifier == "exact") {
      const auto r = static_cast<QualifierRole>(role);
      c->qualifier = r == QualifierRole::kPostAtLeast  ? "at_least"
                     : r == QualifierRole::kPostAtMost ? "at_most"
                                                       : "about";
      if (r == QualifierRole::kPostAtLeast) c->low = c->value;
      if (r == QualifierRole::kPostAtMost) c->high = c->value;
    }
    c->end += static_cast<size_t>(post);
  }
  if (Rate(c->end, end)) return false;
  if (c->group != nullptr && !c->group->who.empty()) c->who = c->group->who;
  if (!c->nationality.empty()) c->who = c->nationality;
  c->subject = Subject(c->end, end);
  return true;
}

// An auxiliary follows the count at `pos`: it is the subject of what comes after ("12 people
// were killed"). "to" alone is one only before a verb of the lists or another auxiliary ("300
// people to be evacuated"), not before a prison term ("sentenced two people smugglers to four
// years of prison").
bool Scanner::Subject(size_t pos, size_t end) const {
  const int aux = lex_.Role(WordRole::kAux, tok_, pos, end);
  if (aux == 0) return false;
  if (tok_[pos].lower != "to" || aux != 1) return true;
  const size_t next = pos + 1;
  return next < end && (lex_.Role(WordRole::kAux, tok_, next, end) > 0 || CueAt(next, end) != nullptr);
}

// Tokens between a number and its noun that may be passed over: modifiers ("autres",
// "young"), capitalized words ("Syrian"), hyphenated compounds ("92-year-old").
size_t Scanner::Skippable(size_t pos, size_t end) const {
  const int mod = lex_.Role(WordRole::kModifier, tok_, pos, end);
  if (mod > 0) return static_cast<size_t>(mod);
  const WordToken& t = tok_[pos];
  if (t.kind == WordKind::kWord && t.capital) return 1;
  const bool joins_next = pos + 1 < end && tok_[pos + 1].glued;
  const bool compound = (t.glued || joins_next) && (t.kind != WordKind::kPunct || t.lower == "-");
  return compound && t.lower.back() != '\'' ? 1 : 0;
}

// "149 of the survivors", « deux des blessés »: a part of a group named right after "of".
bool Scanner::PartOfGroup(size_t pos, size_t end, CountCandidate* c) const {
  size_t of = static_cast<size_t>(lex_.Role(WordRole::kOf, tok_, pos, end));
  // "two of Khan's victims": a possessive name between "of" and the group.
  if (of == 1 && pos + 3 < end && tok_[pos + 1].capital && tok_[pos + 2].glued &&
      (tok_[pos + 2].lower == "'s" || tok_[pos + 2].lower == "’s")) {
    of = 3;
  } else if (of > 0 && (lex_.Role(WordRole::kPossessive, tok_, pos + of, end) == 1 ||
                        lex_.Role(WordRole::kDefinite, tok_, pos + of, end) == 1)) {
    ++of;  // « deux de ses collègues », "two of his bodyguards", "two of those nominees"
  }
  // « 19 des 20 skippers », "12 of the 40 passengers": a part of a whole counted with its noun.
  // One of them is no count, the whole is: « L'un des deux porte-parole », "one of Vanderbilt's
  // four sons".
  Quantity whole;
  if (of > 0 && c->value > 1 && numbers_.TryQuantity(pos + of, end, &whole) && !whole.year_like &&
      whole.count.qualifier == "exact" && whole.end < end) {
    of = whole.end - pos;
  } else {
    whole.end = 0;
  }
  int gi = 0;
  const int len = of > 0 ? lex_.groups.Match(tok_, pos + of, end, &gi) : 0;
  if (len == 0) return false;
  const Group& g = lex_.group_list[static_cast<size_t>(gi)];
  if (whole.end > 0) {
    c->whole_begin = whole.begin;
    c->whole_end = pos + of + static_cast<size_t>(len);
  }
  if (g.inherit || g.transparent) return false;
  c->group = &g;
  c->end = pos + of + static_cast<size_t>(len);
  // "two of the authors" are counted as such; "two of the victims were from Dhaka" says nothing
  // of what happened to them: victims count only with it.
  c->needs_cue = g.who == "victims" || g.who == "casualties";
  return true;
}

// An outcome noun's group named after "parmi"/"among": « deux morts parmi les manifestants ».
void Scanner::AmongGroup(size_t pos, size_t end, CountCandidate* c) const {
  size_t p = pos + static_cast<size_t>(lex_.Role(WordRole::kAmong, tok_, pos, end));
  if (p == pos) return;
  p += static_cast<size_t>(lex_.Role(WordRole::kDet, tok_, p, end));
  if (p < end && lex_.Role(WordRole::kDefinite, tok_, p, end) > 0) ++p;  // "les", "the"
  int gi = 0;
  const int len = lex_.groups.Match(tok_, p, end, &gi);
  if (len == 0) return;
  const Group& g = lex_.group_list[static_cast<size_t>(gi)];
  if (g.who.empty() || g.inherit || g.transparent || !g.plural) return;
  c->outcome = c->group->what;
  c->group = &g;
  c->end = p + static_cast<size_t>(len);
}

// Finds the noun of people after a number; sets c->group and c->end.
bool Scanner::FindHead(size_t pos, size_t end, bool collective, bool year_like,
                       CountCandidate* c) const {
  int gi = 0;
  if (collective && lex_.groups.Match(tok_, pos, end, &gi) == 0) {
    pos += static_cast<size_t>(lex_.Role(WordRole::kOf, tok_, pos, end));
  } else if (!year_like && PartOfGroup(pos, end, c)) {
    return true;
  }
  if (lex_.Role(WordRole::kUnit, tok_, pos, end) > 0) return false;  // "ten percent", "two minute"
  const Group* fallback = nullptr;
  size_t fallback_end = 0;
  std::string_view nation;  // a nationality passed over: "six Mexican nationals"
  // "2020 Democratic National ...", "2017 Women's March": a year before a name.
  if (year_like && pos < end && tok_[pos].capital) return false;
  const size_t max_skips = year_like ? 0 : kMaxSkips;
  int unknown = 0;
  for (size_t skips = 0; pos < end && skips <= max_skips; ++skips) {
    // After words of no list, a capitalized noun is a name: "le lundi 6 avec Roch Voisine".
    const int len = unknown > 0 && tok_[pos].capital ? 0 : lex_.groups.Match(tok_, pos, end, &gi);
    if (len > 0) {
      const Group& g = lex_.group_list[static_cast<size_t>(gi)];
      const size_t after = pos + static_cast<size_t>(len);
      if (year_like && g.who.empty()) return false;  // "in 2019 deaths rose": a year
      if (g.transparent) {
        // "12 membres des forces de sécurité": the group named after "de"/"of".
        const size_t of = after + static_cast<size_t>(lex_.Role(WordRole::kOf, tok_, after, end));
        const int inner = of > after ? lex_.groups.Match(tok_, of, end, &gi) : 0;
        const Group& ig = lex_.group_list[static_cast<size_t>(gi)];
        const bool named = inner > 0 && !ig.inherit && !ig.transparent;
        c->group = named ? &ig : &g;
        c->end = named ? of + static_cast<size_t>(inner) : after;
        c->needs_cue = !named && g.who.empty();  // "*members": members of whatever
        return true;
      }
      if (!g.inherit && fallback != nullptr && g.who.empty() && !g.what.empty()) {
        // "cinq autres blessés", "two others dead": the outcome of more of the same group.
        c->group = fallback;
        c->outcome = g.what;
        c->end = after;
        return true;
      }
      if (!g.inherit) {
        c->group = &g;
        c->end = after;
        c->nationality = Nationality(pos, after, end, nation);
        // "25 wounded people": the outcome, then the group; « 3 jeunes femmes »: a noun used
        // as an adjective, then the group.
        int gj = 0;
        const int more = lex_.groups.Match(tok_, after, end, &gj);
        const Group* next = more > 0 ? &lex_.group_list[static_cast<size_t>(gj)] : nullptr;
        // A nationality after the noun is its adjective: « soldats maliens ».
        if (next != nullptr && !g.who.empty() && !next->who.empty() && !next->inherit &&
            !next->transparent && !tok_[after].capital &&
            !lex_.nationalities.contains(tok_[after].lower)) {
          c->group = next;
          c->end = after + static_cast<size_t>(more);
        } else if (next != nullptr && g.who.empty() && !next->who.empty()) {
          c->outcome = g.what;
          c->group = &lex_.group_list[static_cast<size_t>(gj)];
          c->end = after + static_cast<size_t>(more);
        } else if (g.who.empty()) {
          AmongGroup(after, end, c);
        }
        return true;
      }
      if (fallback == nullptr) {
        fallback = &g;
        fallback_end = after;
      }
    }
    size_t skip = Skippable(pos, end);
    // Up to two words of no list, singular like the modifiers of a noun ("two boda boda
    // drivers"); a plural ends the search ("in 2 weeks soldiers ...").
    if (skip == 0 && unknown < 2 && lex_.Unknown(tok_, pos) && !tok_[pos].lower.ends_with('s')) {
      ++unknown;
      skip = 1;
    }
    // "and" between two such words: "many thousands of anime and manga fans".
    if (skip == 0 && unknown == 1 && (tok_[pos].lower == "and" || tok_[pos].lower == "et") &&
        pos + 1 < end && lex_.Unknown(tok_, pos + 1) && !tok_[pos + 1].lower.ends_with('s')) {
      skip = 1;
    }
    if (skip == 0) break;
    if (tok_[pos].capital) {
      const auto it = lex_.nationalities.find(tok_[pos].lower);
      if (it != lex_.nationalities.end()) nation = it->second;
    }
    pos += skip;
  }
  if (fallback == nullptr) return false;
  c->group = fallback;
  c->end = fallback_end;
  return true;
}

const Cue* Scanner::CueAt(size_t pos, size_t end) const {
  int cue = 0;
  if (lex_.cues.Match(tok_, pos, end, &cue) == 0) return nullptr;
  return &lex_.cue_list[static_cast<size_t>(cue)];
}

// A cue phrase that ends right before `pos` (at most three tokens long), or -1.
int Scanner::CueEndingAt(size_t pos, size_t s_begin) const {
  for (size_t len = 1; len <= 3 && len <= pos - s_begin; ++len) {
    int cue = 0;
    if (lex_.cues.Match(tok_, pos - len, pos, &cue) == static_cast<int>(len)) return cue;
  }
  return -1;
}

// Whether a count with its noun left out can end at `pos`: end of sentence, punctuation or a
// link word ("and", "in", "including").
bool Scanner::EndsBare(size_t pos, size_t end) const {
  if (pos >= end) return true;
  if (tok_[pos].kind == WordKind::kPunct) return tok_[pos].lower != "-";
  return lex_.Role(WordRole::kLink, tok_, pos, end) > 0;
}

// The nationality of a generic noun at [noun, after) (words.tsv `national_noun`), written
// before it ("six Mexican nationals") or after it (« six ressortissants français »), else "".
std::string Scanner::Nationality(size_t noun, size_t after, size_t end,
                                 std::string_view before) const {
  if (lex_.Role(WordRole::kNationalNoun, tok_, noun, after) == 0) return "";
  if (!before.empty()) return std::string(before);
  if (after < end) {
    const auto it = lex_.nationalities.find(tok_[after].lower);
    if (it != lex_.nationalities.end()) return it->second;
  }
  return "";
}

// A rate word and a number at `pos`, or one or two words later, make the count before them a
// rate, no count: "seven per 100,000 people", "fifteen youth suicides per 100,000 individuals".
bool Scanner::Rate(size_t pos, size_t end) const {
  for (size_t p = pos; p < end && p <= pos + 2; ++p) {
    const size_t len = static_cast<size_t>(lex_.Role(WordRole::kRate, tok_, p, end));
    if (len > 0) return p + len < end && tok_[p + len].kind == WordKind::kNumber;
    if (tok_[p].kind != WordKind::kWord) return false;
  }
  return false;
}

// A bound right after a size class is a limit, no count: "entreprises de plus de 20 salariés",
// "gatherings of more than 50 people".
bool Scanner::AfterThreshold(const Quantity& q) const {
  size_t at = q.begin;
  if (q.count.qualifier == "exact") {  // the number after the bound, scanned again alone
    for (size_t len = std::min<size_t>(3, at); len > 0; --len) {
      int role = 0;
      if (lex_.pre_qualifiers.Match(tok_, at - len, at, &role) != static_cast<int>(len)) continue;
      const auto r = static_cast<QualifierRole>(role);
      if (r != QualifierRole::kAtLeast && r != QualifierRole::kAtMost) return false;
      at -= len;
      break;
    }
    if (at == q.begin) return false;
  } else if (q.count.qualifier != "at_least" && q.count.qualifier != "at_most") {
    return false;
  } else if (q.count.high > q.count.low && q.count.low > 0) {
    return false;  // a range
  }
  for (size_t len = 1; len <= 3 && len <= at; ++len) {
    if (tok_[at - len].sentence != tok_[q.begin].sentence) break;
    if (lex_.Role(WordRole::kThreshold, tok_, at - len, at) == static_cast<int>(len)) return true;
  }
  return false;
}

// After ", including four children," (a subset set off by commas), else `pos`.
size_t Scanner::SkipSubsetClause(size_t pos, size_t end) const {
  if (pos + 1 >= end || tok_[pos].lower != "," ||
      lex_.Role(WordRole::kSubset, tok_, pos + 1, end) == 0) {
    return pos;
  }
  for (size_t k = pos + 1; k < end && k < pos + kMaxSubsetClause; ++k) {
    if (tok_[k].lower == ",") return k + 1;
  }
  return pos;
}

// "21 injured individuals in Davao del Sur, 36 in North Cotabato and seven in General Santos":
// a bare number listed after a count, before "in"/"à" and a name, counts the same people.
bool Scanner::ElidedListItem(size_t pos, size_t end, const std::vector<CountCandidate>& cands,
                             CountCandidate* c) const {
  const int root_index = cands.back().same_as >= 0 ? cands.back().same_as
                                                   : static_cast<int>(cands.size()) - 1;
  const CountCandidate& root = cands[static_cast<size_t>(root_index)];
  const size_t prev_end = cands.back().end;
  if (root.implicit || root.group == nullptr || root.parent >= 0 || pos < prev_end ||
      pos - prev_end > kMaxListGap) {
    return false;
  }
  const std::string_view glue = tok_[pos - 1].lower;
  if (glue != "," && glue != "and" && glue != "et") return false;
  for (size_t j = prev_end; j < pos; ++j) {
    if (tok_[j].lower == ";" || lex_.Role(WordRole::kBreak, tok_, j, pos) > 0) return false;
  }
  Quantity q;
  if (!numbers_.TryQuantity(pos, end, &q) || q.year_like || q.end + 1 >= end) return false;
  const std::string_view in = tok_[q.end].lower;
  if ((in != "in" && in != "à" && in != "dans") || !tok_[q.end + 1].capital) return false;
  static_cast<FoundCount&>(*c) = q.count;
  c->begin = q.begin;
  c->end = q.end;
  c->implicit = true;
  c->group = root.group;
  c->who = root.who;
  c->same_as = root_index;
  return true;
}

// The new figure of a change ends at `pos`: "from fourteen to 31", « de 14 à 31 » after a word
// of change.
bool Scanner::ChangeTo(size_t pos, size_t s_begin) const {
  int role = 0;
  if (pos == s_begin || lex_.between_qualifiers.Match(tok_, pos - 1, pos, &role) != 1 ||
      static_cast<QualifierRole>(role) != QualifierRole::kRangeTo) {
    return false;
  }
  for (size_t j = pos - 1; j > s_begin && pos - j <= kMaxListGap; --j) {
    if (lex_.pre_qualifiers.Match(tok_, j - 1, j, &role) == 1 &&
        static_cast<QualifierRole>(role) == QualifierRole::kRangeOpen) {
      return numbers_.ChangeBefore(j - 1);
    }
  }
  return false;
}

// A number without a noun of people: "39 are confirmed dead", "killing 12", "the death toll
// rose to 39".
bool Scanner::TryImplicit(const Quantity& q, size_t s_begin, size_t end,
                          CountCandidate* c) const {
  if (q.year_like) return false;
  c->end = q.end;
  c->implicit = true;
  // « Ils étaient plus de 10 000 à manifester »: a headcount of people, what comes after « à ».
  for (size_t len = 2; len <= 3 && len <= q.begin - s_begin; ++len) {
    if (lex_.Role(WordRole::kHeadcount, tok_, q.begin - len, q.begin) != static_cast<int>(len)) {
      continue;
    }
    // « Ils sont 33 millions » alone could be anything: the verb after « à » says people.
    if (q.end >= end || (tok_[q.end].lower != "à" && tok_[q.end].lower != "to")) break;
    const size_t p = lex_.SkipAux(tok_, q.end + 1, end);
    const Cue* cue = CueAt(p, end);
    c->what = cue != nullptr && cue->what != "none" ? cue->what : "other";
    return true;
  }
  // "a crowd of 5,000 gathered", « une foule de 3 000 »: a crowd's number counts people.
  for (size_t len = 1; len <= 3 && len <= q.begin - s_begin; ++len) {
    if (lex_.Role(WordRole::kCrowd, tok_, q.begin - len, q.begin) == static_cast<int>(len)) {
      const size_t at = lex_.SkipAux(tok_, q.end, end);
      const Cue* cue = CueAt(at, end);
      c->what = cue != nullptr && cue->what != "none" ? cue->what : "other";
      return true;
    }
  }
  size_t p = SkipSubsetClause(q.end, end);
  // "five new deaths": modifiers before a cue noun.
  for (int mod = 0, len; mod < 2 && (len = lex_.Role(WordRole::kModifier, tok_, p, end)) > 0;
       ++mod) {
    p += static_cast<size_t>(len);
  }
  const size_t before_aux = p;
  p = lex_.SkipAux(tok_, p, end);
  const Cue* after = CueAt(p, end);
  // "35 were rescued" counts the people rescued; "12 killed", "39 are confirmed dead".
  if (after != nullptr && (after->what != "other" || p > before_aux)) {
    c->what = after->what;
    return true;
  }
  // A part of the count before it, named by a subset word: « six policiers ont été blessés, dont
  // deux grièvement », "including two in Kabul"; it has that count's outcome (count_what.cc)
  // and nothing of its own.
  for (size_t len = 1; len <= 3 && len <= q.begin - s_begin; ++len) {
    if (lex_.Role(WordRole::kSubset, tok_, q.begin - len, q.begin) == static_cast<int>(len)) {
      if (!EndsBare(p, end) && !EndsBare(q.end, end)) break;
      c->needs_cue = true;
      return true;
    }
  }
  const bool change_to = ChangeTo(q.begin, s_begin);
  if (!EndsBare(q.end, end) && !q.change_from && !change_to) return false;
  const int before = CueEndingAt(q.begin, s_begin);
  if (before >= 0 && lex_.cue_list[static_cast<size_t>(before)].what != "other") {
    c->what = lex_.cue_list[static_cast<size_t>(before)].what;
    return true;
  }
  // "Le bilan de l'accident, qui (...), s'élève désormais à 12": a figure the toll reaches may
  // stand far from it.
  int to_role = 0;
  const bool reaches = q.begin > s_begin &&
                       lex_.between_qualifiers.Match(tok_, q.begin - 1, q.begin, &to_role) == 1 &&
                       static_cast<QualifierRole>(to_role) == QualifierRole::kRangeTo;
  // "Some estimated death tolls, provided anonymously by officials to journalists, exceeded
  // 100": a bound the toll passes, as far.
  const bool exceeds =
      q.begin > s_begin && lex_.Role(WordRole::kExceed, tok_, q.begin - 1, q.begin) == 1;
  const size_t window = reaches || exceeds ? q.begin - s_begin : kTollWindow;
  for (size_t j = q.begin; j > s_begin && q.begin - j < window; --j) {
    // Another figure stops the search, not one inside a name ("SARS-CoV-2").
    if (tok_[j - 1].kind == WordKind::kNumber && !tok_[j - 1].glued && !change_to) break;
    if (lex_.Role(WordRole::kToll, tok_, j - 1, q.begin) > 0) {
      c->what = "killed";
      if (exceeds && c->qualifier == "exact") {
        c->qualifier = "at_least";
        c->low = c->value;
      }
      return true;
    }
  }
  return false;
}

}  // namespace

std::vector<FoundCount> ScanCounts(const std::vector<WordToken>& tokens,
                                   const CountLexicon& lexicon,
                                   const std::vector<uint8_t>* person) {
  Scanner scanner(tokens, lexicon, person);
  return scanner.Run();
}

}  // namespace sitrep::recognize
