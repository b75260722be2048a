// Records for the store tests of every backend: three documents as the engine would write
// them, on sentences shaped like French news about Aleppo and Mosul.
#pragma once

#include <string>

#include "base/sha256.h"
#include "sitrep/record.h"

namespace sitrep::store_test {

inline Span SpanOf(const std::string& text, const std::string& part) {
  const size_t at = text.find(part);
  return Span{at, at + part.size()};
}

// One entity, quote (speaker, cue), count, event (location, count) and date per record.
inline Record MakeRecord(const std::string& id, const std::string& text, const char* published,
                         const char* event_type, const char* country) {
  Record r;
  r.doc.id = id;
  r.doc.source = "articles.jsonl";
  r.doc.lang = "fr";
  r.doc.published = published;
  r.doc.title = "Titre " + id;
  r.doc.text = text;
  r.sha256 = Sha256Hex(text);
  r.entities.push_back({"place", "Alep", SpanOf(text, "Alep"), "Aleppo", "170063", "SYR", {}});
  Quote q;
  q.text = "un tournant";
  q.span = SpanOf(text, "un tournant");
  q.speaker = Speaker{"l'armée", SpanOf(text, "l'armée"), "Syrian Army", "organization"};
  q.cue = Mention{"a déclaré", SpanOf(text, "a déclaré")};
  r.quotes.push_back(q);
  Count c;
  c.what = "killed";
  c.value = 88;
  c.qualifier = "at_least";
  c.text = "au moins 88 civils";
  c.span = SpanOf(text, c.text);
  r.counts.push_back(c);
  Event e;
  e.id = id + "-e1";
  e.type = event_type;
  e.evidence = Span{0, text.size()};
  e.counts.push_back(c);
  e.fatalities = 88;
  e.location = Location{"Alep", SpanOf(text, "Alep"), "Aleppo", country, {}, 36.2, 37.16, 170063, "point"};
  r.events.push_back(e);
  r.dates.push_back(DateMention{"jeudi", SpanOf(text, "jeudi"), published, true});
  return r;
}

inline Record RecordA() {
  return MakeRecord("a", "Jeudi, au moins 88 civils ont été tués à Alep, a déclaré l'armée, "
                         "« un tournant ».", "2016-12-22", "ASSAULT", "SYR");
}
inline Record RecordB() {
  return MakeRecord("b", "Selon l'armée, qui a déclaré jeudi que c'était un tournant, au moins "
                         "88 civils sont morts près d'Alep.", "2016-12-15", "ASSAULT", "SYR");
}
inline Record RecordC() {
  return MakeRecord("c", "Jeudi à Alep, au moins 88 civils ont été évacués; l'armée a déclaré "
                         "« un tournant » pour la ville de Mossoul.", "2017-01-03", "AID", "IRQ");
}

}  // namespace sitrep::store_test
