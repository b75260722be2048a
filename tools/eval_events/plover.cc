// EvalPlover: see evals.h.
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "evals.h"

namespace sitrep::eval_events {
namespace {

// Gold files written before PLOVER 2021 use older category names.
std::string CurrentType(const std::string& gold) {
  if (gold == "DEMAND") return "REQUEST";
  if (gold == "DISAPPROVE" || gold == "INVESTIGATE") return "ACCUSE";
  if (gold == "FIGHT") return "ASSAULT";
  return gold;
}

}  // namespace

StatusOr<Scores> EvalPlover(const Engine& engine, const std::string& json_path,
                            const EvalOptions& options) {
  std::ifstream in(json_path);
  if (!in) return NotFoundError("cannot open " + json_path);
  nlohmann::json gold;
  try {
    gold = nlohmann::json::parse(in);
  } catch (const std::exception& e) {
    return InvalidArgumentError(json_path + ": " + e.what());
  }
  Scores s;
  size_t n = 0;
  for (const nlohmann::json& g : gold) {
    const std::string type = CurrentType(g.value("event", ""));
    if (type == "DOCUMENT" || !g.contains("text")) continue;
    if (options.limit && n++ >= options.limit) break;
    Document doc;
    doc.id = g.value("id", "");
    doc.lang = "en";
    doc.text = g["text"].get<std::string>();
    const Record rec = engine.Extract(std::move(doc));
    const Event* e = MostConfident(rec.events);
    bool any = false;
    for (const Event& ev : rec.events) any = any || ev.type == type;
    s["event_type"].Add(e && e->type == type);
    s["event_type_any"].Add(any);
    s["type_" + type].Add(e && e->type == type);
    if (options.verbose && !(e && e->type == type)) {
      std::cerr << "MISS " << type << " <- " << (e ? e->type : "-") << " | "
                << rec.doc.text.substr(0, 200) << "\n";
    }
  }
  return s;
}

}  // namespace sitrep::eval_events
