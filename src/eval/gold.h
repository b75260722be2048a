// Gold articles: hand-annotated news articles (quotes with speakers, counts of people, events)
// read from JSON Lines files in the format docs/gold.md fixes, and checked for consistency.
//
// Usage:
//   auto gold = sitrep::eval::ReadGold("tests/gold/fr.jsonl");
//   if (!gold.ok()) { std::cerr << gold.status().ToString(); }
//   for (const GoldArticle& a : *gold) ...
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "sitrep/document.h"
#include "sitrep/status.h"

namespace sitrep::eval {

struct GoldQuote {
  std::string text;  // equals the article's bytes under span
  Span span;
  bool direct = true;
  std::optional<std::string> speaker;        // canonical name, null when no one can be named
  std::vector<std::string> speaker_aliases;  // other names of the same speaker ("SDF")
};

struct GoldCount {
  std::string what;                // killed, injured, ... as in the record contract
  std::optional<std::string> who;  // counted group ("civilians"), null when unsaid
  int64_t value = 0;
  std::string qualifier = "exact";  // exact, at_least, at_most, about
  std::string text;                 // the words the count came from (for humans)
};

struct GoldEvent {
  std::string type;  // PLOVER event type
  std::optional<std::string> acled_sub_event_type;
  std::optional<std::string> actor1_country;  // ISO alpha-3
  std::optional<std::string> actor1_sector;
  std::optional<std::string> location_country;
  std::optional<std::string> location_name;
  std::optional<int64_t> fatalities;  // ACLED's rule; null for events that kill no one by nature
  std::optional<std::string> date;    // YYYY-MM-DD
};

struct GoldArticle {
  std::string id;
  std::string lang;
  std::optional<std::string> published;
  std::string source;
  std::string license;
  std::string text;
  std::vector<GoldQuote> quotes;
  std::vector<GoldCount> counts;
  std::vector<GoldEvent> events;
  bool conflict = false;  // about violence, coercion or protest
};

// Reads a gold file: a header object on the first line (it has "name" and no "text"), then one
// article per line. Fails with kNotFound when the file cannot be opened and kInvalidArgument,
// naming the file and line, when a line is not valid JSON or lacks a required field.
StatusOr<std::vector<GoldArticle>> ReadGold(const std::string& path);

// Parses one article line (no header). Errors as ReadGold, without file and line.
StatusOr<GoldArticle> ParseGoldArticle(const std::string& json_line);

// Checks an article against itself: every quote span lies inside the text and its bytes equal
// the quote text, lang is set, counts have a known `what` and `qualifier`, events have a type.
// Returns kInvalidArgument naming the article and the first problem.
Status ValidateGold(const GoldArticle& article);

}  // namespace sitrep::eval
