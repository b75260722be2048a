// Document-level filters of event mentions and actors' home countries (see filter.h).
#include "code/filter.h"

#include <algorithm>
#include <cstdlib>
#include <string_view>
#include <fstream>
#include <sstream>

namespace sitrep::code {
namespace {

bool In(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

bool In(const std::vector<std::string>& v, const std::optional<std::string>& s) {
  return s && In(v, *s);
}

// Sets one rule from a row `kind values...`; false for an unknown kind or a bad number.
bool SetRule(const std::vector<std::string>& row, DocumentRules* r) {
  const std::string& kind = row[0];
  const std::vector<std::string> values(row.begin() + 1, row.end());
  auto number = [&](double* out) {
    try {
      *out = std::stod(values.at(0));
      return true;
    } catch (...) {
      return false;
    }
  };
  if (kind == "lead") return r->lead = values, true;
  if (kind == "gated") return r->gated = values, true;
  if (kind == "armed") return r->armed = values, true;
  if (kind == "actor1_not") return r->actor1_not.push_back(values), true;
  if (kind == "merge_country") return r->merge_country = values, true;
  if (kind == "definite") return r->definite = values, true;
  if (kind == "background") return r->background = values, true;
  if (kind == "question") return r->question = values, true;
  if (kind == "aside") return r->aside = values, true;
  if (kind == "credit") return r->credit = values, true;
  if (kind == "relative") return r->relative = values, true;
  if (kind == "governed") return values.size() >= 2 && (r->governed.push_back(values), true);
  if (kind == "needs_actor1") return r->needs_actor1 = values, true;
  if (kind == "needs_actor") return r->needs_actor = values, true;
  if (kind == "needs_political") return r->needs_political = values, true;
  if (kind == "political") return r->political = values, true;
  if (kind == "home_sectors") return r->home_sectors = values, true;
  if (kind == "home_trip") return r->home_trip = values, true;
  if (kind == "aside_lead") return r->aside_lead = values, true;
  if (kind == "gate_weight") return number(&r->gate_weight);
  if (kind == "armed_weight") return number(&r->armed_weight);
  if (kind == "quote_weight") return number(&r->quote_weight);
  if (kind == "quote_gated_weight") return number(&r->quote_gated_weight);
  if (kind == "turn_weight") return number(&r->turn_weight);
  if (kind == "min_confidence")
    return number(&r->min_confidence);
  for (auto [name, field] : {std::pair{"lead_sentences", &r->lead_sentences},
                              std::pair{"gate_min_sentences", &r->gate_min_sentences}}) {
    if (kind != name) continue;
    double n = 0;
    if (!number(&n) || n < 0) return false;
    *field = static_cast<size_t>(n);
    return true;
  }
  return false;
}

// An interview transcript's turns start a line with the speaker's name in double brackets
// ("((WN))  Did that attract any violence?", "((Zara Kay))  So initially I started it").
constexpr size_t kTurnNameMax = 60;

// The byte where the text's first interview turn starts; npos when it has none.
size_t FirstTurn(std::string_view t) {
  for (size_t p = t.find("(("); p != std::string_view::npos; p = t.find("((", p + 2)) {
    if (p > 0 && t[p - 1] != '\n') continue;
    const size_t close = t.find("))", p + 2);
    if (close != std::string_view::npos && close - p <= kTurnNameMax &&
        t.substr(p, close - p).find('\n') == std::string_view::npos) {
      return p;
    }
  }
  return std::string_view::npos;
}

// A caption: a short sentence alone on its line ("Protestor dressed as the Grim Reaper in
// Whitehall.", "Jorgensen supporters during a rally in North Carolina.").
constexpr size_t kCaptionWords = 12;

bool Caption(const DocumentRules& rules, const Document& doc, const Span& sentence) {
  const std::string_view t = doc.text;
  size_t b = sentence.start, e = sentence.end;
  while (b > 0 && (t[b - 1] == ' ' || t[b - 1] == '\t')) --b;
  while (e < t.size() && (t[e] == ' ' || t[e] == '\t' || t[e] == '\r')) ++e;
  // A picture credit after it on its line ("... in Whitehall. Image: John Lubbock (flickr).").
  for (const std::string& c : rules.credit) {
    if (t.compare(e, c.size(), c) == 0) {
      const size_t nl = t.find('\n', e);
      e = nl == std::string_view::npos ? t.size() : nl;
      break;
    }
  }
  if ((b > 0 && t[b - 1] != '\n') || (e < t.size() && t[e] != '\n')) return false;
  const std::string_view s = doc.Slice(sentence);
  return static_cast<size_t>(std::count(s.begin(), s.end(), ' ')) < kCaptionWords;
}

// Inside a direct quote or an interview turn (from `turn`, FirstTurn of the text, on):
// someone's spoken words.
bool InDirectQuote(const Record& record, size_t turn, const Span& s) {
  if (turn != std::string_view::npos && s.start >= turn) return true;
  return std::any_of(record.quotes.begin(), record.quotes.end(),
                     [&](const Quote& q) { return q.direct && q.span.Contains(s); });
}

bool Digit(char c) { return c >= '0' && c <= '9'; }

// A number's separator: "1,994", "2.011".
bool SeparatorAt(std::string_view t, size_t i, int step) {
  const size_t j = i + static_cast<size_t>(step);
  return (t[i] == ',' || t[i] == '.') && j < t.size() && Digit(t[j]);
}

// The sentence names a year before the publication's ("imprisoned in 2018", "a 1994
// agreement", "back in 1972"): four digits, no part of a longer number, from 1900 on.
bool NamesEarlierYear(const Record& record, const Span& sentence) {
  if (!record.doc.published || record.doc.published->size() < 4) return false;
  const int published = std::atoi(record.doc.published->substr(0, 4).c_str());
  const std::string_view t = record.doc.Slice(sentence);
  for (size_t i = 0; i + 4 <= t.size(); ++i) {
    if (!Digit(t[i]) || (i > 0 && (Digit(t[i - 1]) || SeparatorAt(t, i - 1, -1)))) continue;
    size_t end = i;
    while (end < t.size() && Digit(t[end])) ++end;
    const bool alone = end == t.size() || !SeparatorAt(t, end, 1);
    const int year = std::atoi(std::string(t.substr(i, end - i)).c_str());
    if (end - i == 4 && alone && year >= 1900 && year < published) return true;
    i = end;
  }
  return false;
}

// The sentence asks ("Did that attract any violence or threat?"): it tells no event.
bool Question(const Record& record, const Span& sentence) {
  std::string_view t = record.doc.Slice(sentence);
  while (!t.empty() && (t.back() == ' ' || t.back() == '\n' || t.back() == '"' || t.back() == ')' ||
                        static_cast<unsigned char>(t.back()) >= 0x80)) {
    t.remove_suffix(1);  // closing quotes, brackets and spaces, UTF-8 ones too
  }
  return !t.empty() && t.back() == '?';
}

bool Political(const DocumentRules& rules, const std::optional<Actor>& a) {
  return a && (a->country || In(rules.political, a->sector));
}

bool Armed(const DocumentRules& rules, const std::optional<Actor>& a) {
  return a && In(rules.armed, a->sector);
}

bool InTitle(const DocumentShape& shape, const std::string& type) {
  return std::any_of(shape.title.begin(), shape.title.end(),
                     [&](const auto& t) { return t.first == type; });
}

// The document reports conflict: it is short (its trigger is its story), its title has a
// conflict trigger, or it has a strong
// trigger of a gated type, or a fair one with an armed actor or in the lead, outside quotes
// and not only announced or governed.
bool ConflictEvidence(const DocumentRules& rules, const Record& record, const DocumentShape& shape,
                      const std::vector<EventMention>& mentions, size_t turn) {
  if (shape.sentences < rules.gate_min_sentences) return true;
  for (const auto& [type, weight] : shape.title) {
    if (In(rules.gated, type) && weight >= rules.armed_weight) return true;
  }
  for (const EventMention& m : mentions) {
    if (!In(rules.gated, m.type()) || m.embedded || m.remap) continue;
    if (InDirectQuote(record, turn, m.trigger)) continue;
    const double w = m.rule->weight;
    if (w >= rules.gate_weight) return true;
    if (w >= rules.armed_weight && (Armed(rules, m.actor1) || Armed(rules, m.actor2) ||
                                    m.sentence < shape.lead_end)) {
      return true;
    }
  }
  return false;
}

}  // namespace

StatusOr<DocumentRules> DocumentRules::Load(const std::string& data_dir) {
  const std::string path = data_dir + "/events/document.tsv";
  std::ifstream in(path);
  if (!in) return NotFoundError("cannot open " + path);
  DocumentRules rules;
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> row;
    std::istringstream fields(line);
    for (std::string f; std::getline(fields, f, '\t');) {
      if (!f.empty()) row.push_back(f);
    }
    if (row.size() < 2 || !SetRule(row, &rules)) {
      return InvalidArgumentError(path + ":" + std::to_string(n) + ": bad row");
    }
  }
  return rules;
}

void FilterMentions(const DocumentRules& rules, const Record& record, const DocumentShape& shape,
                    std::vector<EventMention>* mentions) {
  const size_t turn = FirstTurn(record.doc.text);
  const bool conflict = ConflictEvidence(rules, record, shape, *mentions, turn);
  const bool all_questions = In(rules.question, std::string("*"));
  auto drop = [&](const EventMention& m) {
    const std::string& type = m.type();
    if (In(rules.lead, type) && m.sentence >= shape.lead_end && !InTitle(shape, type)) {
      return true;
    }
    if (InDirectQuote(record, turn, m.trigger)) {
      const double floor = In(rules.gated, type) ? rules.quote_gated_weight : rules.quote_weight;
      // An interview's turns: the interviewee's and the interviewer's words, no report.
      if (turn != std::string_view::npos && m.trigger.start >= turn &&
          m.rule->weight < rules.turn_weight) {
        return true;
      }
      if (In(rules.lead, type) || m.rule->weight < floor) return true;
    }
    if (In(rules.gated, type) && !conflict) return true;
    // Past the lead, an event named only as the cause or time of another ("riots that followed
    // the death of", "after sexual assault allegations") is no news of its own.
    if (In(rules.aside, type) && m.aside && m.sentence >= shape.lead_end) return true;
    // A statement named as the cause of the news ("killed by a mob after he was accused of
    // blasphemy", "resigned after sexual assault allegations") is no news, in the lead too.
    if (In(rules.aside_lead, type) && m.aside) return true;
    if ((all_questions || In(rules.question, type)) && Question(record, m.evidence)) return true;
    // Past the lead (the news), a sentence naming an earlier year tells background.
    return In(rules.background, type) && m.sentence >= shape.lead_end &&
           NamesEarlierYear(record, m.evidence);
  };
  mentions->erase(std::remove_if(mentions->begin(), mentions->end(), drop), mentions->end());
  for (EventMention& m : *mentions) {
    // Past the lead, an event told in a relative clause ("a plan ..., which they rejected")
    // completes one told elsewhere and makes none of its own.
    m.mention_only = m.relative && In(rules.relative, m.type()) && m.sentence >= shape.lead_end;
    // What is demanded, threatened or agreed ("called for a ceasefire", "threatened to shell")
    // is not done: a governed mention only completes an event told elsewhere.
    for (const std::vector<std::string>& row : rules.governed) {
      if (m.governor && row.front() == *m.governor &&
          (In(row, std::string("*")) || In(row, m.type()))) {
        m.mention_only = true;
      }
    }
    // A caption shows an event the text tells; it tells none of its own.
    if (shape.sentences >= rules.gate_min_sentences && Caption(rules, record.doc, m.evidence)) {
      m.mention_only = true;
    }
    for (const std::vector<std::string>& row : rules.actor1_not) {
      if (m.actor1 && row.front() == m.type() && In(row, m.actor1->sector)) m.actor1.reset();
    }
  }
}

namespace {

// A trip at home: a visit whose actor1 is of the country of its place and whose other side, if
// any, too ("Biden visited Kenosha", « le Premier ministre s'est rendu à Marseille »).
bool HomeTrip(const DocumentRules& rules, const Event& e) {
  if (!In(rules.home_trip, e.mode) || !e.actor1 || !e.actor1->country || !e.location ||
      e.actor1->country != e.location->country) {
    return false;
  }
  return !e.actor2 || !e.actor2->country || e.actor2->country == e.location->country;
}

}  // namespace

void FilterEvents(const DocumentRules& rules, std::vector<Event>* events) {
  auto drop = [&](const Event& e) {
    if (HomeTrip(rules, e)) return true;
    if (In(rules.needs_actor1, e.type) && !e.actor1) return true;
    if (In(rules.needs_political, e.type) && !Political(rules, e.actor1) &&
        !Political(rules, e.actor2)) {
      return true;
    }
    return In(rules.needs_actor, e.type) && !e.actor1 && !e.actor2;
  };
  events->erase(std::remove_if(events->begin(), events->end(), drop), events->end());
}

void DropUnsure(const DocumentRules& rules, const DocumentShape& shape,
                std::vector<Event>* events) {
  if (shape.sentences < rules.gate_min_sentences)
    return;
  std::vector<std::string> sure;  // the types of the events told with confidence
  for (const Event& e : *events) {
    if (e.confidence >= rules.min_confidence)
      sure.push_back(e.type);
  }
  auto retold = [&](const Event& e) {
    return e.confidence < rules.min_confidence && In(sure, e.type);
  };
  events->erase(std::remove_if(events->begin(), events->end(), retold), events->end());
}

void MarkMentions(const DocumentRules& rules, const SentenceContext& ctx,
                  std::vector<EventMention>* mentions) {
  for (EventMention& m : *mentions) {
    const size_t b = m.trigger_begin;
    m.definite = b > 0 && In(rules.definite, std::string(ctx.keys[b - 1].text));
  }
}

namespace {

std::optional<std::string> CountryOf(const Event& e) {
  return e.location ? e.location->country : std::nullopt;
}

// The event's place is named in its own sentence (not the article's main place).
bool OwnPlace(const Event& e) { return e.location && e.evidence.Contains(e.location->span); }

// One name holds the other ("Washington D.C." and "D.C."): one place.
bool SamePlaceName(const std::string& a, const std::string& b) {
  return a.find(b) != std::string::npos || b.find(a) != std::string::npos;
}

bool SameStory(const Event& a, const Event& b) {
  if (a.type != b.type || CountryOf(a) != CountryOf(b)) return false;
  if (OwnPlace(a) && OwnPlace(b) && !SamePlaceName(a.location->name, b.location->name)) {
    return false;
  }
  return !(a.date_text && b.date_text && a.date != b.date);
}

}  // namespace

void MergeByCountry(const DocumentRules& rules, std::vector<Event>* events) {
  std::vector<Event> out;
  for (Event& e : *events) {
    auto host = std::find_if(out.begin(), out.end(), [&](const Event& o) {
      return In(rules.merge_country, e.type) && SameStory(o, e);
    });
    if (host == out.end()) {
      out.push_back(std::move(e));
      continue;
    }
    if (!host->actor1) host->actor1 = e.actor1;
    if (!host->actor2) host->actor2 = e.actor2;
    if (!host->acled) host->acled = e.acled;
    host->confidence = std::min(1.0, std::max(host->confidence, e.confidence) + 0.05);
  }
  for (size_t i = 0; i < out.size(); ++i) {
    const std::string& id = out[i].id;
    out[i].id = id.substr(0, id.rfind("#e") + 2) + std::to_string(i + 1);
  }
  *events = std::move(out);
}

void FillHomeCountries(const DocumentRules& rules, std::vector<Event>* events) {
  for (Event& e : *events) {
    if (!e.location || !e.location->country) continue;
    for (std::optional<Actor>* a : {&e.actor1, &e.actor2}) {
      if (!*a || (*a)->country)
        continue;
      // "-": people and groups named without a sector ("Mohammed Waseem", "an Ohio man").
      const std::string sector = (*a)->sector.value_or("-");
      if (In(rules.home_sectors, sector))
        (*a)->country = e.location->country;
    }
  }
}

}  // namespace sitrep::code
