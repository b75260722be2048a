// PlaceIndex: the gazetteer's data (data/gazetteer/*.tsv) loaded once: cities and countries,
// a hash index from folded names to their places, and the cue word lists that guide tagging.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "sitrep/status.h"

namespace sitrep::geo {

struct Place {
  int64_t geonames_id = 0;  // 0 for a country
  std::string country;      // ISO alpha-3
  std::string name;         // English name
  double lat = 0;
  double lon = 0;
  int64_t population = 0;
  std::string feature_code;  // GeoNames code (PPLC, PPLA, PPL, ...); "COUNTRY" for a country
  bool is_country() const { return geonames_id == 0; }
};

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
};
using StringSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;

// Folded cue words and phrases by kind (see data/gazetteer/cues.tsv).
struct Cues {
  StringSet locative, part_prefix, part_suffix, elision, article, admin, after_ok,
      person_after, function, common;
};

class PlaceIndex {
 public:
  // Reads cities.tsv, countries.tsv, common_names.tsv and cues.tsv under `dir`. Errors name
  // the file and line.
  static StatusOr<std::unique_ptr<PlaceIndex>> Load(const std::string& dir);

  // Places whose folded name equals `key`, most populous first; null when none.
  const std::vector<uint32_t>* Find(std::string_view key) const;
  // True when `key` is the beginning (whole words) of a longer name.
  bool IsPrefix(std::string_view key) const { return prefixes_.find(key) != prefixes_.end(); }
  const Place& place(uint32_t i) const { return places_[i]; }
  const Place* FindById(int64_t geonames_id) const;
  const Place* FindCountry(std::string_view alpha3) const;
  const Cues& cues() const { return cues_; }
  size_t max_words() const { return max_words_; }
  size_t size() const { return places_.size(); }

 private:
  Status LoadCities(const std::string& path);
  Status LoadCountries(const std::string& path);
  Status LoadCues(const std::string& path, const std::string& common_path);
  void AddName(std::string_view name, uint32_t place);

  std::vector<Place> places_;
  std::unordered_map<std::string, std::vector<uint32_t>, StringHash, std::equal_to<>> names_;
  StringSet prefixes_;
  std::unordered_map<int64_t, uint32_t> by_id_;
  std::unordered_map<std::string, uint32_t, StringHash, std::equal_to<>> by_country_;
  Cues cues_;
  size_t max_words_ = 1;
};

}  // namespace sitrep::geo
