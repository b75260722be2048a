// UTF-8 validation and repair: invalid sequences become U+FFFD, and each repair is reported
// with its byte offset in the input so the document's `errors` can name it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep {

// Returns the byte offset of the first invalid sequence, or npos when `text` is valid UTF-8.
size_t FindInvalidUtf8(std::string_view text);

// Copies `text` into *out, replacing each maximal invalid subsequence by U+FFFD. Offsets (in
// `text`) of the replaced sequences go to *bad_offsets (may be null). Returns true if valid.
bool RepairUtf8(std::string_view text, std::string* out, std::vector<size_t>* bad_offsets);

// Length in bytes of the valid UTF-8 sequence starting at text[pos], or 0 if invalid.
size_t Utf8SequenceLength(std::string_view text, size_t pos);

}  // namespace sitrep
