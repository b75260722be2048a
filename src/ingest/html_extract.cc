// ExtractHtml: gumbo parses (and decodes entities); the tree is walked without recursion, so
// deep nesting cannot exhaust the stack.
#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <memory>
#include <unordered_map>
#include <vector>

#include "base/ascii.h"
#include "ingest/doc_fields.h"
#include "ingest/readers.h"

namespace sitrep::ingest {
namespace {

// Meta keys (property, name or itemprop) that carry the publication date, best first.
constexpr const char* kDateKeys[] = {
    "article:published_time", "og:published_time", "og:article:published_time",
    "datepublished",          "date",              "pubdate",
    "publishdate",            "publish-date",      "dc.date.issued",
    "dc.date",                "dcterms.date",      "dcterms.created",
    "sailthru.date",          "parsely-pub-date",  "article.published"};

const char* Attr(const GumboNode* node, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
  return a ? a->value : nullptr;
}

bool IsElement(const GumboNode* n) {
  return n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE;
}

const GumboVector* Children(const GumboNode* n) {
  if (n->type == GUMBO_NODE_DOCUMENT) return &n->v.document.children;
  if (IsElement(n)) return &n->v.element.children;
  return nullptr;
}

bool IsSkippedTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_NAV: case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_INPUT: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED:
    case GUMBO_TAG_AUDIO: case GUMBO_TAG_VIDEO: case GUMBO_TAG_HEAD:
    case GUMBO_TAG_MATH: case GUMBO_TAG_MENU:
      return true;
    default:
      return false;
  }
}

// 2: a paragraph break around the element, 1: a line break, 0: inline.
int BreakLevel(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_UL:
    case GUMBO_TAG_OL: case GUMBO_TAG_DL: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_HR: case GUMBO_TAG_ADDRESS: case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_CENTER: case GUMBO_TAG_BODY:
      return 2;
    case GUMBO_TAG_LI: case GUMBO_TAG_TR: case GUMBO_TAG_DT: case GUMBO_TAG_DD:
    case GUMBO_TAG_BR: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_CAPTION:
      return 1;
    default:
      return 0;
  }
}

// ARIA landmarks that are not the article, and elements hidden from readers.
bool IsHidden(const GumboNode* n) {
  if (Attr(n, "hidden")) return true;
  if (const char* a = Attr(n, "aria-hidden"); a && AsciiLower(a) == "true") return true;
  if (const char* role = Attr(n, "role")) {
    const std::string r = AsciiLower(role);
    if (r == "navigation" || r == "banner" || r == "contentinfo" || r == "complementary" ||
        r == "search" || r == "menu" || r == "menubar" || r == "dialog") {
      return true;
    }
  }
  if (const char* style = Attr(n, "style")) {
    std::string s = AsciiLower(style);
    std::erase(s, ' ');
    if (s.find("display:none") != std::string::npos) return true;
  }
  return false;
}

// Text and link-text sizes of every element, computed bottom-up once.
struct LinkStats {
  size_t text = 0, link_text = 0, links = 0;
};
using StatsMap = std::unordered_map<const GumboNode*, LinkStats>;

StatsMap ComputeLinkStats(const GumboNode* root) {
  StatsMap stats;
  std::vector<std::pair<const GumboNode*, unsigned>> stack = {{root, 0}};
  while (!stack.empty()) {
    auto& [node, next] = stack.back();
    const GumboVector* kids = Children(node);
    if (kids && next < kids->length) {
      stack.emplace_back(static_cast<const GumboNode*>(kids->data[next++]), 0);
      continue;
    }
    LinkStats s = stats[node];
    if (node->type == GUMBO_NODE_TEXT) s.text += std::strlen(node->v.text.text);
    if (IsElement(node) && node->v.element.tag == GUMBO_TAG_A) {
      s.link_text = s.text;
      s.links += 1;
    }
    stats[node] = s;
    stack.pop_back();
    if (!stack.empty()) {
      LinkStats& p = stats[stack.back().first];
      p.text += s.text;
      p.link_text += s.link_text;
      p.links += s.links;
    }
  }
  return stats;
}

bool IsLinkList(const GumboNode* n, const StatsMap& stats) {
  switch (n->v.element.tag) {
    case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_TABLE: case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_DL:
      break;
    default:
      return false;
  }
  auto it = stats.find(n);
  if (it == stats.end()) return false;
  const LinkStats& s = it->second;
  return s.links >= 3 && s.link_text * 10 >= s.text * 6;
}

