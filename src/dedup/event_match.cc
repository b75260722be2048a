// Matching rule for cross-article duplicates; see event_match.h.
#include "dedup/event_match.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>

namespace sitrep::dedup {

std::optional<int64_t> DayNumber(const std::string& date) {
  if (date.size() != 10 || date[4] != '-' || date[7] != '-') return std::nullopt;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (date[i] < '0' || date[i] > '9') return std::nullopt;
  }
  const int y = std::atoi(date.substr(0, 4).c_str());
  const unsigned m = static_cast<unsigned>(std::atoi(date.substr(5, 2).c_str()));
  const unsigned d = static_cast<unsigned>(std::atoi(date.substr(8, 2).c_str()));
  const std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{m},
                                        std::chrono::day{d}};
  if (!ymd.ok()) return std::nullopt;
  return std::chrono::sys_days{ymd}.time_since_epoch().count();
}

std::string FoldName(const std::string& name) {
  std::string out;
  out.reserve(name.size());
  for (unsigned char c : name) {
    if (c >= 'A' && c <= 'Z') {
      out.push_back(static_cast<char>(c - 'A' + 'a'));
    } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80) {
      out.push_back(static_cast<char>(c));
    }
  }
  return out;
}

std::optional<EventKey> MakeKey(const Event& event, int64_t doc,
                                const std::optional<std::string>& published) {
  std::optional<int64_t> day;
  if (event.date) day = DayNumber(*event.date);
  if (!day && published) day = DayNumber(*published);
  if (!day) return std::nullopt;
  EventKey k;
  k.doc = doc;
  k.type = event.type;
  if (event.acled) k.sub_event = event.acled->sub_event_type;
  k.day = *day;
  if (event.location) {
    const Location& l = *event.location;
    k.geonames_id = l.geonames_id;
    k.place = FoldName(l.name.empty() ? l.text : l.name);
    k.country = l.country.value_or("");
    k.admin1 = l.admin1.value_or("");
    k.precision = l.precision;
  }
  if (event.actor1) {
    k.actor1 = FoldName(event.actor1->name.empty() ? event.actor1->text : event.actor1->name);
    k.actor1_country = event.actor1->country.value_or("");
  }
  return k;
}

namespace {

bool Differ(const std::string& a, const std::string& b) {
  return !a.empty() && !b.empty() && a != b;
}

int Level(const std::string& precision) {
  if (precision == "country") return 1;
  if (precision == "admin1") return 2;
  return 3;
}

// 3 same precise place, 2 same admin1 (the same region, or one side known only to its
// region), 1 same country (the same country-level place, or one side known only to its
// country or placeless), 0 different or unknown places.
int PlaceStrength(const EventKey& a, const EventKey& b) {
  const bool same_id = a.geonames_id && b.geonames_id && *a.geonames_id == *b.geonames_id;
  const bool same_name = !(a.geonames_id && b.geonames_id) && !a.place.empty() && a.place == b.place;
  if (same_id || same_name) return std::min(Level(a.precision), Level(b.precision));
  if (Differ(a.country, b.country)) return 0;
  const bool coarse_a = a.precision == "admin1" || a.precision == "country" || a.place.empty();
  const bool coarse_b = b.precision == "admin1" || b.precision == "country" || b.place.empty();
  if (!coarse_a && !coarse_b) return 0;  // two different precise places
  if (!a.admin1.empty() && a.admin1 == b.admin1) return 2;
  if (!a.country.empty() && a.country == b.country) return 1;
  return 0;
}

}  // namespace

int MatchStrength(const EventKey& a, const EventKey& b, int window_days) {
  if (a.doc == b.doc || a.type != b.type) return 0;
  if (Differ(a.sub_event, b.sub_event)) return 0;
  if (std::llabs(a.day - b.day) > window_days) return 0;
  if (Differ(a.actor1_country, b.actor1_country)) return 0;
  const int place = PlaceStrength(a, b);
  if (place == 3) return 3;
  // A coarser place is the same event only when the actors say so too.
  if (place > 0 && !a.actor1.empty() && a.actor1 == b.actor1) return place;
  return 0;
}

}  // namespace sitrep::dedup
