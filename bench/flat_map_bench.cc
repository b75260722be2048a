// Dictionary look-ups as the recognizers do them: every word of the articles probed in a large
// string-keyed table (the words of every other article plus synthetic names, ~300,000 keys,
// about the gazetteer's size), with std::unordered_map and with FlatStringMap.
//
//   cmake --build build-bench --target flat_map_bench -j2 && build-bench/bench/flat_map_bench
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "bench_corpus.h"
#include <benchmark/benchmark.h>

#include "base/flat_map.h"
#include "text/analysis.h"

namespace sitrep {
namespace {

constexpr size_t kKeys = 300000;

struct Data {
  std::vector<std::string> probes;  // every word of the articles, in text order
  std::vector<std::string> keys;    // the table's keys
};

const Data& SharedData() {
  static const Data* data = [] {
    auto* d = new Data();
    size_t n = 0;
    for (const auto& art : bench::Articles()) {
      const text::Analysis a = text::Analyze(art.text, art.lang);
      for (const text::Token& t : a.tokens) {
        if (t.kind != text::TokenKind::kWord) continue;
        d->probes.push_back(t.lower);
        if (n % 2 == 0) d->keys.push_back(t.lower);
      }
      ++n;
    }
    for (size_t i = 0; d->keys.size() < kKeys; ++i) {
      d->keys.push_back("place " + std::to_string(i * 7919) + " name");
    }
    return d;
  }();
  return *data;
}

struct Hash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

template <typename Map>
void Probe(benchmark::State& state, const Map& map) {
  const Data& d = SharedData();
  for (auto _ : state) {
    size_t found = 0;
    for (const std::string& p : d.probes) found += map.find(std::string_view(p)) != map.end();
    benchmark::DoNotOptimize(found);
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * d.probes.size()));
}

void BM_UnorderedMapFind(benchmark::State& state) {
  std::unordered_map<std::string, int, Hash, std::equal_to<>> map;
  for (const std::string& k : SharedData().keys) map.emplace(k, 1);
  Probe(state, map);
}

void BM_FlatStringMapFind(benchmark::State& state) {
  FlatStringMap<int> map;
  for (const std::string& k : SharedData().keys) map.emplace(k, 1);
  Probe(state, map);
}

BENCHMARK(BM_UnorderedMapFind)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FlatStringMapFind)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace sitrep

BENCHMARK_MAIN();
