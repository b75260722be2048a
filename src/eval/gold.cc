// Gold reader and validator; the JSON adapter catches nlohmann's exceptions.
#include "eval/gold.h"

#include <algorithm>
#include <array>
#include <fstream>

#include <nlohmann/json.hpp>

namespace sitrep::eval {
namespace {

using Json = nlohmann::json;

std::optional<std::string> OptString(const Json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) {
    return std::nullopt;
  }
  return it->get<std::string>();
}

std::optional<int64_t> OptInt(const Json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) {
    return std::nullopt;
  }
  return it->get<int64_t>();
}

GoldQuote QuoteFrom(const Json& j) {
  GoldQuote q;
  q.text = j.at("text").get<std::string>();
  q.span = Span{j.at("span").at(0).get<size_t>(), j.at("span").at(1).get<size_t>()};
  q.direct = j.at("direct").get<bool>();
  q.speaker = OptString(j, "speaker");
  if (auto it = j.find("speaker_aliases"); it != j.end() && it->is_array()) {
    q.speaker_aliases = it->get<std::vector<std::string>>();
  }
  return q;
}

GoldCount CountFrom(const Json& j) {
  GoldCount c;
  c.what = j.at("what").get<std::string>();
  c.who = OptString(j, "who");
  c.value = j.at("value").get<int64_t>();
  c.qualifier = j.value("qualifier", std::string("exact"));
  c.text = j.value("text", std::string());
  return c;
}

GoldEvent EventFrom(const Json& j) {
  GoldEvent e;
  e.type = j.at("type").get<std::string>();
  e.acled_sub_event_type = OptString(j, "acled_sub_event_type");
  e.actor1_country = OptString(j, "actor1_country");
  e.actor1_sector = OptString(j, "actor1_sector");
  e.location_country = OptString(j, "location_country");
  e.location_name = OptString(j, "location_name");
  e.fatalities = OptInt(j, "fatalities");
  e.date = OptString(j, "date");
  return e;
}

GoldArticle ArticleFrom(const Json& j) {
  GoldArticle a;
  a.id = j.at("id").get<std::string>();
  a.lang = j.at("lang").get<std::string>();
  a.published = OptString(j, "published");
  a.source = j.at("source").get<std::string>();
  a.license = j.at("license").get<std::string>();
  a.text = j.at("text").get<std::string>();
  for (const Json& q : j.at("quotes")) {
    a.quotes.push_back(QuoteFrom(q));
  }
  for (const Json& c : j.at("counts")) {
    a.counts.push_back(CountFrom(c));
  }
  for (const Json& e : j.at("events")) {
    a.events.push_back(EventFrom(e));
  }
  a.conflict = j.at("conflict").get<bool>();
  return a;
}

bool OneOf(const std::string& s, const std::vector<std::string>& allowed) {
  return std::find(allowed.begin(), allowed.end(), s) != allowed.end();
}

}  // namespace

StatusOr<GoldArticle> ParseGoldArticle(const std::string& json_line) {
  try {
    return ArticleFrom(Json::parse(json_line));
  } catch (const Json::exception& e) {
    return InvalidArgumentError(e.what());
  }
}

StatusOr<std::vector<GoldArticle>> ReadGold(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return NotFoundError("cannot open gold file " + path);
  }
  std::vector<GoldArticle> articles;
  std::string line;
  uint64_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string::npos) {
      continue;
    }
    if (line_no == 1 && line.find("\"text\"") == std::string::npos) {
      continue;  // header
    }
    StatusOr<GoldArticle> a = ParseGoldArticle(line);
    if (!a.ok()) {
      Status s =
          InvalidArgumentError(path + ":" + std::to_string(line_no) + ": " + a.status().message());
      s.file = path;
      s.line = line_no;
      return s;
    }
    articles.push_back(std::move(a).value());
  }
  return articles;
}

Status ValidateGold(const GoldArticle& a) {
  static const std::vector<std::string> kWhat = {"killed",    "injured",  "displaced",
                                                 "evacuated", "arrested", "surrendered",
                                                 "deployed",  "missing",  "other"};
  static const std::vector<std::string> kQualifier = {"exact", "at_least", "at_most", "about"};
  auto fail = [&](const std::string& why) {
    return InvalidArgumentError("gold article " + a.id + ": " + why);
  };
  if (a.lang.empty()) {
    return fail("no lang");
  }
  if (a.text.empty()) {
    return fail("no text");
  }
  for (const GoldQuote& q : a.quotes) {
    if (q.span.end > a.text.size() || q.span.empty()) {
      return fail("quote span out of text");
    }
    if (a.text.compare(q.span.start, q.span.size(), q.text) != 0) {
      return fail("quote span [" + std::to_string(q.span.start) + "," + std::to_string(q.span.end) +
                  ") is not \"" + q.text + "\"");
    }
  }
  for (const GoldCount& c : a.counts) {
    if (!OneOf(c.what, kWhat)) {
      return fail("count what \"" + c.what + "\"");
    }
    if (!OneOf(c.qualifier, kQualifier)) {
      return fail("count qualifier \"" + c.qualifier + "\"");
    }
    if (!c.text.empty() && a.text.find(c.text) == std::string::npos) {
      return fail("count text \"" + c.text + "\" not in the article");
    }
  }
  for (const GoldEvent& e : a.events) {
    if (e.type.empty()) {
      return fail("event without type");
    }
  }
  return Status::Ok();
}

}  // namespace sitrep::eval
