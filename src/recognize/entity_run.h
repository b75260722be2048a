// EntityRun: one document's pass of the entity recognizer. It matches dictionary phrases over
// the document's units (longest match first), reads titles ("le ministre russe de la
// Défense, Sergueï Choïgou"), role nouns with their demonym ("l'armée syrienne"), honorifics,
// first names and organization heads, then resolves titles without a name to the person the
// article or the office-holder list names for that role.
//
// Usage (inside EntityRecognizer::Run):
//   EntityRun run(dict, analysis, doc);
//   run.Run(&record->entities);
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "sitrep/record.h"
#include "recognize/entity_dict.h"
#include "text/analysis.h"

namespace sitrep::recognize::entities_internal {

class EntityRun {
 public:
  // All three must outlive the run. Not copyable: it holds per-document scratch state.
  EntityRun(const EntityDict& dict, const text::Analysis& analysis, const Document& doc);
  EntityRun(const EntityRun&) = delete;
  EntityRun& operator=(const EntityRun&) = delete;

  // Appends the document's entities, in text order, to `out`.
  void Run(std::vector<Entity>* out);

 private:
  struct Match {
    uint32_t begin = 0, end = 0;  // units
    std::array<const Entry*, 4> entries{};
    uint8_t size = 0;
  };
  // An entity being built; spans in units.
  struct Pending {
    uint32_t begin = 0, end = 0;
    std::string kind, name, id, country, sector;
    bool title = false, org_role = false, pattern = false;
    std::string role, of, label;  // titles: office and whom it serves; roles: label
    int person = -1;              // titles: the Pending of the person named with the title
  };

  void FindMatches();
  bool Accepts(const Entry& e, uint32_t begin, uint32_t len) const;
  const Entry* Get(const Match& m, EntryType type) const;
  const Actor* ActorOf(const Match& m) const;
  int MatchAt(uint32_t unit) const;

  void ReadTitle(size_t mi);
  void ReadTitleModifiers(size_t mi, Pending* p);
  void ReadRole(size_t mi);
  void ReadRoleOfState(Pending* p);
  void ReadEventNoun(size_t mi, const Role& role);
  void ReadHonorific(size_t mi);
  void ReadOrgHead(size_t mi);
  void EmitMatches();
  void FindFirstNamePersons();
  void FindSurnames();
  void LinkTitleNames();
  void ResolveTitles();
  void ResolveTitle(size_t i, int named_idx);
  void ResolveRoles();

  int NameAt(uint32_t k, bool comma, const std::unordered_map<uint32_t, int>& person_at);
  uint32_t CapitalizedRun(uint32_t start) const;
  uint32_t CapitalizedRunBack(uint32_t end) const;
  int AddPattern(uint32_t begin, uint32_t end, const std::string& kind, const std::string& sector);
  void NameFromActor(const Actor& a, Pending* p) const;
  std::string UnitText(uint32_t begin, uint32_t end) const;
  std::string OfCountry(const std::string& of) const;

  const EntityDict& dict_;
  const text::Analysis& analysis_;
  const Document& doc_;
  char lang_ = '*';
  std::vector<Unit> units_;
  std::vector<Match> matches_;
  std::vector<int> match_at_;       // per unit: index of the match starting there, or -1
  std::vector<uint8_t> consumed_;   // per match: taken by a title or role
  std::vector<std::string> event_sector_;  // per match: sector a demonym gets from an event noun
  std::vector<uint8_t> covered_;    // per unit: inside a name or actor entity
  std::vector<Pending> pending_;
};

}  // namespace sitrep::recognize::entities_internal
