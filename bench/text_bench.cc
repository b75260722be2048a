// Benchmarks of the text stage: Normalize, Analyze (normalize + tokens + sentences) and
// DetectLanguage, over real news articles.
//
//   cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DSITREP_BUILD_BENCHMARKS=ON
//   cmake --build build-bench --target text_bench -j2 && build-bench/bench/text_bench
#include "bench_corpus.h"
#include <benchmark/benchmark.h>

#include "text/analysis.h"

namespace sitrep {
namespace {

void BM_TextNormalize(benchmark::State& state) {
  const std::string text = bench::Corpus(static_cast<size_t>(state.range(0)));
  for (auto _ : state) {
    OffsetMap map;
    std::string norm = text::Normalize(text, &map);
    benchmark::DoNotOptimize(norm.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}

BENCHMARK(BM_TextNormalize)->RangeMultiplier(16)->Range(1 << 12, 1 << 22);

void BM_TextAnalyze(benchmark::State& state) {
  const std::string text = bench::Corpus(static_cast<size_t>(state.range(0)));
  size_t tokens = 0;
  for (auto _ : state) {
    text::Analysis a = text::Analyze(text, "en");
    tokens = a.tokens.size();
    benchmark::DoNotOptimize(a.sentences.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.counters["tokens"] = static_cast<double>(tokens);
}

BENCHMARK(BM_TextAnalyze)->RangeMultiplier(16)->Range(1 << 12, 1 << 22);

// Every article analyzed as its own document, in its own language.
void BM_TextAnalyzeArticles(benchmark::State& state) {
  const auto& articles = bench::Articles();
  for (auto _ : state) {
    for (const auto& art : articles) {
      text::Analysis a = text::Analyze(art.text, art.lang);
      benchmark::DoNotOptimize(a.tokens.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bench::TotalBytes()));
  state.counters["docs"] = benchmark::Counter(
      static_cast<double>(state.iterations() * articles.size()), benchmark::Counter::kIsRate);
}

BENCHMARK(BM_TextAnalyzeArticles)->Unit(benchmark::kMillisecond);

void BM_DetectLanguage(benchmark::State& state) {
  const auto& articles = bench::Articles();
  for (auto _ : state) {
    for (const auto& art : articles)
      benchmark::DoNotOptimize(text::DetectLanguage(art.text));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bench::TotalBytes()));
  state.counters["docs"] = benchmark::Counter(
      static_cast<double>(state.iterations() * articles.size()), benchmark::Counter::kIsRate);
}

BENCHMARK(BM_DetectLanguage)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace sitrep

BENCHMARK_MAIN();
