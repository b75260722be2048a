// Gazetteer: place tagging (longest gazetteer name over words, filtered by capitalization,
// cue words and neighbours, resolved by population and the document's countries) and event
// geocoding (a location's own place entity, else its text looked up the same way).
#include "geo/gazetteer.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "geo/fold.h"
#include "geo/place_index.h"
#include "geo/words.h"

namespace sitrep::geo {
namespace {

// Country mentions in the document: alpha-3 -> count.
using CountryCounts = std::unordered_map<std::string, int>;

// A gazetteer name found over words [first, last].
struct Match {
  size_t first = 0;
  size_t last = 0;
  std::string key;  // folded name (without part words)
  const std::vector<uint32_t>* places = nullptr;
  bool locative = false;               // a locative cue precedes it
  std::string next_country;            // "Tripoli, Lebanon": the country named right after
};

double Score(const Place& p, const CountryCounts& context, const std::string& next_country) {
  double s = p.is_country() ? 9.0 : std::log10(static_cast<double>(p.population) + 10.0);
  if (context.count(p.country) > 0) s += 1.5;
  if (p.feature_code == "PPLC") s += 0.5;
  if (p.feature_code == "PPLA") s += 0.2;
  if (!next_country.empty() && next_country == p.country) s += 10.0;
  return s;
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
  bool HasLocative(const std::vector<Word>& words, size_t first) const;
  std::string CountryAt(const std::vector<Word>& words, size_t i) const;
  bool Plausible(const std::vector<Word>& words, const Match& m, const StringSet& persons,
                 const CountryCounts& context) const;
  bool NameLike(const Word& w) const;
  const Place& Best(const Match& m, const CountryCounts& context) const;
  const Place* Resolve(std::string_view text, const CountryCounts& context) const;

  std::unique_ptr<PlaceIndex> index_;
};

bool GazetteerImpl::MatchAt(const std::vector<Word>& words, size_t i, Match* m) const {
  const Word& w = words[i];
  const bool after_elision = i > 0 && words[i - 1].elision && !words[i - 1].barrier &&
                             words[i - 1].span.end + 1 == w.span.start;
  if (w.barrier || w.elision || !(w.token_start || after_elision)) return false;
  const bool article_start = index_->cues().article.count(w.key) > 0 && i + 1 < words.size() &&
                             words[i + 1].upper && !words[i + 1].barrier;
  if (!w.upper && !w.arabic && !article_start) return false;
  std::string key;
  bool found = false;
  for (size_t j = i; j < words.size() && j - i < index_->max_words(); ++j) {
    if (words[j].barrier || words[j].sentence != w.sentence) break;
    if (j > i) key.push_back(' ');
    key += words[j].key;
    const std::vector<uint32_t>* places = index_->Find(key);
    if (places != nullptr) {
      size_t end = j;
      if (!words[j].token_end && j + 1 < words.size() && words[j + 1].token_end &&
          !index_->place((*places)[0]).is_country() &&
          index_->cues().part_suffix.count(words[j + 1].key) > 0) {
        end = j + 1;  // "Alep-Est"
      }
      if (words[end].token_end) {
        m->first = i;
        m->last = end;
        m->key = key;
        m->places = places;
        found = true;
      }
    }
    if (!index_->IsPrefix(key)) break;
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
    m.locative = HasLocative(words, m.first);
    m.next_country = CountryAt(words, m.last + 1);
    i = m.last;
    matches.push_back(std::move(m));
  }
  return matches;
}

bool GazetteerImpl::HasLocative(const std::vector<Word>& words, size_t first) const {
  std::string key;
  for (size_t n = 1; n <= 3 && n <= first; ++n) {
    const Word& w = words[first - n];
    if (w.barrier || w.sentence != words[first].sentence) break;
    key = n == 1 ? w.key : w.key + " " + key;
    if (index_->cues().locative.count(key) > 0) return true;
  }
  return false;
}

// The country named at words[i] after a comma or an opening parenthesis, or "".
std::string GazetteerImpl::CountryAt(const std::vector<Word>& words, size_t i) const {
  if (i + 1 >= words.size() || !words[i].barrier || (words[i].key != "," && words[i].key != "(")) {
    return "";
  }
  std::string key;
  std::string country;
  for (size_t j = i + 1; j < words.size() && j <= i + 4 && !words[j].barrier; ++j) {
    if (!key.empty()) key.push_back(' ');
    key += words[j].key;
    const std::vector<uint32_t>* places = index_->Find(key);
    if (places != nullptr && index_->place((*places)[0]).is_country()) {
      country = index_->place((*places)[0]).country;
    }
    if (!index_->IsPrefix(key)) break;
  }
  return country;
}

// A capitalized word that is not a function word: part of a person's or an organization's name.
bool GazetteerImpl::NameLike(const Word& w) const {
  const Cues& c = index_->cues();
  return !w.barrier && w.upper && !w.elision && c.function.count(w.key) == 0 &&
         c.locative.count(w.key) == 0 && c.after_ok.count(w.key) == 0 &&
         c.part_prefix.count(w.key) == 0;
}

bool GazetteerImpl::Plausible(const std::vector<Word>& words, const Match& m,
                              const StringSet& persons, const CountryCounts& context) const {
  const Cues& cues = index_->cues();
  const Word& first = words[m.first];
  if (m.first > 0) {
    const Word& prev = words[m.first - 1];
    if (prev.sentence == first.sentence && prev.token_end && NameLike(prev)) return false;
  }
  if (m.last + 1 < words.size()) {
    const Word& next = words[m.last + 1];
    if (next.sentence == first.sentence && next.token_start && NameLike(next)) return false;
    if (!m.locative && next.sentence == first.sentence &&
        (cues.person_after.count(next.key) > 0 ||
         (m.last + 2 < words.size() &&
          cues.person_after.count(next.key + " " + words[m.last + 2].key) > 0))) {
      return false;
    }
  }
  const Place& best = Best(m, context);
  if (best.is_country()) return true;
  if (persons.count(m.key) > 0) return false;
  const bool in_context = context.count(best.country) > 0 || m.next_country == best.country;
  if (cues.common.count(m.key) > 0 || cues.function.count(m.key) > 0) {
    if (first.sentence_start && !m.locative) return false;
    return m.locative || in_context;
  }
  return best.population >= 100000 || m.locative || in_context;
}

const Place& GazetteerImpl::Best(const Match& m, const CountryCounts& context) const {
  uint32_t best = (*m.places)[0];
  double best_score = -1;
  for (uint32_t id : *m.places) {
    const double s = Score(index_->place(id), context, m.next_country);
    if (s > best_score) {
      best_score = s;
      best = id;
    }
  }
  return index_->place(best);
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

void GazetteerImpl::TagPlaces(const text::Analysis& analysis, const Document& doc,
                              Record* record) const {
  const std::vector<Word> words = SplitWords(analysis, index_->cues());
  const std::vector<Match> matches = FindMatches(words);
  if (matches.empty()) return;
  CountryCounts context = EntityCountries(*record);
  // First pass: names with one place (or a country) tell which countries the text is about.
  for (const Match& m : matches) {
    const Place& p = index_->place((*m.places)[0]);
    if (m.places->size() == 1 || p.is_country()) ++context[p.country];
  }
  const StringSet persons = PersonWords(*record);
  std::vector<Entity> added;
  for (const Match& m : matches) {
    if (!Plausible(words, m, persons, context)) continue;
    const Span span =
        analysis.ToOriginal(Span{words[m.first].span.start, words[m.last].span.end});
    if (Covered(*record, span)) continue;
    const Place& p = Best(m, context);
    Entity e;
    e.kind = p.is_country() ? "state" : "place";
    e.span = span;
    e.text = std::string(doc.Slice(span));
    e.name = p.name;
    e.id = p.is_country() ? p.country : std::to_string(p.geonames_id);
    e.country = p.country;
    added.push_back(std::move(e));
  }
  for (Entity& e : added) record->entities.push_back(std::move(e));
  std::stable_sort(record->entities.begin(), record->entities.end(),
                   [](const Entity& a, const Entity& b) { return a.span.start < b.span.start; });
}

// Looks up a location's text: the longest run of its words that names a place.
const Place* GazetteerImpl::Resolve(std::string_view text, const CountryCounts& context) const {
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
      if (len == 1 && (cues.function.count(key) > 0 || cues.locative.count(key) > 0 ||
                       cues.part_suffix.count(key) > 0 || cues.part_prefix.count(key) > 0)) {
        continue;
      }
      const std::vector<uint32_t>* places = index_->Find(key);
      if (places == nullptr) continue;
      Match m;
      m.places = places;
      return &Best(m, context);
    }
  }
  return nullptr;
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

void GazetteerImpl::GeocodeEvents(const Document&, Record* record) const {
  const CountryCounts context = EntityCountries(*record);
  for (Event& event : record->events) {
    if (!event.location.has_value() || event.location->lat.has_value()) continue;
    Location& loc = *event.location;
    const Place* place = nullptr;
    for (const Entity& e : record->entities) {
      if (!e.id.has_value() || loc.span.empty() || !e.span.Overlaps(loc.span)) continue;
      if (e.kind == "place") {
        place = index_->FindById(std::strtoll(e.id->c_str(), nullptr, 10));
      } else if (e.kind == "state") {
        place = index_->FindCountry(*e.id);
      }
      if (place != nullptr) break;
    }
    if (place == nullptr && !loc.name.empty()) place = Resolve(loc.name, context);
    if (place == nullptr && !loc.text.empty()) place = Resolve(loc.text, context);
    if (place == nullptr) continue;
    loc.name = place->name;
    loc.country = place->country;
    loc.lat = place->lat;
    loc.lon = place->lon;
    if (place->is_country()) {
      loc.precision = "country";
      loc.geonames_id.reset();
      continue;
    }
    loc.geonames_id = place->geonames_id;
    loc.precision = "point";
    if (place->feature_code == "PPLA" && NamesAdmin(loc.text, index_->cues())) {
      loc.precision = "admin1";
      loc.admin1 = place->name;
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
