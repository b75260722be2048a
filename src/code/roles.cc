// AssignRoles: actor1 (who acts) and actor2 (target) of a trigger from the sentence's mentions.
#include <vector>

#include "code/mention.h"

namespace sitrep::code {
namespace {

constexpr size_t kNone = static_cast<size_t>(-1);
// Keys allowed between a nominal trigger of a violent or protest event (ACLED codes it, not
// as a strategic development) and its actor before it ("Turkey 's offensive"); meetings and
// deployments keep their distant subject ("Poutine, lors d'une réunion avec...").
constexpr size_t kNominalGap = 1;
constexpr std::string_view kStrategic = "Strategic developments";
// The sector of a country named as the actor of a non-military event.
constexpr std::string_view kStateSector = "GOV";
constexpr std::string_view kMilitarySector = "MIL";
constexpr std::string_view kAssault = "ASSAULT";
// Keys allowed between a passive verb trigger and its agent preposition.
constexpr size_t kPassiveAgentReach = 4;
// Keys allowed between a light verb and the nominal trigger it governs ("fired a mortar",
// "conducted three air strikes", « ont mené une attaque »).
constexpr size_t kLightVerbReach = 3;

class RolePicker {
 public:
  explicit RolePicker(const SentenceContext& ctx) : ctx_(ctx), used_(ctx.mentions.size(), false) {}

  // First unused mention starting in keys [lo, hi); bare demonyms only when `bare`.
  size_t StartingIn(size_t lo, size_t hi, bool bare) const {
    for (size_t i = 0; i < ctx_.mentions.size(); ++i) {
      const ActorMention& m = ctx_.mentions[i];
      if (!used_[i] && !m.subset && m.begin >= lo && m.begin < hi && (bare || !m.bare_demonym)) {
        return i;
      }
    }
    return kNone;
  }
  // Nearest unused mention ending at or before key `pos` (a bare demonym only right at pos).
  size_t NearestBefore(size_t pos) const {
    size_t best = kNone;
    for (size_t i = 0; i < ctx_.mentions.size(); ++i) {
      const ActorMention& m = ctx_.mentions[i];
      if (used_[i] || m.subset || m.end > pos || (m.bare_demonym && m.end != pos)) continue;
      if (Sourced(m.begin)) continue;
      if (best == kNone || m.end > ctx_.mentions[best].end) best = i;
    }
    return best;
  }
  // Nearest non-demonym mention ending at or before `pos`, not a state named after a place
  // preposition ("en Syrie" is a place).
  // The nearest mention that is not inside a prepositional phrase ("contre les exactions des
  // groupes armés"), else the nearest.
  // `max_gap`: keys allowed between the mention and `pos` (a nominal trigger takes only the
  // actor right before it, "rebel attack", "Turkey's offensive": in "Police alleged the
  // accused performed two attacks" the police report, they do not attack).
  size_t SubjectBefore(size_t pos, size_t max_gap = kNone) const {
    size_t best = kNone, nearest = kNone;
    for (size_t i = 0; i < ctx_.mentions.size(); ++i) {
      const ActorMention& m = ctx_.mentions[i];
      if (used_[i] || m.subset || m.end > pos || (m.bare_demonym && m.end != pos)) continue;
      if (max_gap != kNone && m.end + max_gap < pos) continue;
      if (max_gap != kNone && m.capital) continue;  // "the Kabul attack" is where it struck
      if (m.state && AfterPlacePrep(m.begin)) continue;
      if (Sourced(m.begin)) continue;  // « Selon la police, un homme armé a ouvert le feu »
      if (nearest == kNone || m.end > ctx_.mentions[nearest].end) nearest = i;
      if (InPrepPhrase(m.begin)) continue;
      if (best == kNone || m.end > ctx_.mentions[best].end) best = i;
    }
    return best != kNone ? best : nearest;
  }
  // The unused mention holding key `key` ("air force" in "LNA air force targeted"), or kNone.
  size_t Holding(size_t key) const {
    for (size_t i = 0; i < ctx_.mentions.size(); ++i) {
      const ActorMention& m = ctx_.mentions[i];
      if (!used_[i] && !m.subset && m.begin <= key && key < m.end) return i;
    }
    return kNone;
  }
  bool InPrepPhrase(size_t key) const {
    for (Cue c : {Cue::kOf, Cue::kTargetPrep, Cue::kWith, Cue::kPlacePrep}) {
      for (const Match& p : ctx_.Cues(c)) {
        if (p.begin > 0 && RightAfter(p, key)) return true;
      }
    }
    return false;
  }
  // A mention right after "according to", « selon » (a determiner between): who reports.
  bool Sourced(size_t key) const {
    for (const Match& p : ctx_.Cues(Cue::kSource)) {
      if (RightAfter(p, key)) return true;
    }
    return false;
  }
  // Key `key` starts right after the cue `p`, maybe past one determiner ("contre les", "selon la").
  bool RightAfter(const Match& p, size_t key) const {
    return p.end == key || (p.end + 1 == key && IsDet(p.end));
  }
  bool IsDet(size_t key) const {
    for (const Match& d : ctx_.Cues(Cue::kDet)) {
      if (d.begin == key) return true;
    }
    return false;
  }
  bool AfterPlacePrep(size_t key) const {
    for (const Match& c : ctx_.Cues(Cue::kPlacePrep)) {
      if (c.end == key || c.end + 1 == key) return true;
    }
    return false;
  }
  std::optional<Actor> Take(size_t i) {
    if (i == kNone) return std::nullopt;
    used_[i] = true;
    return ctx_.mentions[i].actor;
  }
  // Whether `a` was taken from a country name ("Germany banned", "Iran issued warrants").
  bool IsState(const std::optional<Actor>& a) const {
    for (size_t i = 0; i < ctx_.mentions.size(); ++i) {
      const ActorMention& m = ctx_.mentions[i];
      if (a && used_[i] && m.state && m.actor.span == a->span) return true;
    }
    return false;
  }

