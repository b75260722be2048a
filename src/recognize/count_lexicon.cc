// CountLexicon::Load: parses data/counts/*.tsv into phrase tables.
#include "recognize/count_lexicon.h"

#include <array>
#include <charconv>
#include <utility>

namespace sitrep::recognize {
namespace {

const std::array<std::pair<std::string_view, NumberKind>, 7> kNumberKinds = {{
    {"unit", kNumUnit},
    {"hundred", kNumHundred},
    {"multiplier", kNumMultiplier},
    {"approx", kNumApprox},
    {"plural", kNumPlural},
    {"article", kNumArticle},
    {"and", kNumAnd},
}};

const std::array<std::pair<std::string_view, QualifierRole>, 11> kQualifierRoles = {{
    {"at_least", QualifierRole::kAtLeast},
    {"at_most", QualifierRole::kAtMost},
    {"about", QualifierRole::kAbout},
    {"exact", QualifierRole::kExact},
    {"several", QualifierRole::kSeveral},
    {"range_open", QualifierRole::kRangeOpen},
    {"range_to", QualifierRole::kRangeTo},
    {"range_and", QualifierRole::kRangeAnd},
    {"post_at_least", QualifierRole::kPostAtLeast},
    {"post_about", QualifierRole::kPostAbout},
    {"post_at_most", QualifierRole::kPostAtMost},
}};

const std::array<std::pair<std::string_view, WordRole>, kWordRoleCount> kWordRoles = {{
    {"of", WordRole::kOf},
    {"det", WordRole::kDet},
    {"modifier", WordRole::kModifier},
    {"aux", WordRole::kAux},
    {"subset", WordRole::kSubset},
    {"break", WordRole::kBreak},
    {"block", WordRole::kBlock},
    {"link", WordRole::kLink},
    {"toll", WordRole::kToll},
    {"agent", WordRole::kAgent},
    {"change", WordRole::kChange},
    {"threshold", WordRole::kThreshold},
    {"hypothetical", WordRole::kHypothetical},
    {"concessive", WordRole::kConcessive},
    {"national_noun", WordRole::kNationalNoun},
    {"generic", WordRole::kGeneric},
    {"definite", WordRole::kDefinite},
    {"unit", WordRole::kUnit},
    {"among", WordRole::kAmong},
    {"exceed", WordRole::kExceed},
    {"rate", WordRole::kRate},
    {"passive", WordRole::kPassive},
    {"possessive", WordRole::kPossessive},
    {"pronoun", WordRole::kPronoun},
    {"preposition", WordRole::kPreposition},
    {"subordinator", WordRole::kSubordinator},
    {"plural_pronoun", WordRole::kPluralPronoun},
    {"all_but", WordRole::kAllBut},
    {"age", WordRole::kAge},
    {"question", WordRole::kQuestion},
    {"headcount", WordRole::kHeadcount},
    {"majority", WordRole::kMajority},
    {"whole", WordRole::kWhole},
    {"loss", WordRole::kLoss},
    {"relative", WordRole::kRelative},
    {"crowd", WordRole::kCrowd},
}};

// "none": the people are not counted (cases of a disease, the capacity of a place).
const std::array<std::string_view, 10> kWhats = {"killed",   "injured",  "displaced", "evacuated",
                                                 "arrested", "surrendered", "deployed", "missing",
                                                 "other",    "none"};

bool KnownWhat(std::string_view w) {
  for (std::string_view k : kWhats) {
    if (k == w) return true;
  }
  return false;
}

Status ParseKinds(std::string_view field, uint8_t* kinds) {
  while (!field.empty()) {
    const size_t comma = field.find(',');
    std::string_view kind = field.substr(0, comma);
    bool found = false;
    for (const auto& [name, flag] : kNumberKinds) {
      if (name == kind) {
        *kinds = static_cast<uint8_t>(*kinds | flag);
        found = true;
      }
    }
    if (!found) return InvalidArgumentError("unknown number kind '" + std::string(kind) + "'");
    field = comma == std::string_view::npos ? std::string_view() : field.substr(comma + 1);
  }
  return Status::Ok();
}

Status LoadNumbers(const std::string& path, CountLexicon* lex) {
  StringMap<size_t> single;
  return ReadTsv(path, 3, [&](const std::vector<std::string_view>& c, size_t) -> Status {
    NumberWord w;
    auto [p, ec] = std::from_chars(c[1].data(), c[1].data() + c[1].size(), w.value);
    if (ec != std::errc() || p != c[1].data() + c[1].size()) {
      return InvalidArgumentError("bad value '" + std::string(c[1]) + "'");
    }
    SITREP_RETURN_IF_ERROR(ParseKinds(c[2], &w.kinds));
    std::vector<std::string> words = SplitPhrase(c[0], lex->elisions);
    const std::string key = words.size() == 1 ? words[0] : std::string();
    auto seen = key.empty() ? single.end() : single.find(key);
    if (seen != single.end()) {  // "six", "million": French and English share the word
      NumberWord& slot = lex->number_list[seen->second];
      slot.kinds = static_cast<uint8_t>(slot.kinds | w.kinds);
      return Status::Ok();
    }
    if (!key.empty()) single.emplace(key, lex->number_list.size());
    lex->number_phrases.Add(&lex->vocab, words, static_cast<int>(lex->number_list.size()));
    lex->number_list.push_back(w);
    return Status::Ok();
  });
}

Status LoadQualifiers(const std::string& path, CountLexicon* lex) {
  return ReadTsv(path, 2, [&](const std::vector<std::string_view>& c, size_t) -> Status {
    for (const auto& [name, role] : kQualifierRoles) {
      if (name != c[1]) continue;
      PhraseTable* table = &lex->pre_qualifiers;
      if (role == QualifierRole::kRangeTo || role == QualifierRole::kRangeAnd) {
        table = &lex->between_qualifiers;
      } else if (role >= QualifierRole::kPostAtLeast) {
        table = &lex->post_qualifiers;
      }
      table->Add(&lex->vocab, SplitPhrase(c[0], lex->elisions), static_cast<int>(role));
      return Status::Ok();
    }
    return InvalidArgumentError("unknown qualifier role '" + std::string(c[1]) + "'");
  });
}

Status LoadGroups(const std::string& path, bool demonyms, CountLexicon* lex) {
  return ReadTsv(path, 4, [&](const std::vector<std::string_view>& c, size_t) -> Status {
    Group g;
    g.partitive = c[1] == "<";
    g.inherit = c[1] == "^" || g.partitive;
    // "*members": look through "of" for the group, else "members" ("160,000 members of the
    // Conservative Party").
    g.transparent = c[1].starts_with('*');
    if (g.transparent) {
      g.who = std::string(c[1].substr(1));
    } else if (c[1] != "-" && !g.inherit) {
      g.who = std::string(c[1]);
    }
    if (c[2] != "sg" && c[2] != "pl") return InvalidArgumentError("number must be sg or pl");
    g.plural = c[2] == "pl";
    if (c[3] != "-") {
      if (!KnownWhat(c[3])) return InvalidArgumentError("unknown what '" + std::string(c[3]) + "'");
      g.what = std::string(c[3]);
    }
    if (demonyms && g.plural && !g.who.empty() && c[0].find(' ') == std::string_view::npos) {
      lex->nationalities.emplace(std::string(c[0]), g.who);
      if (c[0].size() > 2 && c[0].back() == 's') {
        lex->nationalities.emplace(std::string(c[0].substr(0, c[0].size() - 1)), g.who);
      }
    }
    lex->groups.Add(&lex->vocab, SplitPhrase(c[0], lex->elisions), static_cast<int>(lex->group_list.size()));
    lex->group_list.push_back(std::move(g));
    return Status::Ok();
  });
}

Status LoadCues(const std::string& path, CountLexicon* lex) {
  return ReadTsv(path, 4, [&](const std::vector<std::string_view>& c, size_t) -> Status {
    if (!KnownWhat(c[1])) return InvalidArgumentError("unknown what '" + std::string(c[1]) + "'");
    Cue cue;
    cue.what = std::string(c[1]);
    cue.number = c[2] == "sg" ? 's' : c[2] == "pl" ? 'p' : '-';
    cue.intransitive = c[3] == "i";
    std::vector<std::string> words = SplitPhrase(c[0], lex->elisions);
    if (c[0].back() == '*' && words.size() == 2 && words[1] == "*") {
      words[0] += "*";
      words.pop_back();
    }
    lex->cues.Add(&lex->vocab, words, static_cast<int>(lex->cue_list.size()));
    lex->cue_list.push_back(std::move(cue));
    return Status::Ok();
  });
}

Status LoadWords(const std::string& path, CountLexicon* lex) {
  return ReadTsv(path, 2, [&](const std::vector<std::string_view>& c, size_t) -> Status {
    for (const auto& [name, role] : kWordRoles) {
      if (name != c[1]) continue;
      lex->roles[static_cast<int>(role)].Add(&lex->vocab, SplitPhrase(c[0], lex->elisions), 0);
      return Status::Ok();
    }
    return InvalidArgumentError("unknown role '" + std::string(c[1]) + "'");
  });
}

}  // namespace

StatusOr<CountLexicon> CountLexicon::Load(const std::string& dir) {
  CountLexicon lex;
  SITREP_ASSIGN_OR_RETURN(lex.elisions, ReadElisions(dir + "/elisions.txt"));
  SITREP_RETURN_IF_ERROR(LoadNumbers(dir + "/numbers.tsv", &lex));
  SITREP_RETURN_IF_ERROR(LoadQualifiers(dir + "/qualifiers.tsv", &lex));
  SITREP_RETURN_IF_ERROR(LoadGroups(dir + "/groups.tsv", false, &lex));
  SITREP_RETURN_IF_ERROR(LoadGroups(dir + "/demonyms.tsv", true, &lex));
  SITREP_RETURN_IF_ERROR(LoadCues(dir + "/cues.tsv", &lex));
  SITREP_RETURN_IF_ERROR(LoadWords(dir + "/words.tsv", &lex));
  return lex;
}

}  // namespace sitrep::recognize
