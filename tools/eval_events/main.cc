// eval_events: scores sitrep's event coder against the ACLED development records, the PLOVER
// gold records and the PETRARCH2 validation records under ../shared/data (test time only).
//
//   eval_events [--shared DIR] [--limit N] [--verbose] [--only acled|plover|petrarch]
//               [--floor NAME=VALUE ...]
// Prints "set.metric value (hits/n)" lines; exits 1 when a floor is not reached, 2 on a
// missing file or bad option.
#include <CLI/CLI.hpp>
#include <iostream>

#include "evals.h"

namespace {

using sitrep::eval_events::Scores;

bool Report(const std::string& name, const sitrep::StatusOr<Scores>& scores,
            const std::map<std::string, double>& floors, bool* missing) {
  if (!scores.ok()) {
    std::cerr << name << ": " << scores.status().ToString() << "\n";
    *missing = true;
    return false;
  }
  scores->Print(name);
  return scores->Check(name, floors);
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Scores the event coder on ACLED, PLOVER and PETRARCH2 records"};
  std::string shared = "../shared/data";
  std::string only;
  std::vector<std::string> floor_args;
  sitrep::eval_events::EvalOptions options;
  app.add_option("--shared", shared, "reference data folder");
  app.add_option("--limit", options.limit, "records per set (0: all)");
  app.add_flag("--verbose", options.verbose, "print misses on stderr");
  app.add_option("--only", only, "acled, plover or petrarch");
  app.add_option("--floor", floor_args, "NAME=VALUE: fail when a score is below VALUE");
  CLI11_PARSE(app, argc, argv);
  std::map<std::string, double> floors;
  for (const std::string& f : floor_args) {
    const size_t eq = f.find('=');
    if (eq == std::string::npos) return 2;
    floors[f.substr(0, eq)] = std::stod(f.substr(eq + 1));
  }
  auto engine = sitrep::Engine::Create(sitrep::EngineOptions{});
  if (!engine.ok()) {
    std::cerr << engine.status().ToString() << "\n";
    return 2;
  }
  bool ok = true, missing = false;
  if (only.empty() || only == "plover") {
    ok &= Report("plover",
                 EvalPlover(**engine, shared + "/plover/PLOVER_GSR_CAMEO.txt", options), floors,
                 &missing);
  }
  if (only.empty() || only == "petrarch") {
    const std::string dir = shared + "/petrarch2_unit_tests/";
    ok &= Report("petrarch",
                 EvalPetrarch((*engine)->data_dir(), dir + "PETR.Validate.records.140226.txt",
                              dir + "PETR.Validate.actors.txt", options),
                 floors, &missing);
  }
  if (only.empty() || only == "acled") {
    ok &= Report("acled",
                 EvalAcled(**engine, shared + "/acled_dev/acled_2020-05-01_to_09_dev.csv",
                           options),
                 floors, &missing);
  }
  if (missing) return 2;
  return ok ? 0 : 1;
}
