// `sitrep dedup`: re-clusters every event of a store across all its documents, oldest
// publication first, so that reports stored by different runs of `sitrep extract` join one
// cluster. Reads and rewrites the store a page of documents at a time (bounded memory).
#include <iostream>
#include <memory>

#include "commands.h"
#include "dedup/clusterer.h"
#include "sitrep/store.h"

namespace sitrep::cli {
namespace {

struct DedupFlags {
  std::string store = "sitrep.db";
  int days = 1;
  int64_t page = 256;
};

int RunDedup(const DedupFlags& f) {
  auto opened = Store::Open(f.store);
  if (!opened.ok()) {
    std::cerr << "sitrep: " << opened.status().ToString() << "\n";
    return 2;
  }
  Store& store = **opened;
  dedup::ClustererOptions co;
  co.window_days = f.days;
  dedup::Clusterer clusterer(co);
  StoreQuery q;
  q.oldest_first = true;
  q.limit = f.page;
  int64_t documents = 0;
  for (q.offset = 0;; q.offset += f.page) {
    auto page = store.Find(q);
    if (!page.ok()) {
      std::cerr << "sitrep: " << StoreName(f.store) << ": " << page.status().ToString() << "\n";
      return 1;
    }
    if (page->empty()) break;
    std::vector<const Record*> ptrs;
    for (Record& r : *page) {
      clusterer.Assign(r);
      ptrs.push_back(&r);
    }
    Status s = store.SetClusters(ptrs);
    if (!s.ok()) {
      std::cerr << "sitrep: " << StoreName(f.store) << ": " << s.ToString() << "\n";
      return 1;
    }
    documents += static_cast<int64_t>(page->size());
  }
  std::cerr << "sitrep: " << documents << " documents, " << clusterer.events() << " events, "
            << clusterer.duplicates() << " reported by an earlier document, "
            << clusterer.events() - clusterer.duplicates() << " distinct events in "
            << StoreName(f.store)
            << "\n";
  return 0;
}

}  // namespace

Command SetupDedup(CLI::App& app) {
  auto f = std::make_shared<DedupFlags>();
  CLI::App* sub = app.add_subcommand("dedup", "Cluster the events of a whole store across articles");
  sub->add_option("--store", f->store, "SQLite file (or postgresql:// URI)");
  sub->add_option("--days", f->days, "Days apart two reports of one event may be")
      ->check(CLI::Range(0, 30));
  return Command{sub, [f] { return RunDedup(*f); }};
}

}  // namespace sitrep::cli
