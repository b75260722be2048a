// Normalize(): typography folding with an offset map. A first version without NFC; the ICU
// normalizer replaces it.
#include <cstring>

#include "base/utf8.h"
#include "text/analysis.h"

namespace sitrep::text {

std::string Normalize(std::string_view text, OffsetMap* map) {
  std::string out;
  out.reserve(text.size());
  size_t pos = 0;
  while (pos < text.size()) {
    size_t len = Utf8SequenceLength(text, pos);
    if (len == 0) len = 1;
    std::string_view ch = text.substr(pos, len);
    const char* repl = nullptr;
    if (ch == "\xC2\xA0" || ch == "\xE2\x80\xAF" || ch == "\xE2\x80\x89" || ch == "\xE2\x80\x87" ||
        ch == "\xE2\x80\x82" || ch == "\xE2\x80\x83" || ch == "\t") {
      repl = " ";
    } else if (ch == "\xE2\x80\x99" || ch == "\xE2\x80\x98" || ch == "\xCA\xBC") {
      repl = "'";
    } else if (ch == "\xC2\xAD" || ch == "\xE2\x80\x8B" || ch == "\xEF\xBB\xBF") {
      repl = "";
    }
    if (repl != nullptr) {
      out += repl;
      if (map) map->Append(std::strlen(repl), pos, pos + len);
    } else {
      out.append(ch);
      if (map) {
        for (size_t i = 0; i < len; ++i) map->Append(1, pos + i, pos + i + 1);
      }
    }
    pos += len;
  }
  if (map) map->Finish(text.size());
  return out;
}

}  // namespace sitrep::text
