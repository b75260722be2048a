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
// not covered by another entity, with lower-case particles inside ("Bachar al-Assad"); the
// particles do not count in the 4 words ("Crown Prince Mohammad bin Salman").
uint32_t EntityRun::CapitalizedRun(uint32_t start) const {
  uint32_t len = 0;
  uint32_t particles = 0;
  for (uint32_t j = start; j < units_.size() && len < 4 + particles; ++j) {
    const Unit& u = units_[j];
    if (u.punct || covered_[j]) break;
    const bool particle = dict_.particles.count(u.key) > 0 && !u.cap;
    if (particle && len > 0 && j + 1 < units_.size() && units_[j + 1].cap) {
      ++len;
      ++particles;
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
    if (dict_.nonperson_words.count(units_[u].key) > 0) return -1;  // "Karl Marx Avenue"
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
  const int next = MatchAt(start);
  if (next >= 0 && Get(matches_[static_cast<size_t>(next)], EntryType::kHonorific) != nullptr) {
    return;  // "Commandant Admiral Elson Hermogino": the last honorific reads the name
  }
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
  const int m = MatchAt(k);
  if (m >= 0 && Get(matches_[static_cast<size_t>(m)], EntryType::kHonorific) != nullptr) {
    k = matches_[static_cast<size_t>(m)].end;  // ", M. Ayrault"
  }
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
      for (uint32_t j = k + 1; j < units_.size() && j < k + 9 && person < 0; ++j) {
        if (units_[j].key == ",") {
          person = NameAt(j + 1, true, person_at);
          if (person >= 0) pending_[i].end = j;
        }
        if (units_[j].punct) break;
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
// in the article (before, else after); else the office holder on the publication date; else
// a label. Linear: titles and roles are in text order in pending_.
void EntityRun::ResolveTitles() {
  std::vector<size_t> titles;
  std::unordered_map<std::string, std::string> last_of;
  for (size_t i = 0; i < pending_.size(); ++i) {
    Pending& t = pending_[i];
    if (!t.title) continue;
    titles.push_back(i);
    auto it = t.person < 0 && t.of.empty() ? last_of.find(t.role) : last_of.end();
    if (it != last_of.end()) t.of = it->second;
    if (!t.of.empty()) last_of[t.role] = t.of;
  }
  std::vector<int> named(titles.size(), -1);
  std::unordered_map<std::string, int> seen;
  for (size_t k = 0; k < titles.size(); ++k) {
    const Pending& t = pending_[titles[k]];
    const std::string key = t.role + " " + t.of;
    if (t.person >= 0) {
      named[k] = seen[key] = t.person;
    } else if (auto it = seen.find(key); it != seen.end()) {
      named[k] = it->second;
    }
  }
  seen.clear();
  for (size_t k = titles.size(); k-- > 0;) {
    const Pending& t = pending_[titles[k]];
    const std::string key = t.role + " " + t.of;
    if (t.person >= 0) {
      seen[key] = t.person;
    } else if (auto it = seen.find(key); named[k] < 0 && !t.of.empty() && it != seen.end()) {
      named[k] = it->second;
    }
  }
  for (size_t k = 0; k < titles.size(); ++k) ResolveTitle(titles[k], named[k]);
}

void EntityRun::ResolveTitle(size_t i, int named_idx) {
  Pending& t = pending_[i];
  const Actor* of = t.of.empty() ? nullptr : dict_.FindActor(t.of);
  const std::string country = of != nullptr && of->kind == "state" ? of->country : "";
  const Actor* holder = nullptr;
  if (named_idx < 0 && of != nullptr) {
    holder = dict_.OfficeHolder(t.role, of->id, doc_.published.value_or(""));
  }
  if (named_idx >= 0) {
    const Pending& named = pending_[static_cast<size_t>(named_idx)];
    t.name = named.name;
    t.id = named.id;
    t.country = named.country.empty() ? country : named.country;
    t.sector = named.sector;
  } else if (holder != nullptr) {
    NameFromActor(*holder, &t);
  } else {
    t.name = !country.empty() ? dict_.Adjective(country) + " " + t.label
             : of != nullptr  ? of->name + " " + t.label
                              : t.label;
    t.country = country;
  }
  if (t.sector.empty()) {
    t.sector = of == nullptr ? "" : of->kind == "state" ? "GOV" : of->sector;
  }
  if (t.country.empty()) t.country = country;
  if (t.person >= 0 && pending_[static_cast<size_t>(t.person)].pattern) {
    Pending& person = pending_[static_cast<size_t>(t.person)];
    if (person.country.empty()) person.country = t.country;
    if (person.sector.empty()) person.sector = t.sector;
  }
}

// "l'armée" alone takes the country of the same role named with a demonym nearby in the
// article: the nearest before, else (for a bare noun: "de l'armée.", not "forces supplétives")
// the nearest after.
void EntityRun::ResolveRoles() {
  std::vector<size_t> roles;
  for (size_t i = 0; i < pending_.size(); ++i) {
    if (!pending_[i].title && !pending_[i].label.empty()) roles.push_back(i);
  }
  std::vector<int> found(roles.size(), -1);
  std::unordered_map<std::string, int> seen;
  for (size_t k = 0; k < roles.size(); ++k) {
    const Pending& p = pending_[roles[k]];
    if (!p.country.empty()) {
      seen[p.label] = static_cast<int>(roles[k]);
    } else if (auto it = seen.find(p.label); p.org_role && it != seen.end()) {
      found[k] = it->second;
    }
  }
  seen.clear();
  for (size_t k = roles.size(); k-- > 0;) {
    const Pending& p = pending_[roles[k]];
    const uint32_t after = p.end;
    const bool bare = after >= units_.size() || units_[after].punct ||
                      dict_.preps.count(units_[after].key) > 0 ||
                      dict_.articles.count(units_[after].key) > 0;
    if (!p.country.empty()) {
      seen[p.label] = static_cast<int>(roles[k]);
    } else if (auto it = seen.find(p.label);
               p.org_role && bare && found[k] < 0 && it != seen.end()) {
      found[k] = it->second;
    }
  }
  for (size_t k = 0; k < roles.size(); ++k) {
    if (found[k] < 0) continue;
    pending_[roles[k]].country = pending_[static_cast<size_t>(found[k])].country;
    pending_[roles[k]].name = pending_[static_cast<size_t>(found[k])].name;
  }
}

}  // namespace sitrep::recognize::entities_internal
