// Engine: the facade that runs every stage on a document and returns its Record.
//
// Usage:
//   auto engine = sitrep::Engine::Create(sitrep::EngineOptions{});
//   if (!engine.ok()) return 2;
//   sitrep::Record rec = (*engine)->Extract(std::move(doc));
//   std::cout << sitrep::ToJson(rec) << "\n";
#pragma once

#include <memory>
#include <string>

#include "sitrep/document.h"
#include "sitrep/options.h"
#include "sitrep/record.h"
#include "sitrep/status.h"

namespace sitrep {

class Engine {
 public:
  // Loads dictionaries, patterns and the gazetteer once. Fails with kNotFound naming the file
  // when a data file is missing, kInvalidArgument naming file and line when one is malformed.
  static StatusOr<std::unique_ptr<Engine>> Create(const EngineOptions& options);

  // Not copyable (it owns large indexes); not movable (held by unique_ptr).
  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;
  ~Engine();

  // Runs language identification (when doc.lang is empty), normalization, recognition,
  // event coding and geocoding. Thread-safe: many threads may call Extract at once.
  Record Extract(Document doc) const;

  // The data folder in use.
  const std::string& data_dir() const;

 private:
  struct Impl;
  explicit Engine(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Serializes a record as one JSON line (no newline), every contract field present.
std::string ToJson(const Record& record);
// The same, indented for humans.
std::string ToPrettyJson(const Record& record);
// Parses a record as ToJson writes it (used by the store, the HTTP API and eval).
StatusOr<Record> RecordFromJson(const std::string& json);

}  // namespace sitrep
