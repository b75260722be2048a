// Lexicon: loading data/events/*.tsv (see lexicon.h and data/events/README.md).
#include "code/lexicon.h"

#include <algorithm>
#include <fstream>
#include <functional>

namespace sitrep::code {
namespace {

std::vector<std::string> Split(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t pos = 0;
  while (true) {
    const size_t end = s.find(sep, pos);
    out.emplace_back(s.substr(pos, end == std::string_view::npos ? s.npos : end - pos));
    if (end == std::string_view::npos) break;
    pos = end + 1;
  }
  return out;
}

bool Empty(const std::string& field) { return field.empty() || field == "-"; }

Status RowError(const std::string& path, int line, const std::string& what) {
  Status s = InvalidArgumentError(path + ":" + std::to_string(line) + ": " + what);
  s.file = path;
  s.line = static_cast<uint64_t>(line);
  return s;
}

// Calls fn(fields, line) for every row that is not blank or a # comment.
Status ForEachRow(const std::string& path, size_t min_fields,
                  const std::function<Status(const std::vector<std::string>&, int)>& fn) {
  std::ifstream in(path);
  if (!in) return NotFoundError("cannot open " + path);
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f = Split(line, '\t');
    if (f.size() < min_fields) {
      return RowError(path, n, "expected " + std::to_string(min_fields) + " tab-separated fields");
    }
    SITREP_RETURN_IF_ERROR(fn(f, n));
  }
  return Status::Ok();
}

std::optional<AcledType> ParseAcled(const std::string& field) {
  if (Empty(field)) return std::nullopt;
  const size_t bar = field.find('|');
  if (bar == std::string::npos) return std::nullopt;
  return AcledType{field.substr(0, bar), field.substr(bar + 1)};
}

bool ParseOverride(const std::string& value, SectorOverride* out) {
  const size_t colon = value.find(':');
  if (colon == std::string::npos) return false;
  std::optional<AcledType> acled = ParseAcled(value.substr(colon + 1));
  if (!acled) return false;
  out->sectors = Split(value.substr(0, colon), ',');
  out->acled = *acled;
  return true;
}

bool ParseFlag(const std::string& flag, PatternRule* rule) {
  const size_t eq = flag.find('=');
  const std::string name = flag.substr(0, eq);
  const std::string value = eq == std::string::npos ? "" : flag.substr(eq + 1);
  if (name == "agent") {
    rule->agent_sector = value;
  } else if (name == "if1" || name == "if2") {
    SectorOverride o;
    if (!ParseOverride(value, &o)) return false;
    (name == "if1" ? rule->if1 : rule->if2).push_back(std::move(o));
  } else if (name == "counts") {
    rule->counts = Split(value, ',');
  } else if (name == "needs") {
    for (const std::string& v : Split(value, ',')) {
      if (v == "count") rule->needs_count = true;
      else if (v == "armed") rule->needs_armed = true;
      else if (v == "actor2") rule->needs_actor2 = true;
      else return false;
    }
  } else if (name == "actor1") {
    const size_t colon = value.find(':');
    if (colon == std::string::npos) return false;
    Actor a;
    a.sector = value.substr(0, colon);
    a.name = value.substr(colon + 1);
    rule->default1 = std::move(a);
  } else if (name == "noun") {
    rule->noun = true;
  } else if (name == "of_target") {
    rule->of_target = true;
  } else {
    return false;
  }
  return true;
}

std::optional<Cue> ParseCue(const std::string& kind) {
  static const char* const kNames[] = {"passive_aux", "agent_prep", "target_prep", "place_prep",
                                       "negation",    "nofatal",    "with",        "of",
                                       "det",         "future",     "not_place",   "between",
                                       "place_kind",  "hypothetical", "light_verb",
                                       "aside",       "relative",     "coord",
                                       "victim",      "cumulative",   "report",
                                       "another",     "clause",       "source"};
  for (size_t i = 0; i < static_cast<size_t>(Cue::kCount); ++i) {
    if (kind == kNames[i]) return static_cast<Cue>(i);
  }
  return std::nullopt;
}

// The sequences of a pattern field: alternatives separated by " / ".
StatusOr<std::vector<Sequence>> ParseField(const std::string& field) {
  std::vector<Sequence> out;
  size_t pos = 0;
  while (pos <= field.size()) {
    size_t end = field.find(" / ", pos);
    if (end == std::string::npos) end = field.size();
    SITREP_ASSIGN_OR_RETURN(Sequence seq, ParseSequence(field.substr(pos, end - pos)));
    out.push_back(std::move(seq));
    pos = end + 3;
  }
  return out;
}

}  // namespace

template <typename Pick>
void Lexicon::AddTo(std::string_view lang, const std::vector<Sequence>& seqs, int id,
                    Pick which) {
  for (const Sequence& seq : seqs) {
    if (lang == "fr") which(fr_).Add(seq, id);
    if (lang == "en") which(en_).Add(seq, id);
    which(all_).Add(seq, id);
  }
}

const LangTables& Lexicon::For(std::string_view lang) const {
  if (lang == "fr") return fr_;
  if (lang == "en") return en_;
  return all_;
}

