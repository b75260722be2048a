// PlaceIndex loading: plain TSV parsing with string_view splitting, one fold per name.
#include "geo/place_index.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <fstream>
#include <sstream>

#include "geo/fold.h"

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

StatusOr<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFoundError("cannot open " + path);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

template <typename T>
bool ParseNumber(std::string_view s, T* out) {
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && p == s.data() + s.size();
}

// Calls fn(fields, line_number) for each data line (not empty, not starting with '#').
template <typename Fn>
Status ForEachRow(const std::string& path, size_t min_fields, Fn fn) {
  SITREP_ASSIGN_OR_RETURN(std::string text, ReadFile(path));
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

Status BadField(const std::string& path, size_t line, const char* what) {
  return DataLossError(path + ":" + std::to_string(line) + ": bad " + what);
}

}  // namespace

StatusOr<std::unique_ptr<PlaceIndex>> PlaceIndex::Load(const std::string& dir) {
  auto index = std::make_unique<PlaceIndex>();
  index->names_.reserve(500000);
  index->places_.reserve(150000);  // cities, towns, admin2, admin1, countries: 147,053
  index->by_id_.reserve(140000);
  SITREP_RETURN_IF_ERROR(index->LoadCountries(dir + "/countries.tsv"));
  SITREP_RETURN_IF_ERROR(index->LoadCities(dir + "/cities.tsv"));
  SITREP_RETURN_IF_ERROR(index->LoadAdmin1(dir + "/admin1.tsv"));
  if (std::ifstream(dir + "/admin1_names.tsv").good()) {
    SITREP_RETURN_IF_ERROR(index->LoadAdmin1Names(dir + "/admin1_names.tsv"));
  }
  if (std::ifstream(dir + "/towns.tsv").good()) {
    SITREP_RETURN_IF_ERROR(index->LoadTowns(dir + "/towns.tsv"));
  }
  if (std::ifstream(dir + "/admin2.tsv").good()) {
    SITREP_RETURN_IF_ERROR(index->LoadTowns(dir + "/admin2.tsv"));
  }
  SITREP_RETURN_IF_ERROR(index->LoadCues(dir + "/cues.tsv", dir + "/common_names.tsv"));
  index->CountDivisionPeople();
  for (auto& [key, entry] : index->names_) {
    std::stable_sort(entry.places.begin(), entry.places.end(), [&](uint32_t a, uint32_t b) {
      const Place& pa = index->places_[a];
      const Place& pb = index->places_[b];
      if (pa.is_country() != pb.is_country()) return pa.is_country();
      return pa.population > pb.population;
    });
  }
  return index;
}

void PlaceIndex::CountDivisionPeople() {
  std::unordered_map<std::string, int64_t> people;  // "country<TAB>admin1 name"
  for (const Place& p : places_) {
    if (p.kind == Place::Kind::kCity && !p.admin1.empty()) {
      people[p.country + "\t" + p.admin1] += p.population;
    }
  }
  for (Place& p : places_) {
    if (!p.is_admin1()) continue;
    const auto it = people.find(p.country + "\t" + p.name);
    if (it != people.end()) p.people = it->second;
  }
}

void PlaceIndex::AddName(std::string_view name, uint32_t place) {
  std::string key = Fold(name);
  if (key.empty()) return;
  size_t words = 1;
  for (size_t i = 0; i < key.size(); ++i) {
    if (key[i] != ' ') continue;
    names_[std::string_view(key).substr(0, i)].prefix = true;
    ++words;
  }
  max_words_ = std::max(max_words_, words);
  std::vector<uint32_t>& list = names_[key].places;
  if (list.empty() || list.back() != place) list.push_back(place);
}

Status PlaceIndex::LoadCities(const std::string& path) {
  return ForEachRow(path, 9, [&](const std::vector<std::string_view>& f, size_t line) {
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
    by_id_[p.geonames_id] = id;
    ForEachPart(f[8], '|', [&](std::string_view n) { AddName(n, id); });
    return Status::Ok();
  });
}

Status PlaceIndex::LoadCountries(const std::string& path) {
  return ForEachRow(path, 6, [&](const std::vector<std::string_view>& f, size_t line) {
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
    ForEachPart(f[5], '|', [&](std::string_view n) { AddName(n, id); });
    return Status::Ok();
  });
}

Status PlaceIndex::LoadTowns(const std::string& path) {
  return ForEachRow(path, 8, [&](const std::vector<std::string_view>& f, size_t line) {
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
    if (p.code.empty()) by_id_[p.geonames_id] = id;
    AddName(p.name, id);
    if (f.size() > 8) {
      ForEachPart(f[8], '|', [&](std::string_view n) { AddName(n, id); });
    }
    return Status::Ok();
  });
}

Status PlaceIndex::LoadAdmin1(const std::string& path) {
  return ForEachRow(path, 7, [&](const std::vector<std::string_view>& f, size_t line) {
    Place p;
    if (!ParseNumber(f[4], &p.lat) || !ParseNumber(f[5], &p.lon)) {
      return BadField(path, line, "coordinates");
    }
    p.kind = Place::Kind::kAdmin1;
    p.country = f[0];
    p.code = f[1];
    p.name = f[2];
    p.admin1 = f[2];
    p.type = Fold(f[3]);
    const auto id = static_cast<uint32_t>(places_.size());
    if (!p.code.empty()) by_code_.emplace(p.code, id);
    places_.push_back(std::move(p));
    ForEachPart(f[6], '|', [&](std::string_view n) { AddName(n, id); });
    return Status::Ok();
  });
}

// Hand-written names of divisions: `iso3166_2  name`; an unknown code is an error.
Status PlaceIndex::LoadAdmin1Names(const std::string& path) {
  return ForEachRow(path, 2, [&](const std::vector<std::string_view>& f, size_t line) {
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
      std::string key(f[1]);  // lower case, "&" kept (Fold would drop it)
      for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      abbreviations_.emplace(std::move(key), it->second);
      return Status::Ok();
    }
    AddName(f[1], it->second);
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
      {"name_prefix", &cues_.name_prefix}};
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
  auto it = names_.find(key);
  return it == names_.end() ? nullptr : &it->second;
}

const std::vector<uint32_t>* PlaceIndex::Find(std::string_view key) const {
  const Entry* e = Lookup(key);
  return e == nullptr || e->places.empty() ? nullptr : &e->places;
}

const Place* PlaceIndex::FindById(int64_t geonames_id) const {
  auto it = by_id_.find(geonames_id);
  return it == by_id_.end() ? nullptr : &places_[it->second];
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
