// EntityRun: dictionary matching and the reading of titles, roles and name patterns; see
// entity_run.h. Resolution of titles and roles is in entity_resolve.cc.
#include "recognize/entity_run.h"

#include <algorithm>

namespace sitrep::recognize::entities_internal {

EntityRun::EntityRun(const EntityDict& dict, const text::Analysis& analysis, const Document& doc)
    : dict_(dict), analysis_(analysis), doc_(doc) {
  if (doc.lang == "fr") lang_ = 'f';
  if (doc.lang == "en") lang_ = 'e';
}

void EntityRun::Run(std::vector<Entity>* out) {
  units_ = BuildUnits(analysis_, dict_.fold, dict_.elisions);
  match_at_.assign(units_.size(), -1);
  covered_.assign(units_.size(), 0);
  FindMatches();
  consumed_.assign(matches_.size(), 0);
  event_sector_.assign(matches_.size(), std::string());
  for (size_t mi = 0; mi < matches_.size(); ++mi) {
    if (consumed_[mi]) continue;
    if (Get(matches_[mi], EntryType::kTitle) != nullptr) {
      ReadTitle(mi);
    } else if (Get(matches_[mi], EntryType::kRole) != nullptr) {
      ReadRole(mi);
    }
  }
  EmitMatches();
  for (size_t mi = 0; mi < matches_.size(); ++mi) {
    if (Get(matches_[mi], EntryType::kHonorific) != nullptr) ReadHonorific(mi);
    if (Get(matches_[mi], EntryType::kOrgHead) != nullptr) ReadOrgHead(mi);
  }
  LinkTitleNames();
  FindFirstNamePersons();
  FindSurnames();
  ResolveTitles();
  ResolveRoles();
  std::vector<uint32_t> order(pending_.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [this](uint32_t a, uint32_t b) {
    const Pending& pa = pending_[a];
    const Pending& pb = pending_[b];
    return pa.begin != pb.begin ? pa.begin < pb.begin : pa.end > pb.end;
  });
  out->reserve(out->size() + order.size());
  for (uint32_t idx : order) {
    const Pending& p = pending_[idx];
    if (p.kind.empty()) continue;
    Entity e;
    e.kind = p.kind;
    e.span = analysis_.ToOriginal(Span{units_[p.begin].span.start, units_[p.end - 1].span.end});
    e.text = std::string(doc_.Slice(e.span));
    e.name = p.name;
    if (!p.id.empty()) e.id = p.id;
    if (!p.country.empty()) e.country = p.country;
    if (!p.sector.empty()) e.sector = p.sector;
    out->push_back(std::move(e));
  }
}

// Longest match at each unit; a match is kept when one of its entries accepts the text.
void EntityRun::FindMatches() {
  std::string key;
  const uint32_t n = static_cast<uint32_t>(units_.size());
  for (uint32_t i = 0; i < n;) {
    Match best;
    if (units_[i].punct || !dict_.MayStart(units_[i].key)) {
      ++i;
      continue;
    }
    key.clear();
    for (uint32_t len = 1; i + len <= n; ++len) {
      const Unit& u = units_[i + len - 1];
      if (u.punct && (len == 1 || u.key != "'s")) break;
      if (len > 1) key += ' ';
      key += u.key;
      auto it = dict_.phrases.find(key);
      if (it == dict_.phrases.end()) break;
      Match m{i, i + len, {}, 0};
      for (const Entry& e : it->second.entries) {
        if (m.size < m.entries.size() && Accepts(e, i, len)) m.entries[m.size++] = &e;
      }
      if (m.size > 0) best = m;
      if (!it->second.continues) break;
    }
    if (best.size == 0) {
      ++i;
      continue;
    }
    match_at_[i] = static_cast<int>(matches_.size());
    matches_.push_back(best);
    i = best.end;
  }
}

bool EntityRun::Accepts(const Entry& e, uint32_t begin, uint32_t len) const {
  if (e.lang != '*' && lang_ != '*' && e.lang != lang_) return false;
  const Unit& first = units_[begin];
  switch (e.rule) {
    case CaseRule::kAny:
      return true;
    case CaseRule::kProper:
      return first.cap;
    case CaseRule::kShort:
      return first.upper || (first.cap && !first.sentence_start);
    case CaseRule::kExact:
      break;
  }
  std::string raw;
  for (uint32_t i = begin; i < begin + len; ++i) {
    if (i > begin) raw += ' ';
    raw += analysis_.Text(units_[i].span);
  }
  return raw == e.exact;
}

const Entry* EntityRun::Get(const Match& m, EntryType type) const {
  for (uint8_t i = 0; i < m.size; ++i) {
    if (m.entries[i]->type == type) return m.entries[i];
  }
  return nullptr;
}

const Actor* EntityRun::ActorOf(const Match& m) const {
  const Entry* e = Get(m, EntryType::kActor);
  if (e == nullptr) e = Get(m, EntryType::kDemonym);
  return e == nullptr ? nullptr : &dict_.actors[e->index];
}

int EntityRun::MatchAt(uint32_t unit) const {
  return unit < match_at_.size() ? match_at_[unit] : -1;
}

// A title with what names its office: a demonym or country before ("Russian President", "UN
// spokesman") or after ("président russe"), a portfolio ("ministre ... de la Défense"), or
// "de/of" + an organization or country ("porte-parole du bureau ... de l'ONU").
void EntityRun::ReadTitle(size_t mi) {
  const Match& m = matches_[mi];
  const Title& t = dict_.titles[Get(m, EntryType::kTitle)->index];
  Pending p;
  p.title = true;
  p.kind = "person";
  p.role = t.role;
  p.label = t.label;
  p.begin = m.begin;
  p.end = m.end;
  if (mi > 0 && matches_[mi - 1].end == m.begin && !consumed_[mi - 1]) {
    const Match& prev = matches_[mi - 1];
    const Actor* a = ActorOf(prev);
    if (a != nullptr && (a->kind == "state" || a->kind == "organization")) {
      p.of = a->id;
      p.begin = prev.begin;
      if (Get(prev, EntryType::kActor) == nullptr) consumed_[mi - 1] = 1;
    }
  }
  ReadTitleModifiers(mi, &p);
  pending_.push_back(std::move(p));
}

void EntityRun::ReadTitleModifiers(size_t mi, Pending* p) {
  for (int step = 0; step < 2; ++step) {
    int next = MatchAt(p->end);
    if (next < 0 || consumed_[static_cast<size_t>(next)]) break;
    const Match& nx = matches_[static_cast<size_t>(next)];
    const Entry* dem = Get(nx, EntryType::kDemonym);
    const Entry* port = Get(nx, EntryType::kPortfolio);
    if (dem != nullptr && p->of.empty()) {
      p->of = dict_.actors[dem->index].id;
    } else if (port != nullptr && p->role == "minister") {
      p->role = dict_.titles[port->index].role;
      p->label = dict_.titles[port->index].label;
    } else {
      break;
    }
    consumed_[static_cast<size_t>(next)] = 1;
    p->end = nx.end;
  }
  (void)mi;
  if (!p->of.empty() || p->end >= units_.size() || dict_.preps.count(units_[p->end].key) == 0) {
    return;
  }
  const uint32_t limit = std::min<uint32_t>(static_cast<uint32_t>(units_.size()), p->end + 12);
  for (uint32_t j = p->end + 1; j < limit; ++j) {
    if (units_[j].punct) return;
    int x = MatchAt(j);
    if (x < 0) continue;
    const Match& xm = matches_[static_cast<size_t>(x)];
    const Actor* a = ActorOf(xm);
    const std::string& before = units_[j - 1].key;
    if (a != nullptr && a->kind != "person" &&
        (dict_.preps.count(before) > 0 || dict_.articles.count(before) > 0)) {
      p->of = a->id;
      p->end = xm.end;
      return;
    }
    j = xm.end - 1;
  }
}

// A role noun ("armée", "civilians") with the demonym that gives its country.
void EntityRun::ReadRole(size_t mi) {
  const Match& m = matches_[mi];
  const Role& role = dict_.roles[Get(m, EntryType::kRole)->index];
  if (role.kind == "event") {
    ReadEventNoun(mi, role);
    return;
  }
  Pending p;
  p.begin = m.begin;
  p.end = m.end;
  p.kind = role.kind;
  p.sector = role.sector;
  p.label = role.label;
  int next = MatchAt(m.end);
  const Match* prev = mi > 0 && matches_[mi - 1].end == m.begin ? &matches_[mi - 1] : nullptr;
  if (next >= 0 && Get(matches_[static_cast<size_t>(next)], EntryType::kDemonym) != nullptr) {
    p.country = ActorOf(matches_[static_cast<size_t>(next)])->country;
    p.end = matches_[static_cast<size_t>(next)].end;
    consumed_[static_cast<size_t>(next)] = 1;
  } else if (prev != nullptr && !consumed_[mi - 1] && ActorOf(*prev) != nullptr &&
             ActorOf(*prev)->kind == "state") {
    p.country = ActorOf(*prev)->country;
    if (Get(*prev, EntryType::kActor) == nullptr) {
      consumed_[mi - 1] = 1;
      p.begin = prev->begin;
    }
  }
  if (p.country.empty()) ReadRoleOfState(&p);
  p.name = p.country.empty() ? role.label : dict_.Adjective(p.country) + " " + role.label;
  p.org_role = p.country.empty() && role.kind == "organization";
  pending_.push_back(std::move(p));
}

// "the government of Syria", "l'armée de la Syrie": a state after "of"/"de" (and an article).
void EntityRun::ReadRoleOfState(Pending* p) {
  uint32_t j = p->end;
  if (j >= units_.size() || dict_.preps.count(units_[j].key) == 0) return;
  ++j;
  if (j < units_.size() && dict_.articles.count(units_[j].key) > 0) ++j;
  const int x = MatchAt(j);
  if (x < 0) return;
  const Entry* actor = Get(matches_[static_cast<size_t>(x)], EntryType::kActor);
  if (actor == nullptr || dict_.actors[actor->index].kind != "state") return;
  p->country = dict_.actors[actor->index].country;
  p->end = matches_[static_cast<size_t>(x)].end;
}

// "bombardements aériens turcs", "Turkish airstrikes": the demonym names a state acting with
// the noun's sector. Up to two lower-case words may stand between noun and demonym.
void EntityRun::ReadEventNoun(size_t mi, const Role& role) {
  const Match& m = matches_[mi];
  if (mi > 0 && matches_[mi - 1].end == m.begin &&
      Get(matches_[mi - 1], EntryType::kDemonym) != nullptr) {
    event_sector_[mi - 1] = role.sector;
  }
  for (uint32_t j = m.end; j < units_.size() && j < m.end + 3; ++j) {
    if (units_[j].punct) return;
    int x = MatchAt(j);
    if (x >= 0) {
      if (Get(matches_[static_cast<size_t>(x)], EntryType::kDemonym) != nullptr) {
        event_sector_[static_cast<size_t>(x)] = role.sector;
      }
      return;
    }
    if (units_[j].cap) return;
  }
}

void EntityRun::NameFromActor(const Actor& a, Pending* p) const {
  p->name = a.name;
  p->id = a.id;
  p->country = a.country;
  p->sector = a.sector;
}

// Actors and demonyms no title or role has taken become entities.
void EntityRun::EmitMatches() {
  for (size_t mi = 0; mi < matches_.size(); ++mi) {
    const Match& m = matches_[mi];
    const Entry* actor = Get(m, EntryType::kActor);
    const Entry* dem = actor == nullptr ? Get(m, EntryType::kDemonym) : nullptr;
    if ((actor == nullptr && dem == nullptr) || consumed_[mi]) continue;
    if (dem != nullptr && (Get(m, EntryType::kRole) != nullptr ||
                           Get(m, EntryType::kTitle) != nullptr)) {
      continue;
    }
    Pending p;
    p.begin = m.begin;
    p.end = m.end;
    const Actor& a = dict_.actors[(actor != nullptr ? actor : dem)->index];
    p.kind = a.kind;
    NameFromActor(a, &p);
    if (dem != nullptr) p.sector = event_sector_[mi];
    for (uint32_t u = m.begin; u < m.end; ++u) covered_[u] = 1;
    pending_.push_back(std::move(p));
  }
}

}  // namespace sitrep::recognize::entities_internal