Status Lexicon::LoadPatterns(const std::string& path) {
  return ForEachRow(path, 7, [&](const std::vector<std::string>& f, int line) -> Status {
    StatusOr<std::vector<Sequence>> seq = ParseField(f[1]);
    if (!seq.ok()) return RowError(path, line, seq.status().message());
    PatternRule rule;
    rule.type = f[2];
    if (!Empty(f[3])) rule.mode = f[3];
    rule.acled = ParseAcled(f[4]);
    if (!Empty(f[4]) && !rule.acled) return RowError(path, line, "acled must be 'Type|Sub'");
    if (!Empty(f[5])) rule.cameo = f[5];
    try {
      rule.weight = std::stod(f[6]);
    } catch (...) {
      return RowError(path, line, "weight must be a number");
    }
    if (f.size() > 7 && !Empty(f[7])) {
      for (const std::string& flag : Split(f[7], ';')) {
        if (!ParseFlag(flag, &rule)) return RowError(path, line, "bad flag '" + flag + "'");
      }
    }
    const int id = static_cast<int>(patterns.size());
    patterns.push_back(std::move(rule));
    AddTo(f[0], *seq, id, [](LangTables& t) -> Matcher& { return t.patterns; });
    return Status::Ok();
  });
}

Status Lexicon::LoadNegatives(const std::string& path) {
  return ForEachRow(path, 3, [&](const std::vector<std::string>& f, int line) -> Status {
    StatusOr<std::vector<Sequence>> seq = ParseField(f[1]);
    if (!seq.ok()) return RowError(path, line, seq.status().message());
    const int id = static_cast<int>(negatives.size());
    negatives.push_back(NegativeRule{Split(f[2], ',')});
    AddTo(f[0], *seq, id, [](LangTables& t) -> Matcher& { return t.negatives; });
    return Status::Ok();
  });
}

Status Lexicon::LoadCues(const std::string& path) {
  return ForEachRow(path, 3, [&](const std::vector<std::string>& f, int line) -> Status {
    std::optional<Cue> cue = ParseCue(f[1]);
    if (!cue) return RowError(path, line, "unknown cue kind '" + f[1] + "'");
    StatusOr<std::vector<Sequence>> seq = ParseField(f[2]);
    if (!seq.ok()) return RowError(path, line, seq.status().message());
    const size_t k = static_cast<size_t>(*cue);
    AddTo(f[0], *seq, 0, [k](LangTables& t) -> Matcher& { return t.cues[k]; });
    return Status::Ok();
  });
}

Status Lexicon::LoadActors(const std::string& path) {
  return ForEachRow(path, 4, [&](const std::vector<std::string>& f, int line) -> Status {
    StatusOr<std::vector<Sequence>> seq = ParseField(f[1]);
    if (!seq.ok()) return RowError(path, line, seq.status().message());
    ActorWord w{f[2], f[3], std::nullopt};
    if (f.size() > 4 && !Empty(f[4])) w.country = f[4];
    if (f.size() > 5 && !Empty(f[5])) {
      if (f[5] != "state") return RowError(path, line, "unknown actor flag '" + f[5] + "'");
      if (!w.country) return RowError(path, line, "a state actor needs a country");
      w.state = true;
    }
    const int id = static_cast<int>(actors.size());
    actors.push_back(std::move(w));
    AddTo(f[0], *seq, id, [](LangTables& t) -> Matcher& { return t.actors; });
    return Status::Ok();
  });
}

Status Lexicon::LoadDemonyms(const std::string& path) {
  return ForEachRow(path, 5, [&](const std::vector<std::string>& f, int line) -> Status {
    StatusOr<std::vector<Sequence>> seq = ParseField(f[1]);
    if (!seq.ok()) return RowError(path, line, seq.status().message());
    const int id = static_cast<int>(demonyms.size());
    demonyms.push_back(Demonym{f[2], f[3], f[4]});
    AddTo(f[0], *seq, id, [](LangTables& t) -> Matcher& { return t.demonyms; });
    return Status::Ok();
  });
}

Status Lexicon::LoadModality(const std::string& path) {
  return ForEachRow(path, 2, [&](const std::vector<std::string>& f, int line) -> Status {
    if (f[0] == "govern") {
      governing.push_back(f[1]);
    } else if ((f[0] == "future" || f[0] == "negated") && f.size() >= 3) {
      Remap r{f[0], f[1], f[2], std::nullopt};
      if (f.size() > 3 && !Empty(f[3])) r.cameo = f[3];
      remaps.push_back(std::move(r));
    } else {
      return RowError(path, line, "expected 'govern TYPE' or 'future|negated FROM TO [CAMEO]'");
    }
    return Status::Ok();
  });
}

const Remap* Lexicon::Remapped(std::string_view kind, const std::string& type) const {
  for (const Remap& r : remaps) {
    if (r.kind == kind && r.from == type) return &r;
  }
  return nullptr;
}

bool Lexicon::Governs(const std::string& type) const {
  return std::find(governing.begin(), governing.end(), type) != governing.end();
}

StatusOr<Lexicon> Lexicon::Load(const std::string& data_dir) {
  Lexicon lex;
  const std::string dir = data_dir + "/events/";
  SITREP_RETURN_IF_ERROR(lex.LoadPatterns(dir + "patterns.tsv"));
  SITREP_RETURN_IF_ERROR(lex.LoadNegatives(dir + "negatives.tsv"));
  SITREP_RETURN_IF_ERROR(lex.LoadCues(dir + "cues.tsv"));
  SITREP_RETURN_IF_ERROR(lex.LoadActors(dir + "actors.tsv"));
  SITREP_RETURN_IF_ERROR(lex.LoadDemonyms(dir + "demonyms.tsv"));
  SITREP_RETURN_IF_ERROR(lex.LoadModality(dir + "modality.tsv"));
  return lex;
}

}  // namespace sitrep::code
