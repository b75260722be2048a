// EntityDict: loading data/actors/*.tsv into hash indexes; see entity_dict.h.
#include "recognize/entity_dict.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>

#include "base/cache_file.h"
#include "entity_cache_code.h"  // generated: SITREP_ENTITY_CACHE_CODE

namespace sitrep::recognize::entities_internal {
namespace {

using Row = std::vector<std::string>;
using RowFn = std::function<Status(const Row&, const std::string& where)>;

// The columns of `line` into *out, reusing its strings' storage from row to row.
void SplitTabs(const std::string& line, Row* out) {
  size_t n = 0;
  size_t start = 0;
  while (true) {
    const size_t tab = line.find('\t', start);
    if (n == out->size()) out->emplace_back();
    (*out)[n++].assign(line, start, tab == std::string::npos ? std::string::npos : tab - start);
    if (tab == std::string::npos) break;
    start = tab + 1;
  }
  out->resize(n);
}

// Calls `fn` on each data line of `path` with at least `min_cols` columns. A missing file is
// an error only when `required`.
Status ReadTsv(const std::string& path, size_t min_cols, bool required, const RowFn& fn) {
  std::ifstream in(path);
  if (!in) {
    return required ? NotFoundError(path + ": cannot open") : Status::Ok();
  }
  std::string line;
  size_t line_no = 0;
  Row row;
  std::string where;
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    SplitTabs(line, &row);
    where.assign(path).append(":").append(std::to_string(line_no));
    if (row.size() < min_cols) {
      return InvalidArgumentError(where + ": expected " + std::to_string(min_cols) +
                                  " tab-separated columns");
    }
    SITREP_RETURN_IF_ERROR(fn(row, where));
  }
  return Status::Ok();
}

std::string Col(const Row& row, size_t i) {
  return i < row.size() && row[i] != "-" ? row[i] : std::string();
}

class Loader {
 public:
  Loader(const std::string& dir, EntityDict* dict) : dir_(dir + "/"), d_(*dict) {}

  Status LoadAll();

 private:
  Status LoadFunctionWords();
  Status LoadActors(const std::string& file, bool hand);
  Status LoadAliases(const std::string& file, bool hand);
  Status LoadDemonyms(const std::string& file);
  Status LoadRoles();
  Status LoadTitles();
  Status LoadOrgHeads();
  Status LoadOffices(const std::string& file);
  Status LoadFirstNames(const std::string& file);
  void AddPhrase(std::string_view text, Entry entry, bool replace_actor);
  void RemoveActorPhrase(std::string_view text);
  std::string KeyOf(std::string_view text, std::string* exact, size_t* n_units) const;
  uint32_t ActorIndex(const std::string& id) const;

