// Helpers for the ingest tests: run a reader or ReadBuffer into a vector, compress bytes, read
// a file of the reference articles under ../shared.
#pragma once

#include <zlib.h>
#include <zstd.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "ingest/reader.h"

namespace sitrep::ingest::testing {

inline std::vector<StatusOr<Document>> ReadWith(std::string_view format, std::string_view bytes,
                                                const std::string& source = "test",
                                                const ReadOptions& options = {}) {
  std::vector<StatusOr<Document>> out;
  MakeReader(format)->Read(bytes, source, options,
                           [&](StatusOr<Document> d) { out.push_back(std::move(d)); });
  return out;
}

inline std::vector<StatusOr<Document>> ReadBufferAll(std::string_view bytes,
                                                     const std::string& source,
                                                     const ReadOptions& options = {}) {
  std::vector<StatusOr<Document>> out;
  ReadBuffer(bytes, source, options, [&](StatusOr<Document> d) { out.push_back(std::move(d)); });
  return out;
}

inline std::string Gzip(std::string_view data) {
  z_stream z{};
  deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&z, static_cast<uLong>(data.size())) + 64, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

inline std::string Zstd(std::string_view data) {
  std::string out(ZSTD_compressBound(data.size()), '\0');
  out.resize(ZSTD_compress(out.data(), out.size(), data.data(), data.size(), 3));
  return out;
}

inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline const char* kArticles = "../shared/data/articles";

}  // namespace sitrep::ingest::testing
