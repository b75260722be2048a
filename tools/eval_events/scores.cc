// Scores: printing, floors, and helpers shared by the evaluations.
#include "scores.h"

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

std::string Fold(const std::string& s) {
  static const char kLatin1[] =  // U+00C0..U+00FF, folded
      "aaaaaaaceeeeiiiidnooooo/ouuuuyts"
      "aaaaaaaceeeeiiiidnooooo/ouuuuyty";
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == 0xC3 && i + 1 < s.size()) {
      const unsigned char d = static_cast<unsigned char>(s[i + 1]);
      if (d >= 0x80 && d <= 0xBF) {
        out += kLatin1[(d - 0x80) % 32 + (d >= 0xA0 ? 32 : 0)];
        ++i;
        continue;
      }
    }
    if (c == 0xC4 || c == 0xC5) {  // Latin Extended-A: drop the accent, keep a letter
      out += '?';
      ++i;
      continue;
    }
    out += static_cast<char>(c < 0x80 ? std::tolower(c) : c);
  }
  return out;
}

}  // namespace sitrep::eval_events