  std::string dir_;
  EntityDict& d_;
};

Status Loader::LoadAll() {
  SITREP_RETURN_IF_ERROR(LoadFunctionWords());
  SITREP_RETURN_IF_ERROR(LoadActors("actors.gen.tsv", false));
  SITREP_RETURN_IF_ERROR(LoadActors("actors.tsv", true));
  SITREP_RETURN_IF_ERROR(ReadTsv(dir_ + "redirects.tsv", 2, false, [&](const Row& r,
                                                                      const std::string&) {
    d_.redirects[r[0]] = r[1];
    return Status::Ok();
  }));
  SITREP_RETURN_IF_ERROR(LoadAliases("aliases.gen.tsv", false));
  SITREP_RETURN_IF_ERROR(LoadAliases("aliases.tsv", true));
  SITREP_RETURN_IF_ERROR(LoadDemonyms("demonyms.gen.tsv"));
  SITREP_RETURN_IF_ERROR(LoadDemonyms("demonyms.tsv"));
  SITREP_RETURN_IF_ERROR(LoadRoles());
  SITREP_RETURN_IF_ERROR(LoadTitles());
  SITREP_RETURN_IF_ERROR(LoadOrgHeads());
  SITREP_RETURN_IF_ERROR(LoadOffices("offices.gen.tsv"));
  SITREP_RETURN_IF_ERROR(LoadOffices("offices.tsv"));
  SITREP_RETURN_IF_ERROR(LoadFirstNames("first_names.gen.tsv"));
  return LoadFirstNames("first_names.tsv");
}

Status Loader::LoadFunctionWords() {
  return ReadTsv(dir_ + "function_words.tsv", 2, true, [&](const Row& r, const std::string& at) {
    std::string key = d_.fold.Fold(r[0]);
    if (r[1] == "elision") {
      d_.elisions.insert(key);
    } else if (r[1] == "article") {
      d_.articles.insert(key);
    } else if (r[1] == "prep") {
      d_.preps.insert(key);
    } else if (r[1] == "particle") {
      d_.particles.insert(key);
    } else if (r[1] == "nonperson") {
      d_.nonperson_words.insert(key);
    } else {
      return InvalidArgumentError(at + ": unknown class '" + r[1] + "'");
    }
    return Status::Ok();
  });
}

Status Loader::LoadActors(const std::string& file, bool hand) {
  return ReadTsv(dir_ + file, 3, !hand, [&](const Row& r, const std::string&) {
    Actor a{r[0], r[1], r[2], Col(r, 3), Col(r, 4)};
    auto it = d_.actor_by_id.find(a.id);
    if (it == d_.actor_by_id.end()) {
      d_.actor_by_id.emplace(a.id, static_cast<uint32_t>(d_.actors.size()));
      d_.actors.push_back(std::move(a));
      return Status::Ok();
    }
    Actor& cur = d_.actors[it->second];
    cur.kind = a.kind;
    cur.name = a.name;
    if (!a.country.empty()) cur.country = a.country;
    if (!a.sector.empty()) cur.sector = a.sector;
    return Status::Ok();
  });
}

uint32_t Loader::ActorIndex(const std::string& id) const {
  const Actor* a = d_.FindActor(id);
  return a == nullptr ? UINT32_MAX : static_cast<uint32_t>(a - d_.actors.data());
}

Status Loader::LoadAliases(const std::string& file, bool hand) {
  return ReadTsv(dir_ + file, 2, !hand, [&](const Row& r, const std::string& at) {
    if (r[1] == "-") {
      RemoveActorPhrase(r[0]);
      return Status::Ok();
    }
    Entry e;
    e.type = EntryType::kActor;
    e.hand = hand;
    e.index = ActorIndex(r[1]);
    if (e.index == UINT32_MAX) return InvalidArgumentError(at + ": unknown actor id " + r[1]);
    const std::string rule = Col(r, 2);
    if (rule == "exact") {
      e.rule = CaseRule::kExact;
    } else if (rule == "any") {
      e.rule = CaseRule::kAny;
    } else if (rule == "proper") {
      e.rule = CaseRule::kProper;
    } else if (rule.empty() || rule == "auto") {
      const auto first = static_cast<unsigned char>(r[0][0]);
      e.rule = (first >= 'a' && first <= 'z') ? CaseRule::kAny : CaseRule::kProper;
    } else {
      return InvalidArgumentError(at + ": unknown match rule '" + rule + "'");
    }
    AddPhrase(r[0], std::move(e), true);
    return Status::Ok();
  });
}

Status Loader::LoadDemonyms(const std::string& file) {
  return ReadTsv(dir_ + file, 3, file.find(".gen.") != std::string::npos,
                 [&](const Row& r, const std::string& at) {
                   Entry e;
                   e.type = EntryType::kDemonym;
                   e.index = ActorIndex(r[1]);
                   if (e.index == UINT32_MAX) {
                     return InvalidArgumentError(at + ": unknown country " + r[1]);
                   }
                   if (r[2] == "en" && file.find(".gen.") != std::string::npos) {
                     std::string& adj = d_.demonym_en[r[1]];
                     if (adj.empty() || r[0].size() < adj.size()) adj = r[0];
                   }
                   AddPhrase(r[0], std::move(e), false);
                   return Status::Ok();
                 });
}

Status Loader::LoadRoles() {
  return ReadTsv(dir_ + "roles.tsv", 5, true, [&](const Row& r, const std::string&) {
    Entry e;
    e.type = EntryType::kRole;
    e.lang = r[4] == "fr" ? 'f' : r[4] == "en" ? 'e' : '*';
    e.index = static_cast<uint32_t>(d_.roles.size());
    d_.roles.push_back(Role{r[1], Col(r, 2), Col(r, 3)});
    AddPhrase(r[0], std::move(e), false);
    return Status::Ok();
  });
}

Status Loader::LoadTitles() {
  return ReadTsv(dir_ + "titles.tsv", 4, true, [&](const Row& r, const std::string& at) {
    Entry e;
    if (r[1] == "title") {
      e.type = EntryType::kTitle;
    } else if (r[1] == "portfolio") {
      e.type = EntryType::kPortfolio;
    } else if (r[1] == "honorific") {
      e.type = EntryType::kHonorific;
    } else {
      return InvalidArgumentError(at + ": unknown title type '" + r[1] + "'");
    }
    e.index = static_cast<uint32_t>(d_.titles.size());
    d_.titles.push_back(Title{Col(r, 2), Col(r, 3)});
    AddPhrase(r[0], std::move(e), false);
    return Status::Ok();
  });
}

Status Loader::LoadOrgHeads() {
  return ReadTsv(dir_ + "org_patterns.tsv", 4, true, [&](const Row& r, const std::string&) {
    Entry e;
    e.type = EntryType::kOrgHead;
    e.index = static_cast<uint32_t>(d_.org_heads.size());
    d_.org_heads.push_back(OrgHead{r[1] == "before", r[2], Col(r, 3)});
    AddPhrase(r[0], std::move(e), false);
    return Status::Ok();
  });
}

Status Loader::LoadOffices(const std::string& file) {
  return ReadTsv(dir_ + file, 5, false, [&](const Row& r, const std::string& at) {
    if (d_.FindActor(r[4]) == nullptr) {
      return InvalidArgumentError(at + ": unknown person id " + r[4]);
    }
    d_.offices[r[0] + " " + r[1]].push_back(Office{r[1], r[2], r[3], r[4]});
    return Status::Ok();
  });
}

Status Loader::LoadFirstNames(const std::string& file) {
  return ReadTsv(dir_ + file, 1, false, [&](const Row& r, const std::string&) {
    d_.first_names.insert(d_.fold.Fold(r[0]));
    return Status::Ok();
  });
}

std::string Loader::KeyOf(std::string_view text, std::string* exact, size_t* n_units) const {
  std::vector<std::string> keys;
  std::vector<std::string> raws;
  SplitAlias(text, d_.fold, d_.elisions, &keys, &raws);
  std::string key;
  for (size_t i = 0; i < keys.size(); ++i) {
    if (i > 0) key += ' ';
    key += keys[i];
    if (exact != nullptr) *exact += (i > 0 ? " " : "") + raws[i];
  }
  *n_units = keys.size();
  return key;
}

void Loader::AddPhrase(std::string_view text, Entry entry, bool replace_actor) {
  size_t n = 0;
  std::string exact;
  std::string key = KeyOf(text, &exact, &n);
  if (n == 0 || n > 255) return;
  if (entry.rule == CaseRule::kExact) entry.exact = exact;
  if (entry.rule == CaseRule::kProper && n == 1 && key.size() <= 4) entry.rule = CaseRule::kShort;
  std::vector<Entry>& list = d_.phrases[key].entries;
  if (entry.type == EntryType::kActor && entry.hand) {  // a hand-written alias decides alone
    std::erase_if(list, [](const Entry& e) { return e.type == EntryType::kActor && !e.hand; });
  }
  if (replace_actor) {
    for (Entry& old : list) {
      if (old.type != EntryType::kActor || old.rule != entry.rule || old.exact != entry.exact) {
        continue;
      }
      if (entry.hand) old = std::move(entry);  // hand-written wins; else the first one stays
      return;
    }
  }
  list.push_back(std::move(entry));
  const size_t h = StringHash{}(std::string_view(key).substr(0, key.find(' '))) &
                   (EntityDict::kFirstBits - 1);
  d_.first_bits[h / 64] |= uint64_t{1} << (h % 64);
  for (size_t space = key.find(' '); space != std::string::npos; space = key.find(' ', space + 1)) {
    d_.phrases[std::string_view(key).substr(0, space)].continues = true;
  }
}

void Loader::RemoveActorPhrase(std::string_view text) {
  size_t n = 0;
  auto it = d_.phrases.find(KeyOf(text, nullptr, &n));
  if (it == d_.phrases.end()) return;
  std::erase_if(it->second.entries,
                [](const Entry& e) { return e.type == EntryType::kActor; });
}

}  // namespace

