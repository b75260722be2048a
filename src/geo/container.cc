// ContainerAfter: see container.h.
#include "geo/container.h"

#include <string>
#include <string_view>
#include <vector>

#include "geo/fold.h"

namespace sitrep::geo {
namespace {

// How far after a location its container may start: a few words ("district (Raizh, ").
constexpr size_t kMaxGap = 80;

// The words and punctuation marks of `gap`, each mark a token of its own.
std::vector<std::string_view> Tokens(std::string_view gap) {
  std::vector<std::string_view> out;
  size_t start = 0;
  auto flush = [&](size_t end) {
    if (end > start) out.push_back(gap.substr(start, end - start));
  };
  for (size_t i = 0; i < gap.size(); ++i) {
    const char c = gap[i];
    if (c == ' ' || c == '\n' || c == '\t') {
      flush(i);
      start = i + 1;
    } else if (c == '(' || c == ')' || c == ',' || c == '.' || c == ';' || c == '[' ||
               c == ']' || c == ':' || c == '"') {
      flush(i);
      out.push_back(gap.substr(i, 1));
      start = i + 1;
    }
  }
  flush(gap.size());
  return out;
}

// True when `tokens` say that what follows them contains what precedes them.
bool SaysWhereItLies(const std::vector<std::string_view>& tokens, const Cues& cues) {
  size_t i = 0;
  size_t kinds = 0;
  for (; i < tokens.size() && kinds < 2; ++i, ++kinds) {
    const std::string key = Fold(tokens[i]);
    if (cues.feature.count(key) == 0 && cues.admin.count(key) == 0) break;
  }
  if (i >= tokens.size()) return false;
  const std::string_view mark = tokens[i];
  if (mark == ",") return i + 1 == tokens.size();
  if (mark == "of" || mark == "in") return kinds > 0 && i + 1 == tokens.size();
  if (mark != "(") return false;
  // "(Kauru LGA, Kaduna)": names the gazetteer lacks may come before the first it knows.
  for (size_t k = i + 1; k < tokens.size(); ++k) {
    if (tokens[k] != "," && !StartsUpper(tokens[k])) return false;
  }
  return true;
}

}  // namespace

const Entity* ContainerAfter(const Document& doc, const Record& record, const Span& span,
                             const Cues& cues) {
  const Entity* next = nullptr;
  for (const Entity& e : record.entities) {
    if ((e.kind != "place" && e.kind != "state") || !e.id || e.span.start < span.end) continue;
    if (next == nullptr || e.span.start < next->span.start) next = &e;
  }
  if (next == nullptr || next->span.start - span.end > kMaxGap ||
      next->span.start > doc.text.size()) {
    return nullptr;
  }
  const std::string_view text = doc.text;
  const std::string_view gap = text.substr(span.end, next->span.start - span.end);
  return SaysWhereItLies(Tokens(gap), cues) ? next : nullptr;
}

}  // namespace sitrep::geo