 private:
  const SentenceContext& ctx_;
  std::vector<bool> used_;
};

// A cue match starting in keys [lo, hi], or nullptr.
const Match* CueStarting(const std::vector<Match>& cues, size_t lo, size_t hi) {
  for (const Match& c : cues) {
    if (c.begin >= lo && c.begin <= hi) return &c;
  }
  return nullptr;
}

// A cue match ending in keys [lo, hi], or nullptr.
const Match* CueEnding(const std::vector<Match>& cues, size_t lo, size_t hi) {
  for (const Match& c : cues) {
    if (c.end >= lo && c.end <= hi) return &c;
  }
  return nullptr;
}

size_t Back(size_t pos, size_t n) { return pos >= n ? pos - n : 0; }

}  // namespace

void AssignRoles(const PatternRule& rule, const Match& m, const SentenceContext& ctx,
                 EventMention* mention) {
  RolePicker pick(ctx);
  std::optional<Actor> a1, a2;
  // A noun: flagged so, or after a determiner or a number ("the attack", "two attacks").
  const bool nominal = rule.noun || CueEnding(ctx.Cues(Cue::kDet), m.begin, m.begin) != nullptr ||
                       (m.begin > 0 && ctx.keys[m.begin - 1].number);
  // An auxiliary that is an actor's name, a word before the trigger, is none ("IS fighters
  // attacked").
  const Match* aux = CueEnding(ctx.Cues(Cue::kPassiveAux), Back(m.begin, 1), m.begin);
  bool passive = aux != nullptr && (aux->end == m.begin || pick.Holding(aux->begin) == kNone);
  // "Ten civilians killed in air strikes", « dix civils tués dans »: a casualty participle
  // right after a noun, with no auxiliary, is a reduced passive.
  if (!passive && !nominal && CueStarting(ctx.Cues(Cue::kVictim), m.begin, m.begin) != nullptr) {
    const size_t s = pick.SubjectBefore(m.begin);
    passive = s != kNone && ctx.mentions[s].end == m.begin;
  }
  // "tués par des bombardements turcs": the agent follows the trigger.
  // "were beaten and then arrested by the police": a passive verb reaches its agent past a
  // coordinated participle or a short adjunct.
  const size_t agent_reach = passive && !nominal ? kPassiveAgentReach : 1;
  if (const Match* p = CueStarting(ctx.Cues(Cue::kAgentPrep), m.end, m.end + agent_reach)) {
    passive = passive || !nominal;
    a1 = pick.Take(pick.StartingIn(p->end, p->end + 5, true));
  }
  // "par des bombardements aériens turcs": the trigger is itself the agent phrase.
  if (const Match* p = CueEnding(ctx.Cues(Cue::kAgentPrep), Back(m.begin, 2), m.begin)) {
    passive = true;
    if (!a1) a1 = pick.Take(pick.StartingIn(m.end, m.end + 3, true));
    if (!a1) a1 = pick.Take(pick.NearestBefore(m.begin));
    if (!a2) a2 = pick.Take(pick.NearestBefore(p->begin));
  }
  // A country adjective on the trigger: "frappes russes", "Turkish airstrikes"; one after a
  // trigger that names no agent's sector is its object's ("expulsé deux diplomates
  // américains").
  if (!a1 && !rule.agent_sector.empty()) {
    const size_t after = pick.StartingIn(m.end, m.end + 1, true);
    if (after != kNone && ctx.mentions[after].bare_demonym) a1 = pick.Take(after);
  }
  if (!a1) {
    const size_t before = pick.NearestBefore(m.begin);
    if (before != kNone && ctx.mentions[before].bare_demonym) a1 = pick.Take(before);
  }
  // "frappes de l'armée", "a demonstration of nurses"; "the murder of journalist Jamal
  // Khashoggi", "the killers of Khashoggi": the victim (of_target).
  if (nominal && (rule.of_target ? !a2 : !a1)) {
    if (const Match* p = CueStarting(ctx.Cues(Cue::kOf), m.end, m.end)) {
      (rule.of_target ? a2 : a1) = pick.Take(pick.StartingIn(p->end, p->end + 2, false));
    }
  }
  // "clashes (erupted) between the army and the rebels": the sides in their order.
  if (!a1 && !passive) {
    if (const Match* p = CueStarting(ctx.Cues(Cue::kBetween), m.end, m.end + 2)) {
      const size_t first = pick.StartingIn(p->end, p->end + 3, false);
      if (first != kNone) {
        const size_t after = ctx.mentions[first].end;
        a1 = pick.Take(first);
        if (!a2) a2 = pick.Take(pick.StartingIn(after, after + 4, false));
      }
    }
  }
  // A trigger that starts on its actor ("air force * targeted", "LNA air force targeted").
  if (!a1 && !passive) a1 = pick.Take(pick.Holding(m.begin));
  // Targets: "contre", "sur", "against"; the other party of "avec", "with".
  for (Cue c : {Cue::kTargetPrep, Cue::kWith}) {
    if (a2) break;
    if (const Match* p = CueStarting(ctx.Cues(c), m.end, m.end + 4)) {
      a2 = pick.Take(pick.StartingIn(p->end, p->end + 5, false));
    }
  }
  if (passive) {
    if (!a2) a2 = pick.Take(pick.SubjectBefore(m.begin));
  } else {
    const bool violent = rule.acled && rule.acled->event_type != kStrategic;
    size_t gap = nominal && violent ? kNominalGap : kNone;
    // The object of a light verb takes the verb's subject ("militants fired a mortar"); not
    // for a trigger with a default actor ("students of X University staged a protest": the
    // protesters, not the university).
    size_t anchor = m.begin;
    if (gap != kNone && !rule.default1) {
      if (const Match* lv =
              CueEnding(ctx.Cues(Cue::kLightVerb), Back(m.begin, kLightVerbReach), m.begin)) {
        anchor = lv->begin;
        gap = kNone;
      }
    }
    // "Khashoggi's killing": the possessive of an of_target noun is its target.
    const bool victim =
        nominal && rule.of_target && m.begin > 0 && ctx.keys[m.begin - 1].text == "'s";
    if (victim && !a2)
      a2 = pick.Take(pick.SubjectBefore(m.begin, gap));
    // A verb coordinated to another shares its subject: in "Turkish troops entered northern
    // Syria and shelled", the actor right before "and" is the first verb's object; the subject
    // is the actor before that verb.
    if (!a1 && !nominal) {
      if (const Match* c = CueEnding(ctx.Cues(Cue::kCoord), m.begin, m.begin)) {
        const size_t object = pick.SubjectBefore(c->begin);
        if (object != kNone && ctx.mentions[object].end == c->begin &&
            ctx.mentions[object].begin > 0) {
          a1 = pick.Take(pick.SubjectBefore(ctx.mentions[object].begin - 1));
        }
      }
    }
    // "Ten civilians killed in air strikes", « dix civils tués dans des frappes »: the noun
    // before a casualty participle is a victim of the nominal trigger, not its actor.
    bool victim_subject = false;
    if (!a1 && !victim && nominal) {
      const size_t s = pick.SubjectBefore(anchor, gap);
      if (s != kNone) {
        const size_t after = ctx.mentions[s].end;
        victim_subject = CueStarting(ctx.Cues(Cue::kVictim), after, after) != nullptr;
        if (victim_subject && !a2) a2 = pick.Take(s);
      }
    }
    if (!a1 && !victim && !victim_subject)
      a1 = pick.Take(pick.SubjectBefore(anchor, gap));
    if (!a2) a2 = pick.Take(pick.StartingIn(m.end, m.end + 6, false));
  }
  // A country that acts is its government, or its armed forces in a military action ("the
  // United States killed the general in a drone strike", « les États-Unis ont tué »).
  if (a1 && !a1->sector && pick.IsState(a1)) {
    const bool military = rule.agent_sector == kMilitarySector || rule.type == kAssault;
    a1->sector = std::string(military ? kMilitarySector : kStateSector);
  }
  if (a1 && !a1->sector && !rule.agent_sector.empty()) a1->sector = rule.agent_sector;
  mention->actor1 = std::move(a1);
  mention->actor2 = std::move(a2);
}

}  // namespace sitrep::code
