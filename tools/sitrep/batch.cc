// RunBatch: a reader thread, N worker threads and the caller as the ordered writer.
#include "batch.h"

#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <optional>
#include <thread>

#include "ingest/reader.h"

namespace sitrep::cli {
namespace {

struct Item {
  int64_t seq = 0;
  std::optional<StatusOr<Document>> input;
};

// A queue of read documents, bounded so that reading never runs far ahead of writing.
class WorkQueue {
 public:
  explicit WorkQueue(size_t capacity) : capacity_(capacity) {}

  void Push(Item item) {
    std::unique_lock lock(mu_);
    not_full_.wait(lock, [&] { return items_.size() < capacity_; });
    items_.push_back(std::move(item));
    not_empty_.notify_one();
  }

  std::optional<Item> Pop() {
    std::unique_lock lock(mu_);
    not_empty_.wait(lock, [&] { return !items_.empty() || closed_; });
    if (items_.empty()) return std::nullopt;
    Item item = std::move(items_.front());
    items_.pop_front();
    not_full_.notify_one();
    return item;
  }

  void Close() {
    std::lock_guard lock(mu_);
    closed_ = true;
    not_empty_.notify_all();
  }

 private:
  size_t capacity_;
  std::mutex mu_;
  std::condition_variable not_full_, not_empty_;
  std::deque<Item> items_;
  bool closed_ = false;
};

// Results by sequence number, released to the writer in order.
class ResultBuffer {
 public:
  void Put(int64_t seq, StatusOr<Record> result) {
    std::lock_guard lock(mu_);
    results_.emplace(seq, std::move(result));
    ready_.notify_one();
  }

  // Waits for result `seq`; returns nullopt when `total` is known and reached.
  std::optional<StatusOr<Record>> Take(int64_t seq) {
    std::unique_lock lock(mu_);
    ready_.wait(lock, [&] { return results_.count(seq) > 0 || (total_ >= 0 && seq >= total_); });
    auto it = results_.find(seq);
    if (it == results_.end()) return std::nullopt;
    StatusOr<Record> r = std::move(it->second);
    results_.erase(it);
    return r;
  }

  void SetTotal(int64_t total) {
    std::lock_guard lock(mu_);
    total_ = total;
    ready_.notify_all();
  }

 private:
  std::mutex mu_;
  std::condition_variable ready_;
  std::map<int64_t, StatusOr<Record>> results_;
  int64_t total_ = -1;
};

}  // namespace

Status RunBatch(const Engine& engine, const std::vector<std::string>& inputs,
                const BatchOptions& options, const ResultSink& sink, const ProgressSink& progress) {
  int threads = options.threads > 0 ? options.threads
                                    : static_cast<int>(std::thread::hardware_concurrency());
  if (threads <= 0) threads = 1;
  WorkQueue queue(options.in_flight);
  ResultBuffer results;
  Status open_error;

  std::thread reader([&] {
    int64_t seq = 0;
    for (const std::string& path : inputs) {
      Status s = ingest::ReadPath(path, options.read, [&](StatusOr<Document> doc) {
        queue.Push(Item{seq++, std::move(doc)});
      });
      if (!s.ok()) {
        queue.Push(Item{seq++, StatusOr<Document>(s)});
        open_error = s;
      }
    }
    queue.Close();
    results.SetTotal(seq);
  });

  std::vector<std::thread> workers;
  for (int i = 0; i < threads; ++i) {
    workers.emplace_back([&] {
      while (std::optional<Item> item = queue.Pop()) {
        StatusOr<Document>& in = *item->input;
        if (!in.ok()) {
          results.Put(item->seq, in.status());
        } else {
          results.Put(item->seq, engine.Extract(std::move(in).value()));
        }
      }
    });
  }

  int64_t docs = 0;
  int64_t bytes = 0;
  for (int64_t seq = 0;; ++seq) {
    std::optional<StatusOr<Record>> r = results.Take(seq);
    if (!r) break;
    if (r->ok()) {
      ++docs;
      bytes += static_cast<int64_t>((*r)->doc.text.size());
    }
    sink(std::move(*r));
    if (progress) progress(docs, bytes);
  }
  reader.join();
  for (auto& w : workers) w.join();
  return open_error;
}

}  // namespace sitrep::cli
