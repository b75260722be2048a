// Report output: a fixed-width table for people and JSON for scripts.
#include <cstdio>
#include <functional>
#include <vector>

#include <nlohmann/json.hpp>

#include "eval/scorer.h"

namespace sitrep::eval {
namespace {

using Json = nlohmann::ordered_json;

// One table row: a label and how to print a Scores' cell.
struct Row {
  std::string label;
  std::function<std::string(const Scores&)> cell;
};

std::string Num(double v) {
  char buf[16];
  std::snprintf(buf, sizeof(buf), "%.3f", v);
  return buf;
}

std::string Acc(const Accuracy& a) {
  if (a.total == 0) {
    return "n/a";
  }
  return Num(a.Value()) + " (" + std::to_string(a.correct) + "/" + std::to_string(a.total) + ")";
}

std::string PrfCell(const Prf& p) {
  return Num(p.Precision()) + " " + Num(p.Recall()) + " " + Num(p.F1());
}

std::vector<Row> Rows() {
  auto prf = [](Prf Scores::*m) {
    return [m](const Scores& s) {
      return PrfCell(s.*m);
    };
  };
  auto acc = [](Accuracy Scores::*m) {
    return [m](const Scores& s) {
      return Acc(s.*m);
    };
  };
  auto n = [](int64_t Scores::*m) {
    return [m](const Scores& s) {
      return std::to_string(s.*m);
    };
  };
  return {{"articles", n(&Scores::articles)},
          {"gold quotes / counts / events",
           [](const Scores& s) {
             return std::to_string(s.gold_quotes) + " / " + std::to_string(s.gold_counts) + " / " +
                    std::to_string(s.gold_events);
           }},
          {"quotes P R F1 @0.3", prf(&Scores::quotes_30)},
          {"quotes P R F1 @0.8", prf(&Scores::quotes_80)},
          {"direct quotes P R F1 @0.3", prf(&Scores::direct_quotes_30)},
          {"speaker accuracy", acc(&Scores::speaker)},
          {"counts P R F1", prf(&Scores::counts)},
          {"count qualifier accuracy", acc(&Scores::count_qualifier)},
          {"events (type) P R F1", prf(&Scores::events)},
          {"ACLED sub-event accuracy", acc(&Scores::acled_sub_event)},
          {"actor1 country accuracy", acc(&Scores::actor1_country)},
          {"actor1 sector accuracy", acc(&Scores::actor1_sector)},
          {"location country accuracy", acc(&Scores::location_country)},
          {"location name accuracy", acc(&Scores::location_name)},
          {"fatalities exact", acc(&Scores::fatalities)},
          {"event date accuracy", acc(&Scores::date)},
          {"non-conflict articles", n(&Scores::nonconflict_articles)},
          {"  false ASSAULT/PROTEST/THREATEN", n(&Scores::false_conflict_events)},
          {"  articles with such events", n(&Scores::nonconflict_articles_with_false_events)}};
}

std::string Pad(std::string s, size_t width) {
  if (s.size() < width) {
    s.append(width - s.size(), ' ');
  }
  return s + "  ";
}

Json PrfJson(const Prf& p) {
  return {{"precision", p.Precision()},
          {"recall", p.Recall()},
          {"f1", p.F1()},
          {"tp", p.tp},
          {"fp", p.fp},
          {"fn", p.fn}};
}

Json AccJson(const Accuracy& a) {
  return {{"accuracy", a.total == 0 ? Json(nullptr) : Json(a.Value())},
          {"correct", a.correct},
          {"total", a.total}};
}

Json ScoresJson(const Scores& s) {
  return {{"articles", s.articles},
          {"gold_quotes", s.gold_quotes},
          {"gold_counts", s.gold_counts},
          {"gold_events", s.gold_events},
          {"quotes_30", PrfJson(s.quotes_30)},
          {"quotes_80", PrfJson(s.quotes_80)},
          {"direct_quotes_30", PrfJson(s.direct_quotes_30)},
          {"speaker", AccJson(s.speaker)},
          {"counts", PrfJson(s.counts)},
          {"count_qualifier", AccJson(s.count_qualifier)},
          {"events", PrfJson(s.events)},
          {"acled_sub_event", AccJson(s.acled_sub_event)},
          {"actor1_country", AccJson(s.actor1_country)},
          {"actor1_sector", AccJson(s.actor1_sector)},
          {"location_country", AccJson(s.location_country)},
          {"location_name", AccJson(s.location_name)},
          {"fatalities", AccJson(s.fatalities)},
          {"date", AccJson(s.date)},
          {"nonconflict_articles", s.nonconflict_articles},
          {"false_conflict_events", s.false_conflict_events},
          {"nonconflict_articles_with_false_events", s.nonconflict_articles_with_false_events}};
}

}  // namespace

std::string Report::ToText() const {
  std::vector<std::pair<std::string, const Scores*>> cols;
  for (const auto& [lang, s] : by_lang) {
    cols.emplace_back(lang, &s);
  }
  cols.emplace_back("all", &overall);
  constexpr size_t kLabel = 34, kCell = 22;
  std::string out = Pad("", kLabel);
  for (const auto& [name, s] : cols) {
    out += Pad(name, kCell);
  }
  out += "\n";
  for (const Row& row : Rows()) {
    std::string line = Pad(row.label, kLabel);
    for (const auto& [name, s] : cols) {
      line += Pad(row.cell(*s), kCell);
    }
    while (!line.empty() && line.back() == ' ') {
      line.pop_back();
    }
    out += line + "\n";
  }
  return out;
}

std::string Report::ToJson() const {
  Json j;
  j["overall"] = ScoresJson(overall);
  j["by_lang"] = Json::object();
  for (const auto& [lang, s] : by_lang) {
    j["by_lang"][lang] = ScoresJson(s);
  }
  return j.dump(2);
}

}  // namespace sitrep::eval
