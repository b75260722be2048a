// Batch extraction: reads inputs on one thread, runs Engine::Extract on all cores, and hands
// results back in input order, with bounded memory (a fixed number of documents in flight).
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "sitrep/engine.h"
#include "sitrep/options.h"
#include "sitrep/status.h"

namespace sitrep::cli {

struct BatchOptions {
  ReadOptions read;
  int threads = 0;         // 0: all cores
  size_t in_flight = 256;  // documents read ahead of the writer at most
};

// Called on the calling thread, in input order, for each document's record or input error.
using ResultSink = std::function<void(StatusOr<Record>)>;

// Progress callback: documents done, bytes done (of document text).
using ProgressSink = std::function<void(int64_t docs, int64_t bytes)>;

// Runs every input through the engine. Returns non-ok only for a path that cannot be opened
// at all (after the other inputs were processed); all other errors go to `sink`.
Status RunBatch(const Engine& engine, const std::vector<std::string>& inputs,
                const BatchOptions& options, const ResultSink& sink, const ProgressSink& progress);

}  // namespace sitrep::cli
