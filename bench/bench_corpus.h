// The articles the benchmarks run on, loaded once per process.
#pragma once

#include <string>
#include <vector>

#include "text/test_articles.h"

namespace sitrep::bench {

// Real articles: $SITREP_ARTICLES_DIR, else <source>/../shared/data/articles, else
// <source>/samples. Exits with a message when none is found.
const std::vector<text::testing::Article>& Articles();

// The articles' texts joined by blank lines and repeated up to at least `size` bytes, then cut
// to exactly `size` bytes at a UTF-8 boundary (or just under it).
std::string Corpus(size_t size);

// Sum of the articles' text sizes.
size_t TotalBytes();

}  // namespace sitrep::bench
