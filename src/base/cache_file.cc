// Cache files: whole-file reads, atomic sealed writes, the cache folder.
#include "base/cache_file.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <system_error>

#include <unistd.h>

#include "base/flat_map.h"

namespace sitrep::cache {

StatusOr<FileBytes> ReadFile(const std::string& path) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) return NotFoundError("cannot open " + path);
  std::setvbuf(f, nullptr, _IONBF, 0);  // read straight into the buffer
  FileBytes bytes;
  std::error_code ec;
  size_t capacity = static_cast<size_t>(std::filesystem::file_size(path, ec)) + 1;
  if (ec) capacity = size_t{1} << 16;
  bytes.data.reset(new char[capacity]);
  while (true) {
    bytes.size += std::fread(bytes.data.get() + bytes.size, 1, capacity - bytes.size, f);
    if (bytes.size < capacity) break;
    capacity *= 2;  // the file grew, or its size was unknown
    std::unique_ptr<char[]> more(new char[capacity]);
    std::memcpy(more.get(), bytes.data.get(), bytes.size);
    bytes.data = std::move(more);
  }
  std::fclose(f);
  return bytes;
}

std::string PathFor(std::string_view kind, const std::string& dir) {
  std::string folder;
  if (const char* env = std::getenv("SITREP_CACHE_DIR")) {
    if (*env == '\0') return "";
    folder = env;
  } else if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg != nullptr && *xdg != '\0') {
    folder = std::string(xdg) + "/sitrep";
  } else if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0') {
    folder = std::string(home) + "/.cache/sitrep";
  } else {
    return "";
  }
  std::error_code ec;
  std::string abs = std::filesystem::absolute(dir, ec).lexically_normal().string();
  if (ec) abs = dir;
  while (abs.size() > 1 && abs.back() == '/') abs.pop_back();
  char hex[17];
  std::snprintf(hex, sizeof(hex), "%016llx", static_cast<unsigned long long>(HashBytes(abs)));
  return folder + "/" + std::string(kind) + "-" + hex + ".bin";
}

void WriteSealed(const std::string& path, uint64_t fingerprint, std::string* bytes) {
  Writer w(bytes);
  w.Put(fingerprint);
  w.Put(HashBytes(*bytes));
  std::error_code ec;
  std::filesystem::create_directories(std::filesystem::path(path).parent_path(), ec);
  const std::string tmp = path + ".tmp" + std::to_string(::getpid());
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return;
    out.write(bytes->data(), static_cast<std::streamsize>(bytes->size()));
    if (!out) {
      out.close();
      std::filesystem::remove(tmp, ec);
      return;
    }
  }
  std::filesystem::rename(tmp, path, ec);
  if (ec) std::filesystem::remove(tmp, ec);
}

bool Unseal(std::string_view* bytes, uint64_t fingerprint) {
  if (bytes->size() < 16) return false;
  uint64_t stored_fingerprint = 0, checksum = 0;
  std::memcpy(&stored_fingerprint, bytes->data() + bytes->size() - 16, 8);
  std::memcpy(&checksum, bytes->data() + bytes->size() - 8, 8);
  if (stored_fingerprint != fingerprint) return false;
  if (HashBytes(bytes->substr(0, bytes->size() - 8)) != checksum) return false;
  bytes->remove_suffix(16);
  return true;
}

}  // namespace sitrep::cache
