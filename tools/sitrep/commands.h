// The CLI's verbs: each registers its flags on a CLI11 subcommand and runs it.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

namespace sitrep::cli {

// Each Setup* adds a subcommand to `app`; the returned callback runs it and gives the exit
// status (0 ok, 1 some input failed, 2 usage or start-up error).
struct Command {
  CLI::App* app = nullptr;
  std::function<int()> run;
};

// The store's name for messages: a URI's password becomes *** ("postgresql://u:***@host/db").
inline std::string StoreName(const std::string& uri) {
  const size_t scheme = uri.find("://");
  if (scheme == std::string::npos) return uri;
  const size_t at = uri.find('@', scheme + 3);
  const size_t colon = uri.find(':', scheme + 3);
  if (at == std::string::npos || colon == std::string::npos || colon > at) return uri;
  return uri.substr(0, colon + 1) + "***" + uri.substr(at);
}

Command SetupExtract(CLI::App& app);
Command SetupShow(CLI::App& app);
Command SetupEval(CLI::App& app);
Command SetupDedup(CLI::App& app);
Command SetupServe(CLI::App& app);

}  // namespace sitrep::cli