// Collapses ASCII whitespace and places line and paragraph breaks between blocks.
class TextBuilder {
 public:
  void Break(int level) {
    if (level == 0) return;
    pending_break_ = std::max(pending_break_, level);
    pending_space_ = false;
  }

  void Append(std::string_view t, bool preformatted) {
    for (char c : t) {
      const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
      if (space && !preformatted) {
        if (pending_break_ == 0) pending_space_ = true;
        continue;
      }
      if (!out_.empty()) {
        if (pending_break_ > 0) {
          out_ += pending_break_ == 2 ? "\n\n" : "\n";
        } else if (pending_space_) {
          out_ += ' ';
        }
      }
      pending_break_ = 0;
      pending_space_ = false;
      out_ += c;
    }
  }

  std::string Take() { return std::move(out_); }

 private:
  std::string out_;
  int pending_break_ = 0;
  bool pending_space_ = false;
};

// The visible text under `root`, without boilerplate.
std::string ExtractText(const GumboNode* root, const StatsMap& stats) {
  TextBuilder out;
  // Each frame: node, next child, whether it is inside <pre>.
  struct Frame {
    const GumboNode* node;
    unsigned next;
    bool pre;
  };
  std::vector<Frame> stack = {{root, 0, false}};
  while (!stack.empty()) {
    Frame& f = stack.back();
    const GumboVector* kids = Children(f.node);
    if (kids && f.next < kids->length) {
      const auto* child = static_cast<const GumboNode*>(kids->data[f.next++]);
      const bool pre = f.pre;
      if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE ||
          child->type == GUMBO_NODE_CDATA) {
        out.Append(child->v.text.text, pre);
      } else if (IsElement(child)) {
        const GumboTag tag = child->v.element.tag;
        if (IsSkippedTag(tag) || IsHidden(child) || IsLinkList(child, stats)) continue;
        out.Break(BreakLevel(tag));
        stack.push_back({child, 0, pre || tag == GUMBO_TAG_PRE});
      }
      continue;
    }
    if (IsElement(f.node)) out.Break(BreakLevel(f.node->v.element.tag));
    stack.pop_back();
  }
  return out.Take();
}

std::string CollapsedText(const GumboNode* node) {
  StatsMap none;
  std::string t = ExtractText(node, none);
  std::replace(t.begin(), t.end(), '\n', ' ');
  return std::string(TrimAscii(t));
}

// What one walk over the whole tree collects.
struct PageScan {
  std::unordered_map<std::string, std::string> meta;  // lowercased key -> content
  const GumboNode* title = nullptr;
  const GumboNode* h1 = nullptr;
  const GumboNode* main = nullptr;
  const GumboNode* body = nullptr;
  std::vector<const GumboNode*> articles;
  std::optional<std::string> canonical;
  std::optional<std::string> time_published;  // <time pubdate> or itemprop=datePublished
  std::optional<std::string> time_any;        // the first <time datetime>
};

void ScanMeta(const GumboNode* n, PageScan* scan) {
  const char* content = Attr(n, "content");
  if (!content) return;
  for (const char* key_attr : {"property", "name", "itemprop"}) {
    if (const char* key = Attr(n, key_attr)) scan->meta.emplace(AsciiLower(key), content);
  }
}

void ScanElement(const GumboNode* n, PageScan* scan) {
  const GumboTag tag = n->v.element.tag;
  const char* itemprop = Attr(n, "itemprop");
  const bool date_published = itemprop && AsciiLower(itemprop) == "datepublished";
  if (tag == GUMBO_TAG_META) {
    ScanMeta(n, scan);
  } else if (tag == GUMBO_TAG_TITLE && !scan->title) {
    scan->title = n;
  } else if (tag == GUMBO_TAG_H1 && !scan->h1) {
    scan->h1 = n;
  } else if (tag == GUMBO_TAG_BODY && !scan->body) {
    scan->body = n;
  } else if (tag == GUMBO_TAG_ARTICLE) {
    scan->articles.push_back(n);
  } else if (tag == GUMBO_TAG_LINK) {
    const char* rel = Attr(n, "rel");
    const char* href = Attr(n, "href");
    if (rel && href && AsciiLower(rel).find("canonical") != std::string::npos && !scan->canonical) {
      scan->canonical = href;
    }
  } else if (tag == GUMBO_TAG_TIME) {
    if (const char* dt = Attr(n, "datetime")) {
      if ((Attr(n, "pubdate") || date_published) && !scan->time_published) {
        scan->time_published = dt;
      }
      if (!scan->time_any) scan->time_any = dt;
    }
  }
  if (!scan->main) {
    const char* role = Attr(n, "role");
    if (tag == GUMBO_TAG_MAIN || (role && AsciiLower(role) == "main")) scan->main = n;
  }
  if (date_published && !scan->time_published) {
    if (const char* v = Attr(n, "datetime")) scan->time_published = v;
  }
}

