// Test helper: the real news articles of ../shared/data/articles (CSV with a header row and
// JSON Lines), read for unit tests and benchmarks. Never used by the library.
#pragma once

#include <string>
#include <vector>

namespace sitrep::text::testing {

struct Article {
  std::string source;  // file name + "#" + row number
  std::string lang;    // "fr" when the folder or file name starts with "fr", else "en"
  std::string title;
  std::string text;
};

// Reads every *.csv and *.jsonl under `dir` (recursively). Empty when `dir` does not exist.
std::vector<Article> LoadArticles(const std::string& dir);

// The default folder: $SITREP_ARTICLES_DIR, else ../shared/data/articles.
std::string DefaultArticlesDir();

}  // namespace sitrep::text::testing
