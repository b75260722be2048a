// Sniffing looks at the first few KiB only, after an optional UTF-8 BOM and leading blanks.
#include "ingest/detect.h"

#include <nlohmann/json.hpp>

#include <cctype>
#include <filesystem>

#include "base/ascii.h"
#include "base/utf8.h"
#include "ingest/csv_parser.h"
#include "ingest/decompress.h"
#include "ingest/reader.h"

namespace sitrep::ingest {
namespace {

constexpr size_t kSniffBytes = 4096;
constexpr size_t kBinarySample = 64 * 1024;

std::string Extension(const std::string& source) {
  return AsciiLower(std::filesystem::path(StripCompressionSuffix(source)).extension().string());
}

std::string_view SkipBlanks(std::string_view b) {
  if (b.substr(0, 3) == "\xEF\xBB\xBF") b.remove_prefix(3);
  size_t i = 0;
  while (i < b.size() && std::isspace(static_cast<unsigned char>(b[i]))) ++i;
  return b.substr(i);
}

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && AsciiLower(s.substr(0, prefix.size())) == prefix;
}

bool LooksHtml(std::string_view head) {
  for (std::string_view tag : {"<!doctype html", "<html", "<head", "<body", "<meta", "<title"}) {
    if (StartsWithNoCase(head, tag)) return true;
  }
  return false;
}

bool LooksFeed(std::string_view head) {
  const std::string lower = AsciiLower(head.substr(0, kSniffBytes));
  if (!lower.starts_with("<?xml") && !lower.starts_with("<rss") && !lower.starts_with("<feed")) {
    return false;
  }
  return lower.find("<rss") != std::string::npos || lower.find("<feed") != std::string::npos ||
         lower.find("<rdf:rdf") != std::string::npos;
}

bool LooksJsonl(std::string_view head) {
  if (head.starts_with("[")) return SkipBlanks(head.substr(1)).starts_with("{");
  if (head.empty() || head[0] != '{') return false;
  const size_t eol = head.find('\n');
  std::string_view line = head.substr(0, eol);
  if (eol == std::string_view::npos && head.size() > (1u << 20)) return false;
  return nlohmann::json::accept(line.begin(), line.end());
}

bool LooksCsv(std::string_view head) {
  const size_t eol = head.find('\n');
  return FindCsvTextColumn(head.substr(0, eol)).has_value();
}

}  // namespace

std::string DetectFormat(std::string_view bytes, const std::string& source) {
  const std::string ext = source == "-" ? "" : Extension(source);
  if (ext == ".jsonl" || ext == ".ndjson" || ext == ".json") return "jsonl";
  if (ext == ".csv" || ext == ".tsv") return "csv";
  if (ext == ".warc") return "warc";
  const std::string_view head = SkipBlanks(bytes);
  if (head.starts_with("WARC/")) return "warc";
  if (LooksFeed(head)) return "feed";
  if (LooksHtml(head)) return "html";
  if (LooksJsonl(head)) return "jsonl";
  if (ext != ".txt" && ext != ".text" && LooksCsv(head)) return "csv";
  if (ext == ".html" || ext == ".htm" || ext == ".xhtml") return "html";
  if (ext == ".rss" || ext == ".atom" || ext == ".xml") return "feed";
  return "text";
}

std::string BinaryReason(std::string_view bytes) {
  std::string_view sample = bytes.substr(0, kBinarySample);
  const size_t nul = sample.find('\0');
  if (nul != std::string_view::npos) {
    return "binary file (NUL byte at offset " + std::to_string(nul) + ")";
  }
  size_t odd = 0;
  size_t pos = 0;
  while (pos < sample.size()) {
    const auto c = static_cast<unsigned char>(sample[pos]);
    if (c < 0x80) {
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' &&
           c != 0x1b) ||
          c == 0x7f) {
        ++odd;
      }
      ++pos;
      continue;
    }
    const size_t len = Utf8SequenceLength(sample, pos);
    // A sequence cut by the end of the sample is not held against the file.
    if (len == 0 && pos + 4 < sample.size()) ++odd;
    pos += len == 0 ? 1 : len;
  }
  if (sample.size() >= 16 && odd * 10 > sample.size()) {
    return "binary file (" + std::to_string(odd * 100 / sample.size()) +
           "% of the first bytes are not text)";
  }
  return "";
}

bool IsBlank(std::string_view bytes) { return SkipBlanks(bytes).empty(); }

}  // namespace sitrep::ingest
