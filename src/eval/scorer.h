// eval: scores sitrep's records against hand-written gold articles (docs/gold.md): quotes the
// GenderGapTracker way (overlap / gold length >= 0.3 and >= 0.8, one-to-one), speaker accuracy,
// counts of people, events (PLOVER type F1 and attribute accuracy), and false conflict events
// on articles that are not about conflict; per language and overall.
//
// Usage:
//   sitrep::eval::Scorer scorer;
//   for (const GoldArticle& g : gold) scorer.Add(g, engine->Extract(ToDocument(g)));
//   std::cout << scorer.report().ToText();
#pragma once

#include <cstdint>
#include <map>
#include <string>

#include "sitrep/document.h"
#include "sitrep/record.h"

#include "eval/gold.h"

namespace sitrep::eval {

// True and false positives and false negatives. When nothing was expected and nothing found,
// precision, recall and F1 are 1; otherwise an empty denominator gives 0.
struct Prf {
  int64_t tp = 0;
  int64_t fp = 0;
  int64_t fn = 0;

  double Precision() const;
  double Recall() const;
  double F1() const;
  void Add(const Prf& other);
};

// Correct out of total; Value() is 0 when total is 0 (ToText prints "n/a", ToJson null).
struct Accuracy {
  int64_t correct = 0;
  int64_t total = 0;

  double Value() const { return total == 0 ? 0.0 : static_cast<double>(correct) / total; }

  void Add(bool ok) {
    ++total;
    correct += ok ? 1 : 0;
  }

  void Add(const Accuracy& other);
};

// Every figure for a set of articles.
struct Scores {
  int64_t articles = 0;
  int64_t gold_quotes = 0;
  int64_t gold_counts = 0;
  int64_t gold_events = 0;
  Prf quotes_30;         // all quotes (direct and indirect), overlap >= 0.3
  Prf quotes_80;         // the same at >= 0.8
  Prf direct_quotes_30;  // direct gold quotes against direct system quotes, >= 0.3
  Accuracy speaker;      // on quotes matched at 0.3
  Prf counts;            // value + who + what
  Accuracy count_qualifier;
  Prf events;  // PLOVER type, one-to-one within an article
  Accuracy acled_sub_event;
  Accuracy actor1_country;
  Accuracy actor1_sector;
  Accuracy location_country;
  Accuracy location_name;
  Accuracy fatalities;
  Accuracy date;
  int64_t nonconflict_articles = 0;
  int64_t false_conflict_events = 0;  // ASSAULT, PROTEST, THREATEN on non-conflict articles
  int64_t nonconflict_articles_with_false_events = 0;

  void Add(const Scores& other);
};

// Scores per language and overall.
struct Report {
  std::map<std::string, Scores> by_lang;
  Scores overall;

  // A table: one row per figure, one column per language and one for all.
  std::string ToText() const;
  // {"overall": {...}, "by_lang": {"fr": {...}}}: P/R/F1 and accuracies as numbers in [0,1]
  // (null when nothing was scored) with their raw counts.
  std::string ToJson() const;
};

// Quote overlap rule: |overlap| / |gold span| (0 when the gold span is empty).
double CoverRatio(const Span& gold, const Span& found);

// Scores one article. `record` must come from gold.text (spans index it).
Scores ScoreArticle(const GoldArticle& gold, const Record& record);

// The Document to give the engine for a gold article: its text, id, lang and published date.
Document ToDocument(const GoldArticle& gold);

// Accumulates articles. Copyable: a plain value.
class Scorer {
 public:
  void Add(const GoldArticle& gold, const Record& record);

  const Report& report() const { return report_; }

 private:
  Report report_;
};

}  // namespace sitrep::eval
