// Benchmark of the whole pipeline: Engine::Create once, then Engine::Extract over real news
// articles (language identification, normalization, recognition, coding, geocoding).
//
//   cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DSITREP_BUILD_BENCHMARKS=ON
//   cmake --build build-bench --target pipeline_bench -j2 && build-bench/bench/pipeline_bench
#include <cstdio>
#include <cstdlib>
#include <memory>

#include "bench_corpus.h"
#include <benchmark/benchmark.h>

#include "sitrep/engine.h"

namespace sitrep {
namespace {

const Engine& SharedEngine() {
  static const Engine* engine = [] {
    auto created = Engine::Create(EngineOptions{});
    if (!created.ok()) {
      std::fprintf(stderr, "pipeline_bench: %s\n", created.status().message().c_str());
      std::exit(2);
    }
    return created->release();
  }();
  return *engine;
}

void BM_PipelineExtract(benchmark::State& state) {
  const Engine& engine = SharedEngine();
  const auto& articles = bench::Articles();
  for (auto _ : state) {
    for (const auto& art : articles) {
      Document doc;
      doc.id = art.source;
      doc.source = art.source;
      doc.title = art.title;
      doc.text = art.text;
      Record rec = engine.Extract(std::move(doc));
      benchmark::DoNotOptimize(rec.events.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bench::TotalBytes()));
  state.counters["docs"] = benchmark::Counter(
      static_cast<double>(state.iterations() * articles.size()), benchmark::Counter::kIsRate);
}

BENCHMARK(BM_PipelineExtract)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace sitrep

BENCHMARK_MAIN();
