// Normalize(): NFC (ICU) and typography folding, with an exact offset map back to the input.
//
// The text is cut into chunks at ASCII whitespace (a safe place to cut for NFC: a space is a
// normalization boundary). An all-ASCII chunk is copied as is. Any other chunk is checked code
// point with Normalizer2::hasBoundaryBefore() and the NFC quick check: when every code point
// starts its own normalization segment and is NFC_QC=Yes, the chunk is already NFC and only
// the folding runs on it; otherwise ICU normalizes the chunk (normalizeUTF8 with Edits) and the
// folding runs on the result, its offsets taken back through the edits. ICU is therefore paid only
// by text that needs it.
#include <string>
#include <vector>

#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "text/analysis.h"

namespace sitrep::text {
namespace {

enum class Fold : uint8_t { kKeep, kSpace, kApostrophe, kHyphen, kNewline, kDelete };

// Folding of one non-ASCII code point (the typography table of Normalize()'s contract).
Fold FoldOf(UChar32 c) {
  switch (c) {
    case 0x00A0:
    case 0x1680:
    case 0x202F:
    case 0x205F:
    case 0x3000:
      return Fold::kSpace;
    case 0x2018:
    case 0x2019:
    case 0x02BC:
    case 0x2032:
      return Fold::kApostrophe;
    case 0x2010:
    case 0x2011:
      return Fold::kHyphen;
    case 0x0085:
    case 0x2028:
    case 0x2029:
      return Fold::kNewline;
    case 0x00AD:
    case 0x180E:
    case 0xFEFF:
      return Fold::kDelete;
    default:
      break;
  }
  if (c >= 0x2000 && c <= 0x200A)
    return Fold::kSpace;
  if ((c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) ||
      (c >= 0x2060 && c <= 0x2064)) {
    return Fold::kDelete;
  }
  return Fold::kKeep;
}

const char* FoldText(Fold f) {
  switch (f) {
    case Fold::kSpace:
      return " ";
    case Fold::kApostrophe:
      return "'";
    case Fold::kHyphen:
      return "-";
    case Fold::kNewline:
      return "\n";
    default:
      return "";
  }
}

bool IsAsciiSpace(unsigned char b) {
  return b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == '\f' || b == '\v';
}

const icu::Normalizer2* Nfc() {
  static const icu::Normalizer2* nfc = [] {
    UErrorCode err = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(err);
    return U_SUCCESS(err) ? n : nullptr;
  }();
  return nfc;
}

class Writer {
 public:
  Writer(std::string* out, OffsetMap* map) : out_(out), map_(map) {}

  void Copy(std::string_view bytes, size_t orig_start) {
    out_->append(bytes);
    if (map_)
      map_->AppendCopy(bytes.size(), orig_start);
  }

  void Replace(std::string_view bytes, size_t orig_start, size_t orig_end) {
    out_->append(bytes);
    if (map_)
      map_->Append(bytes.size(), orig_start, orig_end);
  }

 private:
  std::string* out_;
  OffsetMap* map_;
};

// Where the bytes of a folded run come from: `base + offset` when `starts` is null, else the
// per-byte original ranges [starts[k], ends[k]).
struct Origin {
  size_t base = 0;
  const std::vector<uint32_t>* starts = nullptr;
  const std::vector<uint32_t>* ends = nullptr;
};

// Applies the typography folding to `src` (a chunk without ASCII whitespace).
void FoldRun(std::string_view src, const Origin& origin, Writer* w) {
  const int32_t n = static_cast<int32_t>(src.size());
  const auto* s = reinterpret_cast<const uint8_t*>(src.data());
  int32_t i = 0;
  while (i < n) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    const Fold f = c < 0x80 ? Fold::kKeep : FoldOf(c);
    const size_t len = static_cast<size_t>(i - start);
    if (origin.starts == nullptr) {
      const size_t o = origin.base + static_cast<size_t>(start);
      if (f == Fold::kKeep) {
        w->Copy(src.substr(static_cast<size_t>(start), len), o);
      } else {
        w->Replace(FoldText(f), o, o + len);
      }
    } else {
      const size_t os = (*origin.starts)[static_cast<size_t>(start)];
      const size_t oe = (*origin.ends)[static_cast<size_t>(i - 1)];
      w->Replace(f == Fold::kKeep ? src.substr(static_cast<size_t>(start), len)
                                  : std::string_view(FoldText(f)),
                 os, oe);
    }
  }
}

// True when some code point of `chunk` does not start a normalization segment (NFC needed).
bool NeedsNfc(std::string_view chunk) {
  const icu::Normalizer2* nfc = Nfc();
  if (nfc == nullptr)
    return false;
  const int32_t n = static_cast<int32_t>(chunk.size());
  const auto* s = reinterpret_cast<const uint8_t*>(chunk.data());
  int32_t i = 0;
  while (i < n) {
    if (s[i] < 0xCC) {  // below U+0300: NFC_QC=Yes and combining class 0
      ++i;
      continue;
    }
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0)
      continue;
    if (!nfc->hasBoundaryBefore(c) ||
        u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) != UNORM_YES) {
      return true;
    }
  }
  return false;
}

