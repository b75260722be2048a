// Streaming cross-article clustering; see clusterer.h.
#include "dedup/clusterer.h"

#include <algorithm>
#include <functional>

namespace sitrep::dedup {

Clusterer::Clusterer(ClustererOptions options) : options_(options) {}

uint64_t Clusterer::Bucket(const std::string& type, int64_t day) {
  return std::hash<std::string>{}(type) * 1000003u ^ static_cast<uint64_t>(day);
}

void Clusterer::Assign(Record& record) {
  const std::optional<std::string>& published = record.doc.published;
  std::vector<Entry> added;
  const int64_t doc = documents_++;
  for (Event& e : record.events) {
    ++events_;
    e.duplicate = false;
    const size_t hash = e.id.rfind('#');
    e.cluster = record.sha256.substr(0, 12) + "#" + (hash == std::string::npos ? e.id : e.id.substr(hash + 1));
    std::optional<EventKey> key = MakeKey(e, doc, published);
    if (!key) continue;
    int best = 0;
    const Entry* match = nullptr;
    for (int64_t d = key->day - options_.window_days; d <= key->day + options_.window_days; ++d) {
      auto it = buckets_.find(Bucket(key->type, d));
      if (it == buckets_.end()) continue;
      for (int64_t n : it->second) {
        const Entry& cand = entries_[static_cast<size_t>(n - first_)];
        const int s = MatchStrength(*key, cand.key, options_.window_days);
        if (s > best) {  // ties keep the earliest entry: buckets are in arrival order
          best = s;
          match = &cand;
        }
      }
    }
    if (match) {
      e.cluster = match->cluster;
      e.duplicate = true;
      ++duplicates_;
    }
    added.push_back(Entry{std::move(*key), *e.cluster});
  }
  // Added after the whole record, so events of one document never match each other.
  for (Entry& entry : added) {
    const int64_t n = first_ + static_cast<int64_t>(entries_.size());
    buckets_[Bucket(entry.key.type, entry.key.day)].push_back(n);
    entries_.push_back(std::move(entry));
  }
  Forget();
}

void Clusterer::Forget() {
  while (entries_.size() > options_.max_events) {
    const Entry& old = entries_.front();
    auto it = buckets_.find(Bucket(old.key.type, old.key.day));
    if (it != buckets_.end()) {
      auto& v = it->second;
      v.erase(std::remove(v.begin(), v.end(), first_), v.end());
      if (v.empty()) buckets_.erase(it);
    }
    entries_.pop_front();
    ++first_;
  }
}

}  // namespace sitrep::dedup
