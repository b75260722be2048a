// DeathCues and SentencesFatalities: see deaths.h.
#include "code/deaths.h"

#include <algorithm>
#include <fstream>

namespace sitrep::code {
namespace {

// A sentence of this many words or fewer that holds a killed count is a toll of its own.
constexpr size_t kSummaryWords = 6;
// The deaths_ value of a cause phrase ("over the death of"); the count it opens is no toll.
constexpr int64_t kCause = -1;
// Keys after a cause phrase where the count it names starts ("over the death of a patient").
constexpr size_t kCauseReach = 3;
// The deaths_ value of a phrase that leaves open whether the count before it died ("3
// militants were killed, injured or captured"); the count starts up to kUnsureReach keys
// before it.
constexpr int64_t kUnsure = -2;
constexpr size_t kUnsureReach = 8;

}  // namespace

StatusOr<DeathCues> DeathCues::Load(const std::string& data_dir,
                                     std::shared_ptr<KeyVocab> vocab) {
  const std::string path = data_dir + "/events/deaths.tsv";
  std::ifstream in(path);
  if (!in) return NotFoundError("cannot open " + path);
  DeathCues cues;
  if (vocab != nullptr) {
    cues.en_ = Matcher(vocab);
    cues.fr_ = Matcher(vocab);
    cues.all_ = Matcher(vocab);
  }
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (line.empty() || line[0] == '#') continue;
    const size_t a = line.find('\t');
    const size_t b = a == std::string::npos ? a : line.find('\t', a + 1);
    int64_t deaths = 0;
    const std::string kind = b == std::string::npos ? "" : line.substr(a + 1, b - a - 1);
    const bool cause = kind == "cause" || kind == "unsure";
    try {
      deaths = b == std::string::npos || cause ? 0 : std::stoll(line.substr(a + 1, b - a - 1));
    } catch (...) {
      deaths = 0;
    }
    if (deaths <= 0 && !cause) {
      return InvalidArgumentError(path + ":" + std::to_string(n) +
                                  ": expected lang, a number of deaths or cause, a pattern");
    }
    if (cause) deaths = kind == "cause" ? kCause : kUnsure;
    const std::string lang = line.substr(0, a);
    const int id = static_cast<int>(cues.deaths_.size());
    cues.deaths_.push_back(deaths);
    std::string_view rest = std::string_view(line).substr(b + 1);
    while (!rest.empty()) {  // alternatives separated by " / "
      const size_t slash = rest.find(" / ");
      SITREP_ASSIGN_OR_RETURN(Sequence seq, ParseSequence(rest.substr(0, slash)));
      if (lang == "en" || lang == "*") cues.en_.Add(seq, id);
      if (lang == "fr" || lang == "*") cues.fr_.Add(seq, id);
      cues.all_.Add(std::move(seq), id);
      rest = slash == std::string_view::npos ? std::string_view() : rest.substr(slash + 3);
    }
  }
  return cues;
}

SentenceDeaths DeathCues::Read(const SentenceContext& ctx, const Record& record,
                               const std::string& lang) const {
  SentenceDeaths out;
  std::vector<Match> found;
  (lang == "en" ? en_ : lang == "fr" ? fr_ : all_).FindAll(ctx.keys, &found, ctx.key_matchers);
  // "protested over the death of a youth": the death is what the event is about.
  auto caused = [&](const Count& count) {
    return std::any_of(found.begin(), found.end(), [&](const Match& m) {
      const int64_t kind = deaths_[static_cast<size_t>(m.id)];
      if (kind == kUnsure) {
        const size_t first = m.begin > kUnsureReach ? m.begin - kUnsureReach : 0;
        return count.span.start >= ctx.orig_keys[first].start &&
               count.span.start < ctx.orig_keys[m.begin].start;
      }
      if (kind != kCause || m.end >= ctx.orig_keys.size()) return false;
      const size_t last = std::min(m.end + kCauseReach, ctx.orig_keys.size() - 1);
      return count.span.start >= ctx.orig_keys[m.end].start &&
             count.span.start <= ctx.orig_keys[last].end;
    });
  };
  // "200,000 people have been killed since the start of the war": a cumulative toll is no
  // event's deaths.
  const bool cumulative = !ctx.Cues(Cue::kCumulative).empty();
  for (size_t c : ctx.counts) {
    if (record.counts[c].what != "killed" || cumulative) continue;
    if (caused(record.counts[c])) {
      out.cause = true;
    } else {
      out.killed.push_back(c);
    }
  }
  out.none = !ctx.Cues(Cue::kNoFatal).empty();
  const size_t words = static_cast<size_t>(
      std::count_if(ctx.keys.begin(), ctx.keys.end(), [](const Key& k) { return !k.punct; }));
  out.summary = !out.killed.empty() && words <= kSummaryWords;
  for (const Match& m : found) {
    const int64_t d = deaths_[static_cast<size_t>(m.id)];
    if (d == kCause || d == kUnsure) continue;
    out.lone = out.lone == 0 ? d : std::min(out.lone, d);
  }
  return out;
}

std::optional<int64_t> SentencesFatalities(const std::vector<SentenceDeaths>& by_sentence,
                                           const std::vector<size_t>& sentences,
                                           const Record& record) {
  std::optional<int64_t> counted, lone, summary;
  bool none = false;
  for (size_t s : sentences) {
    if (s >= by_sentence.size()) continue;
    const SentenceDeaths& d = by_sentence[s];
    int64_t sum = 0;
    for (size_t c : d.killed) {
      const std::optional<int>& whole = record.counts[c].subset_of;
      const bool part = whole && std::find(d.killed.begin(), d.killed.end(),
                                           static_cast<size_t>(*whole)) != d.killed.end();
      if (!part) sum += record.counts[c].value;
    }
    if (d.summary && !summary) summary = sum;
    if (!d.killed.empty()) counted = counted ? std::min(*counted, sum) : sum;
    if (d.lone > 0) lone = lone ? std::min(*lone, d.lone) : d.lone;
    none = none || d.none;
  }
  if (summary) return summary;
  if (counted) return counted;
  if (lone) return lone;
  if (none) return 0;
  return std::nullopt;
}

}  // namespace sitrep::code
