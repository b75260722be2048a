// Gazetteer: place tagging (longest gazetteer name over words, filtered by capitalization,
// cue words and neighbours, resolved by population and the document's countries) and event
// geocoding (a location's own place entity, else its text looked up the same way).
#include "geo/gazetteer.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

#include "geo/container.h"
#include "geo/fold.h"
#include "geo/place_index.h"
#include "geo/words.h"

namespace sitrep::geo {
namespace {

// Country mentions in the document: alpha-3 -> count.
// Keyed by std::string, looked up by string_view (a place's country) too.
using CountryCounts = std::unordered_map<std::string, int, StringHash, std::equal_to<>>;

// A gazetteer name found over words [first, last].
struct Match {
  size_t first = 0;
  size_t last = 0;
  std::string key;  // folded name (without part words)
  const PlaceList* places = nullptr;
  bool locative = false;     // a locative cue precedes it ("près de", "near")
  bool weak_locative = false;  // a preposition that may be locative precedes it ("to", "vers")
  bool admin_cue = false;    // "province d'Idleb": a division word precedes it
  std::string admin_word;    // "Al Jawf governorate": the division word right after it, folded
  std::string next_country;  // "Tripoli, Lebanon", "Paris, Texas": the country named right after
  bool next_is_city = false;  // named by a city ("Petrovskoye, Donetsk"), not a division
  // Countries of the document's other places that lie in one country only ("Fazilka",
  // "Punjab" for "Jalalabad"); null before they are known.
  const struct Placed* placed = nullptr;
  // Whether lower-case linking words may join names ("San Pedro de la Paz"): not in French,
  // where "de" is a preposition ("l'Université de Montréal").
  bool links = false;
  bool route = false;  // one end of a road named by two places ("the Tripoli-Beirut highway")
};

// The countries of the document's places that lie in one country only (or before their
// country), and under which names: a name known in one country only is no evidence for its
// own other mentions ("Petrovskoye" of Russia, "near Petrovskoye", "Petrovskoye, Donetsk").
struct Placed {
  CountryCounts countries;
  CountryCounts by_name;  // "key<TAB>country"
  // `own`: the name lies in that country only (no evidence for itself); otherwise a country
  // after one mention tells the others' ("a Reni councillor ... in Reni, Odessa").
  void Add(const std::string& key, std::string_view country, bool own) {
    ++countries[std::string(country)];
    if (own)
      ++by_name[key + "\t" + std::string(country)];
  }
  // True when a place named otherwise than `key` lies in `country`.
  bool Other(const std::string& key, std::string_view country) const {
    const auto c = countries.find(country);
    if (c == countries.end()) return false;
    const auto k = by_name.find(key + "\t" + std::string(country));
    return c->second > (k == by_name.end() ? 0 : k->second);
  }
};

// An entity's id for place p: its GeoNames id, else its code (ISO 3166-2, alpha-3, admin2).
std::string PlaceId(const Place& p) {
  return p.kind == Place::Kind::kCity && p.geonames_id > 0 ? std::to_string(p.geonames_id)
                                                           : std::string(p.code);
}

double Score(const Place& p, const Match& m, const CountryCounts& context) {
  double s = std::log10(static_cast<double>(p.population) + 10.0);
  if (p.is_country()) s = 9.0;
  if (p.is_admin1()) {
    s = m.admin_cue || !m.admin_word.empty() ? 8.0 : 5.5;
    if (!m.admin_word.empty() && m.admin_word == p.type) s += 2.0;  // "governorate" of Yemen
    s += std::log10(static_cast<double>(p.people) + 10.0) / 100.0;  // among equals, the larger
  }
  if (context.count(p.country) > 0) s += 1.5;
  // A place near others of its country beats a larger namesake abroad or a country the text
  // only names ("Jalalabad, Fazilka (Punjab)" is in India, not Afghanistan).
  if (m.placed != nullptr && !p.is_country() && m.placed->Other(m.key, p.country)) s += 2.0;
  if (p.feature_code == "PPLC") s += 0.5;
  if (p.feature_code == "PPLA") s += 0.2;
  if (!m.next_country.empty() && m.next_country == p.country) s += 10.0;
  return s;
}

// The division abbreviated by words from j after a comma, up to a comma or a closing
// parenthesis ("(Hyderabad, TS)", "(Pulwama district, J&K)"): capital letters, with "&" and no
// space between them. Sets *end to its last word; null when there is none.
const Place* AbbreviationAt(const PlaceIndex& index, const std::vector<Word>& words, size_t j,
                            size_t* end) {
  if (j == 0 || j >= words.size() || !words[j - 1].barrier || words[j - 1].key != ",") {
    return nullptr;
  }
  std::string key;
  size_t k = j;
  for (; k < words.size() && k < j + 4; ++k) {
    const Word& w = words[k];
    if (k > j && w.span.start != words[k - 1].span.end) break;
    if (w.barrier && w.key != "&") break;
    const bool letters =
        w.caps || (w.upper && (w.span.size() == 1 || w.key.find('&') != std::string::npos));
    if (!w.barrier && !letters) return nullptr;
    key += w.key;
  }
  if (k >= words.size() || !words[k].barrier || (words[k].key != ")" && words[k].key != ",")) {
    return nullptr;
  }
  *end = k - 1;
  return index.FindAbbreviation(key);
}

class GazetteerImpl : public Gazetteer {
 public:
  explicit GazetteerImpl(std::unique_ptr<PlaceIndex> index) : index_(std::move(index)) {}

  void TagPlaces(const text::Analysis& analysis, const Document& doc,
                 Record* record) const override;
  void GeocodeEvents(const Document& doc, Record* record) const override;

 private:
  std::vector<Match> FindMatches(const std::vector<Word>& words) const;
  bool MatchAt(const std::vector<Word>& words, size_t i, Match* m) const;
  bool RouteAfter(const std::vector<Word>& words, size_t i) const;
  bool HasCue(const std::vector<Word>& words, size_t first, const StringSet& cues) const;
  void ShortenKindName(const std::vector<Word>& words, Match* m) const;
  std::string CountryAt(const std::vector<Word>& words, size_t i,
                        const PlaceList* own) const;
  bool Plausible(const std::vector<Word>& words, const Match& m, const std::string& lang,
                 const StringSet& persons, const StringSet& attested,
                 const CountryCounts& context) const;
  bool NameLike(const Word& w) const;
  size_t LinkEnd(const std::vector<Word>& words, size_t i) const;
  bool WhereItLies(const std::vector<Word>& words, const Match& m) const;
  bool InLongerName(const std::vector<Word>& words, const Match& m) const;
  bool InLinkedName(const std::vector<Word>& words, const Match& m) const;
  const Place& Best(const Match& m, const CountryCounts& context) const;
  bool StrongPlace(const Match& m, const CountryCounts& context) const;
  bool ForeignTown(const Match& m, const CountryCounts& context) const;
  bool OnlyCues(const std::vector<std::string>& parts, size_t first, size_t last) const;
  bool ElsewhereInNamedCountry(const std::vector<Word>& words, const Match& m) const;
  const Place& Division(const Place& city) const;
  const Place* EntityPlace(const Entity& e) const;
  const Place* Resolve(std::string_view text, CountryCounts context,
                       const std::optional<std::string>& country) const;
  void TagLackedBefore(const std::vector<Word>& words, const text::Analysis& analysis,
                       const Document& doc, Record* record) const;

