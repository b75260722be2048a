// The CLI's verbs: each registers its flags on a CLI11 subcommand and runs it.
#pragma once

#include <CLI/CLI.hpp>

namespace sitrep::cli {

// Each Setup* adds a subcommand to `app`; the returned callback runs it and gives the exit
// status (0 ok, 1 some input failed, 2 usage or start-up error).
struct Command {
  CLI::App* app = nullptr;
  std::function<int()> run;
};

Command SetupExtract(CLI::App& app);
Command SetupShow(CLI::App& app);
Command SetupEval(CLI::App& app);
Command SetupDedup(CLI::App& app);
Command SetupServe(CLI::App& app);

}  // namespace sitrep::cli
