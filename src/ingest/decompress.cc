// gzip through zlib's inflate (auto header detection, concatenated members), zstd through
// ZSTD_decompressStream; both write into a growing string bounded by max_output.
#include "ingest/decompress.h"

#include <zlib.h>
#include <zstd.h>

#include <algorithm>
#include <memory>

namespace sitrep::ingest {
namespace {

constexpr size_t kChunk = 1 << 16;

bool HasSuffix(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         std::equal(suffix.rbegin(), suffix.rend(), s.rbegin(),
                    [](char a, char b) { return a == std::tolower(static_cast<unsigned char>(b)); });
}

Status TooLarge(size_t max_output) {
  return InvalidArgumentError("decompressed data over the limit of " + std::to_string(max_output) +
                              " bytes");
}

Status StreamError(const std::string& message, uint64_t offset) {
  Status s = DataLossError(message);
  s.offset = offset;
  return s;
}

struct InflateDeleter {
  void operator()(z_stream* z) const {
    inflateEnd(z);
    delete z;
  }
};

StatusOr<std::string> Gunzip(std::string_view in, size_t max_output) {
  std::unique_ptr<z_stream, InflateDeleter> z(new z_stream{});
  if (inflateInit2(z.get(), 15 + 16) != Z_OK) return InternalError("inflateInit2 failed");
  std::string out;
  size_t pos = 0;  // start of the current member in `in`
  while (true) {
    z->next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data() + pos));
    z->avail_in = static_cast<uInt>(std::min<size_t>(in.size() - pos, 1u << 30));
    int rc = Z_OK;
    while (rc == Z_OK) {
      if (out.size() >= max_output) return TooLarge(max_output);
      const size_t old = out.size();
      out.resize(old + std::min(kChunk, max_output - old + 1));
      z->next_out = reinterpret_cast<Bytef*>(out.data() + old);
      z->avail_out = static_cast<uInt>(out.size() - old);
      rc = inflate(z.get(), Z_NO_FLUSH);
      out.resize(out.size() - z->avail_out);
      if (rc == Z_BUF_ERROR && z->avail_in > 0) rc = Z_OK;  // output full: go on
    }
    const uint64_t consumed = pos + z->total_in;
    if (out.size() > max_output) return TooLarge(max_output);
    if (rc == Z_DATA_ERROR || rc == Z_NEED_DICT || rc == Z_MEM_ERROR) {
      return StreamError(std::string("corrupt gzip data: ") + (z->msg ? z->msg : "inflate error"),
                         consumed);
    }
    if (rc != Z_STREAM_END) {
      return StreamError("truncated gzip stream: input ends at byte " + std::to_string(in.size()) +
                             " before the end of the compressed data",
                         in.size());
    }
    pos = consumed;
    // Another member follows only if it starts with the gzip magic; other trailing bytes
    // (padding) are ignored, as gzip(1) does.
    if (DetectCompression(in.substr(pos)) != Compression::kGzip) return out;
    inflateReset(z.get());
  }
}

StatusOr<std::string> Unzstd(std::string_view in, size_t max_output) {
  std::unique_ptr<ZSTD_DCtx, decltype(&ZSTD_freeDCtx)> ctx(ZSTD_createDCtx(), &ZSTD_freeDCtx);
  if (!ctx) return InternalError("ZSTD_createDCtx failed");
  std::string out;
  ZSTD_inBuffer input{in.data(), in.size(), 0};
  size_t last = 0;
  while (input.pos < input.size) {
    if (out.size() >= max_output) return TooLarge(max_output);
    const size_t old = out.size();
    out.resize(old + std::min(kChunk, max_output - old + 1));
    ZSTD_outBuffer output{out.data() + old, out.size() - old, 0};
    last = ZSTD_decompressStream(ctx.get(), &output, &input);
    out.resize(old + output.pos);
    if (ZSTD_isError(last)) {
      return StreamError(std::string("corrupt zstd data: ") + ZSTD_getErrorName(last), input.pos);
    }
    if (output.pos == 0 && input.pos == input.size) break;
  }
  // Flush what the decoder still holds once the input is consumed.
  while (last != 0) {
    if (out.size() > max_output) return TooLarge(max_output);
    const size_t old = out.size();
    out.resize(old + kChunk);
    ZSTD_outBuffer output{out.data() + old, out.size() - old, 0};
    last = ZSTD_decompressStream(ctx.get(), &output, &input);
    out.resize(old + output.pos);
    if (ZSTD_isError(last)) {
      return StreamError(std::string("corrupt zstd data: ") + ZSTD_getErrorName(last), input.pos);
    }
    if (output.pos == 0) {
      return StreamError("truncated zstd stream: input ends at byte " + std::to_string(in.size()) +
                             " before the end of the frame",
                         in.size());
    }
  }
  if (out.size() > max_output) return TooLarge(max_output);
  return out;
}

}  // namespace

Compression DetectCompression(std::string_view b) {
  if (b.size() >= 2 && static_cast<unsigned char>(b[0]) == 0x1f &&
      static_cast<unsigned char>(b[1]) == 0x8b) {
    return Compression::kGzip;
  }
  if (b.size() >= 4 && b.substr(0, 4) == std::string_view("\x28\xb5\x2f\xfd", 4)) {
    return Compression::kZstd;
  }
  return Compression::kNone;
}

const char* CompressionName(Compression c) {
  switch (c) {
    case Compression::kGzip:
      return "gzip";
    case Compression::kZstd:
      return "zstd";
    case Compression::kNone:
      break;
  }
  return "none";
}

StatusOr<std::string> Decompress(std::string_view bytes, size_t max_output) {
  switch (DetectCompression(bytes)) {
    case Compression::kGzip:
      return Gunzip(bytes, max_output);
    case Compression::kZstd:
      return Unzstd(bytes, max_output);
    case Compression::kNone:
      break;
  }
  if (bytes.size() > max_output) return TooLarge(max_output);
  return std::string(bytes);
}

std::string StripCompressionSuffix(const std::string& name) {
  for (std::string_view suffix : {".gz", ".gzip", ".zst", ".zstd"}) {
    if (HasSuffix(name, suffix)) return name.substr(0, name.size() - suffix.size());
  }
  return name;
}

}  // namespace sitrep::ingest
