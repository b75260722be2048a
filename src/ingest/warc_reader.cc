// WarcReader: a WARC file (ISO 28500) of crawled pages. Each `response` record holding a
// successful HTTP response with an HTML or plain-text body is one document (HTTP headers
// stripped, chunked transfer and gzip content encoding undone, HTML through ExtractHtml);
// `resource` records with such a content type too. Other records (request, metadata, images)
// are skipped. A broken record costs that record: reading resumes at the next "WARC/" header.
#include <algorithm>
#include <cctype>
#include <memory>
#include <unordered_map>

#include "base/ascii.h"
#include "ingest/decompress.h"
#include "ingest/doc_fields.h"
#include "ingest/readers.h"

namespace sitrep::ingest {
namespace {

using Headers = std::unordered_map<std::string, std::string>;

// Header lines "Name: value" (names lowercased) after the first line of `head`.
Headers ParseHeaders(std::string_view head) {
  Headers h;
  size_t pos = head.find('\n');
  while (pos != std::string_view::npos && pos < head.size()) {
    const size_t eol = head.find('\n', pos + 1);
    const std::string_view line =
        head.substr(pos + 1, (eol == std::string_view::npos ? head.size() : eol) - pos - 1);
    const size_t colon = line.find(':');
    if (colon != std::string_view::npos) {
      h.emplace(AsciiLower(TrimAscii(line.substr(0, colon))), std::string(TrimAscii(line.substr(colon + 1))));
    }
    pos = eol;
  }
  return h;
}

std::string Get(const Headers& h, const char* name) {
  auto it = h.find(name);
  return it == h.end() ? "" : it->second;
}

// Undoes HTTP chunked transfer coding; nullopt when malformed.
std::optional<std::string> Dechunk(std::string_view body) {
  std::string out;
  size_t pos = 0;
  while (pos < body.size()) {
    const size_t eol = body.find("\r\n", pos);
    if (eol == std::string_view::npos) return std::nullopt;
    const std::string_view line = body.substr(pos, eol - pos);
    const std::string_view hex = TrimAscii(line.substr(0, line.find(';')));
    if (hex.empty() || hex.size() > 8) return std::nullopt;
    size_t len = 0;
    for (char c : hex) {
      const int lower = std::tolower(static_cast<unsigned char>(c));
      if (!std::isxdigit(lower)) return std::nullopt;
      len = len * 16 + static_cast<size_t>(std::isdigit(lower) ? lower - '0' : lower - 'a' + 10);
    }
    if (len == 0) return out;
    if (eol + 2 + len > body.size()) return std::nullopt;
    out.append(body.substr(eol + 2, len));
    pos = eol + 2 + len + 2;
  }
  return out;
}

// The payload of one record as a document body: content type and bytes, or nullopt to skip.
struct Payload {
  std::string content_type;
  std::string body;
};

StatusOr<std::optional<Payload>> HttpPayload(std::string_view block, size_t max_bytes) {
  const size_t head_end = block.find("\r\n\r\n");
  if (!block.starts_with("HTTP/") || head_end == std::string_view::npos) {
    return InvalidArgumentError("response record without an HTTP header");
  }
  const std::string_view head = block.substr(0, head_end);
  const size_t sp = head.find(' ');
  if (sp == std::string_view::npos || sp + 1 >= head.size() || head[sp + 1] != '2') {
    return std::optional<Payload>();  // not a 2xx response: nothing to read
  }
  const Headers h = ParseHeaders(head);
  Payload p{AsciiLower(Get(h, "content-type")), std::string(block.substr(head_end + 4))};
  if (AsciiLower(Get(h, "transfer-encoding")).find("chunked") != std::string::npos) {
    std::optional<std::string> body = Dechunk(p.body);
    if (!body) return InvalidArgumentError("malformed chunked HTTP body");
    p.body = std::move(*body);
  }
  const std::string encoding = AsciiLower(Get(h, "content-encoding"));
  if (encoding == "gzip" || encoding == "x-gzip") {
    SITREP_ASSIGN_OR_RETURN(p.body, Decompress(p.body, 8 * max_bytes + 65536));
  }
  return std::optional<Payload>(std::move(p));
}

class WarcReader : public Reader {
 public:
  void Read(std::string_view bytes, const std::string& source, const ReadOptions& options,
            const DocSink& sink) const override {
    size_t pos = 0;
    uint64_t doc_no = 0;
    while (pos < bytes.size()) {
      while (pos < bytes.size() && (bytes[pos] == '\r' || bytes[pos] == '\n')) ++pos;
      if (pos >= bytes.size()) break;
      const size_t record_start = pos;
      const size_t head_end = bytes.find("\r\n\r\n", pos);
      if (!bytes.substr(pos).starts_with("WARC/") || head_end == std::string_view::npos) {
        sink(ErrorAt(source, record_start, "expected a WARC record header"));
        pos = NextRecord(bytes, pos + 1);
        continue;
      }
      const Headers h = ParseHeaders(bytes.substr(pos, head_end - pos));
      const std::string length_text = Get(h, "content-length");
      const size_t block_start = head_end + 4;
      size_t length = 0;
      if (length_text.empty() || length_text.size() > 15 ||
          !std::all_of(length_text.begin(), length_text.end(),
                       [](char c) { return c >= '0' && c <= '9'; }) ||
          (length = std::stoull(length_text)) > bytes.size() - block_start) {
        sink(DataLossAt(source, record_start, "WARC record truncated or without a valid Content-Length"));
        pos = NextRecord(bytes, pos + 1);
        continue;
      }
      pos = block_start + length;
      ReadRecord(h, bytes.substr(block_start, length), record_start, &doc_no, source, options, sink);
    }
  }

