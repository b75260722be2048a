// Scores: printing, floors, and helpers shared by the evaluations.
#include "scores.h"

#include "geo/fold.h"

#include <cctype>
#include <cstdio>
#include <iostream>

namespace sitrep::eval_events {

void Scores::Print(const std::string& prefix) const {
  for (const auto& [name, r] : rates_) {
    std::printf("%s.%s %.3f (%d/%d)\n", prefix.c_str(), name.c_str(), r.value(), r.hit, r.n);
  }
}

bool Scores::Check(const std::string& prefix, const std::map<std::string, double>& floors) const {
  bool ok = true;
  for (const auto& [name, r] : rates_) {
    auto it = floors.find(prefix + "." + name);
    if (it != floors.end() && r.value() < it->second) {
      std::cerr << prefix << "." << name << " " << r.value() << " below floor " << it->second
                << "\n";
      ok = false;
    }
  }
  return ok;
}

const Event* MostConfident(const std::vector<Event>& events) {
  const Event* best = nullptr;
  for (const Event& e : events) {
    if (!best || e.confidence > best->confidence) best = &e;
  }
  return best;
}

std::string Fold(const std::string& s) { return geo::Fold(s); }

}  // namespace sitrep::eval_events
