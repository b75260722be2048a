// Scorer tests on small hand-made gold/system pairs with known figures.
#include "eval/scorer.h"

#include <gtest/gtest.h>

namespace sitrep::eval {
namespace {

GoldQuote GQ(size_t s, size_t e, std::optional<std::string> speaker = std::nullopt,
             bool direct = true) {
  return GoldQuote{"", Span{s, e}, direct, std::move(speaker), {}};
}

Quote SQ(size_t s, size_t e, std::string speaker = "", bool direct = true) {
  Quote q;
  q.span = Span{s, e};
  q.direct = direct;
  if (!speaker.empty()) {
    q.speaker = Speaker{speaker, Span{}, speaker, "person"};
  }
  return q;
}

GoldArticle Article(std::vector<GoldQuote> quotes) {
  GoldArticle a;
  a.id = "t";
  a.lang = "fr";
  a.text = std::string(100, 'x');
  a.quotes = std::move(quotes);
  a.conflict = true;
  return a;
}

TEST(CoverRatio, OverlapOverGoldLength) {
  EXPECT_DOUBLE_EQ(CoverRatio(Span{20, 40}, Span{20, 30}), 0.5);
  EXPECT_DOUBLE_EQ(CoverRatio(Span{20, 40}, Span{0, 100}), 1.0);
  EXPECT_DOUBLE_EQ(CoverRatio(Span{20, 40}, Span{40, 50}), 0.0);
  EXPECT_DOUBLE_EQ(CoverRatio(Span{20, 20}, Span{0, 50}), 0.0);
}

TEST(ScoreQuotes, ThreeGoldTwoFoundOneHalfCovered) {
  GoldArticle gold = Article({GQ(0, 10), GQ(20, 40), GQ(50, 60)});
  Record rec;
  rec.quotes = {SQ(0, 10), SQ(20, 30)};
  Scores s = ScoreArticle(gold, rec);
  EXPECT_EQ(s.quotes_30.tp, 2);
  EXPECT_EQ(s.quotes_30.fp, 0);
  EXPECT_EQ(s.quotes_30.fn, 1);
  EXPECT_DOUBLE_EQ(s.quotes_30.Precision(), 1.0);
  EXPECT_DOUBLE_EQ(s.quotes_30.Recall(), 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(s.quotes_30.F1(), 0.8);
  EXPECT_EQ(s.quotes_80.tp, 1);
  EXPECT_DOUBLE_EQ(s.quotes_80.Precision(), 0.5);
  EXPECT_DOUBLE_EQ(s.quotes_80.Recall(), 1.0 / 3.0);
  EXPECT_DOUBLE_EQ(s.quotes_80.F1(), 0.4);
}

TEST(ScoreQuotes, ThresholdsAreInclusive) {
  GoldArticle gold = Article({GQ(0, 10), GQ(20, 30)});
  Record rec;
  rec.quotes = {SQ(7, 10), SQ(22, 30)};  // 0.3 and 0.8 exactly
  Scores s = ScoreArticle(gold, rec);
  EXPECT_EQ(s.quotes_30.tp, 2);
  EXPECT_EQ(s.quotes_80.tp, 1);
  rec.quotes = {SQ(8, 10)};  // 0.2: no match
  s = ScoreArticle(gold, rec);
  EXPECT_EQ(s.quotes_30.tp, 0);
  EXPECT_EQ(s.quotes_30.fp, 1);
  EXPECT_EQ(s.quotes_30.fn, 2);
  EXPECT_DOUBLE_EQ(s.quotes_30.F1(), 0.0);
}

TEST(ScoreQuotes, OneToOneWhenTwoFoundCoverOneGold) {
  GoldArticle gold = Article({GQ(0, 20)});
  Record rec;
  rec.quotes = {SQ(0, 10), SQ(0, 20)};
  Scores s = ScoreArticle(gold, rec);
  EXPECT_EQ(s.quotes_30.tp, 1);
  EXPECT_EQ(s.quotes_30.fp, 1);
  EXPECT_DOUBLE_EQ(s.quotes_30.Precision(), 0.5);
  EXPECT_EQ(s.quotes_80.tp, 1);  // the full cover wins the gold quote
}

TEST(ScoreQuotes, OneToOneWhenOneFoundCoversTwoGold) {
  GoldArticle gold = Article({GQ(0, 10), GQ(12, 20)});
  Record rec;
  rec.quotes = {SQ(0, 20)};
  Scores s = ScoreArticle(gold, rec);
  EXPECT_EQ(s.quotes_30.tp, 1);
  EXPECT_EQ(s.quotes_30.fn, 1);
  EXPECT_EQ(s.quotes_30.fp, 0);
}

TEST(ScoreQuotes, SpeakerAccuracyOnMatchedQuotes) {
  GoldArticle gold = Article({GQ(0, 10, "Vladimir Putin"), GQ(20, 30, "Sergueï Choïgou"),
                              GQ(40, 50, std::nullopt), GQ(60, 70, "Bachar al-Assad")});
  Record rec;
  rec.quotes = {SQ(0, 10, "Putin"), SQ(20, 30, "sergei choigou"), SQ(40, 50),
                SQ(60, 70, "Vladimir Putin"), SQ(80, 90, "Nobody")};
  Scores s = ScoreArticle(gold, rec);
  EXPECT_EQ(s.speaker.total, 4);
  EXPECT_EQ(s.speaker.correct, 2);  // Choïgou vs Choigou differ in first name spelling
  EXPECT_EQ(s.quotes_30.fp, 1);
}

TEST(ScoreQuotes, SpeakerAliasesCount) {
  GoldArticle gold = Article({GQ(0, 10, "Syrian Democratic Forces")});
  gold.quotes[0].speaker_aliases = {"SDF"};
  Record rec;
  rec.quotes = {SQ(0, 10, "SDF")};
  EXPECT_EQ(ScoreArticle(gold, rec).speaker.correct, 1);
  rec.quotes = {SQ(0, 10, "YPG")};
  EXPECT_EQ(ScoreArticle(gold, rec).speaker.correct, 0);
}

TEST(ScoreQuotes, SpeakerRightByCanonicalNameOrByTheMentionAsWritten) {
  GoldArticle gold = Article({GQ(0, 10, "Vladimir Poutine"), GQ(20, 30, "Nicolas Sarkozy")});
  Record rec;
  // Canonical name in English, mention as the French article writes it.
  rec.quotes = {SQ(0, 10), SQ(20, 30)};
  rec.quotes[0].speaker = Speaker{"Poutine", Span{}, "Vladimir Putin", "person"};
  rec.quotes[1].speaker = Speaker{"il", Span{}, "Vladimir Putin", "person"};
  Scores s = ScoreArticle(gold, rec);
  EXPECT_EQ(s.speaker.total, 2);
  EXPECT_EQ(s.speaker.correct, 1);  // "il" resolved to Putin is wrong for Sarkozy's quote
  // A title at the cue resolved to the English name is right when the article writes the
  // entity of that name as the gold does; Sarkozy in the article does not make Putin right.
  rec.quotes[0].speaker = Speaker{"le chef d'Etat russe", Span{}, "Vladimir Putin", "person"};
  EXPECT_EQ(ScoreArticle(gold, rec).speaker.correct, 0);
  rec.entities.resize(2);
  rec.entities[0].text = "Vladimir Poutine";
  rec.entities[0].name = "Vladimir Putin";
  rec.entities[1].text = "Nicolas Sarkozy";
  rec.entities[1].name = "Nicolas Sarkozy";
  EXPECT_EQ(ScoreArticle(gold, rec).speaker.correct, 1);
}

TEST(ScoreQuotes, DirectQuotesScoredApart) {
  GoldArticle gold = Article({GQ(0, 10), GQ(20, 40, "X", false)});
  Record rec;
  rec.quotes = {SQ(0, 10), SQ(20, 40, "X", false)};
  Scores s = ScoreArticle(gold, rec);
  EXPECT_EQ(s.direct_quotes_30.tp, 1);
  EXPECT_EQ(s.direct_quotes_30.fp, 0);
  EXPECT_EQ(s.quotes_30.tp, 2);
}

Count SC(std::string what, std::optional<std::string> who, int64_t value,
         std::string qualifier = "exact") {
  Count c;
  c.what = std::move(what);
  c.who = std::move(who);
  c.value = value;
  c.qualifier = std::move(qualifier);
  return c;
}

TEST(ScoreCounts, ValueWhoAndWhatMustMatch) {
  GoldArticle gold = Article({});
  gold.counts = {GoldCount{"killed", "civilians", 88, "at_least", ""},
                 GoldCount{"killed", "children", 21, "exact", ""},
                 GoldCount{"evacuated", "people", 110000, "about", ""}};
  Record rec;
  rec.counts = {SC("killed", "civils", 88, "at_least"), SC("killed", "Civilians", 88, "exact"),
                SC("killed", "children", 21, "exact"), SC("evacuated", std::nullopt, 110000),
                SC("other", "corridors", 7)};
  Scores s = ScoreArticle(gold, rec);
  // "civils" is not "civilians"; the duplicate 88 civilians folds into one fact.
  EXPECT_EQ(s.counts.tp, 3);
  EXPECT_EQ(s.counts.fp, 2);
  EXPECT_EQ(s.counts.fn, 0);
  EXPECT_EQ(s.count_qualifier.total, 3);
  EXPECT_EQ(s.count_qualifier.correct, 1);
}

TEST(ScoreCounts, EventCountsAreCountedOnce) {
  GoldArticle gold = Article({});
  gold.counts = {GoldCount{"killed", "people", 5, "exact", ""}};
  Record rec;
  rec.counts = {SC("killed", "people", 5)};
  Event e;
  e.type = "ASSAULT";
  e.counts = {SC("killed", "people", 5)};
  rec.events = {e};
  Scores s = ScoreArticle(gold, rec);
  EXPECT_EQ(s.counts.tp, 1);
  EXPECT_EQ(s.counts.fp, 0);
}

TEST(ScoreCounts, NoCountsExpectedNoneFoundIsPerfect) {
  GoldArticle gold = Article({});
  gold.conflict = false;
  Scores s = ScoreArticle(gold, Record{});
  EXPECT_DOUBLE_EQ(s.counts.F1(), 1.0);
  EXPECT_DOUBLE_EQ(s.quotes_30.F1(), 1.0);
}

Event SE(std::string type, std::string sub, std::string country, std::string place,
         std::optional<int64_t> fatalities) {
  Event e;
  e.type = std::move(type);
  e.acled = AcledType{"", std::move(sub)};
  e.actor1 = Actor{"", Span{}, "", country, "MIL"};
  Location loc;
  loc.name = place;
  loc.text = place;
  loc.country = "SYR";
  e.location = loc;
  e.fatalities = fatalities;
  return e;
}

TEST(ScoreEvents, TypeMatchOneToOneAndAttributes) {
  GoldArticle gold = Article({});
  gold.events = {
      GoldEvent{"ASSAULT", "Air/drone strike", "TUR", "MIL", "SYR", "Al-Bab", 88, std::nullopt},
      GoldEvent{"ASSAULT", "Shelling/artillery/missile attack", "SYR", "MIL", "SYR", "Aleppo", 0,
                std::nullopt},
      GoldEvent{"RETREAT", "Other", std::nullopt, "REB", "SYR", "Aleppo", std::nullopt,
                std::nullopt}};
  Record rec;
  rec.events = {SE("ASSAULT", "Shelling/artillery/missile attack", "SYR", "East Aleppo", 0),
                SE("ASSAULT", "Air/drone strike", "TUR", "Al Bāb", 80),
                SE("AID", "Other", "SYR", "Aleppo", std::nullopt)};
  Scores s = ScoreArticle(gold, rec);
  EXPECT_EQ(s.events.tp, 2);
  EXPECT_EQ(s.events.fp, 1);
  EXPECT_EQ(s.events.fn, 1);
  EXPECT_EQ(s.acled_sub_event.correct, 2);  // paired by agreement, not by order
  EXPECT_EQ(s.actor1_country.correct, 2);
  EXPECT_EQ(s.location_name.correct, 2);
  EXPECT_EQ(s.fatalities.total, 2);
  EXPECT_EQ(s.fatalities.correct, 1);
}

TEST(ScoreEvents, FalseConflictEventsOnNonConflictArticles) {
  GoldArticle gold = Article({});
  gold.conflict = false;
  Record rec;
  rec.events = {SE("ASSAULT", "Attack", "FRA", "Paris", 0), SE("AGREE", "Agreement", "", "", {})};
  Scores s = ScoreArticle(gold, rec);
  EXPECT_EQ(s.nonconflict_articles, 1);
  EXPECT_EQ(s.false_conflict_events, 1);
  EXPECT_EQ(s.nonconflict_articles_with_false_events, 1);
  EXPECT_EQ(s.events.fp, 2);
}

TEST(Scorer, PerLanguageAndOverall) {
  Scorer scorer;
  GoldArticle fr = Article({GQ(0, 10)});
  GoldArticle en = Article({GQ(0, 10)});
  en.lang = "en";
  Record hit, miss;
  hit.quotes = {SQ(0, 10)};
  scorer.Add(fr, hit);
  scorer.Add(en, miss);
  const Report& r = scorer.report();
  EXPECT_DOUBLE_EQ(r.by_lang.at("fr").quotes_30.F1(), 1.0);
  EXPECT_DOUBLE_EQ(r.by_lang.at("en").quotes_30.F1(), 0.0);
  EXPECT_EQ(r.overall.quotes_30.tp, 1);
  EXPECT_EQ(r.overall.quotes_30.fn, 1);
  EXPECT_DOUBLE_EQ(r.overall.quotes_30.Recall(), 0.5);
  EXPECT_NE(r.ToText().find("quotes P R F1 @0.3"), std::string::npos);
  EXPECT_NE(r.ToJson().find("\"by_lang\""), std::string::npos);
}

}  // namespace
}  // namespace sitrep::eval
