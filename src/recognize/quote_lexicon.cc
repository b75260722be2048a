// Loads the quote recognizer's data files: cue verb lists and lexicon.tsv (data/quotes/).
#include <fstream>
#include <sstream>

#include "recognize/quote_internal.h"

namespace sitrep::recognize::quotes {
namespace {

constexpr const char* kCatNames[] = {"aux",      "pronoun", "det",  "elision",  "that",  "doc_noun",
                                     "org_noun", "np_stop", "skip", "boundary", "abbrev",
                                     "verbal",   "title",   "prep", "object_verb",
                                     "clitic",   "refl_aux", "anaphor", "spokes", "passive",
                                     "claim_inf", "want", "conj", "name_verb", "link"};

std::vector<std::string> SplitWords(const std::string& entry) {
  std::vector<std::string> words;
  std::istringstream in(entry);
  std::string w;
  while (in >> w) words.push_back(w);
  return words;
}

Status LoadCues(const std::string& path, WordSet* cues) {
  std::ifstream in(path);
  if (!in) return NotFoundError(path + ": cannot open");
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    cues->insert(line);
  }
  if (cues->empty()) return InvalidArgumentError(path + ": no cue verbs");
  return Status::Ok();
}

Status AddLexiconRow(const std::vector<std::string>& cols, Lexicon* lex) {
  LangLexicon* l = cols[1] == "fr" ? &lex->fr : cols[1] == "en" ? &lex->en : nullptr;
  if (l == nullptr) return InvalidArgumentError("unknown language '" + cols[1] + "'");
  const std::string& cat = cols[0];
  const std::string& entry = cols[2];
  if (cat == "marker") {
    l->markers.push_back(SplitWords(entry));
  } else if (cat == "suffix") {
    l->suffixes.push_back(entry);
  } else if (cat == "weak_marker") {
    l->weak_markers.insert(entry);
  } else if (cat == "null_source") {
    l->null_sources.insert(entry);
  } else if (cat == "skip_phrase") {
    l->skip_phrases.push_back(SplitWords(entry));
  } else if (cat == "particle_cue") {
    const std::vector<std::string> words = SplitWords(entry);
    if (words.size() != 2) return InvalidArgumentError("particle_cue needs two words");
    l->particle_cues.emplace_back(words[0], words[1]);
    l->cues.insert(words[0]);
  } else if (cat == "bare") {
    l->bare.insert(entry);
  } else if (cat == "title_syn") {
    if (cols.size() < 4 || cols[3].empty()) return InvalidArgumentError("title_syn needs a value");
    l->title_synonyms.emplace_back(entry, cols[3]);
  } else {
    for (size_t i = 0; i < static_cast<size_t>(Cat::kCount); ++i) {
      if (cat == kCatNames[i]) {
        l->sets[i].insert(entry);
        return Status::Ok();
      }
    }
    return InvalidArgumentError("unknown category '" + cat + "'");
  }
  return Status::Ok();
}

Status LoadTsv(const std::string& path, Lexicon* lex) {
  std::ifstream in(path);
  if (!in) return NotFoundError(path + ": cannot open");
  std::string line;
  int line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cols;
    std::istringstream row(line);
    std::string col;
    while (std::getline(row, col, '\t')) cols.push_back(col);
    if (cols.size() < 3 || cols[2].empty()) {
      return InvalidArgumentError(path + ":" + std::to_string(line_no) +
                                  ": expected category, lang, entry");
    }
    Status s = AddLexiconRow(cols, lex);
    if (!s.ok()) return InvalidArgumentError(path + ":" + std::to_string(line_no) + ": " + s.message());
  }
  return Status::Ok();
}

}  // namespace

void LangLexicon::BuildBits() {
  for (size_t c = 0; c < sets.size(); ++c) {
    for (const std::string& w : sets[c]) bits[w] |= 1u << c;
  }
  for (const std::string& w : cues) bits[w] |= kCueBit;
  for (const auto& m : markers) {
    if (m.empty()) continue;
    bits[m[0]] |= kMarkerBit;
    const size_t apostrophe = m[0].find('\'');
    if (apostrophe != std::string::npos && apostrophe + 1 < m[0].size()) {
      bits[m[0].substr(0, apostrophe + 1)] |= kMarkerBit;  // "d'après" is scanned "d'" "après"
    }
  }
}

StatusOr<Lexicon> LoadLexicon(const std::string& dir) {
  Lexicon lex;
  SITREP_RETURN_IF_ERROR(LoadCues(dir + "/cues_fr.txt", &lex.fr.cues));
  SITREP_RETURN_IF_ERROR(LoadCues(dir + "/cues_en.txt", &lex.en.cues));
  SITREP_RETURN_IF_ERROR(LoadTsv(dir + "/lexicon.tsv", &lex));
  lex.fr.BuildBits();
  lex.en.BuildBits();
  return lex;
}

}  // namespace sitrep::recognize::quotes