PageScan Scan(const GumboNode* root) {
  PageScan scan;
  std::vector<const GumboNode*> stack = {root};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (IsElement(n)) ScanElement(n, &scan);
    if (const GumboVector* kids = Children(n)) {
      for (unsigned i = kids->length; i > 0; --i) {
        stack.push_back(static_cast<const GumboNode*>(kids->data[i - 1]));
      }
    }
  }
  return scan;
}

std::optional<std::string> PublishedDate(const PageScan& scan) {
  for (const char* key : kDateKeys) {
    auto it = scan.meta.find(key);
    if (it == scan.meta.end()) continue;
    if (auto d = NormalizeDate(it->second)) return d;
  }
  for (const auto& t : {scan.time_published, scan.time_any}) {
    if (t) {
      if (auto d = NormalizeDate(*t)) return d;
    }
  }
  return std::nullopt;
}

std::optional<std::string> NonEmpty(std::string s) {
  if (TrimAscii(s).empty()) return std::nullopt;
  return std::string(TrimAscii(s));
}

void FillMetadata(const PageScan& scan, HtmlContent* out) {
  if (auto it = scan.meta.find("og:title"); it != scan.meta.end()) out->title = NonEmpty(it->second);
  if (!out->title && scan.title) out->title = NonEmpty(CollapsedText(scan.title));
  if (!out->title && scan.h1) out->title = NonEmpty(CollapsedText(scan.h1));
  if (scan.canonical) out->url = NonEmpty(*scan.canonical);
  if (auto it = scan.meta.find("og:url"); !out->url && it != scan.meta.end()) {
    out->url = NonEmpty(it->second);
  }
  out->published = PublishedDate(scan);
}

// Gumbo's time grows with the square of the nesting depth (a page of 20,000 nested <div> takes
// seconds), so pages nested deeper than this are refused. Real pages stay under a few hundred.
constexpr size_t kMaxNesting = 4000;

bool IsVoidOrImplied(std::string_view name) {
  for (std::string_view t : {"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
                             "meta", "param", "source", "track", "wbr", "p", "li", "dt", "dd",
                             "tr", "td", "th", "option", "!", "?"}) {
    if (name == t) return true;
  }
  return false;
}

// An upper estimate of the element nesting depth: open tags minus close tags, leaving out void
// elements and those whose end tag may be implied.
size_t RoughNestingDepth(std::string_view html) {
  size_t depth = 0;
  size_t max_depth = 0;
  for (size_t pos = html.find('<'); pos != std::string_view::npos; pos = html.find('<', pos + 1)) {
    if (pos + 1 >= html.size()) break;
    if (html[pos + 1] == '/') {
      if (depth > 0) --depth;
      continue;
    }
    size_t end = pos + 1;
    std::string name;
    while (end < html.size() && name.size() < 12 &&
           (std::isalnum(static_cast<unsigned char>(html[end])) || html[end] == '!' ||
            html[end] == '?')) {
      name.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(html[end++]))));
    }
    if (name.empty() || IsVoidOrImplied(name.substr(0, 1)) || IsVoidOrImplied(name)) continue;
    const size_t close = html.find('>', end);
    if (close != std::string_view::npos && close > 0 && html[close - 1] == '/') continue;
    max_depth = std::max(max_depth, ++depth);
  }
  return max_depth;
}

}  // namespace

StatusOr<HtmlContent> ExtractHtml(std::string_view html) {
  if (RoughNestingDepth(html) > kMaxNesting) {
    return InvalidArgumentError("HTML page nested deeper than " + std::to_string(kMaxNesting) +
                                " elements; not read");
  }
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;
  GumboOutput* output = gumbo_parse_with_options(&options, html.data(), html.size());
  HtmlContent out;
  const PageScan scan = Scan(output->document);
  FillMetadata(scan, &out);
  const StatsMap stats = ComputeLinkStats(output->document);
  // The largest <article> is the story; else <main>; else the whole body.
  for (const GumboNode* article : scan.articles) {
    std::string text = ExtractText(article, stats);
    if (text.size() > out.text.size()) out.text = std::move(text);
  }
  if (out.text.empty() && scan.main) out.text = ExtractText(scan.main, stats);
  if (out.text.empty()) out.text = ExtractText(scan.body ? scan.body : output->document, stats);
  gumbo_destroy_output(&options, output);
  return out;
}

}  // namespace sitrep::ingest
