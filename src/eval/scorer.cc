// Scorer: one-to-one matching of quotes, counts and events between gold and a record.
#include "eval/scorer.h"

#include <algorithm>
#include <tuple>
#include <vector>

#include "eval/names.h"

namespace sitrep::eval {
namespace {

double Ratio(int64_t num, int64_t den) {
  return static_cast<double>(num) / den;
}

// Greedy one-to-one assignment on scored pairs, best score first (ties: earlier gold first).
// Returns matched (gold index, system index) pairs.
std::vector<std::pair<size_t, size_t>> Assign(std::vector<std::tuple<double, size_t, size_t>> pairs,
                                              size_t n_gold, size_t n_sys) {
  std::stable_sort(pairs.begin(), pairs.end(),
                   [](const auto& a, const auto& b) { return std::get<0>(a) > std::get<0>(b); });
  std::vector<bool> gold_used(n_gold), sys_used(n_sys);
  std::vector<std::pair<size_t, size_t>> out;
  for (const auto& [score, g, s] : pairs) {
    if (gold_used[g] || sys_used[s]) {
      continue;
    }
    gold_used[g] = sys_used[s] = true;
    out.emplace_back(g, s);
  }
  return out;
}

Prf FromMatches(size_t matched, size_t n_gold, size_t n_sys) {
  return Prf{static_cast<int64_t>(matched), static_cast<int64_t>(n_sys - matched),
             static_cast<int64_t>(n_gold - matched)};
}

std::vector<std::pair<size_t, size_t>> MatchQuotes(const std::vector<const GoldQuote*>& gold,
                                                   const std::vector<const Quote*>& sys,
                                                   double threshold) {
  std::vector<std::tuple<double, size_t, size_t>> pairs;
  for (size_t g = 0; g < gold.size(); ++g) {
    for (size_t s = 0; s < sys.size(); ++s) {
      const double r = CoverRatio(gold[g]->span, sys[s]->span);
      if (r >= threshold) {
        pairs.emplace_back(r, g, s);
      }
    }
  }
  return Assign(std::move(pairs), gold.size(), sys.size());
}

// The found speaker's canonical name, or its mention when no name was resolved.
std::string FoundSpeaker(const Quote& s) {
  if (!s.speaker) {
    return "";
  }
  return s.speaker->name.empty() ? s.speaker->text : s.speaker->name;
}

// Right when the found speaker's canonical name, or the name as the article writes it at the
// cue (its mention), or the name as the article writes it anywhere for the entity of that
// canonical name, names the gold speaker or one of its aliases: the gold writes names as the
// article spells them ("Vladimir Poutine"), sitrep's canonical name may be another language's
// ("Vladimir Putin") also when the cue names the speaker by a pronoun or title.
bool SpeakerRight(const GoldQuote& g, const Quote& s, const std::vector<Entity>& entities) {
  const std::string found = FoundSpeaker(s);
  if (!g.speaker) {
    return found.empty();
  }
  if (found.empty()) {
    return false;
  }
  auto names_gold = [&](const std::string& name) {
    return SameSpeaker(*g.speaker, name) ||
           std::any_of(g.speaker_aliases.begin(), g.speaker_aliases.end(),
                       [&](const std::string& alias) { return SameSpeaker(alias, name); });
  };
  if (names_gold(found) || (!s.speaker->text.empty() && names_gold(s.speaker->text))) {
    return true;
  }
  return !s.speaker->name.empty() &&
         std::any_of(entities.begin(), entities.end(), [&](const Entity& e) {
           return e.name == s.speaker->name && !e.text.empty() && names_gold(e.text);
         });
}

void ScoreQuotes(const GoldArticle& gold, const Record& rec, Scores& out) {
  std::vector<const GoldQuote*> all_gold, direct_gold;
  std::vector<const Quote*> all_sys, direct_sys;
  for (const auto& q : gold.quotes) {
    all_gold.push_back(&q);
    if (q.direct) {
      direct_gold.push_back(&q);
    }
  }
  for (const auto& q : rec.quotes) {
    all_sys.push_back(&q);
    if (q.direct) {
      direct_sys.push_back(&q);
    }
  }
  const auto m30 = MatchQuotes(all_gold, all_sys, 0.3);
  out.quotes_30 = FromMatches(m30.size(), all_gold.size(), all_sys.size());
  out.quotes_80 =
      FromMatches(MatchQuotes(all_gold, all_sys, 0.8).size(), all_gold.size(), all_sys.size());
  out.direct_quotes_30 = FromMatches(MatchQuotes(direct_gold, direct_sys, 0.3).size(),
                                     direct_gold.size(), direct_sys.size());
  for (const auto& [g, s] : m30) {
    out.speaker.Add(SpeakerRight(*all_gold[g], *all_sys[s], rec.entities));
  }
}

// "people" and no group both mean persons the text does not qualify.
bool WhoAgrees(const std::optional<std::string>& gold, const std::optional<std::string>& sys) {
  const bool g_none = !gold || SameGroup(*gold, "people");
  const bool s_none = !sys || sys->empty() || SameGroup(*sys, "people");
  if (g_none || s_none) {
    return g_none == s_none;
  }
  return SameGroup(*gold, *sys);
}

// System counts from the record and its events, one per (what, who, value) fact.
std::vector<const Count*> SystemCounts(const Record& rec) {
  std::vector<const Count*> all;
  for (const auto& c : rec.counts) {
    all.push_back(&c);
  }
  for (const auto& e : rec.events) {
    for (const auto& c : e.counts) {
      all.push_back(&c);
    }
  }
  std::vector<const Count*> unique;
  for (const Count* c : all) {
    const bool seen = std::any_of(unique.begin(), unique.end(), [&](const Count* u) {
      return u->value == c->value && u->what == c->what && WhoAgrees(u->who, c->who);
    });
    if (!seen) {
      unique.push_back(c);
    }
  }
  return unique;
}

void ScoreCounts(const GoldArticle& gold, const Record& rec, Scores& out) {
  const std::vector<const Count*> sys = SystemCounts(rec);
  std::vector<std::tuple<double, size_t, size_t>> pairs;
  for (size_t g = 0; g < gold.counts.size(); ++g) {
    for (size_t s = 0; s < sys.size(); ++s) {
      const GoldCount& gc = gold.counts[g];
      if (gc.value == sys[s]->value && gc.what == sys[s]->what && WhoAgrees(gc.who, sys[s]->who)) {
        pairs.emplace_back(gc.qualifier == sys[s]->qualifier ? 1.0 : 0.5, g, s);
      }
    }
  }
  const auto matches = Assign(std::move(pairs), gold.counts.size(), sys.size());
  out.counts = FromMatches(matches.size(), gold.counts.size(), sys.size());
  for (const auto& [g, s] : matches) {
    out.count_qualifier.Add(gold.counts[g].qualifier == sys[s]->qualifier);
  }
}

std::optional<std::string> SubEvent(const Event& e) {
  if (!e.acled) {
    return std::nullopt;
  }
  return e.acled->sub_event_type;
}

// How many attributes a system event shares with a gold event of the same type.
double Agreement(const GoldEvent& g, const Event& s) {
  double score = 1.0;
  if (g.acled_sub_event_type && SubEvent(s) &&
      FoldName(*g.acled_sub_event_type) == FoldName(*SubEvent(s))) {
    score += 1.0;
  }
  if (g.location_name && s.location &&
      (SamePlace(*g.location_name, s.location->name) ||
       SamePlace(*g.location_name, s.location->text))) {
    score += 1.0;
  }
  if (g.actor1_country && s.actor1 && s.actor1->country == g.actor1_country) {
    score += 0.5;
  }
  if (g.fatalities && s.fatalities == g.fatalities) {
    score += 0.5;
  }
  return score;
}

void ScoreAttributes(const GoldEvent& g, const Event& s, Scores& out) {
  if (g.acled_sub_event_type) {
    out.acled_sub_event.Add(SubEvent(s) &&
                            FoldName(*SubEvent(s)) == FoldName(*g.acled_sub_event_type));
  }
  if (g.actor1_country) {
    out.actor1_country.Add(s.actor1 && s.actor1->country == g.actor1_country);
  }
  if (g.actor1_sector) {
    out.actor1_sector.Add(s.actor1 && s.actor1->sector == g.actor1_sector);
  }
  if (g.location_country) {
    out.location_country.Add(s.location && s.location->country == g.location_country);
  }
  if (g.location_name) {
    out.location_name.Add(s.location && (SamePlace(*g.location_name, s.location->name) ||
                                         SamePlace(*g.location_name, s.location->text)));
  }
  if (g.fatalities) {
    out.fatalities.Add(s.fatalities.value_or(0) == *g.fatalities);
  }
  if (g.date) {
    out.date.Add(s.date == g.date);
  }
}

void ScoreEvents(const GoldArticle& gold, const Record& rec, Scores& out) {
  std::vector<std::tuple<double, size_t, size_t>> pairs;
  for (size_t g = 0; g < gold.events.size(); ++g) {
    for (size_t s = 0; s < rec.events.size(); ++s) {
      if (gold.events[g].type != rec.events[s].type) {
        continue;
      }
      pairs.emplace_back(Agreement(gold.events[g], rec.events[s]), g, s);
    }
  }
  const auto matches = Assign(std::move(pairs), gold.events.size(), rec.events.size());
  out.events = FromMatches(matches.size(), gold.events.size(), rec.events.size());
  for (const auto& [g, s] : matches) {
    ScoreAttributes(gold.events[g], rec.events[s], out);
  }
  if (gold.conflict) {
    return;
  }
  out.nonconflict_articles = 1;
  for (const Event& e : rec.events) {
    if (e.type == "ASSAULT" || e.type == "PROTEST" || e.type == "THREATEN") {
      ++out.false_conflict_events;
    }
  }
  out.nonconflict_articles_with_false_events = out.false_conflict_events > 0 ? 1 : 0;
}

}  // namespace

double Prf::Precision() const {
  if (tp + fp == 0) {
    return fn == 0 ? 1.0 : 0.0;
  }
  return Ratio(tp, tp + fp);
}

double Prf::Recall() const {
  if (tp + fn == 0) {
    return fp == 0 ? 1.0 : 0.0;
  }
  return Ratio(tp, tp + fn);
}

double Prf::F1() const {
  const double p = Precision(), r = Recall();
  return p + r == 0.0 ? 0.0 : 2 * p * r / (p + r);
}

void Prf::Add(const Prf& o) {
  tp += o.tp;
  fp += o.fp;
  fn += o.fn;
}

void Accuracy::Add(const Accuracy& o) {
  correct += o.correct;
  total += o.total;
}

void Scores::Add(const Scores& o) {
  articles += o.articles;
  gold_quotes += o.gold_quotes;
  gold_counts += o.gold_counts;
  gold_events += o.gold_events;
  for (auto m : {&Scores::quotes_30, &Scores::quotes_80, &Scores::direct_quotes_30, &Scores::counts,
                 &Scores::events}) {
    (this->*m).Add(o.*m);
  }
  for (auto m : {&Scores::speaker, &Scores::count_qualifier, &Scores::acled_sub_event,
                 &Scores::actor1_country, &Scores::actor1_sector, &Scores::location_country,
                 &Scores::location_name, &Scores::fatalities, &Scores::date}) {
    (this->*m).Add(o.*m);
  }
  nonconflict_articles += o.nonconflict_articles;
  false_conflict_events += o.false_conflict_events;
  nonconflict_articles_with_false_events += o.nonconflict_articles_with_false_events;
}

double CoverRatio(const Span& gold, const Span& found) {
  if (gold.empty()) {
    return 0.0;
  }
  const size_t start = std::max(gold.start, found.start);
  const size_t end = std::min(gold.end, found.end);
  if (end <= start) {
    return 0.0;
  }
  return static_cast<double>(end - start) / static_cast<double>(gold.size());
}

Scores ScoreArticle(const GoldArticle& gold, const Record& record) {
  Scores out;
  out.articles = 1;
  out.gold_quotes = static_cast<int64_t>(gold.quotes.size());
  out.gold_counts = static_cast<int64_t>(gold.counts.size());
  out.gold_events = static_cast<int64_t>(gold.events.size());
  ScoreQuotes(gold, record, out);
  ScoreCounts(gold, record, out);
  ScoreEvents(gold, record, out);
  return out;
}

Document ToDocument(const GoldArticle& gold) {
  Document doc;
  doc.id = gold.id;
  doc.source = gold.source;
  doc.lang = gold.lang;
  doc.published = gold.published;
  doc.text = gold.text;
  return doc;
}

void Scorer::Add(const GoldArticle& gold, const Record& record) {
  const Scores s = ScoreArticle(gold, record);
  report_.by_lang[gold.lang].Add(s);
  report_.overall.Add(s);
}

}  // namespace sitrep::eval
