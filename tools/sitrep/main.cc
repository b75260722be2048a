// sitrep command-line tool: `sitrep extract|show|eval|dedup|serve ...`. Records go to stdout,
// everything else to stderr. Exit status: 0 ok, 1 some input failed, 2 usage error.
#include <iostream>
#include <vector>

#include "commands.h"

int main(int argc, char** argv) {
  CLI::App app{"sitrep: news reports in, conflict-event records with evidence out"};
  app.require_subcommand(1);
  std::vector<sitrep::cli::Command> commands = {
      sitrep::cli::SetupExtract(app),
      sitrep::cli::SetupShow(app),
      sitrep::cli::SetupEval(app),
      sitrep::cli::SetupDedup(app),
      sitrep::cli::SetupServe(app),
  };
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int rc = app.exit(e);
    return rc == 0 ? 0 : 2;
  }
  for (auto& c : commands) {
    if (c.app->parsed()) return c.run();
  }
  return 2;
}
