// `sitrep show DOC`: prints a document's text with the spans of its record highlighted:
// colours on a terminal, [[kind:...]] markers in a pipe. DOC is a stored id or sha256, or a
// file, which is extracted afresh.
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <iostream>

#include "commands.h"
#include "ingest/reader.h"
#include "sitrep/sitrep.h"
#include "sitrep/store.h"

namespace sitrep::cli {
namespace {

struct Mark {
  Span span;
  std::string kind;  // quote, speaker, cue, count, entity, event, date
};

std::vector<Mark> CollectMarks(const Record& r) {
  std::vector<Mark> marks;
  for (const auto& q : r.quotes) {
    marks.push_back({q.span, "quote"});
    if (q.speaker) marks.push_back({q.speaker->span, "speaker"});
    if (q.cue) marks.push_back({q.cue->span, "cue"});
  }
  for (const auto& c : r.counts) marks.push_back({c.span, "count"});
  for (const auto& d : r.dates) marks.push_back({d.span, "date"});
  for (const auto& e : r.entities) marks.push_back({e.span, e.kind});
  return marks;
}

const char* Colour(const std::string& kind) {
  if (kind == "quote") return "\x1b[32m";
  if (kind == "speaker") return "\x1b[1;34m";
  if (kind == "cue") return "\x1b[35m";
  if (kind == "count") return "\x1b[1;31m";
  if (kind == "date") return "\x1b[36m";
  return "\x1b[4m";
}

// Writes the text with opening and closing marks; nested spans close before their parents.
void PrintMarked(const Record& r, bool colour) {
  const std::string& text = r.doc.text;
  std::vector<Mark> marks = CollectMarks(r);
  std::vector<std::pair<size_t, std::string>> opens, closes;
  for (const auto& m : marks) {
    if (m.span.end > text.size() || m.span.empty()) continue;
    opens.emplace_back(m.span.start, colour ? std::string(Colour(m.kind)) : "[[" + m.kind + ":");
    closes.emplace_back(m.span.end, colour ? std::string("\x1b[0m") : "]]");
  }
  std::sort(opens.begin(), opens.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  std::sort(closes.begin(), closes.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  size_t oi = 0, ci = 0;
  for (size_t pos = 0; pos <= text.size(); ++pos) {
    while (ci < closes.size() && closes[ci].first == pos) std::cout << closes[ci++].second;
    while (oi < opens.size() && opens[oi].first == pos) std::cout << opens[oi++].second;
    if (pos < text.size()) std::cout << text[pos];
  }
  std::cout << "\n";
  std::cerr << r.quotes.size() << " quotes, " << r.counts.size() << " counts, " << r.events.size()
            << " events, " << r.entities.size() << " entities\n";
}

}  // namespace

Command SetupShow(CLI::App& app) {
  auto key = std::make_shared<std::string>();
  auto store_path = std::make_shared<std::string>("sitrep.db");
  CLI::App* sub = app.add_subcommand("show", "Print a document with its evidence highlighted");
  sub->add_option("doc", *key, "Stored document id or sha256, or a file to extract")->required();
  sub->add_option("--store", *store_path, "SQLite file (or postgresql:// URI)");
  return Command{sub, [key, store_path] {
                   const bool colour = isatty(STDOUT_FILENO) == 1;
                   std::error_code ec;
                   if (std::filesystem::is_regular_file(*key, ec) || *key == "-") {
                     auto engine = Engine::Create(EngineOptions{});
                     if (!engine.ok()) {
                       std::cerr << "sitrep: " << engine.status().ToString() << "\n";
                       return 2;
                     }
                     int rc = 0;
                     Status s = ingest::ReadPath(*key, ReadOptions{}, [&](StatusOr<Document> d) {
                       if (!d.ok()) {
                         std::cerr << "sitrep: " << d.status().ToString() << "\n";
                         rc = 1;
                         return;
                       }
                       PrintMarked((*engine)->Extract(std::move(d).value()), colour);
                     });
                     return s.ok() ? rc : 1;
                   }
                   auto store = Store::Open(*store_path);
                   if (!store.ok()) {
                     std::cerr << "sitrep: " << store.status().ToString() << "\n";
                     return 2;
                   }
                   auto rec = (*store)->Get(*key);
                   if (!rec.ok() || !rec->has_value()) {
                     std::cerr << "sitrep: no document " << *key << " in " << *store_path << "\n";
                     return 1;
                   }
                   PrintMarked(**rec, colour);
                   return 0;
                 }};
}

}  // namespace sitrep::cli
