// Articles for the benchmarks, see bench_corpus.h.
#include "bench_corpus.h"

#include <cstdio>
#include <cstdlib>

namespace sitrep::bench {

const std::vector<text::testing::Article>& Articles() {
  static const auto* articles = [] {
    const char* env = std::getenv("SITREP_ARTICLES_DIR");
    const std::string root = SITREP_SOURCE_ROOT;
    for (const std::string& dir :
         {std::string(env ? env : ""), root + "/../shared/data/articles", root + "/samples"}) {
      if (dir.empty())
        continue;
      auto loaded = text::testing::LoadArticles(dir);
      if (!loaded.empty()) {
        std::fprintf(stderr, "bench: %zu articles from %s\n", loaded.size(), dir.c_str());
        return new std::vector<text::testing::Article>(std::move(loaded));
      }
    }
    std::fprintf(stderr, "bench: no articles found (set SITREP_ARTICLES_DIR)\n");
    std::exit(2);
  }();
  return *articles;
}

std::string Corpus(size_t size) {
  std::string out;
  while (out.size() < size) {
    for (const auto& a : Articles()) {
      out += a.text;
      out += "\n\n";
      if (out.size() >= size)
        break;
    }
  }
  size_t cut = size;
  while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80)
    --cut;
  out.resize(cut);
  return out;
}

size_t TotalBytes() {
  size_t n = 0;
  for (const auto& a : Articles())
    n += a.text.size();
  return n;
}

}  // namespace sitrep::bench
