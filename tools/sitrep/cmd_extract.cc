// `sitrep extract INPUT...`: reads articles, writes one record per document to stdout (JSON
// Lines or pretty), stores them in the embedded store, and prints a summary to stderr.
#include <filesystem>
#include <iostream>
#include <memory>
#include <regex>

#include "base/record_json.h"
#include "batch.h"
#include "dedup/clusterer.h"
#include "commands.h"
#include "progress.h"
#include "sitrep/sitrep.h"
#include "sitrep/store.h"

namespace sitrep::cli {
namespace {

struct ExtractFlags {
  std::vector<std::string> inputs;
  std::string format = "jsonl";
  std::string store = "sitrep.db";
  bool no_store = false;
  std::string published;
  std::string lang;
  std::string input_format;
  int threads = 0;
  double min_confidence = 0.0;
  bool quiet = false;
  size_t max_bytes = 8u << 20;
  bool no_dedup = false;
  int dedup_days = 1;
};

int64_t InputBytes(const std::vector<std::string>& inputs) {
  namespace fs = std::filesystem;
  int64_t total = 0;
  std::error_code ec;
  for (const auto& p : inputs) {
    if (fs::is_directory(p, ec)) {
      for (auto it = fs::recursive_directory_iterator(p, ec); !ec && it != fs::end(it);
           it.increment(ec)) {
        if (it->is_regular_file(ec)) total += static_cast<int64_t>(it->file_size(ec));
      }
    } else if (fs::is_regular_file(p, ec)) {
      total += static_cast<int64_t>(fs::file_size(p, ec));
    }
  }
  return total;
}

struct Summary {
  int64_t documents = 0, quotes = 0, counts = 0, events = 0, entities = 0;
  int64_t failed_inputs = 0, documents_with_errors = 0, stored = 0;
};

int RunExtract(const ExtractFlags& f) {
  static const std::regex kDate(R"(\d{4}-\d{2}-\d{2})");
  if (!f.published.empty() && !std::regex_match(f.published, kDate)) {
    std::cerr << "sitrep: --published wants YYYY-MM-DD, got " << f.published << "\n";
    return 2;
  }
  EngineOptions eo;
  eo.min_confidence = f.min_confidence;
  auto engine = Engine::Create(eo);
  if (!engine.ok()) {
    std::cerr << "sitrep: " << engine.status().ToString() << "\n";
    return 2;
  }
  std::unique_ptr<Store> store;
  if (!f.no_store) {
    auto opened = Store::Open(f.store);
    if (!opened.ok()) {
      std::cerr << "sitrep: " << opened.status().ToString() << "\n";
      return 2;
    }
    store = std::move(opened).value();
  }
  BatchOptions bo;
  bo.threads = f.threads;
  if (!f.published.empty()) bo.read.published = f.published;
  if (!f.lang.empty()) bo.read.lang = f.lang;
  if (!f.input_format.empty()) bo.read.format = f.input_format;
  bo.read.max_document_bytes = f.max_bytes;

  Summary sum;
  std::vector<Record> pending;
  bool store_failed = false;
  auto flush = [&] {
    if (!store || pending.empty()) return;
    std::vector<const Record*> ptrs;
    for (const auto& r : pending) ptrs.push_back(&r);
    auto put = store->Put(ptrs);
    if (put.ok()) {
      sum.stored += *put;
    } else {
      // The batch was rolled back whole: store its records one by one so that only the
      // record at fault is lost.
      for (const Record* r : ptrs) {
        auto one = store->Put({r});
        if (one.ok()) {
          sum.stored += *one;
        } else {
          std::cerr << "sitrep: store: " << one.status().ToString() << "\n";
          store_failed = true;
        }
      }
    }
    pending.clear();
  };
  Progress progress(InputBytes(f.inputs));
  dedup::ClustererOptions co;
  co.window_days = f.dedup_days;
  dedup::Clusterer clusterer(co);
  std::string line;  // one record's JSON line, its buffer reused from record to record
  auto sink = [&](StatusOr<Record> r) {
    if (!r.ok()) {
      ++sum.failed_inputs;
      progress.Finish();
      std::cerr << "sitrep: " << r.status().ToString() << "\n";
      return;
    }
    if (!f.no_dedup) clusterer.Assign(*r);
    const Record& rec = *r;
    ++sum.documents;
    sum.quotes += static_cast<int64_t>(rec.quotes.size());
    sum.counts += static_cast<int64_t>(rec.counts.size());
    sum.events += static_cast<int64_t>(rec.events.size());
    sum.entities += static_cast<int64_t>(rec.entities.size());
    if (!rec.doc.errors.empty()) {
      ++sum.documents_with_errors;
      progress.Finish();
      for (const auto& e : rec.doc.errors) {
        std::cerr << "sitrep: " << rec.doc.source << ": " << rec.doc.id << ": " << e.message
                  << "\n";
      }
    }
    if (f.format == "pretty") {
      std::cout << ToPrettyJson(rec) << "\n";
    } else {
      line.clear();
      AppendRecordJson(rec, &line);
      line.push_back('\n');
      std::cout.write(line.data(), static_cast<std::streamsize>(line.size()));
    }
    if (store) pending.push_back(std::move(r).value());
    if (pending.size() >= 64) flush();
  };
  Status s = RunBatch(**engine, f.inputs, bo, sink,
                      [&](int64_t d, int64_t b) { progress.Update(d, b); });
  flush();
  progress.Finish();
  std::cout.flush();
  if (!f.quiet) {
    std::cerr << "sitrep: " << sum.documents << " documents, " << sum.entities << " entities, "
              << sum.quotes << " quotes, " << sum.counts << " counts, " << sum.events
              << " events (" << clusterer.duplicates() << " reported by an earlier document); "
              << sum.failed_inputs << " inputs failed, "
              << sum.documents_with_errors << " documents with errors";
    if (store) std::cerr << "; " << sum.stored << " new in " << StoreName(f.store);
    std::cerr << "\n";
  }
  (void)s;
  const bool failed = sum.failed_inputs > 0 || sum.documents_with_errors > 0 || store_failed;
  return failed ? 1 : 0;
}

}  // namespace

Command SetupExtract(CLI::App& app) {
  auto f = std::make_shared<ExtractFlags>();
  CLI::App* sub = app.add_subcommand("extract", "Extract records from articles (files, dirs, -)");
  sub->add_option("inputs", f->inputs, "Files, directories or - for standard input")->required();
  sub->add_option("--format", f->format, "Output format")->check(CLI::IsMember({"jsonl", "pretty"}));
  sub->add_option("--store", f->store, "SQLite file (or postgresql:// URI)");
  sub->add_flag("--no-store", f->no_store, "Do not store the records");
  sub->add_option("--published", f->published, "Publication date YYYY-MM-DD for every input");
  sub->add_option("--lang", f->lang, "Language for every input (fr, en, ...)");
  sub->add_option("--input-format", f->input_format, "Force a reader")
      ->check(CLI::IsMember({"text", "html", "jsonl", "csv", "warc", "feed"}));
  sub->add_option("--threads", f->threads, "Worker threads (0: all cores)");
  sub->add_option("--min-confidence", f->min_confidence, "Drop events below this confidence");
  sub->add_option("--max-bytes", f->max_bytes, "Largest document accepted, in bytes");
  sub->add_flag("-q,--quiet", f->quiet, "No summary on stderr");
  sub->add_flag("--no-dedup", f->no_dedup, "Do not cluster events across documents");
  sub->add_option("--dedup-days", f->dedup_days, "Days apart two reports of one event may be")
      ->check(CLI::Range(0, 30));
  return Command{sub, [f] { return RunExtract(*f); }};
}

}  // namespace sitrep::cli
