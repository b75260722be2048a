// FeedReader: RSS 2.0, RSS 1.0 (RDF) and Atom feeds. Each <item> or <entry> is one document:
// title, link, guid/id, pubDate/dc:date/published/updated, and the body from content:encoded,
// content, description or summary, which feeds carry as (escaped or CDATA) HTML and which goes
// through ExtractHtml. A light scanner, not a full XML parser: it reads what feeds contain.
#include <memory>

#include "ingest/doc_fields.h"
#include "ingest/readers.h"

namespace sitrep::ingest {
namespace {

// Appends the UTF-8 encoding of code point `cp` (invalid ones become U+FFFD).
void AppendUtf8(uint32_t cp, std::string* out) {
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// Decodes one XML reference at s[pos] == '&'; returns the bytes consumed (0: not a reference).
size_t DecodeReference(std::string_view s, size_t pos, std::string* out) {
  const size_t semi = s.find(';', pos);
  if (semi == std::string_view::npos || semi - pos > 10) return 0;
  const std::string_view name = s.substr(pos + 1, semi - pos - 1);
  static constexpr std::pair<std::string_view, char> kNamed[] = {
      {"lt", '<'}, {"gt", '>'}, {"amp", '&'}, {"quot", '"'}, {"apos", '\''}};
  for (const auto& [n, c] : kNamed) {
    if (name == n) {
      out->push_back(c);
      return semi - pos + 1;
    }
  }
  if (name.size() < 2 || name[0] != '#') return 0;
  const bool hex = name[1] == 'x' || name[1] == 'X';
  uint32_t cp = 0;
  const std::string_view digits = name.substr(hex ? 2 : 1);
  if (digits.empty()) return 0;
  for (char c : digits) {
    const int d = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
                  : hex && std::isxdigit(static_cast<unsigned char>(c))
                      ? std::tolower(static_cast<unsigned char>(c)) - 'a' + 10
                      : -1;
    if (d < 0) return 0;
    cp = cp * (hex ? 16 : 10) + static_cast<uint32_t>(d);
    if (cp > 0x10FFFF) cp = 0x110000;
  }
  AppendUtf8(cp, out);
  return semi - pos + 1;
}

// The character data of an element's content: CDATA sections kept as they are, references
// decoded, markup kept (it is HTML inside a feed body).
std::string CharacterData(std::string_view s) {
  std::string out;
  size_t pos = 0;
  while (pos < s.size()) {
    if (s.substr(pos).starts_with("<![CDATA[")) {
      const size_t end = s.find("]]>", pos + 9);
      const size_t stop = end == std::string_view::npos ? s.size() : end;
      out.append(s.substr(pos + 9, stop - pos - 9));
      pos = end == std::string_view::npos ? s.size() : end + 3;
    } else if (s[pos] == '&') {
      const size_t used = DecodeReference(s, pos, &out);
      if (used == 0) out.push_back('&');
      pos += used == 0 ? 1 : used;
    } else {
      out.push_back(s[pos++]);
    }
  }
  return out;
}

// Finds the element `name` (exact qualified name) in `s`: its start tag and its content.
struct Element {
  std::string_view tag;      // "<link href=... />"
  std::string_view content;  // between the tags; empty for <x/>
};

std::optional<Element> FindElement(std::string_view s, std::string_view name, size_t from = 0) {
  const std::string open = "<" + std::string(name);
  for (size_t pos = s.find(open, from); pos != std::string_view::npos;
       pos = s.find(open, pos + 1)) {
    const size_t after = pos + open.size();
    if (after >= s.size()) return std::nullopt;
    const char c = s[after];
    if (c != '>' && c != '/' && c != ' ' && c != '\t' && c != '\n' && c != '\r') continue;
    const size_t tag_end = s.find('>', after);
    if (tag_end == std::string_view::npos) return std::nullopt;
    Element e{s.substr(pos, tag_end - pos + 1), {}};
    if (s[tag_end - 1] == '/') return e;
    const size_t close = s.find("</" + std::string(name) + ">", tag_end);
    if (close == std::string_view::npos) return std::nullopt;
    e.content = s.substr(tag_end + 1, close - tag_end - 1);
    return e;
  }
  return std::nullopt;
}

std::optional<std::string> AttrOf(std::string_view tag, std::string_view attr) {
  for (char quote : {'"', '\''}) {
    const std::string key = " " + std::string(attr) + "=" + quote;
    const size_t at = tag.find(key);
    if (at == std::string_view::npos) continue;
    const size_t start = at + key.size();
    const size_t end = tag.find(quote, start);
    if (end == std::string_view::npos) return std::nullopt;
    return CharacterData(tag.substr(start, end - start));
  }
  return std::nullopt;
}

std::optional<std::string> FirstText(std::string_view item, std::initializer_list<const char*> names) {
  for (const char* name : names) {
    if (auto e = FindElement(item, name)) {
      std::string text(TrimAscii(CharacterData(e->content)));
      if (!text.empty()) return text;
    }
  }
  return std::nullopt;
}

// RSS <link>url</link>, or Atom <link href="url"> (rel="alternate" or none).
std::optional<std::string> Link(std::string_view item) {
  for (size_t from = 0; auto e = FindElement(item, "link", from);) {
    if (!e->content.empty()) return std::string(TrimAscii(CharacterData(e->content)));
    const std::optional<std::string> rel = AttrOf(e->tag, "rel");
    if (auto href = AttrOf(e->tag, "href"); href && (!rel || *rel == "alternate")) return href;
    from = static_cast<size_t>(e->tag.data() - item.data()) + 1;
  }
  return std::nullopt;
}

class FeedReader : public Reader {
 public:
  void Read(std::string_view bytes, const std::string& source, const ReadOptions& options,
            const DocSink& sink) const override {
    std::vector<InputError> repairs;
    const std::string xml = RepairInput(bytes, 0, &repairs);
    const std::string_view s = xml;
    const bool atom = s.find("<entry") != std::string_view::npos && s.find("<item") == std::string_view::npos;
    const char* item_name = atom ? "entry" : "item";
    uint64_t doc_no = 0;
    for (size_t from = 0; auto item = FindElement(s, item_name, from);) {
      ++doc_no;
      from = static_cast<size_t>(item->content.data() - s.data()) + item->content.size();
      sink(MakeDocument(item->content, doc_no, source, options, repairs));
    }
    if (doc_no == 0) sink(InputErrorAt(source, 0, "feed without <item> or <entry>"));
  }

 private:
  static StatusOr<Document> MakeDocument(std::string_view item, uint64_t doc_no,
                                         const std::string& source, const ReadOptions& options,
                                         const std::vector<InputError>& repairs) {
    Document doc;
    doc.source = source;
    doc.id = FirstText(item, {"guid", "id"}).value_or(NthDocId(source, doc_no));
    doc.title = FirstText(item, {"title"});
    doc.url = Link(item);
    if (auto date = FirstText(item, {"pubDate", "dc:date", "published", "updated"})) {
      doc.published = NormalizeDate(*date);
    }
    const std::optional<std::string> body =
        FirstText(item, {"content:encoded", "content", "description", "summary"});
    if (!body) return InputErrorAt(source, 0, "feed item " + doc.id + " has no content");
    StatusOr<HtmlContent> html = ExtractHtml(*body);
    if (!html.ok()) return InputErrorAt(source, 0, "feed item " + doc.id + ": " + html.status().message());
    doc.text = std::move(html->text);
    if (doc_no == 1) doc.errors = repairs;
    Status s = FinishDocument(&doc, options);
    if (!s.ok()) return InputErrorAt(source, 0, "feed item " + doc.id + ": " + s.message());
    return doc;
  }
};

}  // namespace

std::unique_ptr<Reader> MakeFeedReader() { return std::make_unique<FeedReader>(); }

}  // namespace sitrep::ingest
