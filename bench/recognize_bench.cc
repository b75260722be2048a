// Benchmarks of the recognize stage on real articles: the whole Recognizer (entities, dates,
// counts, quotes) after text::Analyze, which is done once outside the timed loop.
//
//   cmake --build build-bench --target recognize_bench -j2 && build-bench/bench/recognize_bench
#include <cstdio>
#include <cstdlib>
#include <memory>

#include "bench_corpus.h"
#include <benchmark/benchmark.h>

#include "base/data_dir.h"
#include "recognize/recognizer.h"
#include "text/analysis.h"

namespace sitrep {
namespace {

const recognize::Recognizer& SharedRecognizer() {
  static const recognize::Recognizer* rec = [] {
    auto dir = ResolveDataDir("");
    if (!dir.ok()) {
      std::fprintf(stderr, "recognize_bench: %s\n", dir.status().message().c_str());
      std::exit(2);
    }
    auto loaded = recognize::Recognizer::Load(*dir);
    if (!loaded.ok()) {
      std::fprintf(stderr, "recognize_bench: %s\n", loaded.status().message().c_str());
      std::exit(2);
    }
    return loaded->release();
  }();
  return *rec;
}

struct Prepared {
  Document doc;
  text::Analysis analysis;
};

const std::vector<Prepared>& PreparedArticles() {
  static const std::vector<Prepared>* prepared = [] {
    auto* out = new std::vector<Prepared>();
    for (const auto& art : bench::Articles()) {
      Prepared p;
      p.doc.text = art.text;
      p.doc.lang = art.lang;
      p.analysis = text::Analyze(p.doc.text, p.doc.lang);
      out->push_back(std::move(p));
    }
    return out;
  }();
  return *prepared;
}

void BM_RecognizeArticles(benchmark::State& state) {
  const recognize::Recognizer& rec = SharedRecognizer();
  const auto& articles = PreparedArticles();
  for (auto _ : state) {
    for (const auto& p : articles) {
      Record record;
      rec.Run(p.analysis, p.doc, &record);
      benchmark::DoNotOptimize(record.entities.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bench::TotalBytes()));
  state.counters["docs"] = benchmark::Counter(
      static_cast<double>(state.iterations() * articles.size()), benchmark::Counter::kIsRate);
}

BENCHMARK(BM_RecognizeArticles)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace sitrep

BENCHMARK_MAIN();
