// Checks on a whole input before any reader sees it: binary or blank. (DetectFormat, declared
// in reader.h, lives in detect.cc too.)
#pragma once

#include <string>
#include <string_view>

namespace sitrep::ingest {

// Non-empty when `bytes` look binary (a NUL byte, or more than 10% control bytes or invalid
// UTF-8 in the first 64 KiB): says why, for the error message.
std::string BinaryReason(std::string_view bytes);

// True when `bytes` hold nothing but whitespace (ASCII or a UTF-8 byte-order mark).
bool IsBlank(std::string_view bytes);

}  // namespace sitrep::ingest
