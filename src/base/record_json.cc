// JSON codec for Record, in the field order of ../shared/spec/record.md. Unknown fields are
// null and lists are [] rather than missing, so analysts' scripts can rely on every key.
// This file builds the JSON value (RecordJsonValue) and parses records back; ToJson and
// ToPrettyJson write the text without a JSON value (record_json_write.cc).
#include <nlohmann/json.hpp>

#include "base/record_json.h"
#include "sitrep/engine.h"
#include "sitrep/record.h"

namespace sitrep {
namespace {

using Json = nlohmann::ordered_json;

template <typename T>
Json Opt(const std::optional<T>& v) {
  return v ? Json(*v) : Json(nullptr);
}

Json SpanJson(const Span& s) { return Json::array({s.start, s.end}); }

Json CountJson(const Count& c) {
  Json j = {{"what", c.what},   {"who", Opt(c.who)},
            {"value", c.value}, {"low", Opt(c.low)},
            {"high", Opt(c.high)}, {"qualifier", c.qualifier},
            {"text", c.text},   {"span", SpanJson(c.span)}};
  j["subset_of"] = Opt(c.subset_of);
  return j;
}

Json ActorJson(const std::optional<Actor>& a) {
  if (!a) return nullptr;
  return {{"text", a->text},       {"span", SpanJson(a->span)}, {"name", a->name},
          {"country", Opt(a->country)}, {"sector", Opt(a->sector)}};
}

Json LocationJson(const std::optional<Location>& l) {
  if (!l) return nullptr;
  return {{"text", l->text},         {"span", SpanJson(l->span)}, {"name", l->name},
          {"country", Opt(l->country)}, {"admin1", Opt(l->admin1)}, {"lat", Opt(l->lat)},
          {"lon", Opt(l->lon)},       {"geonames_id", Opt(l->geonames_id)},
          {"precision", l->precision}};
}

Json EventJson(const Event& e) {
  Json counts = Json::array();
  for (const Count& c : e.counts) counts.push_back(CountJson(c));
  Json acled = nullptr;
  if (e.acled) acled = {{"event_type", e.acled->event_type}, {"sub_event_type", e.acled->sub_event_type}};
  return {{"id", e.id},
          {"type", e.type},
          {"mode", Opt(e.mode)},
          {"acled", acled},
          {"cameo", Opt(e.cameo)},
          {"actor1", ActorJson(e.actor1)},
          {"actor2", ActorJson(e.actor2)},
          {"location", LocationJson(e.location)},
          {"date", Opt(e.date)},
          {"date_text", Opt(e.date_text)},
          {"counts", counts},
          {"fatalities", Opt(e.fatalities)},
          {"evidence", SpanJson(e.evidence)},
          {"confidence", e.confidence},
          {"cluster", Opt(e.cluster)},
          {"duplicate", e.duplicate}};
}

Json QuoteJson(const Quote& q) {
  Json speaker = nullptr;
  if (q.speaker) {
    speaker = {{"text", q.speaker->text},
               {"span", SpanJson(q.speaker->span)},
               {"name", q.speaker->name},
               {"kind", q.speaker->kind}};
  }
  Json cue = nullptr;
  if (q.cue) cue = {{"text", q.cue->text}, {"span", SpanJson(q.cue->span)}};
  return {{"text", q.text}, {"span", SpanJson(q.span)}, {"direct", q.direct},
          {"speaker", speaker}, {"cue", cue}};
}

Json RecordJson(const Record& r) {
  const Document& d = r.doc;
  Json doc = {{"id", d.id},          {"source", d.source},       {"url", Opt(d.url)},
              {"title", Opt(d.title)}, {"lang", d.lang},         {"published", Opt(d.published)},
              {"bytes", d.text.size()}, {"sha256", r.sha256}};
  Json entities = Json::array();
  for (const Entity& e : r.entities) {
    Json j = {{"kind", e.kind}, {"text", e.text}, {"span", SpanJson(e.span)},
              {"name", e.name}, {"id", Opt(e.id)}};
    j["country"] = Opt(e.country);
    j["sector"] = Opt(e.sector);
    entities.push_back(std::move(j));
  }
  Json quotes = Json::array();
  for (const Quote& q : r.quotes) quotes.push_back(QuoteJson(q));
  Json events = Json::array();
  for (const Event& e : r.events) events.push_back(EventJson(e));
  Json errors = Json::array();
  for (const InputError& e : d.errors) {
    errors.push_back({{"stage", e.stage}, {"message", e.message},
                      {"span", e.span ? SpanJson(*e.span) : Json(nullptr)}});
  }
  Json counts = Json::array();
  for (const Count& c : r.counts) counts.push_back(CountJson(c));
  Json dates = Json::array();
  for (const DateMention& m : r.dates) {
    dates.push_back({{"text", m.text}, {"span", SpanJson(m.span)}, {"date", Opt(m.date)},
                     {"relative", m.relative}});
  }
  return {{"doc", doc},       {"entities", entities}, {"quotes", quotes}, {"events", events},
          {"errors", errors}, {"counts", counts},     {"dates", dates}};
}

// ---- Parsing back -------------------------------------------------------------------------

template <typename T>
std::optional<T> GetOpt(const Json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return std::nullopt;
  return it->get<T>();
}

Span SpanFrom(const Json& j) {
  if (!j.is_array() || j.size() != 2) return {};
  return Span{j[0].get<size_t>(), j[1].get<size_t>()};
}

Count CountFrom(const Json& j) {
  Count c;
  c.what = j.value("what", "other");
  c.who = GetOpt<std::string>(j, "who");
  c.value = j.value("value", int64_t{0});
  c.low = GetOpt<int64_t>(j, "low");
  c.high = GetOpt<int64_t>(j, "high");
  c.qualifier = j.value("qualifier", "exact");
  c.text = j.value("text", "");
  c.span = SpanFrom(j.value("span", Json::array()));
  c.subset_of = GetOpt<int>(j, "subset_of");
  return c;
}

std::optional<Actor> ActorFrom(const Json& j) {
  if (j.is_null()) return std::nullopt;
  Actor a;
  a.text = j.value("text", "");
  a.span = SpanFrom(j.value("span", Json::array()));
  a.name = j.value("name", "");
  a.country = GetOpt<std::string>(j, "country");
  a.sector = GetOpt<std::string>(j, "sector");
  return a;
}

Event EventFrom(const Json& j) {
  Event e;
  e.id = j.value("id", "");
  e.type = j.value("type", "");
  e.mode = GetOpt<std::string>(j, "mode");
  if (j.contains("acled") && !j["acled"].is_null()) {
    e.acled = AcledType{j["acled"].value("event_type", ""), j["acled"].value("sub_event_type", "")};
  }
  e.cameo = GetOpt<std::string>(j, "cameo");
  e.actor1 = ActorFrom(j.value("actor1", Json(nullptr)));
  e.actor2 = ActorFrom(j.value("actor2", Json(nullptr)));
  if (j.contains("location") && !j["location"].is_null()) {
    const Json& l = j["location"];
    Location loc;
    loc.text = l.value("text", "");
    loc.span = SpanFrom(l.value("span", Json::array()));
    loc.name = l.value("name", "");
    loc.country = GetOpt<std::string>(l, "country");
    loc.admin1 = GetOpt<std::string>(l, "admin1");
    loc.lat = GetOpt<double>(l, "lat");
    loc.lon = GetOpt<double>(l, "lon");
    loc.geonames_id = GetOpt<int64_t>(l, "geonames_id");
    loc.precision = l.value("precision", "point");
    e.location = loc;
  }
  e.date = GetOpt<std::string>(j, "date");
  e.date_text = GetOpt<std::string>(j, "date_text");
  for (const Json& c : j.value("counts", Json::array())) e.counts.push_back(CountFrom(c));
  e.fatalities = GetOpt<int64_t>(j, "fatalities");
  e.evidence = SpanFrom(j.value("evidence", Json::array()));
  e.confidence = j.value("confidence", 0.0);
  e.cluster = GetOpt<std::string>(j, "cluster");
  e.duplicate = j.value("duplicate", false);
  return e;
}

Quote QuoteFrom(const Json& j) {
  Quote q;
  q.text = j.value("text", "");
  q.span = SpanFrom(j.value("span", Json::array()));
  q.direct = j.value("direct", true);
  if (j.contains("speaker") && !j["speaker"].is_null()) {
    const Json& s = j["speaker"];
    q.speaker = Speaker{s.value("text", ""), SpanFrom(s.value("span", Json::array())),
                        s.value("name", ""), s.value("kind", "")};
  }
  if (j.contains("cue") && !j["cue"].is_null()) {
    q.cue = Mention{j["cue"].value("text", ""), SpanFrom(j["cue"].value("span", Json::array()))};
  }
  return q;
}

Record RecordFrom(const Json& j) {
  Record r;
  const Json& d = j.at("doc");
  r.doc.id = d.value("id", "");
  r.doc.source = d.value("source", "");
  r.doc.url = GetOpt<std::string>(d, "url");
  r.doc.title = GetOpt<std::string>(d, "title");
  r.doc.lang = d.value("lang", "und");
  r.doc.published = GetOpt<std::string>(d, "published");
  r.sha256 = d.value("sha256", "");
  for (const Json& e : j.value("entities", Json::array())) {
    Entity en;
    en.kind = e.value("kind", "other");
    en.text = e.value("text", "");
    en.span = SpanFrom(e.value("span", Json::array()));
    en.name = e.value("name", "");
    en.id = GetOpt<std::string>(e, "id");
    en.country = GetOpt<std::string>(e, "country");
    en.sector = GetOpt<std::string>(e, "sector");
    r.entities.push_back(std::move(en));
  }
  for (const Json& q : j.value("quotes", Json::array())) r.quotes.push_back(QuoteFrom(q));
  for (const Json& e : j.value("events", Json::array())) r.events.push_back(EventFrom(e));
  for (const Json& c : j.value("counts", Json::array())) r.counts.push_back(CountFrom(c));
  for (const Json& e : j.value("errors", Json::array())) {
    InputError err{e.value("stage", ""), e.value("message", ""), std::nullopt};
    if (e.contains("span") && !e["span"].is_null()) err.span = SpanFrom(e["span"]);
    r.doc.errors.push_back(std::move(err));
  }
  for (const Json& m : j.value("dates", Json::array())) {
    r.dates.push_back(DateMention{m.value("text", ""), SpanFrom(m.value("span", Json::array())),
                                  GetOpt<std::string>(m, "date"), m.value("relative", false)});
  }
  return r;
}

}  // namespace

nlohmann::ordered_json RecordJsonValue(const Record& record) { return RecordJson(record); }

StatusOr<Record> RecordFromJson(const std::string& json) {
  try {
    return RecordFrom(Json::parse(json));
  } catch (const std::exception& e) {
    return InvalidArgumentError(std::string("record JSON: ") + e.what());
  }
}

}  // namespace sitrep