namespace {

// The cache's first bytes; a new layout of the cache gets a new name here.
constexpr std::string_view kCacheFormat = "sitrep actor dictionary cache 1\n";

// What the cache was built from: the loading code (its hash, generated at build time) and the
// name and bytes of every file of `dir`, in name order.
uint64_t Fingerprint(const std::string& dir) {
  cache::Fingerprint print(kCacheFormat, SITREP_ENTITY_CACHE_CODE);
  std::vector<std::string> names;
  std::error_code ec;
  for (const auto& f : std::filesystem::directory_iterator(dir, ec)) {
    if (f.is_regular_file(ec)) names.push_back(f.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  for (const std::string& name : names) {
    StatusOr<cache::FileBytes> bytes = cache::ReadFile(dir + "/" + name);
    const std::string_view text = bytes.ok() ? bytes->view() : std::string_view();
    print.AddFile(name, bytes.ok() ? &text : nullptr);
  }
  return print.value();
}

// The cache: the format line, then every member of EntityDict but `fold` (built at
// construction), field by field.
class DictWriter {
 public:
  explicit DictWriter(std::string* out) : w_(out) {}

  void Write(const EntityDict& d) {
    // A new field must be written and read here: these fail to compile until then.
    static_assert(sizeof(void*) != 8 ||
                      (sizeof(Actor) == 160 && sizeof(Role) == 96 && sizeof(Title) == 64 &&
                       sizeof(OrgHead) == 72 && sizeof(Office) == 128 && sizeof(Entry) == 40 &&
                       sizeof(Phrase) == 32 && sizeof(EntityDict) == 1288),
                  "EntityDict changed: update its cache");
    for (const FlatStringSet* set : {&d.elisions, &d.articles, &d.preps, &d.particles,
                                     &d.nonperson_words, &d.first_names}) {
      w_.Put(static_cast<uint64_t>(set->size()));
      for (const std::string& s : *set) w_.PutString(s);
    }
    Items(d.actors, [&](const Actor& a) { Strings({&a.id, &a.kind, &a.name, &a.country, &a.sector}); });
    Map(d.actor_by_id, [&](uint32_t i) { w_.Put(i); });
    Map(d.redirects, [&](const std::string& s) { w_.PutString(s); });
    Map(d.demonym_en, [&](const std::string& s) { w_.PutString(s); });
    Items(d.roles, [&](const Role& r) { Strings({&r.kind, &r.sector, &r.label}); });
    Items(d.titles, [&](const Title& t) { Strings({&t.role, &t.label}); });
    Items(d.org_heads, [&](const OrgHead& o) {
      w_.Put(static_cast<uint8_t>(o.before));
      Strings({&o.kind, &o.sector});
    });
    Map(d.offices, [&](const std::vector<Office>& list) {
      Items(list, [&](const Office& o) { Strings({&o.of, &o.start, &o.end, &o.person_id}); });
    });
    Map(d.phrases, [&](const Phrase& p) {
      w_.Put(static_cast<uint8_t>(p.continues));
      Items(p.entries, [&](const Entry& e) {
        w_.Put(static_cast<uint8_t>(e.type));
        w_.Put(static_cast<uint8_t>(e.rule));
        w_.Put(e.lang);
        w_.Put(static_cast<uint8_t>(e.hand));
        w_.Put(e.index);
        w_.PutString(e.exact);
      });
    });
    w_.PutVector(d.first_bits);
  }

 private:
  void Strings(std::initializer_list<const std::string*> strings) {
    for (const std::string* s : strings) w_.PutString(*s);
  }
  template <typename T, typename Fn>
  void Items(const std::vector<T>& items, Fn fn) {
    w_.Put(static_cast<uint64_t>(items.size()));
    for (const T& item : items) fn(item);
  }
  template <typename V, typename Fn>
  void Map(const StringMap<V>& map, Fn fn) {
    w_.Put(static_cast<uint64_t>(map.size()));
    for (const auto& [key, value] : map) {
      w_.PutString(key);
      fn(value);
    }
  }

  cache::Writer w_;
};

// Reads what DictWriter wrote, in the same order; false when the bytes are not such a cache.
class DictReader {
 public:
  explicit DictReader(std::string_view in) : r_(in) {}

  bool Read(EntityDict* d) {
    for (FlatStringSet* set : {&d->elisions, &d->articles, &d->preps, &d->particles,
                               &d->nonperson_words, &d->first_names}) {
      uint64_t n = 0;
      if (!r_.GetCount(&n)) return false;
      for (uint64_t i = 0; i < n; ++i) set->insert(r_.GetString());
    }
    Items(&d->actors, [&](Actor* a) { Strings({&a->id, &a->kind, &a->name, &a->country, &a->sector}); });
    Map(&d->actor_by_id, [&](uint32_t* i) { *i = Index(d->actors.size()); });
    Map(&d->redirects, [&](std::string* s) { *s = r_.GetString(); });
    Map(&d->demonym_en, [&](std::string* s) { *s = r_.GetString(); });
    Items(&d->roles, [&](Role* r) { Strings({&r->kind, &r->sector, &r->label}); });
    Items(&d->titles, [&](Title* t) { Strings({&t->role, &t->label}); });
    Items(&d->org_heads, [&](OrgHead* o) {
      o->before = r_.Get<uint8_t>() != 0;
      Strings({&o->kind, &o->sector});
    });
    Map(&d->offices, [&](std::vector<Office>* list) {
      Items(list, [&](Office* o) { Strings({&o->of, &o->start, &o->end, &o->person_id}); });
    });
    // Entry indexes point into actors, roles, titles or org_heads by type.
    const uint32_t limits[] = {
        static_cast<uint32_t>(d->actors.size()),    static_cast<uint32_t>(d->actors.size()),
        static_cast<uint32_t>(d->roles.size()),     static_cast<uint32_t>(d->titles.size()),
        static_cast<uint32_t>(d->titles.size()),    static_cast<uint32_t>(d->titles.size()),
        static_cast<uint32_t>(d->org_heads.size())};
    Map(&d->phrases, [&](Phrase* p) {
      p->continues = r_.Get<uint8_t>() != 0;
      Items(&p->entries, [&](Entry* e) {
        const auto type = r_.Get<uint8_t>();
        const auto rule = r_.Get<uint8_t>();
        if (type > static_cast<uint8_t>(EntryType::kOrgHead) ||
            rule > static_cast<uint8_t>(CaseRule::kExact)) {
          valid_ = false;
          return;
        }
        e->type = static_cast<EntryType>(type);
        e->rule = static_cast<CaseRule>(rule);
        e->lang = r_.Get<char>();
        e->hand = r_.Get<uint8_t>() != 0;
        e->index = Index(limits[type]);
        e->exact = r_.GetString();
      });
    });
    std::vector<uint64_t> bits;
    if (!r_.GetVector(&bits) || bits.size() != d->first_bits.size()) return false;
    d->first_bits = std::move(bits);
    return valid_ && r_.ok() && r_.at_end();
  }

 private:
  void Strings(std::initializer_list<std::string*> strings) {
    for (std::string* s : strings) *s = r_.GetString();
  }
  uint32_t Index(size_t limit) {
    const auto i = r_.Get<uint32_t>();
    if (i >= limit) valid_ = false;
    return i;
  }
  template <typename T, typename Fn>
  void Items(std::vector<T>* items, Fn fn) {
    uint64_t n = 0;
    if (!r_.GetCount(&n)) return;
    items->resize(n);
    for (T& item : *items) {
      if (!r_.ok() || !valid_) return;
      fn(&item);
    }
  }
  template <typename V, typename Fn>
  void Map(StringMap<V>* map, Fn fn) {
    uint64_t n = 0;
    if (!r_.GetCount(&n)) return;
    map->reserve(n);
    for (uint64_t i = 0; i < n && r_.ok() && valid_; ++i) {
      const std::string_view key = r_.GetString();
      fn(&map->try_emplace(key).first->second);
    }
  }

  cache::Reader r_;
  bool valid_ = true;
};

}  // namespace

StatusOr<std::unique_ptr<EntityDict>> EntityDict::Load(const std::string& dir) {
  // Parsing the files takes most of the engine's start-up: a cache of the result (see
  // base/cache_file.h) is read instead while the files and this code are the same.
  const std::string path = cache::PathFor("actors", dir);
  const uint64_t fingerprint = path.empty() ? 0 : Fingerprint(dir);
  if (!path.empty()) {
    if (StatusOr<cache::FileBytes> bytes = cache::ReadFile(path); bytes.ok()) {
      std::string_view body = bytes->view();
      if (cache::Unseal(&body, fingerprint) &&
          body.substr(0, kCacheFormat.size()) == kCacheFormat) {
        auto dict = std::make_unique<EntityDict>();
        if (DictReader(body.substr(kCacheFormat.size())).Read(dict.get())) return dict;
      }
    }
  }
  auto dict = std::make_unique<EntityDict>();
  Loader loader(dir, dict.get());
  SITREP_RETURN_IF_ERROR(loader.LoadAll());
  if (!path.empty()) {
    std::string bytes(kCacheFormat);
    DictWriter(&bytes).Write(*dict);
    cache::WriteSealed(path, fingerprint, &bytes);
  }
  return dict;
}

const Actor* EntityDict::FindActor(std::string_view id) const {
  for (int hops = 0; hops < 4; ++hops) {
    auto r = redirects.find(id);
    if (r == redirects.end()) break;
    id = r->second;
  }
  auto it = actor_by_id.find(id);
  return it == actor_by_id.end() ? nullptr : &actors[it->second];
}

const Actor* EntityDict::OfficeHolder(std::string_view role, std::string_view of,
                                      std::string_view date) const {
  std::string key(role);
  key += ' ';
  key += of;
  auto it = offices.find(key);
  if (it == offices.end()) return nullptr;
  const Office* best = nullptr;
  for (const Office& o : it->second) {
    if (!date.empty() && ((!o.start.empty() && o.start > date) || (!o.end.empty() && o.end < date))) {
      continue;
    }
    if (best == nullptr || o.start > best->start || (o.start == best->start && o.end.empty())) {
      best = &o;
    }
  }
  return best == nullptr ? nullptr : FindActor(best->person_id);
}

std::string EntityDict::Adjective(std::string_view country) const {
  if (country.empty()) return "";
  auto it = demonym_en.find(country);
  if (it != demonym_en.end()) return it->second;
  const Actor* a = FindActor(country);
  return a == nullptr ? std::string(country) : a->name;
}

}  // namespace sitrep::recognize::entities_internal
