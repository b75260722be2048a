// Lexicon: reads data/text/{abbreviations,clitics,starters}_<lang>.txt.
#include "text/lexicon.h"

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "base/data_dir.h"

namespace sitrep::text {
namespace {

// Splits "a<TAB>b" into its two fields; a line without a tab gives an empty second field.
std::pair<std::string, std::string> Fields(const std::string& line) {
  const size_t tab = line.find('\t');
  if (tab == std::string::npos)
    return {line, ""};
  return {line.substr(0, tab), line.substr(tab + 1)};
}

Status BadLine(const std::string& path, int line_no, const std::string& why) {
  return Status(StatusCode::kInvalidArgument, path + ":" + std::to_string(line_no) + ": " + why);
}

Status AddLine(const std::string& kind_of_file, const std::string& path, int line_no,
               const std::string& line, LangLexicon* lex) {
  auto [form, kind] = Fields(line);
  if (form.empty())
    return BadLine(path, line_no, "empty form");
  if (kind_of_file == "abbreviations") {
    if (form.back() != '.')
      return BadLine(path, line_no, "abbreviation must end with '.'");
    if (kind == "title") {
      lex->abbreviations[form] = AbbrevKind::kTitle;
    } else if (kind == "any") {
      lex->abbreviations[form] = AbbrevKind::kAny;
    } else {
      return BadLine(path, line_no, "kind must be title or any");
    }
  } else if (kind_of_file == "clitics") {
    if (kind == "prefix") {
      lex->prefixes.insert(form);
    } else if (kind == "suffix") {
      lex->suffixes.push_back(form);
    } else if (kind == "word") {
      lex->words.insert(form);
    } else {
      return BadLine(path, line_no, "kind must be prefix, suffix or word");
    }
  } else {
    lex->starters.insert(form);
  }
  return Status();
}

Status LoadFile(const std::string& kind_of_file, const std::string& path, LangLexicon* lex) {
  std::ifstream in(path);
  if (!in)
    return Status(StatusCode::kNotFound, "cannot open " + path);
  std::string line;
  int line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r')
      line.pop_back();
    if (line.empty() || line[0] == '#')
      continue;
    SITREP_RETURN_IF_ERROR(AddLine(kind_of_file, path, line_no, line, lex));
  }
  return Status();
}

}  // namespace

const AbbrevKind* LangLexicon::FindAbbreviation(std::string_view text) const {
  auto it = abbreviations.find(text);
  return it == abbreviations.end() ? nullptr : &it->second;
}

StatusOr<Lexicon> Lexicon::Load(const std::string& dir) {
  Lexicon lexicon;
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec))
    return lexicon;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    const std::string name = entry.path().filename().string();
    const size_t us = name.rfind('_');
    if (us == std::string::npos || !name.ends_with(".txt"))
      continue;
    const std::string kind = name.substr(0, us);
    if (kind != "abbreviations" && kind != "clitics" && kind != "starters")
      continue;
    const std::string lang = name.substr(us + 1, name.size() - us - 5);
    SITREP_RETURN_IF_ERROR(LoadFile(kind, entry.path().string(), &lexicon.langs_[lang]));
  }
  for (auto& [lang, lex] : lexicon.langs_) {
    std::stable_sort(
        lex.suffixes.begin(), lex.suffixes.end(),
        [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  }
  return lexicon;
}

const Lexicon& Lexicon::Default() {
  static const Lexicon* lexicon = [] {
    auto dir = ResolveDataDir("");
    if (dir.ok()) {
      auto loaded = Load(*dir + "/text");
      if (loaded.ok())
        return new Lexicon(std::move(*loaded));
    }
    return new Lexicon();
  }();
  return *lexicon;
}

const LangLexicon& Lexicon::For(std::string_view lang) const {
  auto it = langs_.find(std::string(lang));
  return it == langs_.end() ? empty_ : it->second;
}

}  // namespace sitrep::text
