// The HTTP API's handlers; see api.h.
#include "serve/api.h"

#include <nlohmann/json.hpp>
#include <regex>

#include "base/record_json.h"
#include "ingest/reader.h"

namespace sitrep::serve {
namespace {

using Json = nlohmann::ordered_json;

// Bytes that are not UTF-8 (there should be none after ingest) become U+FFFD, as in ToJson.
std::string Dump(const Json& j) { return j.dump(-1, ' ', false, Json::error_handler_t::replace); }

Reply Error(int status, const std::string& message) {
  return Reply{status, Json{{"error", message}}.dump()};
}

std::optional<std::string> Param(const Params& p, const std::string& key) {
  auto it = p.find(key);
  if (it == p.end() || it->second.empty()) return std::nullopt;
  return it->second;
}

// Parses the query's filters; an error message when one is malformed.
std::optional<std::string> ParseQuery(const Params& p, StoreQuery* q) {
  static const std::regex kDate(R"(\d{4}-\d{2}-\d{2})");
  q->event_type = Param(p, "type");
  q->country = Param(p, "country");
  q->date_from = Param(p, "from");
  q->date_to = Param(p, "to");
  q->text = Param(p, "q");
  for (const auto* d : {&q->date_from, &q->date_to}) {
    if (*d && !std::regex_match(**d, kDate)) return "dates are YYYY-MM-DD, got " + **d;
  }
  for (const auto& [key, field] : {std::pair<const char*, int64_t*>{"limit", &q->limit},
                                   std::pair<const char*, int64_t*>{"offset", &q->offset}}) {
    if (auto v = Param(p, key)) {
      try {
        *field = std::stoll(*v);
      } catch (...) {
        return std::string(key) + " is a number, got " + *v;
      }
      if (*field < 0) return std::string(key) + " must not be negative";
    }
  }
  q->limit = std::min<int64_t>(q->limit, 1000);
  return std::nullopt;
}

Json WithText(const Record& r) {
  Json j = RecordJsonValue(r);
  j["doc"]["text"] = r.doc.text;
  return j;
}

// Whether an event meets the event conditions of `q` (the store's query only says that some
// event of the document does).
bool EventMatches(const Event& e, const Record& r, const StoreQuery& q) {
  if (q.event_type && e.type != *q.event_type) return false;
  if (q.country && (!e.location || e.location->country != *q.country)) return false;
  const std::optional<std::string>& date = e.date ? e.date : r.doc.published;
  if (q.date_from && (!date || *date < *q.date_from)) return false;
  if (q.date_to && (!date || *date > *q.date_to)) return false;
  return true;
}

}  // namespace

Reply Api::Stats() {
  std::lock_guard lock(store_mu_);
  auto s = store_->Stats();
  if (!s.ok()) return Error(500, s.status().ToString());
  return Reply{200, Json{{"documents", s->documents},
                         {"entities", s->entities},
                         {"quotes", s->quotes},
                         {"events", s->events},
                         {"counts", s->counts}}
                        .dump()};
}

Reply Api::Documents(const Params& params) {
  StoreQuery q;
  if (auto bad = ParseQuery(params, &q)) return Error(400, *bad);
  std::lock_guard lock(store_mu_);
  auto found = store_->Find(q);
  if (!found.ok()) return Error(500, found.status().ToString());
  std::string body = "[";
  for (size_t i = 0; i < found->size(); ++i) body += (i ? "," : "") + ToJson((*found)[i]);
  return Reply{200, body + "]"};
}

Reply Api::Document(const std::string& key) {
  std::lock_guard lock(store_mu_);
  auto got = store_->Get(key);
  if (!got.ok()) return Error(500, got.status().ToString());
  if (!got->has_value()) return Error(404, "no stored document " + key);
  return Reply{200, Dump(WithText(**got))};
}

Reply Api::Events(const Params& params) {
  StoreQuery q;
  q.limit = 200;  // documents scanned; each may hold several events
  if (auto bad = ParseQuery(params, &q)) return Error(400, *bad);
  std::lock_guard lock(store_mu_);
  auto found = store_->Find(q);
  if (!found.ok()) return Error(500, found.status().ToString());
  Json out = Json::array();
  for (const Record& r : *found) {
    const Json rec = RecordJsonValue(r);
    for (size_t i = 0; i < r.events.size(); ++i) {
      if (!EventMatches(r.events[i], r, q)) continue;
      Json e = rec["events"][i];
      e["doc"] = {{"id", r.doc.id}, {"title", rec["doc"]["title"]},
                  {"published", rec["doc"]["published"]}, {"sha256", r.sha256}};
      out.push_back(std::move(e));
    }
  }
  return Reply{200, Dump(out)};
}

Reply Api::Extract(const std::string& body, const Params& params) {
  ReadOptions ro;
  ro.published = Param(params, "published");
  ro.lang = Param(params, "lang");
  ro.format = Param(params, "format");
  std::vector<Record> records;
  std::vector<std::string> errors;
  ingest::ReadBuffer(body, "http", ro, [&](StatusOr<sitrep::Document> doc) {
    if (!doc.ok()) {
      errors.push_back(doc.status().ToString());
      return;
    }
    if (auto title = Param(params, "title"); title && !doc->title) doc->title = title;
    const bool unnamed = doc->id.rfind("http", 0) == 0;  // the reader names it after the source
    records.push_back(engine_->Extract(std::move(doc).value()));
    // Posted documents are named by their text, so that each has an id of its own.
    if (unnamed) records.back().doc.id = "api/" + records.back().sha256.substr(0, 16);
  });
  if (records.empty()) {
    return Error(400, errors.empty() ? "no document in the request body" : errors.front());
  }
  Json out = {{"records", Json::array()}, {"errors", errors}};
  for (const Record& r : records) out["records"].push_back(WithText(r));
  if (Param(params, "store") == "1") {
    std::vector<const Record*> ptrs;
    for (const Record& r : records) ptrs.push_back(&r);
    std::lock_guard lock(store_mu_);
    auto put = store_->Put(ptrs);
    if (!put.ok()) return Error(500, put.status().ToString());
    out["stored"] = *put;
  }
  return Reply{200, Dump(out)};
}

}  // namespace sitrep::serve
