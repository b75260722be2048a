// Assemble: merging event mentions and finishing events (see assemble.h).
#include "code/assemble.h"

#include <algorithm>
#include <map>

namespace sitrep::code {
namespace {

using Group = std::vector<const EventMention*>;

// News leads with its main event: the event of the text's first trigger gets this bonus.
constexpr double kLeadBonus = 0.1;

bool Before(const EventMention& a, const EventMention& b) {
  return a.sentence != b.sentence ? a.sentence < b.sentence : a.trigger_begin < b.trigger_begin;
}

bool Differ(const std::optional<std::string>& a, const std::optional<std::string>& b) {
  return a && b && *a != *b;
}

bool SameAcled(const PatternRule& a, const PatternRule& b) {
  if (!a.acled || !b.acled) return a.acled.has_value() == b.acled.has_value();
  return a.acled->event_type == b.acled->event_type;
}

// The state: armed forces, police, government.
bool Authority(const std::optional<std::string>& sector) {
  return sector && (*sector == "MIL" || *sector == "COP" || *sector == "GOV");
}

bool ActorsConflict(const std::optional<Actor>& a, const std::optional<Actor>& b) {
  return a && b && (Differ(a->country, b->country) || Differ(a->sector, b->sector));
}

// Two strong triggers with different CAMEO codes are two events ("évacuées" 073 and
// "déploiement des observateurs" 074); a weak one ("tués", below kWeakTrigger) joins any of its
// type.

bool SameCode(const PatternRule& a, const PatternRule& b) {
  if (a.weight < kWeakTrigger || b.weight < kWeakTrigger || !a.cameo || !b.cameo) return true;
  return a.cameo->substr(0, 3) == b.cameo->substr(0, 3);
}

bool Weak(const EventMention& m) { return m.rule->weight < kWeakTrigger; }

// A later, vaguer mention without a place or count of its own restates an event ("une violente
// campagne de bombardements aériens" ... "les violents bombardements").
constexpr double kRestatement = 0.75;

bool Restates(const EventMention& earlier, const EventMention& m) {
  if (!m.counts.empty()) return false;
  if (m.definite && !m.date_text) return true;  // "the strike", "l'attaque"
  return m.rule->weight < kRestatement && m.rule->weight <= earlier.rule->weight &&
         !m.place_in_sentence;
}

// Both mentions date themselves, differently ("the December 31 attack", "Thursday").
bool DatesDiffer(const EventMention& a, const EventMention& b) {
  return a.date_text && b.date_text && a.date && b.date && *a.date != *b.date;
}

// A vaguer mention placed only in the country of the other's place ("her murder ... of
// Pakistan" after "her murder ... in Multan") tells the same event.
// So does a strong one of the same ACLED sub-event type and mode with no date of its own ("Un
// kamikaze fait 68 morts en Afghanistan" before "un kamikaze ... samedi soir à Kaboul").
bool InCountryOf(const EventMention& vague, const EventMention& other) {
  const Location& v = *vague.location;
  if (v.precision != "country" || !v.country || v.country != other.location->country) return false;
  if (Weak(vague)) return true;
  const PatternRule& a = *vague.rule;
  const PatternRule& b = *other.rule;
  return !vague.date_text && a.acled && b.acled &&
         a.acled->sub_event_type == b.acled->sub_event_type && a.mode && a.mode == b.mode;
}

// A place known by its text only (no gazetteer entry): a street, a building, a village.
bool Unlocated(const Location& l) { return l.precision == "point" && !l.geonames_id; }

// A definite mention ("his arrest", "the attack") whose place or the other's is one the
// gazetteer lacks (a street, a building: "in the neighborhood of Strickland Street") retells the
// event at a place of the same town ("his arrest ... in the Christchurch central police
// station").
bool StreetOfTown(const EventMention& a, const EventMention& b) {
  return b.definite && (Unlocated(*a.location) || Unlocated(*b.location));
}

// A trigger inside a direct quote: a witness or official retelling ("they raped me").
bool Quoted(const Record& record, const EventMention& m) {
  return std::any_of(record.quotes.begin(), record.quotes.end(),
                     [&](const Quote& q) { return q.direct && q.span.Contains(m.trigger); });
}

bool Compatible(const Group& g, const EventMention& m, const Record& record) {
  // « Dans la même matinée, des hommes armés ont attaqué un autocar », "In a separate attack":
  // the sentence tells an event of its own.
  if (m.another && !m.definite) return false;
  for (const EventMention* o : g) {
    if (o->type() != m.type()) return false;
    // A weak trigger ("killed", "attack") joins an event of its type whatever its ACLED type.
    if (!SameAcled(*o->rule, *m.rule) && !Weak(m) && !Weak(*o) && !Restates(*o, m)) return false;
    // A definite mention ("attended the rally") names the event told before; its date may be
    // the report's ("according to reports on Friday").
    if (DatesDiffer(*o, m) && !m.definite) return false;
    if (!SameCode(*o->rule, *m.rule) && !Restates(*o, m)) return false;
    if (o->place_in_sentence && m.place_in_sentence && DistinctPlaces(*o->location, *m.location) &&
        !InCountryOf(m, *o) && !InCountryOf(*o, m) && !Quoted(record, m) && !Quoted(record, *o) &&
        !StreetOfTown(*o, m) && !StreetOfTown(m, *o)) {
      return false;
    }
    if (ActorsConflict(o->actor1, m.actor1)) return false;
  }
  return true;
}

const EventMention* Primary(const Group& g) {
  const EventMention* best = g.front();
  for (const EventMention* m : g) {
    if (m->rule->weight > best->rule->weight) best = m;
  }
  return best;
}

std::optional<AcledType> ResolveAcled(const PatternRule& rule, const Event& e) {
  std::optional<AcledType> acled = rule.acled;
  for (const SectorOverride& o : rule.if2) {
    if (e.actor2 && e.actor2->sector &&
        std::find(o.sectors.begin(), o.sectors.end(), *e.actor2->sector) != o.sectors.end()) {
      acled = o.acled;
    }
  }
  for (const SectorOverride& o : rule.if1) {
    if (e.actor1 && e.actor1->sector &&
        std::find(o.sectors.begin(), o.sectors.end(), *e.actor1->sector) != o.sectors.end()) {
      acled = o.acled;
    }
  }
  return acled;
}

// The strongest "+TYPE" modifier of the group's mentions sets the ACLED type (and mode).
void ApplyModifier(const Group& g, Event* e) {
  const PatternRule* best = nullptr;
  for (const EventMention* m : g) {
    if (m->modifier && (!best || m->modifier->weight > best->weight)) best = m->modifier;
  }
  if (!best) return;
  if (best->acled) e->acled = best->acled;
  if (best->mode) e->mode = best->mode;
  if (best->cameo) e->cameo = best->cameo;
}

// Copies the group's counts (each once) into the event, remapping subset_of.
void AttachCounts(const Group& g, const Record& record, Event* e) {
  std::vector<size_t> ids;
  for (const EventMention* m : g) {
    for (size_t c : m->counts) {
      if (std::find(ids.begin(), ids.end(), c) == ids.end()) ids.push_back(c);
    }
  }
  for (size_t c : ids) {
    Count count = record.counts[c];
    if (count.subset_of) {
      auto it = std::find(ids.begin(), ids.end(), static_cast<size_t>(*count.subset_of));
      count.subset_of = it == ids.end() ? std::nullopt
                                        : std::optional<int>(static_cast<int>(it - ids.begin()));
    }
    e->counts.push_back(std::move(count));
  }
}

double Confidence(const Group& g, const EventMention& primary, const Event& e) {
  double c = primary.rule->weight;
  if (e.actor1) c += 0.1;
  if (e.actor2) c += 0.05;
  if (primary.place_in_sentence) c += 0.1;
  if (!e.counts.empty()) c += 0.05;
  c += 0.05 * static_cast<double>(g.size() - 1);
  return std::clamp(c, 0.0, 1.0);
}

// The first of the group's values for which `get` holds one, the primary's first.
template <typename T, typename Get>
std::optional<T> FirstOf(const Group& g, const EventMention& primary, Get get) {
  if (auto v = get(primary)) return v;
  for (const EventMention* m : g) {
    if (auto v = get(*m)) return v;
  }
  return std::nullopt;
}

constexpr std::string_view kStateSector = "GOV";

// Whether the actor is a country the text names ("Iran"), not a role word ("authorities").
bool NamedState(const Record& record, const Actor& a) {
  return std::any_of(record.entities.begin(), record.entities.end(), [&](const Entity& e) {
    return e.kind == "state" && e.span.start == a.span.start && e.span.end == a.span.end;
  });
}

Event Finish(const Group& g, const Record& record, const std::optional<Location>& main_place,
             bool lead) {
  const EventMention& p = *Primary(g);
  const PatternRule& rule = *p.rule;
  Event e;
  e.type = p.type();
  e.mode = rule.mode;
  e.cameo = rule.cameo;
  e.evidence = p.evidence;
  e.actor1 = FirstOf<Actor>(g, p, [](const EventMention& m) { return m.actor1; });
  e.actor2 = FirstOf<Actor>(g, p, [](const EventMention& m) { return m.actor2; });
  // "Israeli forces fired rubber bullets ... Soldiers also shot": an actor named without a
  // country is the one another mention of the event names with it, when the sectors agree.
  if (e.actor1 && !e.actor1->country) {
    for (const EventMention* m : g) {
      if (m->actor1 && m->actor1->country && m->actor1->sector == e.actor1->sector) {
        e.actor1->country = m->actor1->country;
        break;
      }
    }
  }
  // An authority's default (arrests: the police) takes the place only of a government that
  // is no state the text names: "(Chinese) authorities arrested" are the police; "Iran issued
  // arrest warrants" is its government, "the military junta detained" its armed forces.
  const bool authority_default = rule.default1 && Authority(rule.default1->sector);
  if (rule.default1 && e.actor1 && Authority(e.actor1->sector) &&
      rule.default1->sector != e.actor1->sector &&
      !(authority_default &&
        (e.actor1->sector != kStateSector || NamedState(record, *e.actor1)))) {
    // "police dispersed a protest of workers", "an anti-government protest": the state is the
    // target or the force that intervened; the protesters act.
    if (e.actor2 && e.actor2->sector == rule.default1->sector) {
      std::swap(e.actor1, e.actor2);  // "police dispersed the nurses": the nurses protest
    } else {
      if (!e.actor2) e.actor2 = e.actor1;
      e.actor1.reset();
    }
  }
  if (!e.actor1 && rule.default1) e.actor1 = rule.default1;
  e.location = FirstOf<Location>(g, p, [](const EventMention& m) { return m.location; });
  if (!e.location) e.location = main_place;
  // The primary mention's date, else the first other one's; a report's date ("a annoncé
  // samedi") only when no mention dates the event itself.
  const EventMention* dated = nullptr;
  for (const EventMention* m : g) {
    if (m->date && (!dated || (dated->date_reported && !m->date_reported))) dated = m;
  }
  if (p.date && (!p.date_reported || !dated || dated->date_reported)) dated = &p;
  if (dated) {
    e.date = dated->date;
    e.date_text = dated->date_text;
  } else {
    e.date = record.doc.published;
  }
  AttachCounts(g, record, &e);
  e.fatalities = Fatalities(g, record);
  e.acled = ResolveAcled(rule, e);
  // A battle has two sides: the only one named acts ("a trafficker was killed after exchanging
  // fire with police").
  if (!e.actor1 && e.actor2 && e.acled && e.acled->event_type == "Battles") {
    std::swap(e.actor1, e.actor2);
  }
  ApplyModifier(g, &e);
  e.confidence = Confidence(g, p, e);
  if (p.remap) {  // announced or refused: no ACLED event, the remap's CAMEO code
    e.mode.reset();
    e.acled.reset();
    e.cameo = p.remap->cameo;
  }
  if (lead) e.confidence = std::min(1.0, e.confidence + kLeadBonus);
  if (p.embedded) e.confidence *= 0.5;
  return e;
}

// The sentences whose deaths are group g's: its own, and up to two after its last one where no
// other event starts (a follow-up "The victim died.", "3 fatalities." or "1 killed.").
std::vector<size_t> DeathSentences(const Group& g, const std::vector<Group>& groups,
                                   size_t n_sentences) {
  std::vector<size_t> out;
  size_t last = 0;
  for (const EventMention* m : g) {
    out.push_back(m->sentence);
    last = std::max(last, m->sentence);
  }
  for (size_t s = last + 1; s <= last + 2 && s < n_sentences; ++s) {
    // Another event starts there: a strong trigger with its own place, or one as strong as g's.
    const double own = Primary(g)->rule->weight;
    const bool other = std::any_of(groups.begin(), groups.end(), [&](const Group& o) {
      return &o != &g && std::any_of(o.begin(), o.end(), [&](const EventMention* m) {
               return m->sentence == s && m->rule->weight >= kWeakTrigger &&
                      (m->place_in_sentence || m->rule->weight >= own);
             });
    });
    if (other) break;
    out.push_back(s);
  }
  return out;
}

double MaxWeight(const Group& g) {
  double w = 0;
  for (const EventMention* m : g) w = std::max(w, m->rule->weight);
  return w;
}

// A place or a count of its own; a toll ("The victim died.", "2 soldiers were killed.") is no
// count of its own: it tells the deaths of the event before it.
bool HasOwnPlaceOrCount(const Group& g, const Record& record) {
  return std::any_of(g.begin(), g.end(), [&](const EventMention* m) {
    return m->place_in_sentence ||
           std::any_of(m->counts.begin(), m->counts.end(), [&](size_t c) {
             return record.counts[c].what != "killed" && record.counts[c].what != "injured";
           });
  });
}

// Only definite mentions ("the airstrike", "cette attaque") with no count or date of their own.
bool AllDefinite(const Group& g) {
  return std::all_of(g.begin(), g.end(), [](const EventMention* m) {
    return m->definite && m->counts.empty() && !m->date_text;
  });
}

// A group of weak triggers only ("killed") with no place or count of its own, or of definite
// mentions only ("the strike"), is a further mention of the strongest event of its type, when
// there is one.
void AbsorbWeakGroups(std::vector<Group>* groups, const Record& record) {
  for (size_t i = 0; i < groups->size();) {
    Group& g = (*groups)[i];
    Group* host = nullptr;
    if ((MaxWeight(g) < kWeakTrigger && !HasOwnPlaceOrCount(g, record)) || AllDefinite(g)) {
      for (Group& h : *groups) {
        if (&h == &g || h.front()->type() != g.front()->type()) continue;
        // An event told as another one ("In a separate attack") is not the one told before it.
        if (h.front()->another && h.front()->sentence > g.front()->sentence) continue;
        // A toll ("The victim died.") also joins a weak but stronger event ("attacked a man").
        const bool toll = !AllDefinite(g) && MaxWeight(h) > MaxWeight(g);
        if (AllDefinite(h) || (MaxWeight(h) < kWeakTrigger && !toll)) continue;
        if (!host || MaxWeight(h) > MaxWeight(*host)) host = &h;
      }
    }
    if (!host) {
      ++i;
      continue;
    }
    host->insert(host->end(), g.begin(), g.end());
    groups->erase(groups->begin() + static_cast<std::ptrdiff_t>(i));
  }
}

// "Deux manifestants ont été tués par la police": a weak killing told in the sentences of a
// protest the police met with excessive force is that protest's deaths, not an attack of its own
// (docs/gold.md: police shooting at protesters is one PROTEST event).
void DropProtestKillings(std::vector<Group>* groups) {
  auto excessive = [](const EventMention* p) {
    return p->type() == "PROTEST" && p->modifier && p->modifier->acled &&
           p->modifier->acled->sub_event_type == "Excessive force against protesters";
  };
  auto in_protest = [&](const EventMention* m) {
    return std::any_of(groups->begin(), groups->end(), [&](const Group& h) {
      return std::any_of(h.begin(), h.end(), [&](const EventMention* p) {
        return excessive(p) && p->sentence == m->sentence;
      });
    });
  };
  groups->erase(std::remove_if(groups->begin(), groups->end(),
                               [&](const Group& g) {
                                 return g.front()->type() == "ASSAULT" &&
                                        MaxWeight(g) < kWeakTrigger &&
                                        std::all_of(g.begin(), g.end(), in_protest);
                               }),
                groups->end());
}

// A killing trigger whose target is a person the text names ("killed Qasem Soleimani", "the
// killing of Qasem Soleimani", "Khashoggi was murdered"): one death, when no number is given.
bool NamedVictim(const Group& g, const Record& record) {
  return std::any_of(g.begin(), g.end(), [&](const EventMention* m) {
    if (!m->killing || !m->actor2 || m->remap)
      return false;
    return std::any_of(record.entities.begin(), record.entities.end(), [&](const Entity& e) {
      return e.kind == "person" && e.span.start == m->actor2->span.start &&
             e.span.end == m->actor2->span.end;
    });
  });
}

}  // namespace

bool DistinctPlaces(const Location& a, const Location& b) {
  return a.name != b.name && !(Unlocated(a) && Unlocated(b));
}

std::optional<int64_t> Fatalities(const std::vector<const EventMention*>& group,
                                  const Record& record) {
  std::optional<int64_t> best;
  size_t best_sentence = 0;
  bool none_died = false;
  for (const EventMention* m : group) {
    int64_t sum = 0;
    bool any = false;
    std::vector<Span> summed;  // a count over the same words is one ("a civilian man")
    for (size_t c : m->counts) {
      const Count& count = record.counts[c];
      if (count.what != "killed") continue;
      if (count.subset_of && std::find(m->counts.begin(), m->counts.end(),
                                       static_cast<size_t>(*count.subset_of)) != m->counts.end()) {
        continue;
      }
      if (std::any_of(summed.begin(), summed.end(),
                      [&](const Span& s) { return s.Overlaps(count.span); })) {
        continue;
      }
      summed.push_back(count.span);
      sum += count.value;
      any = true;
    }
    // The earliest mention that states a toll gives the reported total: later ones break it
    // down ("six Mexican nationals") or tell one place of it.
    if (any && (!best || m->sentence < best_sentence)) {
      best = sum;
      best_sentence = m->sentence;
    }
    none_died = none_died || m->no_fatalities;
  }
  if (!best && none_died) return 0;
  return best;
}

std::optional<std::string> MainCountry(const Record& record,
                                       const std::vector<EventMention>& mentions) {
  std::map<std::string, int> n;
  std::optional<std::string> best;
  auto add = [&](const std::optional<std::string>& c, int weight) {
    if (!c) return;
    const int k = n[*c] += weight;
    if (!best || k > n[*best]) best = c;
  };
  // A place tells where more than an actor's nationality does ("Saudi-led airstrikes").
  for (const Entity& e : record.entities) {
    std::optional<std::string> c = e.country;
    if (!c && e.kind == "state" && e.id && e.id->size() == 3) c = e.id;
    add(c, e.kind == "place" ? 2 : 1);
  }
  for (const EventMention& m : mentions) {
    if (m.actor1) add(m.actor1->country, 1);
    if (m.actor2) add(m.actor2->country, 1);
  }
  return best;
}

namespace {

// A city or town of the gazetteer (numeric GeoNames id), not a division ("IN-TN").
bool CityEntity(const Entity& e) {
  return e.kind == "place" && e.id && !e.id->empty() &&
         std::all_of(e.id->begin(), e.id->end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The city of `country` the document names most often (the first of equals), datelines left
// out; null when none.
const Entity* MainCity(const Record& record, const std::string& country) {
  std::map<std::string, int> n;
  const Entity* best = nullptr;
  for (const Entity& e : record.entities) {
    if (!CityEntity(e) || e.country != country || IsDateline(record.doc.text, e.span)) continue;
    const int k = ++n[e.name];
    if (!best || k > n[best->name]) best = &e;
  }
  return best;
}

// The entity's country: its own, or a state's ISO alpha-3 id.
std::optional<std::string> EntityCountry(const Entity& e) {
  if (e.country) return e.country;
  if (e.kind == "state" && e.id && e.id->size() == 3) return e.id;
  return std::nullopt;
}

// The location a place or state entity names.
Location EntityLocation(const Record& record, const Entity& e) {
  Location loc;
  loc.text = std::string(record.doc.Slice(e.span));
  loc.span = e.span;
  loc.name = e.name.empty() ? loc.text : e.name;
  loc.country = EntityCountry(e);
  if (e.kind == "state") {
    loc.precision = "country";
  } else if (e.id) {
    try {
      loc.geonames_id = std::stoll(*e.id);
    } catch (...) {
    }
  }
  return loc;
}

// The place the document names most (the first of equals), else its most named country; only
// those of `country` when it is set.
const Entity* MostNamedPlace(const Record& record, const std::optional<std::string>& country) {
  std::map<std::string, int> place_n, state_n;
  const Entity* best_place = nullptr;
  const Entity* best_state = nullptr;
  const Entity* dateline = nullptr;  // "KHARTOUM -": where the report was filed
  for (const Entity& e : record.entities) {
    if (country && EntityCountry(e) != country) continue;
    if (e.kind == "place" && IsDateline(record.doc.text, e.span)) {
      if (!dateline) dateline = &e;
      continue;
    }
    if (e.kind == "place") {
      const int n = ++place_n[e.name];
      if (!best_place || n > place_n[best_place->name]) best_place = &e;
    } else if (e.kind == "state") {
      const int n = ++state_n[e.name];
      if (!best_state || n > state_n[best_state->name]) best_state = &e;
    }
  }
  return best_place ? best_place : best_state ? best_state : dateline;
}

}  // namespace

std::optional<Location> MainPlace(const Record& record) {
  const Entity* e = MostNamedPlace(record, std::nullopt);
  if (!e) return std::nullopt;
  // A place abroad named once does not outweigh a country the text names throughout ("Hong
  // Kong" seven times, "Beijing" once): a place counts 3, a country named 1 (often as an
  // actor, "Turkey said"), and a country counting half as much again as the place's own
  // holds the main place.
  std::map<std::string, int> country_n;
  for (const Entity& x : record.entities) {
    const std::optional<std::string> c = EntityCountry(x);
    if (c && (x.kind == "place" || x.kind == "state")) country_n[*c] += x.kind == "place" ? 3 : 1;
  }
  std::optional<std::string> top;
  for (const auto& [c, k] : country_n) {
    if (!top || k > country_n[*top]) top = c;
  }
  const std::optional<std::string> own = EntityCountry(*e);
  if (top && own && *own != *top && 2 * country_n[*top] >= 3 * country_n[*own]) {
    e = MostNamedPlace(record, top);
  }
  return EntityLocation(record, *e);
}

std::vector<Event> Assemble(const std::vector<EventMention>& mentions, const Record& record,
                            const std::optional<Location>& main_place,
                            const std::vector<SentenceDeaths>& deaths) {
  std::vector<Group> groups;
  for (const EventMention& m : mentions) {
    auto g = std::find_if(groups.begin(), groups.end(),
                          [&](const Group& group) { return Compatible(group, m, record); });
    if (g == groups.end()) {
      groups.push_back(Group{&m});
    } else {
      g->push_back(&m);
    }
  }
  AbsorbWeakGroups(&groups, record);
  DropProtestKillings(&groups);
  // Groups of mentions that only complete an event told elsewhere tell none.
  groups.erase(std::remove_if(groups.begin(), groups.end(),
                              [](const Group& g) {
                                return std::all_of(g.begin(), g.end(), [](const EventMention* m) {
                                  return m->mention_only;
                                });
                              }),
               groups.end());
  const EventMention* first = nullptr;
  for (const EventMention& m : mentions) {
    if (!first || Before(m, *first)) first = &m;
  }
  const std::optional<std::string> country = MainCountry(record, mentions);
  std::vector<Event> events;
  for (const Group& g : groups) {
    const bool lead = std::find(g.begin(), g.end(), first) != g.end();
    events.push_back(Finish(g, record, main_place, lead));
    if (!deaths.empty()) {
      // The sentences' deaths, when the mentions state none or a short toll sums them up.
      const std::vector<size_t> sentences = DeathSentences(g, groups, deaths.size());
      // A toll that sums up, or a death the event is about ("over the death of"), decides.
      const bool decides = std::any_of(sentences.begin(), sentences.end(), [&](size_t s) {
        return deaths[s].summary || deaths[s].cause;
      });
      if (!events.back().fatalities || decides) {
        events.back().fatalities = SentencesFatalities(deaths, sentences, record);
      }
    }
    // A protest without violence kills no one: deaths its sentences tell are those it is
    // about ("protested after a gas leak killed 11", "over the death of a youth").
    Event& e = events.back();
    if (e.acled && e.acled->event_type == "Protests" &&
        e.acled->sub_event_type != "Excessive force against protesters" && e.fatalities) {
      e.fatalities = 0;
    }
    if (!events.back().fatalities && NamedVictim(g, record))
      events.back().fatalities = 1;
    std::optional<Location>& loc = events.back().location;
    if (loc && !loc->country) loc->country = country;
    // "an airstrike in Iraq" in an article that names Baghdad: the country's city the text
    // names most is where it happened, as precisely as the text tells.
    if (loc && loc->precision == "country" && loc->country) {
      if (const Entity* city = MainCity(record, *loc->country)) {
        loc = EntityLocation(record, *city);
      }
    }
    events.back().id = record.doc.id + "#e" + std::to_string(events.size());
  }
  return events;
}

}  // namespace sitrep::code
