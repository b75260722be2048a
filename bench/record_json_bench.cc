// Benchmark of the record JSON output: ToJson (compact, written directly) and ToPrettyJson
// (through the JSON value) over the records of the bench articles, extracted once beforehand.
//
//   build-bench/bench/record_json_bench
//   valgrind --tool=callgrind --toggle-collect='sitrep::ToJson*'
//     build-bench/bench/record_json_bench --benchmark_filter=ToJson --benchmark_min_time=0.001
//   (one command line)
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "bench_corpus.h"
#include <benchmark/benchmark.h>

#include "sitrep/engine.h"

namespace sitrep {
namespace {

// The records of every bench article; the engine is dropped once they are made.
const std::vector<Record>& Records() {
  static const std::vector<Record> records = [] {
    std::vector<Record> out;
    auto engine = Engine::Create(EngineOptions{});
    if (!engine.ok()) {
      std::fprintf(stderr, "record_json_bench: %s\n", engine.status().message().c_str());
      std::exit(2);
    }
    for (const auto& art : bench::Articles()) {
      Document doc;
      doc.id = doc.source = art.source;
      doc.title = art.title;
      doc.text = art.text;
      out.push_back((*engine)->Extract(std::move(doc)));
    }
    return out;
  }();
  return records;
}

template <std::string (*kWrite)(const Record&)>
void BM_RecordJson(benchmark::State& state) {
  const std::vector<Record>& records = Records();
  size_t bytes = 0;
  for (auto _ : state) {
    for (const Record& r : records) {
      const std::string json = kWrite(r);
      bytes += json.size();
      benchmark::DoNotOptimize(json.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));  // of JSON written
  state.counters["records"] = benchmark::Counter(
      static_cast<double>(state.iterations() * records.size()), benchmark::Counter::kIsRate);
}

BENCHMARK_TEMPLATE(BM_RecordJson, ToJson)->Name("ToJson")->Unit(benchmark::kMillisecond);
BENCHMARK_TEMPLATE(BM_RecordJson, ToPrettyJson)->Name("ToPrettyJson")->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace sitrep

BENCHMARK_MAIN();
