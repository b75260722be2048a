// Decompression of gzip (zlib, multi-member) and zstd input, chosen by magic bytes. A stream
// that ends early or is corrupt gives a DataLoss error whose `offset` is the byte of the
// compressed input where decoding stopped; the caller names the file.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "sitrep/status.h"

namespace sitrep::ingest {

enum class Compression : uint8_t { kNone, kGzip, kZstd };

// The compression of `bytes` from its first bytes (1f 8b for gzip, 28 b5 2f fd for zstd).
Compression DetectCompression(std::string_view bytes);

// Name for messages: "gzip", "zstd" or "none".
const char* CompressionName(Compression c);

// Decompresses `bytes` according to DetectCompression (a copy when not compressed).
// Errors: kDataLoss for a truncated or corrupt stream (offset set), kInvalidArgument when the
// output would exceed `max_output` bytes.
StatusOr<std::string> Decompress(std::string_view bytes, size_t max_output);

// Removes a trailing ".gz", ".gzip", ".zst" or ".zstd" from a file name.
std::string StripCompressionSuffix(const std::string& name);

}  // namespace sitrep::ingest
