// FindMentions: typed triggers of one sentence, filtered, one per PLOVER type, with their
// place, date and counts.
#include "code/mention.h"

#include <algorithm>

namespace sitrep::code {
namespace {

bool Contains(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

bool IsArmed(const std::optional<std::string>& sector) {
  return sector && (*sector == "MIL" || *sector == "REB" || *sector == "COP");
}

// A cue of `kind` ending at most `within` keys before the trigger ("not attacked", "would meet").
bool CuedBefore(const SentenceContext& ctx, Cue kind, const Match& m, size_t within = 3) {
  for (const Match& c : ctx.Cues(kind)) {
    if (c.end <= m.begin && c.end + within >= m.begin) return true;
  }
  return false;
}

// A relative pronoun this many keys before a trigger opens the clause that holds it ("a plan
// ..., which they rejected", "who was also killed in the airstrike").
constexpr size_t kRelativeScope = 5;

bool Negated(const SentenceContext& ctx, const Match& m) {
  return CuedBefore(ctx, Cue::kNegation, m);
}

bool HasNumber(const SentenceContext& ctx) {
  if (!ctx.counts.empty()) return true;
  return std::any_of(ctx.keys.begin(), ctx.keys.end(), [](const Key& k) { return k.number; });
}

bool HasArmed(const SentenceContext& ctx) {
  return std::any_of(ctx.mentions.begin(), ctx.mentions.end(),
                     [](const ActorMention& m) { return IsArmed(m.actor.sector); });
}

// PLOVER types the sentence's negative contexts suppress ("*" = all).
std::vector<std::string> Blocked(const Lexicon& lex, const LangTables& tables,
                                 const SentenceContext& ctx) {
  std::vector<Match> neg;
  tables.negatives.FindAll(ctx.keys, &neg, ctx.key_matchers);
  std::vector<std::string> out;
  for (const Match& n : neg) {
    const NegativeRule& r = lex.negatives[static_cast<size_t>(n.id)];
    out.insert(out.end(), r.blocks.begin(), r.blocks.end());
  }
  return out;
}

// True when trigger a is better than b: a trigger holding the other ("grenade launchers" >
// "grenades"), else higher weight, then longer, then earlier.
bool Better(const Lexicon& lex, const Match& a, const Match& b) {
  const bool a_holds_b = a.begin <= b.begin && b.end <= a.end;
  const bool b_holds_a = b.begin <= a.begin && a.end <= b.end;
  if (a_holds_b != b_holds_a) return a_holds_b;
  const double wa = lex.patterns[static_cast<size_t>(a.id)].weight;
  const double wb = lex.patterns[static_cast<size_t>(b.id)].weight;
  if (wa != wb) return wa > wb;
  if (a.end - a.begin != b.end - b.begin) return a.end - a.begin > b.end - b.begin;
  return a.begin < b.begin;
}

// The strongest trigger per PLOVER type among those that pass their constraints.
const PatternRule* FirstRule(const Lexicon& lex, const Match& m) {
  return &lex.patterns[static_cast<size_t>(m.id)];
}

bool SameActor(const std::optional<Actor>& a, const std::optional<Actor>& b) {
  return a && b && a->span == b->span;
}

// A noun trigger: flagged so, or right after a determiner or "de", "of".
bool Nominal(const Lexicon& lex, const SentenceContext& ctx, const Match& m) {
  if (lex.patterns[static_cast<size_t>(m.id)].noun) return true;
  for (Cue c : {Cue::kDet, Cue::kOf}) {
    for (const Match& d : ctx.Cues(c)) {
      if (d.end == m.begin) return true;
    }
  }
  return false;
}

bool SameType(const Lexicon& lex, const Match& a, const Match& b) {
  return lex.patterns[static_cast<size_t>(a.id)].type ==
         lex.patterns[static_cast<size_t>(b.id)].type;
}

// Modifier matches ("+PROTEST") go to `modifiers`; `first` gets, per returned trigger, the
// earliest trigger of its type (the verb that carries the roles: "forces killed X in an
// airstrike").
std::vector<Match> BestTriggers(const Lexicon& lex, const LangTables& tables,
                                const SentenceContext& ctx, std::vector<Match>* modifiers,
                                std::vector<Match>* first, std::vector<Match>* negated) {
  std::vector<Match> matches;
  tables.patterns.FindAll(ctx.keys, &matches, ctx.key_matchers);
  if (matches.empty()) return matches;
  const std::vector<std::string> blocked = Blocked(lex, tables, ctx);
  const bool all_blocked = Contains(blocked, "*");
  std::vector<Match> passed;
  for (const Match& m : matches) {
    const PatternRule& rule = lex.patterns[static_cast<size_t>(m.id)];
    const bool neg = Negated(ctx, m);
    if (rule.modifier()) {
      if (!neg) modifiers->push_back(m);
      continue;
    }
    if (all_blocked || Contains(blocked, rule.type)) continue;
    if (neg && !lex.Remapped("negated", rule.type)) continue;
    // "would only vote for the deal if", "could face charges": supposed, not reported.
    if (!neg && CuedBefore(ctx, Cue::kHypothetical, m)) continue;
    // "200,000 people have been killed since the start of the war": a weak trigger in a
    // sentence telling a cumulative toll reports no event of its own.
    if (rule.weight < kWeakTrigger && !ctx.Cues(Cue::kCumulative).empty()) continue;
    if (rule.needs_count && !HasNumber(ctx)) continue;
    if (rule.needs_armed && !HasArmed(ctx)) continue;
    // A capitalized trigger inside a name ("Karbonit Mine", "Liberation Front") is no
    // trigger; a weaker one of its type may then make the event.
    if (ctx.InName(m.begin, m.end)) continue;
    if (neg) negated->push_back(m);
    passed.push_back(m);
  }
  // A trigger overlapping a stronger one of another type gives way ("demonstration" PROTEST
  // inside "prevented the demonstration" COERCE).
  std::vector<Match> kept;
  for (const Match& m : passed) {
    const bool covered = std::any_of(passed.begin(), passed.end(), [&](const Match& b) {
      return !SameType(lex, b, m) && b.begin < m.end && m.begin < b.end && Better(lex, b, m);
    });
    if (!covered) kept.push_back(m);
  }
  std::vector<Match> best;
  for (const Match& m : kept) {
    auto same = std::find_if(best.begin(), best.end(),
                             [&](const Match& b) { return SameType(lex, b, m); });
    if (same == best.end()) {
      best.push_back(m);
    } else if (Better(lex, m, *same)) {
      *same = m;
    }
  }
  for (const Match& m : best) {
    Match earliest = m;
    for (const Match& c : kept) {
      if (SameType(lex, c, m) && c.begin < earliest.begin && !Nominal(lex, ctx, c)) earliest = c;
    }
    first->push_back(earliest);
  }
  return best;
}

// True when a place preposition ends right before keys[key] (or one key before it). Without
// `bare_of`, a bare "of" is none: a country after it is whose someone is ("head of Iran's Quds
// Force", "the president of Iran"), not where something happens.
bool PrecededByPlacePrep(const SentenceContext& ctx, size_t key, bool bare_of = true) {
  const std::vector<Match>& ofs = ctx.Cues(Cue::kOf);
  for (const Match& c : ctx.Cues(Cue::kPlacePrep)) {
    if (c.end != key && c.end + 1 != key) continue;
    if (!bare_of && std::any_of(ofs.begin(), ofs.end(), [&](const Match& o) {
          return o.begin == c.begin && o.end == c.end;
        })) {
      continue;
    }
    return true;
  }
  return false;
}

Location PlaceLocation(const Document& doc, const Entity& e) {
  Location loc;
  loc.text = std::string(doc.Slice(e.span));
  loc.span = e.span;
  loc.name = e.name.empty() ? loc.text : e.name;
  loc.country = e.country;
  if (e.id) {
    try {
      loc.geonames_id = std::stoll(*e.id);
    } catch (...) {
    }
  }
  return loc;
}

bool Capitalized(std::string_view w) {
  if (w.empty()) return false;
  const unsigned char c = static_cast<unsigned char>(w[0]);
  if (c >= 'A' && c <= 'Z') return true;
  return c == 0xC3 && w.size() > 1 && static_cast<unsigned char>(w[1]) <= 0x9E;
}

// "al-Rabi", "el-Arish": a short lower-case article hyphenated to a capitalized word goes on
// with a name ("Wadi al-Rabi").
bool ArticleJoined(std::string_view w) {
  const size_t dash = w.find('-');
  return dash != std::string_view::npos && dash >= 1 && dash <= 3 && dash + 1 < w.size() &&
         Capitalized(w.substr(dash + 1));
}

// The location of keys [begin, end), known by its text only.
Location NamedSpan(const SentenceContext& ctx, const Document& doc, size_t begin, size_t end) {
  Location loc;
  loc.span = Span{ctx.orig_keys[begin].start, ctx.orig_keys[end - 1].end};
  loc.text = std::string(doc.Slice(loc.span));
  loc.name = loc.text;
  return loc;
}

// A name the gazetteer lacks: capitalized words right after a place preposition ("near
// Novoluhanske", "in Vertente do Lerio" up to "do"), not followed by a number ("in May
// 2020"), not a date ("In August", "in December") and not an actor. Kept with its text; geo
// may still resolve it.
std::optional<Location> UnknownPlace(const SentenceContext& ctx, const Document& doc,
                                     const Record& record) {
  const std::vector<Match>& ofs = ctx.Cues(Cue::kOf);
  for (const Match& c : ctx.Cues(Cue::kPlacePrep)) {
    // A bare "of" leads names far more often than unknown places ("the killing of Qasem
    // Soleimani", "Lucy Fischer of The Times"): only a place entity may follow it.
    const bool bare_of = std::any_of(ofs.begin(), ofs.end(), [&](const Match& o) {
      return o.begin == c.begin && o.end == c.end;
    });
    if (bare_of)
      continue;
    size_t end = c.end;
    while (end < ctx.keys.size() && !ctx.keys[end].number && !ctx.keys[end].punct &&
           (Capitalized(doc.Slice(ctx.orig_keys[end])) ||
            (end > c.end && ArticleJoined(doc.Slice(ctx.orig_keys[end]))))) {
      ++end;
    }
    if (end == c.end || (end < ctx.keys.size() && ctx.keys[end].number)) continue;
    const bool actor = std::any_of(ctx.mentions.begin(), ctx.mentions.end(),
                                   [&](const ActorMention& m) { return m.begin < end && c.end < m.end; });
    if (actor) continue;
    const Span words{ctx.orig_keys[c.end].start, ctx.orig_keys[end - 1].end};
    const bool date = std::any_of(ctx.dates.begin(), ctx.dates.end(), [&](size_t d) {
      const Span& s = record.dates[d].span;
      return s.start < words.end && words.start < s.end;
    });
    const std::vector<Match>& months = ctx.Cues(Cue::kNotPlace);
    const bool not_place =
        std::any_of(months.begin(), months.end(), [&](const Match& m) { return m.begin == c.end; });
    if (date || not_place)
      continue;
    Location loc = NamedSpan(ctx, doc, c.end, end);
    // "in Paletwa Township", "in Chikun LGA": the place's name is without its kind word.
    for (const Match& k : ctx.Cues(Cue::kPlaceKind)) {
      if (k.end == end && k.begin > c.end) {
        loc.name = NamedSpan(ctx, doc, c.end, k.begin).text;
        break;
      }
    }
    return loc;
  }
  return std::nullopt;
}

// True when keys from `key` name where a place lies: "(" or "of"/"in" and a capitalized word
// ("Sirwah district (Marib)", "Lensk district of Yakutia").
bool WhereFollows(const SentenceContext& ctx, const Document& doc, size_t key) {
  if (key >= ctx.keys.size()) return false;
  const std::string_view w = doc.Slice(ctx.orig_keys[key]);
  if (w == "(") return true;
  return (w == "of" || w == "in") && key + 1 < ctx.keys.size() &&
         Capitalized(doc.Slice(ctx.orig_keys[key + 1]));
}

// A name the gazetteer lacks before a word naming its kind and where it lies ("Sirwah
// district (Marib)", "Telman village in Ysyk-Ata district"): capitalized words, no actor's and
// no place entity's.
std::optional<Location> KindNamedPlace(const SentenceContext& ctx, const Document& doc,
                                       const Record& record) {
  for (const Match& c : ctx.Cues(Cue::kPlaceKind)) {
    if (!WhereFollows(ctx, doc, c.end)) continue;
    size_t begin = c.begin;
    while (begin > 0 && !ctx.keys[begin - 1].number && !ctx.keys[begin - 1].punct &&
           Capitalized(doc.Slice(ctx.orig_keys[begin - 1]))) {
      --begin;
    }
    if (begin == c.begin || begin == 0) continue;  // none, or a sentence start ("District")
    const Span span{ctx.orig_keys[begin].start, ctx.orig_keys[c.begin - 1].end};
    const bool taken =
        std::any_of(ctx.mentions.begin(), ctx.mentions.end(),
                    [&](const ActorMention& m) { return m.begin < c.begin && begin < m.end; }) ||
        std::any_of(ctx.places.begin(), ctx.places.end(),
                    [&](size_t i) { return record.entities[i].span.Overlaps(span); });
    if (taken) continue;
    return NamedSpan(ctx, doc, begin, c.begin);
  }
  return std::nullopt;
}

// A `clause` cue (while, whereas, alors que) lies between the key and the trigger: they belong
// to two clauses.
bool ClauseApart(const SentenceContext& ctx, size_t key, const EventMention& m) {
  return std::any_of(ctx.Cues(Cue::kClause).begin(), ctx.Cues(Cue::kClause).end(),
                     [&](const Match& c) {
                       return (c.begin >= m.trigger_end && c.end <= key) ||
                              (c.begin >= key && c.end <= m.trigger_begin);
                     });
}

// The place of the sentence: a place entity after "à", "dans", "in", "near"... first (one in
// the trigger's clause before one in another: "while protests went on in Damascus, the army
// shelled Homs"), else a capitalized name after one, else the first place entity, else a country
// named after a place preposition ("en Syrie").
std::optional<Location> SentencePlace(const SentenceContext& ctx, const Document& doc,
                                      const Record& record, const EventMention& em) {
  const Entity* first = nullptr;
  const Entity* apart = nullptr;  // after a place preposition, in another clause
  const Entity* own = nullptr;    // the first in the trigger's clause
  for (size_t i : ctx.places) {
    const Entity& e = record.entities[i];
    if (IsDateline(doc.text, e.span)) continue;
    const size_t key = ctx.KeyFrom(e.span.start);
    const bool other_clause = ClauseApart(ctx, key, em);
    if (PrecededByPlacePrep(ctx, key)) {
      if (!other_clause) return PlaceLocation(doc, e);
      if (!apart) apart = &e;
    }
    if (!first) first = &e;
    if (!own && !other_clause) own = &e;
  }
  if (apart) return PlaceLocation(doc, own ? *own : *apart);
  std::optional<Location> unknown = UnknownPlace(ctx, doc, record);
  if (!unknown) unknown = KindNamedPlace(ctx, doc, record);
  if (unknown) {
    if (first) unknown->country = first->country;
    return unknown;
  }
  if (first) return PlaceLocation(doc, *first);
  for (const ActorMention& m : ctx.mentions) {
    if (m.state && PrecededByPlacePrep(ctx, m.begin, /*bare_of=*/false)) {
      Location loc;
      loc.text = m.actor.text;
      loc.span = m.actor.span;
      loc.name = m.actor.name;
      loc.country = m.actor.country;
      loc.precision = "country";
      return loc;
    }
  }
  return std::nullopt;
}

// `span` lies inside a direct quote that does not hold `trigger`.
bool QuotedApart(const Record& record, const Span& span, const Span& trigger) {
  return std::any_of(record.quotes.begin(), record.quotes.end(), [&](const Quote& q) {
    return q.direct && q.span.Contains(span) && !q.span.Contains(trigger);
  });
}

// Keys allowed between a reporting verb and the date of the report ("said on Monday").
constexpr size_t kReportDateGap = 1;

// True when the date at `span` follows a reporting verb ("a indiqué mercredi", "said Monday").
bool DatesReport(const SentenceContext& ctx, const Span& span) {
  const size_t k = ctx.KeyFrom(span.start);
  return std::any_of(ctx.Cues(Cue::kReport).begin(), ctx.Cues(Cue::kReport).end(),
                     [&](const Match& c) { return c.end <= k && k <= c.end + kReportDateGap; });
}

void FillMention(const PatternRule& rule, const SentenceContext& ctx, const Document& doc,
                 const Record& record, EventMention* em) {
  em->location = SentencePlace(ctx, doc, record, *em);
  // A place named inside a direct quote the trigger is not in is the speaker's words ("had
  // gone to \"defend their right to live and work in Europe\""), not where the event is.
  if (em->location && QuotedApart(record, em->location->span, em->trigger)) em->location.reset();
  em->place_in_sentence = em->location.has_value();
  // The first resolved date that is not the report's ("a annoncé samedi l'OSDH", "said on
  // Monday"); the report's date when the sentence has no other.
  const DateMention* report_date = nullptr;
  for (size_t d : ctx.dates) {
    const DateMention& date = record.dates[d];
    // A date in another clause ("arrested ... while as of yesterday two suspects were at
    // large") dates that clause's news, not the trigger's.
    if (!date.date || ClauseApart(ctx, ctx.KeyFrom(date.span.start), *em)) continue;
    if (DatesReport(ctx, date.span)) {
      if (report_date == nullptr) report_date = &date;
      continue;
    }
    report_date = nullptr;
    em->date = date.date;
    em->date_text = date.text;
    break;
  }
  if (report_date != nullptr && !em->date) {
    em->date = report_date->date;
    em->date_text = report_date->text;
    em->date_reported = true;
  }
  for (size_t c : ctx.counts) {
    if (Contains(rule.counts, record.counts[c].what)) em->counts.push_back(c);
  }
  em->no_fatalities = !ctx.Cues(Cue::kNoFatal).empty();
  em->another = !ctx.Cues(Cue::kAnother).empty();
}

// A trigger up to kScope keys after a governing one ("threatened to shell", "demanded the
// withdrawal") reports what is threatened or demanded, not an event done.
void MarkEmbedded(const Lexicon& lex, std::vector<EventMention>* mentions) {
  constexpr size_t kScope = 15;
  for (const EventMention& g : *mentions) {
    if (!lex.Governs(g.type()) || g.nominal) continue;
    for (EventMention& m : *mentions) {
      if (m.trigger_begin >= g.trigger_end && m.trigger_begin <= g.trigger_end + kScope) {
        m.embedded = true;
        m.governor = &g.type();
      }
    }
  }
}

}  // namespace

// Bytes allowed between a dateline's place and its dash: ", 13 septembre (Reuters)".
constexpr size_t kDatelineTail = 40;

// A place opening the text or a line and followed by a dash, maybe after a date and an agency
// ("KHARTOUM -", "BAGDAD —", "BAMAKO, 13 septembre (Reuters) -"): where the report was filed,
// not where the events it tells happened.
bool IsDateline(std::string_view text, const Span& span) {
  size_t b = span.start;
  while (b > 0 && (text[b - 1] == ' ' || text[b - 1] == '\t')) --b;
  if (b > 0 && text[b - 1] != '\n') return false;
  const std::string_view after = text.substr(std::min(span.end, text.size()));
  size_t i = 0;
  if (!after.empty() && after[0] == ',') {
    while (i < after.size() && i < kDatelineTail && after[i] != '\n' && after[i] != '-' &&
           !after.substr(i).starts_with("\u2014") && !after.substr(i).starts_with("\u2013")) {
      ++i;
    }
  }
  while (i < after.size() && after[i] == ' ') ++i;
  const std::string_view rest = after.substr(i);
  return rest.starts_with("- ") || rest.starts_with("\u2014") || rest.starts_with("\u2013");
}

std::vector<EventMention> FindMentions(const Lexicon& lex, const LangTables& tables,
                                       const SentenceContext& ctx, const Record& record,
                                       size_t sentence_index,
                                       std::vector<const PatternRule*>* orphans) {
  std::vector<EventMention> out;
  std::vector<Match> modifiers, first, negated;
  const std::vector<Match> best = BestTriggers(lex, tables, ctx, &modifiers, &first, &negated);
  for (size_t i = 0; i < best.size(); ++i) {
    const Match& m = best[i];
    const PatternRule& rule = lex.patterns[static_cast<size_t>(m.id)];
    EventMention em;
    em.rule = &rule;
    for (const Match& mod : modifiers) {
      const PatternRule& r = lex.patterns[static_cast<size_t>(mod.id)];
      if (r.type.compare(1, std::string::npos, rule.type) != 0) continue;
      if (!em.modifier || r.weight > em.modifier->weight) em.modifier = &r;
    }
    em.sentence = sentence_index;
    em.evidence = ctx.orig;
    em.trigger_begin = m.begin;
    em.trigger_end = m.end;
    em.trigger = Span{ctx.orig_keys[m.begin].start, ctx.orig_keys[m.end - 1].end};
    em.nominal = Nominal(lex, ctx, m);
    em.aside = CuedBefore(ctx, Cue::kAside, first[i]) || CuedBefore(ctx, Cue::kAside, m);
    em.relative = CuedBefore(ctx, Cue::kRelative, first[i], kRelativeScope) ||
                  CuedBefore(ctx, Cue::kRelative, m, kRelativeScope);
    if (CuedBefore(ctx, Cue::kFuture, m) || CuedBefore(ctx, Cue::kFuture, first[i])) {
      em.remap = lex.Remapped("future", rule.type);
    }
    for (const Match& n : negated) {
      if (n.begin == first[i].begin || n.begin == m.begin) {
        em.remap = lex.Remapped("negated", rule.type);
      }
    }
    // Roles from the earliest trigger of the type, completed from the strongest one.
    em.killing = rule.of_target || FirstRule(lex, first[i])->of_target;
    AssignRoles(*FirstRule(lex, first[i]), first[i], ctx, &em);
    if (first[i].begin != m.begin && (!em.actor1 || !em.actor2)) {
      EventMention strong;
      AssignRoles(rule, m, ctx, &strong);
      if (!em.actor1 && strong.actor1 && !SameActor(strong.actor1, em.actor2)) {
        em.actor1 = strong.actor1;
      }
      if (!em.actor2 && strong.actor2 && !SameActor(strong.actor2, em.actor1)) {
        em.actor2 = strong.actor2;
      }
    }
    // "a promis de baisser les impôts", "a proposé une réforme": a promise or an offer to
    // nobody is a policy, no agreement.
    if (rule.needs_actor2 && !em.actor2) continue;
    if (em.actor1 && !em.actor1->sector && !rule.agent_sector.empty()) {
      em.actor1->sector = rule.agent_sector;
    }
    FillMention(rule, ctx, record.doc, record, &em);
    out.push_back(std::move(em));
  }
  MarkEmbedded(lex, &out);
  for (const Match& mod : modifiers) {
    if (!out.empty()) break;  // a sentence with its own events refines none before it
    const PatternRule& r = lex.patterns[static_cast<size_t>(mod.id)];
    const bool used = std::any_of(out.begin(), out.end(), [&](const EventMention& em) {
      return r.type.compare(1, std::string::npos, em.rule->type) == 0;
    });
    if (!used) orphans->push_back(&r);
  }
  return out;
}

}  // namespace sitrep::code
