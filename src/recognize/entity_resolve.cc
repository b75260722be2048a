// EntityRun: name patterns (honorifics, first names, organization heads, surnames seen
// before) and the resolution of titles and bare role nouns; see entity_run.h.
#include <unordered_map>

#include "recognize/entity_run.h"

namespace sitrep::recognize::entities_internal {

std::string EntityRun::UnitText(uint32_t begin, uint32_t end) const {
  return std::string(
      analysis_.Text(Span{units_[begin].span.start, units_[end - 1].span.end}));
}

std::string EntityRun::OfCountry(const std::string& of) const {
  const Actor* a = dict_.FindActor(of);
  return a != nullptr && a->kind == "state" ? a->country : std::string();
}

// Length (0..4 units) of a name starting at `start`: capitalized words, not grammar words,
// not covered by another entity, with lower-case particles inside ("Bachar al-Assad").
uint32_t EntityRun::CapitalizedRun(uint32_t start) const {
  uint32_t len = 0;
  for (uint32_t j = start; j < units_.size() && len < 4; ++j) {
    const Unit& u = units_[j];
    if (u.punct || covered_[j]) break;
    const bool particle = dict_.particles.count(u.key) > 0 && !u.cap;
    if (particle && len > 0 && j + 1 < units_.size() && units_[j + 1].cap) {
      ++len;
      continue;
    }
    if (!u.cap || dict_.articles.count(u.key) > 0 || dict_.preps.count(u.key) > 0 ||
        dict_.elisions.count(u.key) > 0) {
      break;
    }
    ++len;
  }
  return len;
}

// Length of capitalized words ending just before `end` (for "the Baath Party").
uint32_t EntityRun::CapitalizedRunBack(uint32_t end) const {
  uint32_t len = 0;
  while (len < 4 && end > len) {
    const Unit& u = units_[end - len - 1];
    if (u.punct || covered_[end - len - 1] || !u.cap || u.sentence_start ||
        dict_.articles.count(u.key) > 0) {
      break;
    }
    ++len;
  }
  return len;
}

int EntityRun::AddPattern(uint32_t begin, uint32_t end, const std::string& kind,
                          const std::string& sector) {
  for (uint32_t u = begin; kind == "person" && u < end; ++u) {
    if (dict_.place_words.count(units_[u].key) > 0) return -1;  // "Karl Marx Avenue"
  }
  Pending p;
  p.begin = begin;
  p.end = end;
  p.kind = kind;
  p.sector = sector;
  p.pattern = true;
  p.name = UnitText(begin, end);
  for (uint32_t u = begin; u < end; ++u) covered_[u] = 1;
  pending_.push_back(std::move(p));
  return static_cast<int>(pending_.size() - 1);
}

void EntityRun::ReadHonorific(size_t mi) {
  const uint32_t start = matches_[mi].end;
  const uint32_t len = CapitalizedRun(start);
  if (len > 0) AddPattern(start, start + len, "person", "");
}

void EntityRun::ReadOrgHead(size_t mi) {
  const Match& m = matches_[mi];
  for (uint8_t i = 0; i < m.size; ++i) {
    if (m.entries[i]->type != EntryType::kOrgHead) continue;
    const OrgHead& head = dict_.org_heads[m.entries[i]->index];
    if (head.before && m.end < units_.size() && !covered_[m.begin]) {
      const uint32_t len = CapitalizedRun(m.end);
      if (len > 0) AddPattern(m.begin, m.end + len, head.kind, head.sector);
      if (len > 0) return;
    } else if (!head.before && units_[m.begin].cap) {
      const uint32_t len = CapitalizedRunBack(m.begin);
      if (len > 0) AddPattern(m.begin - len, m.end, head.kind, head.sector);
      if (len > 0) return;
    }
  }
}

// The person named at unit `k` (after a title, `comma` if a comma came between): a person
// entity starting there, or capitalized words (two at least after a comma, unless the first
// is a known first name). -1 when none.
int EntityRun::NameAt(uint32_t k, bool comma,
                      const std::unordered_map<uint32_t, int>& person_at) {
  auto at = person_at.find(k);
  if (at != person_at.end()) return at->second;
  const uint32_t len = k < units_.size() ? CapitalizedRun(k) : 0;
  if (len > 0 && (!comma || len >= 2 || dict_.first_names.count(units_[k].key) > 0)) {
    return AddPattern(k, k + len, "person", "");
  }
  return -1;
}

// A title's person: the name right after it ("président russe Vladimir Poutine", "..., Jens
// Laerke"), after its complement and a comma ("ministre du Budget, Jérôme Cahuzac"), or in
// apposition before it ("Sergueï Choïgou, le ministre russe de la Défense").
void EntityRun::LinkTitleNames() {
  std::unordered_map<uint32_t, int> person_at, person_ending;
  for (size_t i = 0; i < pending_.size(); ++i) {
    if (pending_[i].kind != "person" || pending_[i].title) continue;
    person_at[pending_[i].begin] = static_cast<int>(i);
    person_ending[pending_[i].end] = static_cast<int>(i);
  }
  const size_t n_pending = pending_.size();
  for (size_t i = 0; i < n_pending; ++i) {
    if (!pending_[i].title) continue;
    const uint32_t k = pending_[i].end;
    const bool comma = k < units_.size() && units_[k].key == ",";
    int person = NameAt(comma ? k + 1 : k, comma, person_at);
    if (person < 0 && k < units_.size() && dict_.preps.count(units_[k].key) > 0) {
      for (uint32_t j = k + 1; j < units_.size() && j < k + 7 && person < 0; ++j) {
        if (units_[j].key == ",") {
          person = NameAt(j + 1, true, person_at);
          if (person >= 0) pending_[i].end = j;
        }
        if (units_[j].punct || units_[j].cap) break;
      }
    }
    if (person < 0) {
      uint32_t b = pending_[i].begin;
      while (b > 0 && dict_.articles.count(units_[b - 1].key) > 0) --b;
      auto before = b > 1 && units_[b - 1].key == "," ? person_ending.find(b - 1)
                                                       : person_ending.end();
      if (before != person_ending.end()) person = before->second;
    }
    pending_[i].person = person;
  }
}

// "Jens Laerke": a known first name and capitalized words after it.
void EntityRun::FindFirstNamePersons() {
  for (uint32_t u = 0; u + 1 < units_.size(); ++u) {
    if (covered_[u] || MatchAt(u) >= 0 || !units_[u].cap ||
        dict_.first_names.count(units_[u].key) == 0) {
      continue;
    }
    const uint32_t len = CapitalizedRun(u);
    if (len >= 2 && AddPattern(u, u + len, "person", "") >= 0) u += len - 1;
  }
}

// A surname alone ("Laerke", "Poutine") after or before the full name in the same article.
void EntityRun::FindSurnames() {
  std::unordered_map<std::string, size_t> by_surname;
  for (size_t i = 0; i < pending_.size(); ++i) {
    const Pending& p = pending_[i];
    if (p.kind == "person" && !p.title && p.end - p.begin >= 2) {
      by_surname.emplace(units_[p.end - 1].key, i);
    }
  }
  if (by_surname.empty()) return;
  for (Pending& p : pending_) {  // "M. Samaras" read by its honorific
    auto it = p.pattern && p.end - p.begin == 1 ? by_surname.find(units_[p.begin].key)
                                                : by_surname.end();
    if (it == by_surname.end() || &pending_[it->second] == &p) continue;
    const Pending& full = pending_[it->second];
    p.name = full.name;
    p.id = full.id;
    p.country = full.country;
    p.sector = full.sector;
  }
  for (uint32_t u = 0; u < units_.size(); ++u) {
    if (covered_[u] || !units_[u].cap || MatchAt(u) >= 0) continue;
    if (u + 1 < units_.size() && units_[u + 1].cap && !units_[u + 1].punct) continue;
    auto it = by_surname.find(units_[u].key);
    if (it == by_surname.end()) continue;
    const Pending full = pending_[it->second];
    const int idx = AddPattern(u, u + 1, "person", full.sector);
    if (idx < 0) continue;
    Pending& p = pending_[static_cast<size_t>(idx)];
    p.name = full.name;
    p.id = full.id;
    p.country = full.country;
  }
}

// Titles: the person named with them; else the same office named with a person elsewhere
// in the article; else the office holder on the publication date; else a label.
void EntityRun::ResolveTitles() {
  const std::string date = doc_.published.value_or("");
  for (size_t i = 0; i < pending_.size(); ++i) {
    Pending& t = pending_[i];
    if (!t.title) continue;
    if (t.person < 0 && t.of.empty()) {
      for (size_t j = i; j-- > 0;) {
        if (pending_[j].title && pending_[j].role == t.role && !pending_[j].of.empty()) {
          t.of = pending_[j].of;
          break;
        }
      }
    }
    const Pending* named = nullptr;
    if (t.person >= 0) named = &pending_[static_cast<size_t>(t.person)];
    for (size_t j = i; named == nullptr && j-- > 0;) {
      const Pending& o = pending_[j];
      if (o.title && o.person >= 0 && o.role == t.role && o.of == t.of) {
        named = &pending_[static_cast<size_t>(o.person)];
      }
    }
    for (size_t j = i + 1; named == nullptr && !t.of.empty() && j < pending_.size(); ++j) {
      const Pending& o = pending_[j];
      if (o.title && o.person >= 0 && o.role == t.role && o.of == t.of) {
        named = &pending_[static_cast<size_t>(o.person)];
      }
    }
    const std::string country = OfCountry(t.of);
    if (named != nullptr) {
      t.name = named->name;
      t.id = named->id;
      t.country = named->country.empty() ? country : named->country;
      t.sector = named->sector;
    } else if (const Actor* holder = t.of.empty() ? nullptr
                                                  : dict_.OfficeHolder(t.role, t.of, date)) {
      NameFromActor(*holder, &t);
    } else {
      const Actor* of = dict_.FindActor(t.of);
      t.name = country.empty() ? (of != nullptr ? of->name + " " + t.label : t.label)
                               : dict_.Adjective(country) + " " + t.label;
      t.country = country;
    }
    if (t.sector.empty()) {
      const Actor* of = dict_.FindActor(t.of);
      t.sector = of != nullptr && of->kind != "state" && !of->sector.empty() ? of->sector : "GOV";
    }
    if (t.country.empty()) t.country = country;
    if (named != nullptr && t.person >= 0 && pending_[static_cast<size_t>(t.person)].pattern) {
      Pending& person = pending_[static_cast<size_t>(t.person)];
      if (person.country.empty()) person.country = t.country;
      if (person.sector.empty()) person.sector = t.sector;
    }
  }
}

// "l'armée" alone takes the country of the same role named with a demonym nearby in the
// article ("l'armée syrienne"), the nearest before, else the nearest after.
void EntityRun::ResolveRoles() {
  for (size_t i = 0; i < pending_.size(); ++i) {
    if (!pending_[i].org_role) continue;
    const Pending* found = nullptr;
    for (size_t j = i; found == nullptr && j-- > 0;) {
      if (!pending_[j].title && pending_[j].label == pending_[i].label &&
          !pending_[j].country.empty()) {
        found = &pending_[j];
      }
    }
    // Looking ahead only for a bare noun ("de l'armée."), not one with an adjective after it
    // ("forces supplétives").
    const uint32_t after = pending_[i].end;
    const bool bare = after >= units_.size() || units_[after].punct ||
                      dict_.preps.count(units_[after].key) > 0 ||
                      dict_.articles.count(units_[after].key) > 0;
    for (size_t j = i + 1; found == nullptr && bare && j < pending_.size(); ++j) {
      if (!pending_[j].title && pending_[j].label == pending_[i].label &&
          !pending_[j].country.empty()) {
        found = &pending_[j];
      }
    }
    if (found != nullptr) {
      pending_[i].country = found->country;
      pending_[i].name = found->name;
    }
  }
}

}  // namespace sitrep::recognize::entities_internal
