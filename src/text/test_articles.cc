// LoadArticles(): a small RFC 4180 CSV reader and a JSON Lines reader for test data.
#include "text/test_articles.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

namespace sitrep::text::testing {
namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Parses CSV text into rows of fields (quoted fields may hold commas, newlines and "").
std::vector<std::vector<std::string>> ParseCsv(const std::string& s) {
  std::vector<std::vector<std::string>> rows(1);
  std::string field;
  bool quoted = false;
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (quoted) {
      if (c == '"' && i + 1 < s.size() && s[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rows.back().push_back(std::move(field));
      field.clear();
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < s.size() && s[i + 1] == '\n')
        ++i;
      rows.back().push_back(std::move(field));
      field.clear();
      rows.emplace_back();
    } else {
      field += c;
    }
  }
  if (!field.empty() || !rows.back().empty())
    rows.back().push_back(std::move(field));
  if (rows.back().empty())
    rows.pop_back();
  return rows;
}

void LoadCsv(const std::string& path, const std::string& lang, std::vector<Article>* out) {
  const auto rows = ParseCsv(ReadFile(path));
  if (rows.empty())
    return;
  int title = -1, text = -1;
  for (size_t k = 0; k < rows[0].size(); ++k) {
    if (rows[0][k] == "title")
      title = static_cast<int>(k);
    if (rows[0][k] == "text")
      text = static_cast<int>(k);
  }
  if (text < 0)
    return;
  for (size_t r = 1; r < rows.size(); ++r) {
    if (rows[r].size() <= static_cast<size_t>(text))
      continue;
    Article a;
    a.source = path + "#" + std::to_string(r);
    a.lang = lang;
    if (title >= 0 && rows[r].size() > static_cast<size_t>(title))
      a.title = rows[r][title];
    a.text = rows[r][text];
    out->push_back(std::move(a));
  }
}

void LoadJsonl(const std::string& path, const std::string& lang, std::vector<Article>* out) {
  std::istringstream in(ReadFile(path));
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    auto j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (!j.is_object() || !j.contains("text") || !j["text"].is_string())
      continue;
    Article a;
    a.source = path + "#" + std::to_string(n);
    a.lang = lang;
    if (j.contains("title") && j["title"].is_string())
      a.title = j["title"];
    a.text = j["text"];
    out->push_back(std::move(a));
  }
}

}  // namespace

std::vector<Article> LoadArticles(const std::string& dir) {
  std::vector<Article> out;
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec))
    return out;
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::recursive_directory_iterator(dir, ec)) {
    if (e.is_regular_file())
      files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  for (const auto& p : files) {
    const std::string name = p.string();
    const std::string folder = p.parent_path().filename().string();
    const bool fr = folder.rfind("fr", 0) == 0 || p.filename().string().rfind("fr", 0) == 0;
    const std::string lang = fr ? "fr" : "en";
    if (p.extension() == ".csv")
      LoadCsv(name, lang, &out);
    if (p.extension() == ".jsonl")
      LoadJsonl(name, lang, &out);
  }
  return out;
}

std::string DefaultArticlesDir() {
  const char* env = std::getenv("SITREP_ARTICLES_DIR");
  if (env != nullptr && *env != '\0')
    return env;
  return "../shared/data/articles";
}

}  // namespace sitrep::text::testing
