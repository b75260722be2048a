// Clusterer: streams records in and marks each event with its cross-article cluster. An
// event that matches an event of an earlier document (event_match.h) joins that event's
// cluster and is flagged `duplicate`; otherwise it starts a cluster named after itself.
// Memory is bounded: only the most recent `max_events` events are kept for matching.
//
// Usage:
//   dedup::Clusterer clusterer;
//   for (Record& r : records_in_input_order) clusterer.Assign(r);
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <unordered_map>
#include <vector>

#include "dedup/event_match.h"
#include "sitrep/record.h"

namespace sitrep::dedup {

struct ClustererOptions {
  int window_days = 1;          // dates at most this many days apart may be one event
  size_t max_events = 500000;   // events kept for matching; the oldest are forgotten first
};

class Clusterer {
 public:
  explicit Clusterer(ClustererOptions options = {});

  // Fills `cluster` and `duplicate` of every event of `record`. Deterministic for a given
  // order of records.
  void Assign(Record& record);

  int64_t events() const { return events_; }
  int64_t duplicates() const { return duplicates_; }

 private:
  struct Entry {
    EventKey key;
    std::string cluster;
  };
  static uint64_t Bucket(const std::string& type, int64_t day);
  void Forget();

  ClustererOptions options_;
  std::deque<Entry> entries_;  // entry number n is entries_[n - first_]
  int64_t first_ = 0;
  std::unordered_map<uint64_t, std::vector<int64_t>> buckets_;  // (type, day) -> entries
  int64_t documents_ = 0;
  int64_t events_ = 0;
  int64_t duplicates_ = 0;
};

}  // namespace sitrep::dedup