 private:
  static size_t NextRecord(std::string_view bytes, size_t from) {
    const size_t next = bytes.find("\nWARC/", from);
    return next == std::string_view::npos ? bytes.size() : next + 1;
  }

  static Status ErrorAt(const std::string& source, uint64_t offset, std::string message) {
    Status s = InputErrorAt(source, 0, std::move(message));
    s.offset = offset;
    return s;
  }

  static Status DataLossAt(const std::string& source, uint64_t offset, std::string message) {
    Status s = DataLossError(std::move(message));
    s.file = source;
    s.offset = offset;
    return s;
  }

  static void ReadRecord(const Headers& h, std::string_view block, uint64_t offset,
                         uint64_t* doc_no, const std::string& source, const ReadOptions& options,
                         const DocSink& sink) {
    const std::string type = AsciiLower(Get(h, "warc-type"));
    std::optional<Payload> payload;
    if (type == "response") {
      StatusOr<std::optional<Payload>> p = HttpPayload(block, options.max_document_bytes);
      if (!p.ok()) {
        sink(ErrorAt(source, offset, p.status().message()));
        return;
      }
      payload = std::move(*p);
    } else if (type == "resource") {
      payload = Payload{AsciiLower(Get(h, "content-type")), std::string(block)};
    }
    if (!payload) return;
    const bool html = payload->content_type.find("html") != std::string::npos;
    if (!html && !payload->content_type.starts_with("text/plain")) return;
    ++*doc_no;
    sink(MakeDocument(h, *payload, html, offset, *doc_no, source, options));
  }

  static StatusOr<Document> MakeDocument(const Headers& h, const Payload& payload, bool html,
                                         uint64_t offset, uint64_t doc_no,
                                         const std::string& source, const ReadOptions& options) {
    Document doc;
    doc.source = source;
    std::string id = Get(h, "warc-record-id");
    if (id.size() > 2 && id.front() == '<' && id.back() == '>') id = id.substr(1, id.size() - 2);
    doc.id = id.empty() ? NthDocId(source, doc_no) : id;
    const std::string uri = Get(h, "warc-target-uri");
    if (!uri.empty()) doc.url = uri;
    if (html) {
      const std::string page = RepairInput(payload.body, 0, &doc.errors);
      StatusOr<HtmlContent> extracted = ExtractHtml(page);
      if (!extracted.ok()) {
        return ErrorAt(source, offset, "WARC record " + doc.id + ": " + extracted.status().message());
      }
      HtmlContent content = std::move(extracted).value();
      doc.text = std::move(content.text);
      doc.title = std::move(content.title);
      if (content.url) doc.url = std::move(content.url);
      doc.published = std::move(content.published);
    } else {
      doc.text = payload.body;
    }
    Status s = FinishDocument(&doc, options);
    if (!s.ok()) return ErrorAt(source, offset, "WARC record " + doc.id + ": " + s.message());
    return doc;
  }
};

}  // namespace

std::unique_ptr<Reader> MakeWarcReader() { return std::make_unique<WarcReader>(); }

}  // namespace sitrep::ingest
