// Data folder lookup: explicit option, environment, executable's neighbourhood, source tree.
#include "base/data_dir.h"

#include <cstdlib>
#include <filesystem>
#include <vector>

namespace sitrep {
namespace {

namespace fs = std::filesystem;

// A data folder is recognized by its marker file.
bool IsDataDir(const fs::path& dir) {
  std::error_code ec;
  return fs::exists(dir / "DATA.md", ec);
}

}  // namespace

StatusOr<std::string> ResolveDataDir(const std::string& configured) {
  std::vector<fs::path> tried;
  if (!configured.empty()) {
    if (IsDataDir(configured)) return configured;
    return NotFoundError("data folder " + configured + " has no DATA.md");
  }
  if (const char* env = std::getenv("SITREP_DATA_DIR"); env != nullptr && *env != '\0') {
    if (IsDataDir(env)) return std::string(env);
    return NotFoundError(std::string("SITREP_DATA_DIR=") + env + " has no DATA.md");
  }
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    for (fs::path dir = exe.parent_path(); !dir.empty(); dir = dir.parent_path()) {
      tried.push_back(dir / "data");
      if (IsDataDir(dir / "data")) return (dir / "data").string();
      tried.push_back(dir / "share/sitrep/data");
      if (IsDataDir(dir / "share/sitrep/data")) return (dir / "share/sitrep/data").string();
      if (dir == dir.parent_path()) break;
    }
  }
#ifdef SITREP_SOURCE_DATA_DIR
  tried.push_back(SITREP_SOURCE_DATA_DIR);
  if (IsDataDir(SITREP_SOURCE_DATA_DIR)) return std::string(SITREP_SOURCE_DATA_DIR);
#endif
  std::string msg = "no sitrep data folder found (set SITREP_DATA_DIR); tried:";
  for (const auto& p : tried) msg += " " + p.string();
  return NotFoundError(msg);
}

}  // namespace sitrep
