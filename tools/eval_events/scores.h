// Scores of the event evaluation: named rates (hits / scored) printed one per line, and
// floors a ctest run asserts.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "sitrep/record.h"

namespace sitrep::eval_events {

struct Rate {
  int hit = 0;
  int n = 0;
  void Add(bool ok) {
    hit += ok ? 1 : 0;
    ++n;
  }
  double value() const { return n == 0 ? 0.0 : static_cast<double>(hit) / n; }
};

class Scores {
 public:
  Rate& operator[](const std::string& name) { return rates_[name]; }
  // Prints "prefix.name value (hit/n)" lines to stdout.
  void Print(const std::string& prefix) const;
  // False (and a message on stderr) when a rate named in `floors` ("acled.event_type=0.8")
  // is below its floor.
  bool Check(const std::string& prefix, const std::map<std::string, double>& floors) const;

 private:
  std::map<std::string, Rate> rates_;
};

// The event the coder is most confident in (the first on ties), or nullptr.
const Event* MostConfident(const std::vector<Event>& events);

// The gazetteer's fold of a name (geo::Fold): lower case, accents dropped, hyphens to spaces
// ("Hyderābād" -> "hyderabad", "Cuauhtémoc" -> "cuauhtemoc").
std::string Fold(const std::string& s);

}  // namespace sitrep::eval_events
