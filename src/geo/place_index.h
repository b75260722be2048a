// PlaceIndex: the gazetteer's data (data/gazetteer/*.tsv) loaded once: cities and countries,
// a hash index from folded names to their places, and the cue word lists that guide tagging.
#pragma once

#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "sitrep/status.h"

#include "base/cache_file.h"
#include "base/flat_map.h"

namespace sitrep::geo {

// A place's texts are views into its PlaceIndex's storage (the data files or the cache as
// read), valid as long as the index: loading a cached gazetteer builds no string.
struct Place {
  enum class Kind : uint8_t { kCity, kAdmin1, kCountry };
  Kind kind = Kind::kCity;
  int64_t geonames_id = 0;  // cities only (0 for a second-level division of admin2.tsv)
  std::string_view code;  // ISO 3166-2 code of an admin1 ("SY-ID"), alpha-3 of a country, GeoNames
                          // code of an admin2 ("NG.26.123")
  std::string_view country;  // ISO alpha-3
  std::string_view name;     // English name
  std::string_view admin1;   // a city's first-level division ("Aleppo"), "" when unknown
  double lat = 0;
  double lon = 0;
  int64_t population = 0;
  // An admin1's: the people of the gazetteer's cities and towns in it, a measure of how much a
  // division is in the news among namesakes ("Plateau" of Nigeria or of Benin); 0 for others.
  int64_t people = 0;
  std::string_view feature_code;  // GeoNames code (PPLC, PPLA, PPL, ...); "" for the others
  std::string_view type;          // an admin1's folded type ("governorate", "state"); "" for others
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
      name_prefix,  // kind words that may start a place's name ("Barangay San Roque")
      name_link,    // lower-case words inside a place's name ("San Pedro de la Paz")
      route;        // words naming a road after its two ends ("the Tripoli-Beirut highway")
  // Names that are common words, by language ("en", "fr"); "*" holds all languages.
  std::unordered_map<std::string, StringSet> common;

  // True when `key` is a common word in `lang` (in any language when lang has no list).
  bool IsCommon(std::string_view key, const std::string& lang) const;
};

// The places a name stands for, as indexes of PlaceIndex::place(): a view into the index.
class PlaceList {
 public:
  const uint32_t* begin() const { return data_; }
  const uint32_t* end() const { return data_ + size_; }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  uint32_t operator[](size_t i) const { return data_[i]; }

 private:
  friend class PlaceIndex;
  const uint32_t* data_ = nullptr;
  uint32_t size_ = 0;
};

class PlaceIndex {
 public:
  // Reads cities.tsv, admin1.tsv, countries.tsv, common_names.tsv and cues.tsv under `dir`,
  // and towns.tsv, admin2.tsv and admin1_names.tsv when present. Errors name the file and line.
  //
  // The places and names read from countries, cities, admin1, admin1_names, towns and admin2 are
  // written to a binary cache (see GazetteerCachePath) that later loads read instead of
  // parsing, as long as those files' contents and the loading code (a hash generated at build
  // time from this file, place_index.cc and fold.*) are the same; the TSV files stay the source.
  static StatusOr<std::unique_ptr<PlaceIndex>> Load(const std::string& dir);

  // What a folded key is: the name of `places` (countries first, then most populous first;
  // empty when it is no name), and whether it begins (whole words) a longer name.
  struct Entry {
    PlaceList places;
    bool prefix = false;
    uint32_t key_start = 0;  // the key's bytes in the index's key storage
    uint32_t key_size = 0;
    uint32_t list_start = 0;  // `places` in the index's id storage
  };
  // The entry of `key`, null when it is neither a name nor the start of one.
  const Entry* Lookup(std::string_view key) const;
  // Places whose folded name equals `key`; null when none.
  const PlaceList* Find(std::string_view key) const;
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
  struct Source;  // a data file's path and text
  struct BuildEntry {
    std::vector<uint32_t> places;
    bool prefix = false;
  };
  using Names = FlatStringMap<BuildEntry>;  // the names while the files are parsed

  Status Parse(const std::vector<Source>& sources);
  Status LoadCities(const Source& file, Names* names);
  Status LoadCountries(const Source& file, Names* names);
  Status LoadAdmin1(const Source& file, Names* names);
  Status LoadAdmin1Names(const Source& file, Names* names);
  Status LoadTowns(const Source& file, Names* names);
  Status LoadCues(const std::string& path, const std::string& common_path);
  void AddName(std::string_view name, uint32_t place, Names* names);
  void CountDivisionPeople();
  void Freeze(Names* names);  // the parsed names into the lookup table below
  void IndexIds();            // by_id_ from places_
  void SlotNames();           // slots_ from entries_ and keys_
  std::string Serialize() const;
  bool Deserialize(std::string_view bytes);

  std::vector<Place> places_;
  // What the places' texts view: the files they were read from, and texts made while parsing.
  std::vector<cache::FileBytes> held_;
  std::deque<std::string> made_;
  // Names: open addressing over slots_ ((hash >> 32) << 32 | entry index + 1), at most half
  // full; keys_ holds every key's bytes, ids_ every entry's places.
  std::vector<Entry> entries_;
  std::string keys_;
  std::vector<uint32_t> ids_;
  std::vector<uint64_t> slots_;
  struct IdEntry {
    int64_t geonames_id = 0;
    uint32_t place = 0;
    uint32_t unused = 0;  // no padding: the cache writes these bytes as they are
  };
  std::vector<IdEntry> by_id_;  // sorted by GeoNames id
  FlatStringMap<uint32_t> by_code_;
  FlatStringMap<uint32_t> abbreviations_;
  Cues cues_;
  size_t max_words_ = 1;
};

// Where the binary cache of the gazetteer in `dir` lives: $SITREP_CACHE_DIR, else
// $XDG_CACHE_HOME/sitrep, else $HOME/.cache/sitrep, one file per data folder (named by a hash
// of its absolute path). "" when SITREP_CACHE_DIR is set and empty, or no folder is known:
// then no cache is read or written.
std::string GazetteerCachePath(const std::string& dir);

}  // namespace sitrep::geo
