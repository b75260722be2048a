// PlaceIndex loading: plain TSV parsing with string_view splitting, one fold per name.
#include "geo/place_index.h"

#include <algorithm>
#include <charconv>

#include "base/ascii.h"
#include "base/cache_file.h"
#include "geo/fold.h"
#include "geo_cache_code.h"  // generated: SITREP_GEO_CACHE_CODE

namespace sitrep::geo {
namespace {

// Calls fn on every part of `s` cut at `sep`.
template <typename Fn>
void ForEachPart(std::string_view s, char sep, Fn fn) {
  size_t start = 0;
  while (true) {
    const size_t end = s.find(sep, start);
    fn(s.substr(start, end == std::string_view::npos ? end : end - start));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
}

// The parts of `line` cut at `sep` into *out (cleared first; its storage is reused row to row).
void Split(std::string_view line, char sep, std::vector<std::string_view>* out) {
  out->clear();
  ForEachPart(line, sep, [out](std::string_view part) { out->push_back(part); });
}

using cache::FileBytes;
using cache::ReadFile;

template <typename T>
bool ParseNumber(std::string_view s, T* out) {
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && p == s.data() + s.size();
}

// Calls fn(fields, line_number) for each data line (not empty, not starting with '#') of
// `text`, the contents of the file `path`.
template <typename Fn>
Status ForEachRowOf(const std::string& path, std::string_view text, size_t min_fields, Fn fn) {
  std::string_view rest(text);
  size_t line_no = 0;
  std::vector<std::string_view> f;
  while (!rest.empty()) {
    const size_t nl = rest.find('\n');
    std::string_view line = rest.substr(0, nl);
    rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    Split(line, '\t', &f);
    if (f.size() < min_fields) {
      return DataLossError(path + ":" + std::to_string(line_no) + ": expected " +
                           std::to_string(min_fields) + " tab-separated fields");
    }
    SITREP_RETURN_IF_ERROR(fn(f, line_no));
  }
  return Status::Ok();
}

template <typename Fn>
Status ForEachRow(const std::string& path, size_t min_fields, Fn fn) {
  SITREP_ASSIGN_OR_RETURN(FileBytes text, ReadFile(path));
  return ForEachRowOf(path, text.view(), min_fields, fn);
}

Status BadField(const std::string& path, size_t line, const char* what) {
  return DataLossError(path + ":" + std::to_string(line) + ": bad " + what);
}

// The cache's first bytes; a new layout of the cache gets a new name here.
constexpr std::string_view kCacheFormat = "sitrep gazetteer cache 1\n";

// A name table entry as the cache holds it.
struct StoredName {
  uint32_t key_start, key_size, list_start, list_size, prefix;  // no padding
};

}  // namespace

struct PlaceIndex::Source {
  std::string path;
  bool present = false;
  FileBytes bytes;
  std::string_view text() const { return bytes.view(); }
};

StatusOr<std::unique_ptr<PlaceIndex>> PlaceIndex::Load(const std::string& dir) {
  auto index = std::make_unique<PlaceIndex>();
  // The files of the cached part, in the order they are parsed; all but the first three are optional.
  std::vector<Source> sources(6);
  const char* names[] = {"countries.tsv", "cities.tsv", "admin1.tsv", "admin1_names.tsv",
                         "towns.tsv", "admin2.tsv"};
  // The code that builds the index (its hash, generated at build time) and the files' bytes.
  cache::Fingerprint print(kCacheFormat, SITREP_GEO_CACHE_CODE);
  for (size_t i = 0; i < sources.size(); ++i) {
    Source& src = sources[i];
    src.path = dir + "/" + names[i];
    StatusOr<FileBytes> bytes = ReadFile(src.path);
    if (bytes.ok()) {
      src.present = true;
      src.bytes = std::move(*bytes);
    } else if (i < 3) {
      return bytes.status();
    }
    const std::string_view text = src.text();
    print.AddFile(names[i], src.present ? &text : nullptr);
  }
  const uint64_t fingerprint = print.value();
  const std::string cache = GazetteerCachePath(dir);
  FileBytes cached;
  if (!cache.empty()) {
    StatusOr<FileBytes> bytes = ReadFile(cache);
    if (bytes.ok()) cached = std::move(*bytes);
  }
  std::string_view body = cached.view();
  index->held_.push_back(std::move(cached));  // the places' texts view it (same bytes)
  if (!cache::Unseal(&body, fingerprint) || !index->Deserialize(body)) {
    index = std::make_unique<PlaceIndex>();
    SITREP_RETURN_IF_ERROR(index->Parse(sources));
    for (Source& src : sources)
      index->held_.push_back(std::move(src.bytes));
    if (!cache.empty()) {
      std::string bytes = index->Serialize();
      cache::WriteSealed(cache, fingerprint, &bytes);
    }
  }
  SITREP_RETURN_IF_ERROR(index->LoadCues(dir + "/cues.tsv", dir + "/common_names.tsv"));
  return index;
}

Status PlaceIndex::Parse(const std::vector<Source>& sources) {
  Names names;
  names.reserve(500000);
  places_.reserve(150000);  // cities, towns, admin2, admin1, countries: 147,053
  SITREP_RETURN_IF_ERROR(LoadCountries(sources[0], &names));
  SITREP_RETURN_IF_ERROR(LoadCities(sources[1], &names));
  SITREP_RETURN_IF_ERROR(LoadAdmin1(sources[2], &names));
  if (sources[3].present) SITREP_RETURN_IF_ERROR(LoadAdmin1Names(sources[3], &names));
  if (sources[4].present) SITREP_RETURN_IF_ERROR(LoadTowns(sources[4], &names));
  if (sources[5].present) SITREP_RETURN_IF_ERROR(LoadTowns(sources[5], &names));
  CountDivisionPeople();
  for (auto& [key, entry] : names) {
    std::stable_sort(entry.places.begin(), entry.places.end(), [&](uint32_t a, uint32_t b) {
      const Place& pa = places_[a];
      const Place& pb = places_[b];
      if (pa.is_country() != pb.is_country()) return pa.is_country();
      return pa.population > pb.population;
    });
  }
  Freeze(&names);
  IndexIds();
  return Status::Ok();
}

std::string GazetteerCachePath(const std::string& dir) {
  return cache::PathFor("gazetteer", dir);
}

void PlaceIndex::Freeze(Names* names) {
  entries_.clear();
  keys_.clear();
  ids_.clear();
  entries_.reserve(names->size());
  for (const auto& [key, built] : *names) {
    Entry& e = entries_.emplace_back();
    e.prefix = built.prefix;
    e.key_start = static_cast<uint32_t>(keys_.size());
    e.key_size = static_cast<uint32_t>(key.size());
    keys_ += key;
    e.list_start = static_cast<uint32_t>(ids_.size());
    e.places.size_ = static_cast<uint32_t>(built.places.size());
    ids_.insert(ids_.end(), built.places.begin(), built.places.end());
  }
  names->clear();
  SlotNames();
}

void PlaceIndex::SlotNames() {
  size_t n = 16;
  while (n < entries_.size() * 2) n *= 2;
  slots_.assign(n, 0);
  const size_t mask = n - 1;
  for (size_t k = 0; k < entries_.size(); ++k) {
    Entry& e = entries_[k];
    e.places.data_ = ids_.data() + e.list_start;
    const uint64_t h = HashBytes(std::string_view(keys_).substr(e.key_start, e.key_size));
    size_t i = static_cast<size_t>(h) & mask;
    while (slots_[i] != 0) i = (i + 1) & mask;
    slots_[i] = ((h >> 32) << 32) | static_cast<uint64_t>(k + 1);
  }
}

void PlaceIndex::IndexIds() {
  by_id_.clear();
  for (uint32_t i = 0; i < places_.size(); ++i) {
    if (places_[i].kind == Place::Kind::kCity && places_[i].code.empty()) {
      by_id_.push_back({places_[i].geonames_id, i, 0});
    }
  }
  std::stable_sort(by_id_.begin(), by_id_.end(), [](const IdEntry& a, const IdEntry& b) {
    return a.geonames_id < b.geonames_id;
  });
}

// The cache (sealed by cache::WriteSealed): format line, the places field by field, the names
// (entries, key bytes, ids), the GeoNames id index, the code and abbreviation tables, max_words_.
std::string PlaceIndex::Serialize() const {
  // A new field of Place must be written and read below: this fails to compile until then.
  static_assert(sizeof(void*) != 8 || sizeof(Place) == 144, "Place changed: update the cache");
  std::string out;
  out.reserve(places_.size() * 80 + keys_.size() + entries_.size() * 24 + ids_.size() * 4);
  out += kCacheFormat;
  cache::Writer w(&out);
  w.Put(static_cast<uint64_t>(places_.size()));
  for (const Place& p : places_) {
    w.Put(static_cast<uint8_t>(p.kind));
    w.Put(p.geonames_id);
    w.Put(p.lat);
    w.Put(p.lon);
    w.Put(p.population);
    w.Put(p.people);
    for (const std::string_view* s :
         {&p.code, &p.country, &p.name, &p.admin1, &p.feature_code, &p.type}) {
      w.PutString(*s);
    }
  }
  std::vector<StoredName> stored;
  stored.reserve(entries_.size());
  for (const Entry& e : entries_) {
    stored.push_back({e.key_start, e.key_size, e.list_start,
                      static_cast<uint32_t>(e.places.size()), e.prefix ? 1u : 0u});
  }
  w.PutVector(stored);
  w.PutString(keys_);
  w.PutVector(ids_);
  w.PutVector(by_id_);
  for (const FlatStringMap<uint32_t>* table : {&by_code_, &abbreviations_}) {
    w.Put(static_cast<uint64_t>(table->size()));
    for (const auto& [key, id] : *table) {
      w.PutString(key);
      w.Put(id);
    }
  }
  w.Put(static_cast<uint64_t>(max_words_));
  return out;
}

bool PlaceIndex::Deserialize(std::string_view bytes) {
  if (bytes.substr(0, kCacheFormat.size()) != kCacheFormat) return false;
  cache::Reader r(bytes.substr(kCacheFormat.size()));
  uint64_t count = 0;
  if (!r.GetCount(&count)) return false;
  places_.resize(count);
  for (Place& p : places_) {
    const auto kind = r.Get<uint8_t>();
    if (kind > static_cast<uint8_t>(Place::Kind::kCountry)) return false;
    p.kind = static_cast<Place::Kind>(kind);
    p.geonames_id = r.Get<int64_t>();
    p.lat = r.Get<double>();
    p.lon = r.Get<double>();
    p.population = r.Get<int64_t>();
    p.people = r.Get<int64_t>();
    for (std::string_view* s :
         {&p.code, &p.country, &p.name, &p.admin1, &p.feature_code, &p.type}) {
      *s = r.GetString();
    }
    if (!r.ok()) return false;
  }
  std::vector<StoredName> stored;
  if (!r.GetVector(&stored)) return false;
  keys_ = r.GetString();
  if (!r.GetVector(&ids_) || !r.GetVector(&by_id_)) return false;
  entries_.resize(stored.size());
  for (size_t i = 0; i < stored.size(); ++i) {
    const StoredName& s = stored[i];
    if (uint64_t{s.key_start} + s.key_size > keys_.size() ||
        uint64_t{s.list_start} + s.list_size > ids_.size()) {
      return false;
    }
    Entry& e = entries_[i];
    e.key_start = s.key_start;
    e.key_size = s.key_size;
    e.list_start = s.list_start;
    e.places.size_ = s.list_size;
    e.prefix = s.prefix != 0;
  }
  for (uint32_t id : ids_) {
    if (id >= places_.size()) return false;
  }
  for (const IdEntry& e : by_id_) {
    if (e.place >= places_.size()) return false;
  }
  for (FlatStringMap<uint32_t>* table : {&by_code_, &abbreviations_}) {
    uint64_t n = 0;
    if (!r.GetCount(&n)) return false;
    for (uint64_t i = 0; i < n; ++i) {
      const std::string_view key = r.GetString();
      const auto id = r.Get<uint32_t>();
      if (!r.ok() || id >= places_.size()) return false;
      table->emplace(std::string(key), id);
    }
  }
  max_words_ = static_cast<size_t>(r.Get<uint64_t>());
  if (!r.ok() || !r.at_end()) return false;
  SlotNames();
  return true;
}

void PlaceIndex::CountDivisionPeople() {
  std::unordered_map<std::string, int64_t> people;  // "country<TAB>admin1 name"
  for (const Place& p : places_) {
    if (p.kind == Place::Kind::kCity && !p.admin1.empty()) {
      people[std::string(p.country) + "\t" + std::string(p.admin1)] += p.population;
    }
  }
  for (Place& p : places_) {
    if (!p.is_admin1()) continue;
    const auto it = people.find(std::string(p.country) + "\t" + std::string(p.name));
    if (it != people.end()) p.people = it->second;
  }
}

void PlaceIndex::AddName(std::string_view name, uint32_t place, Names* names) {
  std::string key = Fold(name);
  if (key.empty()) return;
  size_t words = 1;
  for (size_t i = 0; i < key.size(); ++i) {
    if (key[i] != ' ') continue;
    (*names)[std::string_view(key).substr(0, i)].prefix = true;
    ++words;
  }
  max_words_ = std::max(max_words_, words);
  std::vector<uint32_t>& list = (*names)[key].places;
  if (list.empty() || list.back() != place) list.push_back(place);
}

Status PlaceIndex::LoadCities(const Source& file, Names* names) {
  const std::string& path = file.path;
  return ForEachRowOf(path, file.text(), 9, [&](const std::vector<std::string_view>& f, size_t line) {
    // Built in place: a bad row fails the whole load, so a half-filled place never stays.
    Place& p = places_.emplace_back();
    const auto id = static_cast<uint32_t>(places_.size() - 1);
    if (!ParseNumber(f[0], &p.geonames_id)) return BadField(path, line, "geonameid");
    if (!ParseNumber(f[4], &p.lat) || !ParseNumber(f[5], &p.lon)) {
      return BadField(path, line, "coordinates");
    }
    if (!ParseNumber(f[6], &p.population)) return BadField(path, line, "population");
    p.country = f[1];
    p.name = f[2];
    p.feature_code = f[7];
    if (f.size() > 9) p.admin1 = f[9];
    ForEachPart(f[8], '|', [&](std::string_view n) { AddName(n, id, names); });
    return Status::Ok();
  });
}

Status PlaceIndex::LoadCountries(const Source& file, Names* names) {
  const std::string& path = file.path;
  return ForEachRowOf(path, file.text(), 6, [&](const std::vector<std::string_view>& f, size_t line) {
    Place p;
    if (!ParseNumber(f[3], &p.lat) || !ParseNumber(f[4], &p.lon)) {
      return BadField(path, line, "coordinates");
    }
    p.kind = Place::Kind::kCountry;
    p.country = f[0];
    p.code = f[0];
    p.name = f[2];
    const auto id = static_cast<uint32_t>(places_.size());
    by_code_.emplace(p.code, id);
    places_.push_back(std::move(p));
    ForEachPart(f[5], '|', [&](std::string_view n) { AddName(n, id, names); });
    return Status::Ok();
  });
}

Status PlaceIndex::LoadTowns(const Source& file, Names* names) {
  const std::string& path = file.path;
  return ForEachRowOf(path, file.text(), 8, [&](const std::vector<std::string_view>& f, size_t line) {
    // Built in place: a bad row fails the whole load, so a half-filled place never stays.
    Place& p = places_.emplace_back();
    const auto id = static_cast<uint32_t>(places_.size() - 1);
    // admin2.tsv: a second-level division known by its GeoNames admin2 code ("NG.26.123").
    if (f[0].find('.') != std::string_view::npos) {
      p.code = f[0];
      by_code_.emplace(p.code, id);
    } else if (!ParseNumber(f[0], &p.geonames_id)) {
      return BadField(path, line, "geonameid");
    }
    if (!ParseNumber(f[3], &p.lat) || !ParseNumber(f[4], &p.lon)) {
      return BadField(path, line, "coordinates");
    }
    if (!ParseNumber(f[5], &p.population)) return BadField(path, line, "population");
    p.country = f[1];
    p.name = f[2];
    p.feature_code = f[6];
    p.admin1 = f[7];
    AddName(p.name, id, names);
    if (f.size() > 8) {
      ForEachPart(f[8], '|', [&](std::string_view n) { AddName(n, id, names); });
    }
    return Status::Ok();
  });
}

Status PlaceIndex::LoadAdmin1(const Source& file, Names* names) {
  const std::string& path = file.path;
  return ForEachRowOf(path, file.text(), 7, [&](const std::vector<std::string_view>& f, size_t line) {
    Place p;
    if (!ParseNumber(f[4], &p.lat) || !ParseNumber(f[5], &p.lon)) {
      return BadField(path, line, "coordinates");
    }
    p.kind = Place::Kind::kAdmin1;
    p.country = f[0];
    p.code = f[1];
    p.name = f[2];
    p.admin1 = f[2];
    p.type = made_.emplace_back(Fold(f[3]));
    const auto id = static_cast<uint32_t>(places_.size());
    if (!p.code.empty()) by_code_.emplace(p.code, id);
    places_.push_back(std::move(p));
    ForEachPart(f[6], '|', [&](std::string_view n) { AddName(n, id, names); });
    return Status::Ok();
  });
}

// Hand-written names of divisions: `iso3166_2  name`; an unknown code is an error.
Status PlaceIndex::LoadAdmin1Names(const Source& file, Names* names) {
  const std::string& path = file.path;
  return ForEachRowOf(path, file.text(), 2, [&](const std::vector<std::string_view>& f, size_t line) {
    const auto it = by_code_.find(f[0]);
    if (it == by_code_.end() || !places_[it->second].is_admin1()) {
      return BadField(path, line, "ISO 3166-2 code");
    }
    // "UP", "J&K": capital letters (and "&") name the division only where one is expected;
    // as names they would catch words ("Up") and acronyms ("AP", "MP").
    const bool abbreviation =
        f[1].size() <= 4 && std::all_of(f[1].begin(), f[1].end(), [](char c) {
          return (c >= 'A' && c <= 'Z') || c == '&';
        });
    if (abbreviation) {
      std::string key = AsciiLower(f[1]);  // "&" kept (Fold would drop it)
      abbreviations_.emplace(std::move(key), it->second);
      return Status::Ok();
    }
    AddName(f[1], it->second, names);
    return Status::Ok();
  });
}

Status PlaceIndex::LoadCues(const std::string& path, const std::string& common_path) {
  const std::pair<const char*, StringSet*> kinds[] = {
      {"locative", &cues_.locative},   {"locative_weak", &cues_.locative_weak},
      {"not_place", &cues_.not_place}, {"part_prefix", &cues_.part_prefix},
      {"part_suffix", &cues_.part_suffix}, {"elision", &cues_.elision},
      {"article", &cues_.article},     {"admin", &cues_.admin},
      {"after_ok", &cues_.after_ok},   {"person_after", &cues_.person_after},
      {"function", &cues_.function},   {"title", &cues_.title},
      {"feature", &cues_.feature},     {"currency", &cues_.currency},
      {"name_prefix", &cues_.name_prefix}, {"name_link", &cues_.name_link},
      {"route", &cues_.route}};
  SITREP_RETURN_IF_ERROR(
      ForEachRow(path, 3, [&](const std::vector<std::string_view>& f, size_t line) {
        if (f[0] == "common") {
          cues_.common[std::string(f[1])].insert(Fold(f[2]));
          cues_.common["*"].insert(Fold(f[2]));
          return Status::Ok();
        }
        for (const auto& [kind, set] : kinds) {
          if (f[0] == kind) {
            set->insert(Fold(f[2]));
            return Status::Ok();
          }
        }
        return BadField(path, line, "cue kind");
      }));
  return ForEachRow(common_path, 2, [&](const std::vector<std::string_view>& f, size_t) {
    cues_.common[std::string(f[1])].insert(Fold(f[0]));
    cues_.common["*"].insert(Fold(f[0]));
    return Status::Ok();
  });
}

bool Cues::IsCommon(std::string_view key, const std::string& lang) const {
  auto it = common.find(lang);
  if (it == common.end()) it = common.find("*");
  return it != common.end() && it->second.find(key) != it->second.end();
}

const PlaceIndex::Entry* PlaceIndex::Lookup(std::string_view key) const {
  if (slots_.empty()) return nullptr;
  const uint64_t h = HashBytes(key);
  const size_t mask = slots_.size() - 1;
  const uint64_t tag = h >> 32;
  for (size_t i = static_cast<size_t>(h) & mask;; i = (i + 1) & mask) {
    const uint64_t s = slots_[i];
    if (s == 0) return nullptr;
    if ((s >> 32) != tag) continue;
    const Entry& e = entries_[static_cast<size_t>(s & 0xffffffffu) - 1];
    if (std::string_view(keys_).substr(e.key_start, e.key_size) == key) return &e;
  }
}

const PlaceList* PlaceIndex::Find(std::string_view key) const {
  const Entry* e = Lookup(key);
  return e == nullptr || e->places.empty() ? nullptr : &e->places;
}

const Place* PlaceIndex::FindById(int64_t geonames_id) const {
  // The last place of an id wins, as when the files are read in order.
  auto it = std::upper_bound(by_id_.begin(), by_id_.end(), geonames_id,
                             [](int64_t id, const IdEntry& e) { return id < e.geonames_id; });
  if (it == by_id_.begin() || std::prev(it)->geonames_id != geonames_id) return nullptr;
  return &places_[std::prev(it)->place];
}

const Place* PlaceIndex::FindCountry(std::string_view alpha3) const {
  auto it = by_code_.find(alpha3);
  return it == by_code_.end() || !places_[it->second].is_country() ? nullptr
                                                                   : &places_[it->second];
}

const Place* PlaceIndex::FindAbbreviation(std::string_view key) const {
  auto it = abbreviations_.find(key);
  return it == abbreviations_.end() ? nullptr : &places_[it->second];
}

const Place* PlaceIndex::FindByCode(std::string_view code) const {
  auto it = by_code_.find(code);
  return it == by_code_.end() ? nullptr : &places_[it->second];
}

const Place* PlaceIndex::FindAdmin1(std::string_view iso3166_2) const {
  auto it = by_code_.find(iso3166_2);
  return it == by_code_.end() || !places_[it->second].is_admin1() ? nullptr
                                                                  : &places_[it->second];
}

}  // namespace sitrep::geo
