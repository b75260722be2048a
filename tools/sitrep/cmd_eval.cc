// `sitrep eval GOLD.jsonl [GOLD2.jsonl ...] [--records R.jsonl] [--json]`: scores sitrep against
// hand-written gold articles (docs/gold.md). Without --records it runs the engine on each gold
// article's text with its language and publication date; with --records it reads records (as
// `sitrep extract` writes them) and pairs them with gold articles by document id.
#include <fstream>
#include <iostream>
#include <map>

#include "commands.h"

#include "sitrep/sitrep.h"

#include "eval/gold.h"
#include "eval/scorer.h"

namespace sitrep::cli {
namespace {

StatusOr<std::map<std::string, Record>> ReadRecords(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return NotFoundError("cannot open records file " + path);
  }
  std::map<std::string, Record> by_id;
  std::string line;
  uint64_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string::npos) {
      continue;
    }
    StatusOr<Record> r = RecordFromJson(line);
    if (!r.ok()) {
      return InvalidArgumentError(path + ":" + std::to_string(line_no) + ": " +
                                  r.status().message());
    }
    by_id[r->doc.id] = std::move(r).value();
  }
  return by_id;
}

struct EvalArgs {
  std::vector<std::string> gold;
  std::string records;
  bool json = false;
};

// Scores every gold file; returns 0, or 1 when an input failed, 2 when the engine cannot start.
int RunEval(const EvalArgs& args) {
  std::map<std::string, Record> records;
  std::unique_ptr<Engine> engine;
  if (!args.records.empty()) {
    auto r = ReadRecords(args.records);
    if (!r.ok()) {
      std::cerr << "sitrep: " << r.status().ToString() << "\n";
      return 1;
    }
    records = std::move(r).value();
  } else {
    auto e = Engine::Create(EngineOptions{});
    if (!e.ok()) {
      std::cerr << "sitrep: " << e.status().ToString() << "\n";
      return 2;
    }
    engine = std::move(e).value();
  }
  eval::Scorer scorer;
  int rc = 0;
  for (const std::string& path : args.gold) {
    auto gold = eval::ReadGold(path);
    if (!gold.ok()) {
      std::cerr << "sitrep: " << gold.status().ToString() << "\n";
      rc = 1;
      continue;
    }
    for (const eval::GoldArticle& g : *gold) {
      if (engine) {
        scorer.Add(g, engine->Extract(eval::ToDocument(g)));
      } else if (auto it = records.find(g.id); it != records.end()) {
        scorer.Add(g, it->second);
      } else {
        std::cerr << "sitrep: no record for gold article " << g.id << " (scored as empty)\n";
        scorer.Add(g, Record{});
      }
    }
  }
  std::cout << (args.json ? scorer.report().ToJson() : scorer.report().ToText()) << "\n";
  return rc;
}

}  // namespace

Command SetupEval(CLI::App& app) {
  auto args = std::make_shared<EvalArgs>();
  CLI::App* sub = app.add_subcommand("eval", "Score sitrep against hand-written gold articles");
  sub->add_option("gold", args->gold, "Gold JSON Lines files (docs/gold.md)")->required();
  sub->add_option("--records", args->records,
                  "Records JSONL from `sitrep extract` (default: run the engine)");
  sub->add_flag("--json", args->json, "Print the figures as JSON");
  return Command{sub, [args] {
                   return RunEval(*args);
                 }};
}

}  // namespace sitrep::cli
