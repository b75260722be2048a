// Api: sitrep's HTTP API as plain functions from a request to a reply, over one store and one
// engine, so tests call it with or without sockets; server.h binds it to cpp-httplib routes.
//
//   GET  /api/stats                      documents, entities, quotes, events, counts stored
//   GET  /api/documents?type=&country=&from=&to=&q=&limit=&offset=
//                                        records (newest first), without their text
//   GET  /api/documents/{id or sha256}   one record with its text (for evidence highlighting)
//   GET  /api/events?type=&country=&from=&to=&q=&limit=
//                                        events flattened with their document's id, title and
//                                        date, for the map and the timeline
//   POST /api/extract?lang=&published=&title=&store=1
//                                        runs the engine on the body (text, HTML, JSON Lines,
//                                        CSV, gzip...); replies {"records": [record + text]}
#pragma once

#include <map>
#include <mutex>
#include <string>

#include "sitrep/engine.h"
#include "sitrep/store.h"

namespace sitrep::serve {

using Params = std::multimap<std::string, std::string>;

struct Reply {
  int status = 200;
  std::string body;  // JSON
};

class Api {
 public:
  // Neither is owned; both must outlive the Api. Every call may run on its own thread.
  Api(Store* store, const Engine* engine) : store_(store), engine_(engine) {}

  Reply Stats();
  Reply Documents(const Params& params);
  Reply Document(const std::string& key);
  Reply Events(const Params& params);
  Reply Extract(const std::string& body, const Params& params);

 private:
  std::mutex store_mu_;  // a Store is not thread-safe
  Store* store_;
  const Engine* engine_;
};

}  // namespace sitrep::serve
