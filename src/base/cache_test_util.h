// Test helper for the start-up caches: a fresh folder holding a copy of one data folder and an
// empty cache folder that SITREP_CACHE_DIR names while the helper lives.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <string>
#include <system_error>

#include <unistd.h>

namespace sitrep::cache {

class TempDataCopy {
 public:
  // Copies data/`folder` (relative to the working directory) under a fresh temporary folder
  // named after `name` and the process.
  TempDataCopy(const std::string& folder, const std::string& name)
      : root_(std::filesystem::temp_directory_path() /
              ("sitrep_cache_test_" + name + "_" + std::to_string(::getpid()))) {
    std::filesystem::remove_all(root_);
    std::filesystem::create_directories(root_ / "cache");
    std::filesystem::copy(std::filesystem::path("data") / folder, root_ / folder);
    dir_ = (root_ / folder).string();
    const char* old = std::getenv("SITREP_CACHE_DIR");
    had_cache_dir_ = old != nullptr;
    if (had_cache_dir_) old_cache_dir_ = old;
    ::setenv("SITREP_CACHE_DIR", (root_ / "cache").c_str(), 1);
  }
  ~TempDataCopy() {
    if (had_cache_dir_) {
      ::setenv("SITREP_CACHE_DIR", old_cache_dir_.c_str(), 1);
    } else {
      ::unsetenv("SITREP_CACHE_DIR");
    }
    std::error_code ec;
    std::filesystem::remove_all(root_, ec);
  }
  TempDataCopy(const TempDataCopy&) = delete;
  TempDataCopy& operator=(const TempDataCopy&) = delete;

  const std::filesystem::path& root() const { return root_; }
  const std::string& dir() const { return dir_; }  // the copied data folder
  std::filesystem::path cache_folder() const { return root_ / "cache"; }

 private:
  std::filesystem::path root_;
  std::string dir_;
  bool had_cache_dir_ = false;
  std::string old_cache_dir_;
};

}  // namespace sitrep::cache
