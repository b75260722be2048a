// EntityDict: the actor dictionaries of data/actors/ (actors, aliases, demonyms, role nouns,
// titles, office holders, first names, grammar words) loaded into hash indexes keyed by
// folded unit sequences ("vladimir putin", "chef d' etat").
//
// DESCRIPTION: every alias, demonym, role noun and title is cut into units (entity_text.h)
// and its keys joined by ' ' index a Phrase in `phrases`; every proper prefix of a phrase
// ("vladimir") is there too, with `continues` set, so a longest-match scan stops as soon as
// no phrase can continue: about one hash lookup per unit. Files are read once at Load(); later reads are const and
// thread-safe. Hand-written files override the generated *.gen.tsv ones (see README.md).
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
#include "recognize/entity_text.h"

namespace sitrep::recognize::entities_internal {

enum class EntryType : uint8_t { kActor, kDemonym, kRole, kTitle, kPortfolio, kHonorific, kOrgHead };

// How the text's case must look for an alias to match.
enum class CaseRule : uint8_t {
  kAny,     // any case: role nouns, titles, demonyms
  kProper,  // first unit capitalized: names
  kShort,   // one short word: all upper-case, or capitalized not at sentence start ("Modi")
  kExact,   // the very letters of the alias ("UN", not "un")
};

struct Entry {
  EntryType type = EntryType::kActor;
  CaseRule rule = CaseRule::kAny;
  char lang = '*';      // 'f', 'e' or '*': role nouns apply in one language
  bool hand = false;    // from a hand-written file (wins over generated entries)
  uint32_t index = 0;   // into actors, countries, roles or titles
  std::string exact;    // raw units joined by ' ', for kExact
};

struct Actor {
  std::string id, kind, name, country, sector;
};

struct Role {
  std::string kind, sector, label;
};

struct Title {
  std::string role, label;
};

struct OrgHead {
  bool before = true;
  std::string kind, sector;
};

struct Office {
  std::string of, start, end, person_id;
};

// The hash of MayStart's filter (FlatStringMap's own).
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return HashBytes(s); }
};
template <typename V>
using StringMap = FlatStringMap<V>;

struct Phrase {
  std::vector<Entry> entries;  // empty for a prefix that is no phrase itself
  bool continues = false;      // a longer phrase starts with this one
};

struct EntityDict {
  FoldTable fold;
  FlatStringSet elisions, articles, preps, particles, nonperson_words, first_names;
  std::vector<Actor> actors;
  StringMap<uint32_t> actor_by_id;
  StringMap<std::string> redirects;
  StringMap<std::string> demonym_en;  // country -> English adjective ("SYR" -> "Syrian")
  std::vector<Role> roles;
  std::vector<Title> titles;
  std::vector<OrgHead> org_heads;
  StringMap<std::vector<Office>> offices;  // key: role + ' ' + of
  StringMap<Phrase> phrases;
  // One bit per hash of a phrase's first key: most words of a text are no phrase's start and
  // are rejected here without touching the (large, cache-cold) hash table.
  std::vector<uint64_t> first_bits = std::vector<uint64_t>(kFirstBits / 64);
  static constexpr size_t kFirstBits = size_t{1} << 20;
  bool MayStart(std::string_view key) const {
    const size_t h = StringHash{}(key) & (kFirstBits - 1);
    return (first_bits[h / 64] >> (h % 64)) & 1;
  }

  // Loads every file of `dir` (data/actors). Errors name the file and line.
  static StatusOr<std::unique_ptr<EntityDict>> Load(const std::string& dir);

  const Actor* FindActor(std::string_view id) const;
  // The person holding `role` for `of` on `date` (YYYY-MM-DD; empty: the latest), or null.
  const Actor* OfficeHolder(std::string_view role, std::string_view of,
                            std::string_view date) const;
  // "Syrian" for "SYR"; the country's name when no adjective is known; "" for "".
  std::string Adjective(std::string_view country) const;
};

}  // namespace sitrep::recognize::entities_internal