// Normalizes `chunk` (at original offset `base`) to NFC, then folds it.
void NfcChunk(std::string_view chunk, size_t base, Writer* w) {
  std::string nfc_text;
  icu::StringByteSink<std::string> sink(&nfc_text);
  icu::Edits edits;
  UErrorCode err = U_ZERO_ERROR;
  Nfc()->normalizeUTF8(0, icu::StringPiece(chunk.data(), static_cast<int32_t>(chunk.size())), sink,
                       &edits, err);
  if (U_FAILURE(err)) {
    FoldRun(chunk, Origin{base}, w);
    return;
  }
  std::vector<uint32_t> starts(nfc_text.size()), ends(nfc_text.size());
  icu::Edits::Iterator it = edits.getCoarseIterator();
  while (it.next(err)) {
    const size_t src = base + static_cast<size_t>(it.sourceIndex());
    const size_t dst = static_cast<size_t>(it.destinationIndex());
    for (size_t k = 0; k < static_cast<size_t>(it.newLength()); ++k) {
      starts[dst + k] = static_cast<uint32_t>(it.hasChange() ? src : src + k);
      ends[dst + k] = static_cast<uint32_t>(
          it.hasChange() ? src + static_cast<size_t>(it.oldLength()) : src + k + 1);
    }
  }
  FoldRun(nfc_text, Origin{base, &starts, &ends}, w);
}

// Handles one ASCII whitespace byte at text[i] (\r \t \f \v, or \n and ' '); returns the bytes
// consumed.
size_t Whitespace(std::string_view text, size_t i, Writer* w) {
  const char b = text[i];
  if (b == '\r') {
    const size_t len = (i + 1 < text.size() && text[i + 1] == '\n') ? 2 : 1;
    w->Replace("\n", i, i + len);
    return len;
  }
  if (b == '\n' || b == ' ') {
    w->Copy(text.substr(i, 1), i);
  } else {
    w->Replace(" ", i, i + 1);  // \t \f \v
  }
  return 1;
}

// Bytes copied as they are when no non-ASCII byte follows in their word: ASCII except
// \r \t \f \v.
bool IsPlainAscii(uint8_t b) {
  return b < 0x80 && (b >= ' ' || b == '\n' || b < '\t' || b > '\r');
}

}  // namespace

std::string Normalize(std::string_view text, OffsetMap* map) {
  std::string out;
  out.reserve(text.size());
  Writer w(&out, map);
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const size_t n = text.size();
  size_t i = 0;
  while (i < n) {
    size_t j = i;
    while (j < n && IsPlainAscii(s[j]))
      ++j;
    if (j == n || s[j] < 0x80) {  // a run of plain ASCII, then \r \t \f \v or the end
      w.Copy(text.substr(i, j - i), i);
      i = j < n ? j + Whitespace(text, j, &w) : j;
      continue;
    }
    // A non-ASCII byte: its chunk starts after the last ASCII whitespace of the run.
    size_t k = j;
    while (k > i && !IsAsciiSpace(s[k - 1]))
      --k;
    w.Copy(text.substr(i, k - i), i);
    size_t e = j;
    while (e < n && !IsAsciiSpace(s[e]))
      ++e;
    const std::string_view chunk = text.substr(k, e - k);
    if (NeedsNfc(chunk)) {
      NfcChunk(chunk, k, &w);
    } else {
      FoldRun(chunk, Origin{k}, &w);
    }
    i = e;
  }
  if (map)
    map->Finish(n);
  return out;
}

}  // namespace sitrep::text
