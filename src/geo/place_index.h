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
#include "base/flat_map.h"

namespace sitrep::geo {

struct Place {
  enum class Kind : uint8_t { kCity, kAdmin1, kCountry };
  Kind kind = Kind::kCity;
  int64_t geonames_id = 0;  // cities only (0 for a second-level division of admin2.tsv)
  std::string code;  // ISO 3166-2 code of an admin1 ("SY-ID"), alpha-3 of a country, GeoNames
                     // code of an admin2 ("NG.26.123")
  std::string country;      // ISO alpha-3
  std::string name;         // English name
  std::string admin1;       // a city's first-level division ("Aleppo"), "" when unknown
  double lat = 0;
  double lon = 0;
  int64_t population = 0;
  // An admin1's: the people of the gazetteer's cities and towns in it, a measure of how much a
  // division is in the news among namesakes ("Plateau" of Nigeria or of Benin); 0 for others.
  int64_t people = 0;
  std::string feature_code;  // GeoNames code (PPLC, PPLA, PPL, ...); "" for the others
  std::string type;          // an admin1's folded type ("governorate", "state"); "" for others
  bool is_country() const { return kind == Kind::kCountry; }
  bool is_admin1() const { return kind == Kind::kAdmin1; }
};

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
};
using StringSet = FlatStringSet;

// Folded cue words and phrases by kind (see data/gazetteer/cues.tsv).
struct Cues {
  StringSet locative, locative_weak, not_place, part_prefix, part_suffix, elision, article, admin, after_ok,
      person_after, function, title, feature, currency,
      name_prefix;  // kind words that may start a place's name ("Barangay San Roque")
  // Names that are common words, by language ("en", "fr"); "*" holds all languages.
  std::unordered_map<std::string, StringSet> common;

  // True when `key` is a common word in `lang` (in any language when lang has no list).
  bool IsCommon(std::string_view key, const std::string& lang) const;
};

class PlaceIndex {
 public:
  // Reads cities.tsv, admin1.tsv, countries.tsv, common_names.tsv and cues.tsv under `dir`,
  // and towns.tsv and admin1_names.tsv when present. Errors name the file and line.
  static StatusOr<std::unique_ptr<PlaceIndex>> Load(const std::string& dir);

  // What a folded key is: the name of `places` (countries first, then most populous first;
  // empty when it is no name), and whether it begins (whole words) a longer name.
  struct Entry {
    std::vector<uint32_t> places;
    bool prefix = false;
  };
  // The entry of `key`, null when it is neither a name nor the start of one.
  const Entry* Lookup(std::string_view key) const;
  // Places whose folded name equals `key`; null when none.
  const std::vector<uint32_t>* Find(std::string_view key) const;
  const Place& place(uint32_t i) const { return places_[i]; }
  const Place* FindById(int64_t geonames_id) const;
  const Place* FindCountry(std::string_view alpha3) const;
  const Place* FindAdmin1(std::string_view iso3166_2) const;
  // The place of an ISO 3166-2 code, alpha-3 or GeoNames admin2 code ("NG.26.123"); null when none.
  const Place* FindByCode(std::string_view code) const;
  // The division a capital-letter abbreviation of admin1_names.tsv stands for ("j&k", "ts":
  // folded); null when none. Such a name is read only where a division is expected.
  const Place* FindAbbreviation(std::string_view key) const;
  const Cues& cues() const { return cues_; }
  size_t max_words() const { return max_words_; }
  size_t size() const { return places_.size(); }

 private:
  Status LoadCities(const std::string& path);
  Status LoadCountries(const std::string& path);
  Status LoadAdmin1(const std::string& path);
  Status LoadAdmin1Names(const std::string& path);
  Status LoadTowns(const std::string& path);
  Status LoadCues(const std::string& path, const std::string& common_path);
  void AddName(std::string_view name, uint32_t place);
  void CountDivisionPeople();

  std::vector<Place> places_;
  FlatStringMap<Entry> names_;
  std::unordered_map<int64_t, uint32_t> by_id_;
  FlatStringMap<uint32_t> by_code_;
  FlatStringMap<uint32_t> abbreviations_;
  Cues cues_;
  size_t max_words_ = 1;
};

}  // namespace sitrep::geo
