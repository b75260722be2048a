// The readers behind MakeReader(), one per file (text_reader.cc, html_reader.cc, ...), and the
// HTML extraction that the WARC and feed readers reuse for embedded pages.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "ingest/reader.h"

namespace sitrep::ingest {

std::unique_ptr<Reader> MakeTextReader();
std::unique_ptr<Reader> MakeHtmlReader();
std::unique_ptr<Reader> MakeJsonlReader();
std::unique_ptr<Reader> MakeCsvReader();
std::unique_ptr<Reader> MakeWarcReader();
std::unique_ptr<Reader> MakeFeedReader();

// What a web page holds for sitrep: its main text (paragraphs separated by blank lines, from
// the largest <article>, else <main>, else <body>, without scripts, navigation, headers,
// footers, asides, forms, hidden elements and link lists) and its metadata.
struct HtmlContent {
  std::optional<std::string> title;      // og:title, else <title>, else the first <h1>
  std::optional<std::string> url;        // <link rel=canonical>, else og:url
  std::optional<std::string> published;  // YYYY-MM-DD from meta tags or <time datetime>
  std::string text;
};

// Parses `html` (valid UTF-8) with gumbo. kInvalidArgument for a page nested so deep that
// parsing would take too long (gumbo is quadratic in the depth).
StatusOr<HtmlContent> ExtractHtml(std::string_view html);

}  // namespace sitrep::ingest