  std::unique_ptr<PlaceIndex> index_;
};

// True when the token of words[i] is followed by a word naming a road ("highway", "road").
bool GazetteerImpl::RouteAfter(const std::vector<Word>& words, size_t i) const {
  size_t k = i;
  while (k < words.size() && !words[k].token_end) ++k;
  return k + 1 < words.size() && !words[k + 1].barrier &&
         words[k + 1].sentence == words[i].sentence &&
         index_->cues().route.count(words[k + 1].key) > 0;
}

bool GazetteerImpl::MatchAt(const std::vector<Word>& words, size_t i, Match* m) const {
  const Word& w = words[i];
  const bool after_elision = i > 0 && words[i - 1].elision && !words[i - 1].barrier &&
                             words[i - 1].span.end + 1 == w.span.start;
  // "the Tripoli-Beirut highway": the part after a hyphen starts a name too.
  const bool route_part = i > 0 && !words[i - 1].token_end && !words[i - 1].barrier &&
                          w.upper && RouteAfter(words, i);
  if (w.barrier || w.elision || !(w.token_start || after_elision || route_part)) return false;
  if (!w.upper && !w.arabic) {
    const bool article_start = i + 1 < words.size() && words[i + 1].upper &&
                               !words[i + 1].barrier && index_->cues().article.count(w.key) > 0;
    if (!article_start) return false;
  }
  std::string key;
  bool found = false;
  for (size_t j = i; j < words.size() && j - i < index_->max_words(); ++j) {
    if (words[j].barrier || words[j].sentence != w.sentence) break;
    if (j > i) key.push_back(' ');
    key += words[j].key;
    const PlaceIndex::Entry* entry = index_->Lookup(key);
    if (entry == nullptr) break;
    const PlaceList* places = &entry->places;
    if (!places->empty()) {
      size_t end = j;
      if (!words[j].token_end && j + 1 < words.size() && words[j + 1].token_end &&
          !index_->place((*places)[0]).is_country() &&
          index_->cues().part_suffix.count(words[j + 1].key) > 0) {
        end = j + 1;  // "Alep-Est"
      }
      // "the Tripoli-Beirut highway": a name may end at a hyphen before another one.
      const bool route_end = !words[end].token_end && end + 1 < words.size() &&
                             words[end + 1].upper && RouteAfter(words, end);
      if (words[end].token_end || route_end) {
        m->first = i;
        m->last = end;
        m->key = key;
        m->places = places;
        m->route = route_part || route_end;
        found = true;
      }
    }
    if (!entry->prefix) break;
  }
  return found;
}

std::vector<Match> GazetteerImpl::FindMatches(const std::vector<Word>& words) const {
  std::vector<Match> matches;
  for (size_t i = 0; i < words.size(); ++i) {
    Match m;
    if (!MatchAt(words, i, &m)) continue;
    const Place& top = index_->place((*m.places)[0]);
    if (!top.is_country() && m.first > 0) {
      const Word& prev = words[m.first - 1];
      if (!prev.barrier && prev.sentence == words[m.first].sentence && prev.token_end &&
          index_->cues().part_prefix.count(prev.key) > 0) {
        m.first -= 1;  // "East Aleppo", "eastern Aleppo"
      }
    }
    m.locative = HasCue(words, m.first, index_->cues().locative);
    m.weak_locative = HasCue(words, m.first, index_->cues().locative_weak);
    m.admin_cue = HasCue(words, m.first, index_->cues().admin);
    const size_t after = m.last + 1;
    if (after < words.size() && !words[after].barrier &&
        words[after].sentence == words[m.last].sentence &&
        index_->cues().admin.count(words[after].key) > 0) {
      m.admin_word = words[after].key;
    }
    // "the state of Punjab", "la province d'Idleb": the division word before "of" tells the
    // division's type as one after the name does.
    if (m.admin_word.empty() && m.first >= 2) {
      const Word& of = words[m.first - 1];
      const Word& kind = words[m.first - 2];
      if ((of.key == "of" || of.key == "de" || of.key == "d") && !kind.barrier &&
          kind.sentence == words[m.first].sentence && index_->cues().admin.count(kind.key) > 0) {
        m.admin_word = kind.key;
      }
    }
    m.next_country = CountryAt(words, m.last + 1, m.places);
    if (!m.next_country.empty() && m.next_country[0] == '~') {
      m.next_country.erase(0, 1);
      m.next_is_city = true;
    }
    ShortenKindName(words, &m);
    i = m.last;
    matches.push_back(std::move(m));
  }
  // "strikes in Yemen (Al Jawf)", "Yemen (Marib, Al Jawf)": names inside the
  // parentheses that follow a country's name lie in that country.
  std::string country;
  size_t close = 0;
  for (Match& m : matches) {
    const Place& top = index_->place((*m.places)[0]);
    if (top.is_country()) {
      country.clear();
      const size_t open = m.last + 1;
      if (open < words.size() && words[open].barrier && words[open].key == "(") {
        country = top.country;
        close = open + 1;
        while (close < words.size() && words[close].sentence == words[open].sentence &&
               !(words[close].barrier && words[close].key == ")")) {
          ++close;
        }
      }
      continue;
    }
    if (country.empty() || m.first >= close) continue;
    if (m.next_country.empty()) {
      m.next_country = country;
      m.next_is_city = false;
    }
  }
  return matches;
}

// "Tripoli City", "Hyderabad city": a name ending in a word of its kind that GeoNames keeps as
// one namesake's alternate is read as the shorter name, whose places include that one and
// are all cities, so that context chooses among them.
void GazetteerImpl::ShortenKindName(const std::vector<Word>& words, Match* m) const {
  if (m->last == m->first || index_->cues().feature.count(words[m->last].key) == 0) return;
  const std::string key = JoinKeys(words, m->first, m->last - 1);
  const PlaceList* shorter = index_->Find(key);
  if (shorter == nullptr || shorter->size() <= m->places->size()) return;
  for (uint32_t id : *shorter) {
    if (index_->place(id).kind != Place::Kind::kCity) return;
  }
  for (uint32_t id : *m->places) {
    if (std::find(shorter->begin(), shorter->end(), id) == shorter->end()) return;
  }
  m->last -= 1;
  m->key = key;
  m->places = shorter;
}

// True when the 1 to 3 words before words[first] end with a cue of `cues` ("ville d").
bool GazetteerImpl::HasCue(const std::vector<Word>& words, size_t first,
                           const StringSet& cues) const {
  std::string key;
  for (size_t n = 1; n <= 3 && n <= first; ++n) {
    const Word& w = words[first - n];
    if (w.barrier || w.sentence != words[first].sentence) break;
    key = n == 1 ? w.key : w.key + " " + key;
    if (cues.count(key) > 0) return true;
    if (n == 1 && w.elision && first >= 2 && cues.count(words[first - 2].key) > 0) return true;
  }
  return false;
}

// The country named after a place, past words naming its kind ("Raizh district", "Hays
// city"): after a comma, the next name ("Tripoli, Lebanon", "Zamanly, Gadabay"); inside
// parentheses, the last division up to the closing one ("Bani Siyah area (Raizh, Sadah)"). A
// country or division wins over a city ("(Sahar, Sadah)": Sadah); "" when none is named.
std::string GazetteerImpl::CountryAt(const std::vector<Word>& words, size_t i,
                                     const PlaceList* own) const {
  const Cues& cues = index_->cues();
  size_t kinds = 0;
  for (; kinds < 2 && i < words.size() && !words[i].barrier &&
         cues.feature.count(words[i].key) > 0;
       ++kinds) {
    ++i;
  }
  // "Dharavi area of Mumbai", "Ixelles commune in Brussels": after a kind word, "of" or "in"
  // and a name tell where the place lies as a comma does.
  // "Ghaydah in Kirkuk province": "in" and a division named with its kind word do too.
  const bool in_division = kinds == 0 && i + 1 < words.size() && !words[i].barrier &&
                           words[i].key == "in";
  const bool of = in_division || (kinds > 0 && i + 1 < words.size() && !words[i].barrier &&
                                  (words[i].key == "of" || words[i].key == "in"));
  if (i + 1 >= words.size() ||
      (!of && (!words[i].barrier || (words[i].key != "," && words[i].key != "(")))) {
    return "";
  }
  // A country of `places` that one of the name's own places shares, else the only one; ""
  // when they lie in several countries ("Centre", "Santa Cruz").
  // `type`: the division word after the name ("Bolivar state"); when a division of the name has
  // that type, the others are not read ("state" is Venezuela's Bolivar, not Colombia's
  // department).
  auto pick = [&](const PlaceList& places, bool divisions,
                  const std::string& type = std::string()) -> std::string {
    const bool typed = !type.empty() && std::any_of(places.begin(), places.end(), [&](uint32_t id) {
      return index_->place(id).is_admin1() && index_->place(id).type == type;
    });
    std::string only;
    bool several = false;
    std::vector<std::string_view> countries;
    for (uint32_t id : places) {
      const Place& p = index_->place(id);
      if (divisions != (p.is_country() || p.is_admin1())) continue;
      if (typed && p.type != type) continue;
      // "Petrovskoye, Donetsk": a large city or a division's seat ("(Raizh, Sadah)").
      if (!divisions && p.population < 100000 && p.feature_code != "PPLA") continue;
      if (only.empty()) only = p.country;
      several = several || p.country != only;
      countries.push_back(p.country);
    }
    // "Colon (Colon)": the country of the name's largest place that shares one (own places
    // come most populous first).
    for (uint32_t o : own == nullptr ? PlaceList() : *own) {
      const std::string_view c = index_->place(o).country;
      if (std::find(countries.begin(), countries.end(), c) != countries.end()) return std::string(c);
    }
    return several ? "" : only;
  };
  const bool paren = !of && words[i].key == "(";
  const uint32_t sentence = words[i].sentence;
  std::string city_country, last_division;  // "(Rafah, North Sinai)": the last division
  bool chained = false;  // past one name that told no country ("X, Y, Z state")
  for (size_t j = i + 1; j < words.size() && j <= i + 10 && words[j].sentence == sentence; ++j) {
    if (words[j].barrier) {
      if (!paren || words[j].key != ",") break;
      continue;
    }
    if (!words[j].token_start || !(words[j].upper || words[j].arabic)) {
      // "Hays district in western Yemen": a direction may stand before the name.
      if (of && j == i + 1 && cues.part_prefix.count(words[j].key) > 0) continue;
      if (!paren) break;  // "Tripoli City, to demonstrate ... in Tripoli": no name follows
      continue;
    }
    size_t abbreviation_end = j;
    if (const Place* a = AbbreviationAt(*index_, words, j, &abbreviation_end)) {
      last_division = a->country;  // "(Hyderabad, TS)"
      if (!paren) break;
      j = abbreviation_end;
      continue;
    }
    // The longest name that starts here and ends a token ("Nord-Kivu", not "Nord").
    std::string key;
    const PlaceList* longest = nullptr;
    size_t end = j;
    for (size_t k = j; k < words.size() && k < j + index_->max_words() && !words[k].barrier;
         ++k) {
      if (!key.empty()) key.push_back(' ');
      key += words[k].key;
      const PlaceIndex::Entry* entry = index_->Lookup(key);
      if (entry == nullptr) break;
      if (!entry->places.empty() && words[k].token_end) {
        longest = &entry->places;
        end = k;
      }
      if (!entry->prefix) break;
    }
    // "North", "West": a direction more often than a division; a division whose name is a
    // word ("Santarem, Para", "(Oshimili North, Delta)") names where the place lies.
    const bool divides =
        longest != nullptr && std::any_of(longest->begin(), longest->end(), [&](uint32_t id) {
          return index_->place(id).is_admin1();
        });
    // "Ouest department": a direction before its division word is the division.
    const bool kind_after = divides && end + 1 < words.size() && !words[end + 1].barrier &&
                            cues.admin.count(words[end + 1].key) > 0;
    if (longest != nullptr && end == j && !kind_after &&
        ((cues.IsCommon(words[j].key, "*") && !divides) ||
         cues.part_prefix.count(words[j].key) > 0 || cues.not_place.count(words[j].key) > 0)) {
      longest = nullptr;
    }
    if (longest == nullptr) {
      if (!paren) break;
      continue;
    }
    if (in_division && (end + 1 >= words.size() || cues.admin.count(words[end + 1].key) == 0)) {
      return "";
    }
    const bool admin_after = end + 1 < words.size() && cues.admin.count(words[end + 1].key) > 0;
    // A chain ends with its division: its kind word or punctuation other than a comma follows
    // ("Carrascal, Cantilan, Madrid, Carmen" is a list of towns).
    if (chained && !admin_after && end + 1 < words.size() &&
        (!words[end + 1].barrier || words[end + 1].key == ",")) {
      return "";
    }
    const std::string division =
        pick(*longest, true, admin_after ? words[end + 1].key : std::string());
    if (!division.empty()) last_division = division;
    if (city_country.empty()) city_country = "~" + pick(*longest, false);
    if (!paren) {
      // "Santa Rosa, Ejido, Merida state": a name that tells no country may be followed,
      // past its kind words, by a comma and the division it lies in.
      size_t k = end + 1;
      while (k < words.size() && !words[k].barrier && cues.feature.count(words[k].key) > 0) ++k;
      if (chained || !last_division.empty() || city_country != "~" || k >= words.size() ||
          !words[k].barrier || words[k].key != ",") {
        break;
      }
      chained = true;
      city_country.clear();
      j = k;
      continue;
    }
    j = end;
  }
  if (!last_division.empty()) return last_division;
  if (city_country == "~") return "";
  // "Nima community of Accra": a kind word and "of" say the place lies in that city.
  return of && !in_division && city_country.size() > 1 ? city_country.substr(1) : city_country;
}

// The first word from i on past at most two lower-case linking words of a name ("de la").
size_t GazetteerImpl::LinkEnd(const std::vector<Word>& words, size_t i) const {
  size_t k = i;
  while (k < words.size() && k < i + 2 && !words[k].barrier && !words[k].upper &&
         words[k].sentence == words[i].sentence &&
         index_->cues().name_link.count(words[k].key) > 0) {
    ++k;
  }
  return k;
}

// A capitalized word that is not a function word: part of a person's or an organization's name.
bool GazetteerImpl::NameLike(const Word& w) const {
  const Cues& c = index_->cues();
  return !w.barrier && w.upper && !w.elision && c.function.count(w.key) == 0 &&
         c.locative.count(w.key) == 0 && c.after_ok.count(w.key) == 0 &&
         c.part_prefix.count(w.key) == 0;
}

// Whether match m is a place mention: not part of a longer name, not a person, and for a
// small town or a common word, attested by a locative or a following country in the document.
// True when a capitalized word touches the match (Paris Hilton, Michael Jackson, Mobile World
// Congress) or a title precedes it (Mr. Bolton).
bool GazetteerImpl::InLongerName(const std::vector<Word>& words, const Match& m) const {
  const Word& first = words[m.first];
  if (m.first > 0) {
    const Word& prev = words[m.first - 1];
    if (prev.sentence == first.sentence && prev.token_end && NameLike(prev)) return true;
    const size_t t = prev.barrier && prev.key == "." && m.first > 1 ? m.first - 2 : m.first - 1;
    if (index_->cues().title.count(words[t].key) > 0) return true;
  }
  if (m.last + 1 < words.size()) {
    const Word& next = words[m.last + 1];
    if (next.sentence == first.sentence && next.token_start && NameLike(next)) return true;
    // "Wadi al-Rabi", "Bir el Abd": an article and a capitalized word go on with the name.
    if (m.last + 2 < words.size() && next.sentence == first.sentence && next.token_start &&
        !next.barrier && index_->cues().article.count(next.key) > 0 &&
        NameLike(words[m.last + 2]) && words[m.last + 2].sentence == first.sentence) {
      return true;
    }
  }
  return InLinkedName(words, m);
}

// True when lower-case linking words join m to capitalized words before or after it, in a
// language where they may ("San Pedro de la Paz", "Remedios de Escalada").
bool GazetteerImpl::InLinkedName(const std::vector<Word>& words, const Match& m) const {
  if (!m.links) return false;
  const Word& first = words[m.first];
  for (size_t link = m.first - 1; m.first > 0 && link > 0 && link + 2 >= m.first; --link) {
    if (LinkEnd(words, link) != m.first) continue;
    const Word& before = words[link - 1];
    if (before.sentence == first.sentence && before.token_end && NameLike(before)) return true;
  }
  const size_t k = LinkEnd(words, m.last + 1);
  return k > m.last + 1 && k < words.size() && words[k].sentence == first.sentence &&
         words[k].token_start && NameLike(words[k]);
}

// True when m stands where a text says where a place lies: after "(" or after a name and a
// comma, and before ",", ")" or "." (past words of its kind: "(Wakiso district)").
bool GazetteerImpl::WhereItLies(const std::vector<Word>& words, const Match& m) const {
  if (m.first == 0) return false;
  const Word& prev = words[m.first - 1];
  if (!prev.barrier || prev.sentence != words[m.first].sentence) return false;
  const bool after_name = prev.key == "," && m.first >= 2 && !words[m.first - 2].barrier &&
                          words[m.first - 2].upper;
  if (prev.key != "(" && !after_name) return false;
  const Cues& cues = index_->cues();
  auto kind_word = [&](const Word& w) {  // "district", "village", "governorate"
    return cues.feature.count(w.key) > 0 || cues.admin.count(w.key) > 0;
  };
  size_t k = m.last + 1;
  while (k < words.size() && k <= m.last + 2 && !words[k].barrier && kind_word(words[k])) {
    ++k;
  }
  if (k >= words.size() || !words[k].barrier) return false;
  if (after_name) return words[k].key == "," || words[k].key == ")" || words[k].key == ".";
  // "(Chin)" after a name is another name of it more often: a parenthesis tells where when
  // a kind word or a list follows ("(Wakiso district)", "(Bassa, Plateau)") or precedes it
  // ("village (Mubende)").
  const bool kind_before = m.first >= 2 && kind_word(words[m.first - 2]);
  return words[k].key == "," || (words[k].key == ")" && (k > m.last + 1 || kind_before));
}

bool GazetteerImpl::Plausible(const std::vector<Word>& words, const Match& m,
                              const std::string& lang, const StringSet& persons,
                              const StringSet& attested, const CountryCounts& context) const {
  const Cues& cues = index_->cues();
  const Word& first = words[m.first];
  if (InLongerName(words, m)) return false;
  if (m.last + 1 < words.size()) {
    const Word& next = words[m.last + 1];
    if (!m.locative && next.sentence == first.sentence &&
        (cues.person_after.count(next.key) > 0 ||
         (m.last + 2 < words.size() &&
          cues.person_after.count(next.key + " " + words[m.last + 2].key) > 0))) {
      return false;
    }
  }
  const Place& best = Best(m, context);
  if (best.is_country()) return true;
  if (cues.not_place.count(m.key) > 0) return m.next_country == best.country;
  if (m.first == m.last && first.caps) return false;  // "UN", "FLOSS": acronyms
  if (persons.count(m.key) > 0 && !m.locative && attested.count(m.key) == 0) return false;
  // "Uruara, Para,", "(Oshimili North, Delta)", "(Wakiso district)": where a place lies.
  if ((best.is_admin1() || best.population >= 15000) && WhereItLies(words, m)) return true;
  if (cues.IsCommon(m.key, lang) || cues.function.count(m.key) > 0) {
    return m.locative || m.next_country == best.country ||
           (attested.count(m.key) > 0 && !first.sentence_start);
  }
  // A town (under 15,000 people) needs its own locative, its country after a comma, or a
  // word of its kind after it ("raids on Kisumu district", "the Ungwan Rimi village").
  if (best.kind == Place::Kind::kCity && best.population < 15000) {
    const bool kind_after = m.last + 1 < words.size() && !words[m.last + 1].barrier &&
                            words[m.last + 1].sentence == first.sentence &&
                            cues.feature.count(words[m.last + 1].key) > 0;
    return persons.count(m.key) == 0 &&
           (m.locative || m.next_country == best.country || kind_after || m.route);
  }
  const bool seen = m.locative || m.weak_locative || m.route || attested.count(m.key) > 0;
  return best.population >= 100000 || best.is_admin1() || seen;
}

const Place& GazetteerImpl::Best(const Match& m, const CountryCounts& context) const {
  uint32_t best = (*m.places)[0];
  double best_score = -1;
  for (uint32_t id : *m.places) {
    const double s = Score(index_->place(id), m, context);
    if (s > best_score) {
      best_score = s;
      best = id;
    }
  }
  const Place& p = index_->place(best);
  return m.admin_cue || !m.admin_word.empty() ? Division(p) : p;
}

// True when a country, division or large city follows the name m ("Hays city (Hays, Al
// Hudaydah)", "Petrovskoye, Donetsk") and no place of that name lies in its country.
bool GazetteerImpl::ElsewhereInNamedCountry(const std::vector<Word>& words, const Match& m) const {
  if (m.next_country.empty() || InLongerName(words, m)) return false;
  // "the Southern District of New York": a direction is no place's name here.
  const Cues& cues = index_->cues();
  if (m.first == m.last &&
      (cues.part_prefix.count(m.key) > 0 || cues.not_place.count(m.key) > 0)) {
    return false;
  }
  for (uint32_t id : *m.places) {
    const Place& p = index_->place(id);
    if (p.country == m.next_country || p.is_country()) return false;
    // After a city ("Petrovskoye, Donetsk"), only towns abroad, in no country of the
    // document's other places, are namesakes of a place lacked.
    if (m.next_is_city && (p.kind != Place::Kind::kCity || p.population >= 100000 ||
                           (m.placed != nullptr && m.placed->Other(m.key, p.country)))) {
      return false;
    }
  }
  return words[m.first].upper && !words[m.first].caps;
}

// The first-level division a city gives its name to ("province d'Idleb" -> Idlib governorate),
// or the city itself when it has none.
const Place& GazetteerImpl::Division(const Place& city) const {
  if (city.kind != Place::Kind::kCity || city.admin1.empty() ||
      (city.feature_code != "PPLA" && city.feature_code != "PPLC")) {
    return city;
  }
  const PlaceList* places = index_->Find(Fold(city.admin1));
  if (places == nullptr) return city;
  for (uint32_t id : *places) {
    const Place& p = index_->place(id);
    if (p.is_admin1() && p.country == city.country) return p;
  }
  return city;
}

CountryCounts EntityCountries(const Record& record) {
  CountryCounts counts;
  for (const Entity& e : record.entities) {
    if (e.country.has_value() && !e.country->empty()) ++counts[*e.country];
  }
  return counts;
}

StringSet PersonWords(const Record& record) {
  StringSet words;
  for (const Entity& e : record.entities) {
    if (e.kind != "person") continue;
    std::string folded = Fold(e.text) + " " + Fold(e.name);
    size_t start = 0;
    while (start < folded.size()) {
      size_t end = folded.find(' ', start);
      if (end == std::string::npos) end = folded.size();
      if (end > start) words.emplace(folded.substr(start, end - start));
      start = end + 1;
    }
  }
  return words;
}

bool Covered(const Record& record, const Span& span) {
  return std::any_of(record.entities.begin(), record.entities.end(),
                     [&](const Entity& e) { return e.span.Overlaps(span); });
}

// The person entity (or body without a sector) spanning exactly `span` (or, when `inside`, any
// part of it), when no other entity overlaps it.
Entity* SamePersonSpan(Record* record, const Span& span, bool inside = false) {
  Entity* person = nullptr;
  for (Entity& e : record->entities) {
    if (!e.span.Overlaps(span)) continue;
    const bool fits = e.span == span || (inside && span.Contains(e.span));
    // A body with no sector named like a place is the place ("in Rafah": not the Gaza actor).
    const bool body = e.kind == "organization" && !e.sector && e.span == span;
    if ((e.kind != "person" && !body) || !fits || person != nullptr) return nullptr;
    person = &e;
  }
  return person;
}

// The state entity inside `span` when it is the only entity there.
Entity* StateWithin(Record* record, const Span& span) {
  Entity* state = nullptr;
  for (Entity& e : record->entities) {
    if (!e.span.Overlaps(span)) continue;
    if (e.kind != "state" || !span.Contains(e.span) || state != nullptr) return nullptr;
    state = &e;
  }
  return state;
}

// Makes *e the place entity of p over `span`.
void BecomePlace(const Document& doc, const Span& span, const Place& p, Entity* e) {
  e->span = span;
  e->text = std::string(doc.Slice(span));
  e->kind = "place";
  e->name = p.name;
  e->id = PlaceId(p);
  e->country = p.country;
}

// The country named most often, "" when none is or several tie.
std::string Dominant(const CountryCounts& context) {
  std::string best;
  int n = 0;
  bool tie = false;
  for (const auto& [country, k] : context) {
    if (k > n) {
      best = country;
      n = k;
      tie = false;
    } else if (k == n) {
      tie = true;
    }
  }
  return tie ? "" : best;
}

// A place entity the gazetteer lacks: its text, in `country`.
Entity LackedPlace(const Document& doc, const Span& span, const std::string& country) {
  Entity e;
  e.kind = "place";
  e.span = span;
  e.text = std::string(doc.Slice(span));
  e.name = e.text;
  e.country = country;
  return e;
}

// True when every place of m's name is a town under 100,000 people in a country the text does
// not name, and no country follows the name.
bool GazetteerImpl::ForeignTown(const Match& m, const CountryCounts& context) const {
  if (!m.next_country.empty()) return false;
  for (uint32_t id : *m.places) {
    const Place& p = index_->place(id);
    // A second-level division ("Staffordshire") is no small town: its country stands.
    if (p.kind != Place::Kind::kCity || p.population >= 100000 || context.count(p.country) > 0 ||
        p.geonames_id == 0) {
      return false;
    }
  }
  return true;
}

// A place reading strong enough to beat a person's: a division or country, a city after a
// locative or before its division, or a city of 100,000 people or more in a country the
// text names.
bool GazetteerImpl::StrongPlace(const Match& m, const CountryCounts& context) const {
  const Place& p = Best(m, context);
  if (p.is_admin1() || p.is_country()) return true;
  if (!m.next_country.empty() && m.next_country == p.country) return true;
  return m.locative && (p.population >= 100000 || context.count(p.country) > 0);
}

// Drops the states named before a currency ("the US dollar", "la livre libanaise"): money, not
// a country the text is about.
void DropCurrencyStates(const Document& doc, const Cues& cues, Record* record) {
  auto money = [&](const Entity& e) {
    if (e.kind != "state") return false;
    const std::string_view text = doc.text;
    size_t i = e.span.end;
    while (i < text.size() && (text[i] == ' ' || text[i] == '-')) ++i;
    size_t j = i;
    while (j < text.size() && text[j] != ' ' && text[j] != ',' && text[j] != '.' &&
           text[j] != ')' && text[j] != ';') {
      ++j;
    }
    return j > i && cues.currency.count(Fold(text.substr(i, j - i))) > 0;
  };
  record->entities.erase(
      std::remove_if(record->entities.begin(), record->entities.end(), money),
      record->entities.end());
}

// One name, one place in a document: a city name that a division or country follows once
// ("Dover, England" ... "near Dover") lies there at its other mentions too. A name of a division
// and of cities may stand for both ("Ontario and Texas; in Ontario, California").
void SameCountryForSameName(const PlaceIndex& index, std::vector<Match>* matches) {
  std::unordered_map<std::string, std::string> named;
  for (const Match& m : *matches) {
    const bool cities = std::all_of(m.places->begin(), m.places->end(), [&](uint32_t id) {
      return index.place(id).kind == Place::Kind::kCity;
    });
    if (cities && !m.next_country.empty() && !m.next_is_city) {
      named.emplace(m.key, m.next_country);
    }
  }
  for (Match& m : *matches) {
    const auto it = named.find(m.key);
    if (m.next_country.empty() && it != named.end()) m.next_country = it->second;
  }
}

// Adds the divisions abbreviated after a comma ("(Budgam district, J&K)").
void TagAbbreviations(const PlaceIndex& index, const std::vector<Word>& words,
                      const text::Analysis& analysis, const Document& doc, Record* record) {
  for (size_t j = 1; j < words.size(); ++j) {
    size_t end = j;
    const Place* a = AbbreviationAt(index, words, j, &end);
    if (a == nullptr) continue;
    const Span span = analysis.ToOriginal(Span{words[j].span.start, words[end].span.end});
    if (Covered(*record, span)) continue;
    Entity e;
    e.kind = "place";
    e.span = span;
    e.text = std::string(doc.Slice(span));
    e.name = a->name;
    e.id = a->code;
    e.country = a->country;
    record->entities.push_back(std::move(e));
    j = end;
  }
  std::stable_sort(record->entities.begin(), record->entities.end(),
                   [](const Entity& a, const Entity& b) { return a.span.start < b.span.start; });
}

void GazetteerImpl::TagPlaces(const text::Analysis& analysis, const Document& doc,
                              Record* record) const {
  DropCurrencyStates(doc, index_->cues(), record);
  const std::vector<Word> words = SplitWords(analysis, index_->cues());
  TagAbbreviations(*index_, words, analysis, doc, record);
  std::vector<Match> matches = FindMatches(words);
  if (matches.empty()) return;
  for (Match& m : matches) m.links = doc.lang != "fr";
  SameCountryForSameName(*index_, &matches);
  CountryCounts context = EntityCountries(*record);
  // First pass: country names tell which countries the text is about; a name seen once after
  // a locative or before its country is attested for the whole document.
  StringSet attested;
  for (const Match& m : matches) {
    const Place& p = index_->place((*m.places)[0]);
    if (p.is_country())
      ++context[std::string(p.country)];
    const bool country_follows =
        std::any_of(m.places->begin(), m.places->end(),
                    [&](uint32_t id) { return index_->place(id).country == m.next_country; });
    if (m.locative || country_follows) attested.insert(m.key);
  }
  // Names of places under 500,000 people seen inside a longer name or after a title are
  // people's in this document ("Elizabeth Warren" ... "Warren").
  StringSet persons = PersonWords(*record);
  for (const Match& m : matches) {
    if (m.first == m.last && index_->place((*m.places)[0]).population < 500000 &&
        InLongerName(words, m)) {
      persons.insert(m.key);
    }
  }
  // Second pass: the countries of places whose name lies in one country only (or whose
  // country follows them) tell where the document's ambiguous names lie.
  Placed placed;
  for (const Match& m : matches) {
    const Place& p = index_->place((*m.places)[0]);
    if (p.is_country()) continue;
    const bool one_country =
        std::all_of(m.places->begin(), m.places->end(),
                    [&](uint32_t id) { return index_->place(id).country == p.country; });
    if (!one_country && m.next_country.empty()) continue;
    if (!Plausible(words, m, doc.lang, persons, attested, context)) continue;
    // A country after the name tells where it lies, when the gazetteer knows it there or lacks
    // it ("Petrovskoye, Donetsk"); a large city before another's name is where it lies
    // ("Panama City (Bella Vista)").
    const bool there = std::any_of(m.places->begin(), m.places->end(), [&](uint32_t id) {
      return index_->place(id).country == m.next_country;
    });
    if (!m.next_country.empty() && (there || ElsewhereInNamedCountry(words, m))) {
      placed.Add(m.key, m.next_country, /*own=*/false);
    } else if (!m.next_country.empty()) {
      placed.Add(m.key, Best(m, context).country, /*own=*/one_country);
    } else {
      placed.Add(m.key, p.country, /*own=*/true);
    }
  }
  // Among places of one kind only: a division keeps its rank against a city namesake
  // ("Ontario and Texas").
  for (Match& m : matches) {
    const Place::Kind kind = index_->place((*m.places)[0]).kind;
    const bool one_kind = std::all_of(m.places->begin(), m.places->end(),
                                      [&](uint32_t id) { return index_->place(id).kind == kind; });
    if (one_kind && kind != Place::Kind::kCountry) m.placed = &placed;
  }
  const std::string main_country = Dominant(context);
  // A road's ends tell where an event is only when the sentence names no other place ("at the
  // Dhaka-Sylhet highway in Rupganj": Rupganj).
  std::unordered_set<uint32_t> placed_sentences;
  for (const Match& m : matches) {
    if (!m.route) placed_sentences.insert(words[m.first].sentence);
  }
  std::vector<Entity> added;
  for (const Match& m : matches) {
    if (m.route && placed_sentences.count(words[m.first].sentence) > 0) continue;
    const Span span =
        analysis.ToOriginal(Span{words[m.first].span.start, words[m.last].span.end});
    if (ElsewhereInNamedCountry(words, m)) {
      // "Baqim district (Sadah)": a name the gazetteer knows only in other countries than the
      // one named after it is a place it lacks; it keeps its text and the named country.
      if (Covered(*record, span)) continue;
      added.push_back(LackedPlace(doc, span, m.next_country));
      continue;
    }
    // A place whose name holds a person's: "Mato Grosso do Sul" is no "Mato Grosso", "General
    // Santos City" no "Santos City".
    Entity* person = SamePersonSpan(record, span, /*inside=*/true);
    if (person != nullptr && StrongPlace(m, context) && !InLinkedName(words, m)) {
      // "in Cape Town", "(Rafah, North Sinai)": a place, not a person.
      BecomePlace(doc, span, Best(m, context), person);
      continue;
    }
    if (!Plausible(words, m, doc.lang, persons, attested, context)) continue;
    // "Mexico City", "Benin City"; "Salvador, Bahia": a country the recognizer read in a
    // city's name, or before a division of another country, is that city.
    Entity* state = StateWithin(record, span);
    if (state != nullptr && !Best(m, context).is_country() &&
        (!(state->span == span) || (Best(m, context).kind == Place::Kind::kCity &&
                                    !m.next_country.empty() && state->country &&
                                    *state->country != m.next_country &&
                                    Best(m, context).country == m.next_country))) {
      BecomePlace(doc, span, Best(m, context), state);
      continue;
    }
    if (Covered(*record, span)) continue;
    const Place& p = Best(m, context);
    if (!main_country.empty() && ForeignTown(m, context)) {
      // "the city of Hays in western Yemen": a small town the gazetteer knows only in
      // countries the text never names is a place it lacks, in the country the text is about.
      added.push_back(LackedPlace(doc, span, main_country));
      continue;
    }
    Entity e;
    e.kind = p.is_country() ? "state" : "place";
    e.span = span;
    e.text = std::string(doc.Slice(span));
    e.name = p.name;
    e.id = PlaceId(p);
    e.country = p.country;
    added.push_back(std::move(e));
  }
  for (Entity& e : added) record->entities.push_back(std::move(e));
  TagLackedBefore(words, analysis, doc, record);
  std::stable_sort(record->entities.begin(), record->entities.end(),
                   [](const Entity& a, const Entity& b) { return a.span.start < b.span.start; });
}

// True when the parenthesis opening at words[open] says where the name before it lies: it
// holds a list or a kind word ("(Kauru LGA, Kaduna)", "(Wakiso district)"), a kind word
// precedes it (`kind_before`: "Kakiri village (Mubende)"), or punctuation follows it ("in
// Gharyan (Jabal al Gharbi)."); "the Qin (Chin) emperor" is another name.
bool ParenthesisTellsWhere(const std::vector<Word>& words, size_t open, bool kind_before,
                           const Cues& cues) {
  size_t close = open + 1;
  bool list = false, kind = kind_before;
  for (; close < words.size() && words[close].sentence == words[open].sentence; ++close) {
    const Word& w = words[close];
    if (w.barrier && w.key == ")") break;
    list = list || (w.barrier && w.key == ",");
    kind = kind || (!w.barrier && (cues.feature.count(w.key) > 0 || cues.admin.count(w.key) > 0));
  }
  if (list || kind) return true;
  return close + 1 >= words.size() || words[close + 1].barrier ||
         words[close + 1].sentence != words[open].sentence;
}

// "attacked Ungwan Rimi (Kauru LGA, Kaduna)", "near Ungwan Rimi, Kaduna": capitalized
// words the gazetteer does not know, right before the division or country that says where
// they lie (in parentheses; after a comma only after a locative), are a place it lacks, in
// that country. Not at a sentence start, not an acronym, not another entity's words.
void GazetteerImpl::TagLackedBefore(const std::vector<Word>& words,
                                    const text::Analysis& analysis, const Document& doc,
                                    Record* record) const {
  const Cues& cues = index_->cues();
  for (size_t k = 1; k < words.size(); ++k) {
    const Word& mark = words[k];
    // "in Rifa (Dhi Qar)", "near Ungwan Rimi, Kaduna", "in Bab Tuma in Damascus province".
    const bool in = !mark.barrier && mark.key == "in";
    if (!in && (!mark.barrier || (mark.key != "(" && mark.key != ","))) continue;
    size_t e = k - 1;  // past the kind words before the mark ("Kauru LGA")
    while (e > 0 && !words[e].barrier && words[e].sentence == mark.sentence &&
           cues.feature.count(words[e].key) > 0 && words[e].token_start) {
      --e;
    }
    if (words[e].barrier || words[e].sentence != mark.sentence || !words[e].upper ||
        !words[e].token_end) {
      continue;
    }
    size_t s = e;
    auto name_word = [&](const Word& w) {
      return !w.barrier && w.sentence == mark.sentence && w.upper && !w.caps &&
             cues.function.count(w.key) == 0 && cues.locative.count(w.key) == 0 &&
             cues.after_ok.count(w.key) == 0 && cues.title.count(w.key) == 0;
    };
    if (!name_word(words[e])) continue;
    while (s > 0 && s + 6 > e) {
      const Word& prev = words[s - 1];
      // "Wadi al Jarah": an article between capitalized words goes on with the name.
      const bool article = s >= 2 && !prev.barrier && prev.sentence == mark.sentence &&
                           cues.article.count(prev.key) > 0 && name_word(words[s - 2]);
      // "Remedios de Escalada", "San Pedro de la Paz": so do linking words.
      size_t link = s;
      while (doc.lang != "fr" && link > 1 && s - link < 2 && LinkEnd(words, link - 1) == s) {
        --link;
      }
      if (link < s && name_word(words[link - 1])) {
        s = link - 1;
        continue;
      }
      if (!name_word(prev) && !article) break;
      --s;
    }
    if (!words[s].token_start || words[s].sentence_start || !name_word(words[s])) continue;
    if ((in || mark.key == ",") && !HasCue(words, s, cues.locative)) continue;
    if (in && e + 1 < k) continue;  // "in X in Y province", not "X neighborhood in Y"
    const std::string key = JoinKeys(words, s, e);
    if (index_->Lookup(key) != nullptr && index_->Find(key) != nullptr) {
      continue;  // a name it knows: the tagging above decided
    }
    if (mark.key == "(" && !ParenthesisTellsWhere(words, k, e + 1 < k, cues)) continue;
    std::string country = CountryAt(words, e + 1, nullptr);
    if (country.empty() || country[0] == '~') continue;
    const Span span = analysis.ToOriginal(Span{words[s].span.start, words[e].span.end});
    // "in San Pedro de la Paz, Biobio": a person read inside the name is the place.
    if (Entity* person = SamePersonSpan(record, span, /*inside=*/true)) {
      *person = LackedPlace(doc, span, country);
      k = e + 1;
      continue;
    }
    if (Covered(*record, span)) continue;
    record->entities.push_back(LackedPlace(doc, span, country));
    k = e + 1;
  }
}

bool NamesAdmin(std::string_view text, const Cues& cues) {
  const std::string folded = Fold(text);
  size_t start = 0;
  while (start < folded.size()) {
    size_t end = folded.find(' ', start);
    if (end == std::string::npos) end = folded.size();
    if (cues.admin.count(std::string_view(folded).substr(start, end - start)) > 0) return true;
    start = end + 1;
  }
  return false;
}

// True when parts outside [first, last) are all cue words (kind, division, part, locative,
// article or function words).
bool GazetteerImpl::OnlyCues(const std::vector<std::string>& parts, size_t first,
                             size_t last) const {
  const Cues& c = index_->cues();
  for (size_t k = 0; k < parts.size(); ++k) {
    if (k >= first && k < last) continue;
    const std::string& w = parts[k];
    if (c.feature.count(w) == 0 && c.admin.count(w) == 0 && c.part_prefix.count(w) == 0 &&
        c.part_suffix.count(w) == 0 && c.locative.count(w) == 0 && c.article.count(w) == 0 &&
        c.function.count(w) == 0 && c.elision.count(w) == 0) {
      return false;
    }
  }
  return true;
}

// Looks up a location's text: the longest run of its words that names a place.
// A place of `country` (the country the location is known to be in) is preferred, and a town
// of another country is no answer.
const Place* GazetteerImpl::Resolve(std::string_view text, CountryCounts context,
                                    const std::optional<std::string>& country) const {
  if (country) context[*country] += 1;
  const bool admin = NamesAdmin(text, index_->cues());
  std::vector<std::string> parts;
  {
    const std::string folded = Fold(text);
    size_t start = 0;
    while (start < folded.size()) {
      size_t end = folded.find(' ', start);
      if (end == std::string::npos) end = folded.size();
      parts.push_back(folded.substr(start, end - start));
      start = end + 1;
    }
  }
  const Cues& cues = index_->cues();
  for (size_t len = std::min(parts.size(), index_->max_words()); len > 0; --len) {
    for (size_t s = 0; s + len <= parts.size(); ++s) {
      std::string key = parts[s];
      for (size_t k = s + 1; k < s + len; ++k) key += " " + parts[k];
      // A lone word of a longer text must not be a cue or a common word ("the Bar area").
      if (len == 1 && (cues.function.count(key) > 0 || cues.locative.count(key) > 0 ||
                       cues.part_suffix.count(key) > 0 || cues.part_prefix.count(key) > 0 ||
                       cues.not_place.count(key) > 0 ||
                       (parts.size() > 1 && cues.IsCommon(key, "*")))) {
        continue;
      }
      const PlaceList* places = index_->Find(key);
      if (places == nullptr) continue;
      // A part of a longer text names a country or a town under 100,000 people only when the
      // other words are cue words ("Hays city", "Alep-Est"): "Mali Zvornik" is not Mali,
      // "Wadi al-Rabi" not Wadi; a large city's name in one is its part ("Donetsk Airport").
      // A division starts the text ("Al Jawf governorate", "Donetsk region frontline"), else
      // it is part of another name ("Hodeidah Red Sea port" is not Egypt's Red Sea).
      const Place& head = index_->place((*places)[0]);
      if (len < parts.size() && (head.is_country() || head.population < 100000) &&
          !(head.is_admin1() && s == 0) && !OnlyCues(parts, s, s + len)) {
        continue;
      }
      // A part of a longer text names a town only after a locative ("near Vodyane village"),
      // not inside another name ("Kafr Zeitoun-les-Bains" is not Bains).
      const Place& top = index_->place((*places)[0]);
      if (len < parts.size() && top.kind == Place::Kind::kCity && top.population < 15000 &&
          (s == 0 || (cues.locative.count(parts[s - 1]) == 0 &&
                      cues.admin.count(parts[s - 1]) == 0))) {
        continue;
      }
      Match m;
      m.places = places;
      m.admin_cue = admin;
      if (country) m.next_country = *country;
      const Place& best = Best(m, context);
      // A town of another country, or a part of the text naming a place abroad ("Bab Ghaliq"
      // in Yemen is not Syria's Al Bab), is no answer.
      if (country && best.country != *country && best.kind == Place::Kind::kCity &&
          (best.population < 100000 || len < parts.size())) {
        return nullptr;
      }
      return &best;
    }
  }
  return nullptr;
}

// "Barangay San Roque": a place's name without the kind word it starts with, for a name the
// gazetteer lacks.
std::string WithoutPrefix(const std::string& name, const Cues& cues) {
  const size_t space = name.find(' ');
  if (space == std::string::npos || space + 1 >= name.size()) return name;
  if (cues.name_prefix.count(Fold(std::string_view(name).substr(0, space))) == 0) return name;
  return name.substr(space + 1);
}

// The gazetteer place of a place or state entity; null for a place it lacks.
const Place* GazetteerImpl::EntityPlace(const Entity& e) const {
  if (!e.id.has_value()) return nullptr;
  if (e.kind == "state") {
    const Place* place = index_->FindCountry(*e.id);
    if (place == nullptr && e.country.has_value()) place = index_->FindCountry(*e.country);
    return place;
  }
  if (e.kind != "place") return nullptr;
  const Place* place = index_->FindAdmin1(*e.id);
  if (place == nullptr) place = index_->FindById(std::strtoll(e.id->c_str(), nullptr, 10));
  if (place == nullptr) place = index_->FindByCode(*e.id);  // a second-level division
  return place;
}

void GazetteerImpl::GeocodeEvents(const Document& doc, Record* record) const {
  const CountryCounts context = EntityCountries(*record);
  for (Event& event : record->events) {
    if (!event.location.has_value() || event.location->lat.has_value()) continue;
    Location& loc = *event.location;
    const Place* place = nullptr;
    bool lacked = false;  // a place the gazetteer lacks, in a country the text names
    for (const Entity& e : record->entities) {
      if (loc.span.empty() || !e.span.Overlaps(loc.span)) continue;
      if (!e.id.has_value()) {
        if (e.kind == "place" && e.country.has_value()) {
          loc.country = e.country;
          lacked = true;
        }
        continue;
      }
      place = EntityPlace(e);
      if (place != nullptr) break;
    }
    // "Kakiri village (Mubende, Central)": a place the gazetteer lacks is geocoded at the known
    // place the text says it lies in, when there is one.
    const Place* container = nullptr;
    if (place == nullptr) {
      const Entity* e = ContainerAfter(doc, *record, loc.span, index_->cues());
      if (e != nullptr) container = EntityPlace(*e);
      // A country adds no more than the country the location already has ("Kauru LGA
      // (Nigeria)"); a container abroad is another reading of the text's names.
      if (container != nullptr &&
          (container->is_country() || (loc.country && container->country != *loc.country))) {
        container = nullptr;
      }
    }
    if (lacked && place == nullptr) place = container;
    if (lacked && place == nullptr) {
      loc.name = WithoutPrefix(loc.name, index_->cues());
      continue;
    }
    if (place == nullptr && !loc.name.empty()) place = Resolve(loc.name, context, loc.country);
    if (place == nullptr && !loc.text.empty()) place = Resolve(loc.text, context, loc.country);
    if (place == nullptr) place = container;
    if (place == nullptr) {
      loc.name = WithoutPrefix(loc.name, index_->cues());
      continue;
    }
    loc.name = place->name;
    loc.country = place->country;
    loc.lat = place->lat;
    loc.lon = place->lon;
    loc.geonames_id.reset();
    loc.admin1.reset();
    if (!place->admin1.empty()) loc.admin1 = place->admin1;
    if (place->is_country()) {
      loc.precision = "country";
    } else if (place->is_admin1()) {
      loc.precision = "admin1";
    } else {
      loc.precision = "point";
      if (place->geonames_id > 0) loc.geonames_id = place->geonames_id;
    }
  }
}

}  // namespace

StatusOr<std::unique_ptr<Gazetteer>> Gazetteer::Load(const std::string& data_dir) {
  SITREP_ASSIGN_OR_RETURN(std::unique_ptr<PlaceIndex> index,
                          PlaceIndex::Load(data_dir + "/gazetteer"));
  return std::unique_ptr<Gazetteer>(std::make_unique<GazetteerImpl>(std::move(index)));
}

}  // namespace sitrep::geo
