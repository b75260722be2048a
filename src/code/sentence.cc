// SentenceContext: keys, cues, actor mentions and record items of one sentence.
#include "code/sentence.h"

#include <algorithm>

namespace sitrep::code {
namespace {

bool Inside(const Span& outer, const Span& inner) {
  return outer.start <= inner.start && inner.end <= outer.end && !inner.empty();
}

// Keys [begin, end) covering original span `s`.
void KeyRange(const SentenceContext& ctx, const Span& s, size_t* begin, size_t* end) {
  *begin = ctx.KeyFrom(s.start);
  *end = *begin;
  while (*end < ctx.keys.size() && ctx.orig_keys[*end].start < s.end) ++*end;
}

void AddEntityMentions(const Document& doc, const Record& record, const RecordIndex& index,
                       SentenceContext* ctx) {
  for (size_t i : index.EntitiesIn(ctx->orig)) {
    const Entity& e = record.entities[i];
    if (e.kind == "place") {
      ctx->places.push_back(i);
      continue;
    }
    ActorMention m;
    m.actor.text = std::string(doc.Slice(e.span));
    m.actor.span = e.span;
    m.actor.name = e.name.empty() ? m.actor.text : e.name;
    m.actor.country = e.country;
    if (!m.actor.country && e.kind == "state" && e.id && e.id->size() == 3) m.actor.country = e.id;
    m.actor.sector = e.sector;
    m.state = e.kind == "state";
    m.group = e.kind == "armed_group";
    KeyRange(*ctx, e.span, &m.begin, &m.end);
    if (m.end > m.begin) ctx->mentions.push_back(std::move(m));
  }
}

ActorMention FromKeys(const Document& doc, const SentenceContext& ctx, size_t begin, size_t end) {
  ActorMention m;
  m.begin = begin;
  m.end = end;
  m.actor.span = Span{ctx.orig_keys[begin].start, ctx.orig_keys[end - 1].end};
  m.actor.text = std::string(doc.Slice(m.actor.span));
  return m;
}

// A capital names its state where a verb follows it ("Moscow expelled", « Pékin a condamné »):
// not after a place preposition or "of" ("in Moscow", « de Pékin »), not before punctuation
// ("Moscow, the capital"), not inside a longer name ("Washington Nationals").
bool CapitalActs(const SentenceContext& ctx, const Match& r) {
  if (r.end >= ctx.keys.size() || ctx.keys[r.end].punct || ctx.InName(r.begin, r.end)) return false;
  for (Cue c : {Cue::kPlacePrep, Cue::kOf, Cue::kTargetPrep, Cue::kAgentPrep}) {
    for (const Match& p : ctx.Cues(c)) {
      if (p.end == r.begin) return c == Cue::kAgentPrep;  // "by Moscow" acts
    }
  }
  return true;
}

ActorMention CapitalMention(const Document& doc, const SentenceContext& ctx, const Match& r,
                            const ActorWord& w) {
  ActorMention m = FromKeys(doc, ctx, r.begin, r.end);
  m.actor.name = w.name;
  m.actor.country = w.country;
  m.state = true;  // its sector is the state's: government, or armed forces in a military action
  m.capital = true;
  return m;
}

// Role words ("armée", "protesters"), each joined with a demonym right after it (French) or
// right before it (English), then demonyms left alone.
void AddWordMentions(const Lexicon& lex, const LangTables& tables, const Document& doc,
                     SentenceContext* ctx) {
  std::vector<Match> roles, demonyms;
  tables.actors.FindAll(ctx->keys, &roles, ctx->key_matchers);
  tables.demonyms.FindAll(ctx->keys, &demonyms, ctx->key_matchers);
  std::vector<bool> used(demonyms.size(), false);
  for (const Match& r : roles) {
    const ActorWord& w = lex.actors[static_cast<size_t>(r.id)];
    if (w.state) {
      if (CapitalActs(*ctx, r)) ctx->mentions.push_back(CapitalMention(doc, *ctx, r, w));
      continue;
    }
    size_t begin = r.begin, end = r.end;
    const Demonym* dem = nullptr;
    for (size_t d = 0; d < demonyms.size() && !dem; ++d) {
      if (!used[d] && (demonyms[d].begin == r.end || demonyms[d].end == r.begin)) {
        used[d] = true;
        dem = &lex.demonyms[static_cast<size_t>(demonyms[d].id)];
        begin = std::min(begin, demonyms[d].begin);
        end = std::max(end, demonyms[d].end);
      }
    }
    ActorMention m = FromKeys(doc, *ctx, begin, end);
    m.actor.name = dem ? dem->adjective + " " + w.name : w.name;
    m.actor.country = dem ? std::optional<std::string>(dem->alpha3) : w.country;
    m.actor.sector = w.sector;
    ctx->mentions.push_back(std::move(m));
  }
  for (size_t d = 0; d < demonyms.size(); ++d) {
    if (used[d]) continue;
    const Demonym& dem = lex.demonyms[static_cast<size_t>(demonyms[d].id)];
    ActorMention m = FromKeys(doc, *ctx, demonyms[d].begin, demonyms[d].end);
    m.actor.name = dem.country;
    m.actor.country = dem.alpha3;
    m.bare_demonym = true;
    ctx->mentions.push_back(std::move(m));
  }
}

// Keeps one mention per overlapping group: the longest (an entity on ties), with missing
// country and sector taken from the others.
void ResolveOverlaps(std::vector<ActorMention>* mentions) {
  std::stable_sort(mentions->begin(), mentions->end(),
                   [](const ActorMention& a, const ActorMention& b) {
                     if (a.begin != b.begin) return a.begin < b.begin;
                     return a.end - a.begin > b.end - b.begin;
                   });
  std::vector<ActorMention> out;
  for (ActorMention& m : *mentions) {
    // Overlapping, or adjacent ("pro-Houthi forces", "NAF rebel forces"): one actor, named
    // by its first part.
    const bool overlap = !out.empty() && m.begin < out.back().end;
    const bool adjacent = !out.empty() && m.begin == out.back().end && !m.state &&
                          !m.bare_demonym;
    if (adjacent && out.back().state) {  // "United States military forces"
      ActorMention& keep = out.back();
      keep.end = m.end;
      keep.actor.span.end = m.actor.span.end;
      keep.actor.text.clear();
      keep.actor.name += " " + m.actor.name;
      keep.actor.sector = m.actor.sector;
      keep.state = false;
      keep.capital = false;  // "Paris police": the city's force
      continue;
    }
    if (overlap || adjacent) {
      if (m.end > out.back().end) {
        ActorMention& keep = out.back();
        keep.end = m.end;
        keep.actor.span.end = m.actor.span.end;
        keep.actor.text.clear();
      }
      ActorMention& keep = out.back();
      if (!keep.actor.country) keep.actor.country = m.actor.country;
      if (!keep.actor.sector) keep.actor.sector = m.actor.sector;
      // "Houthi forces", "LNA security forces": the forces of a movement that holds ground
      // are its armed forces or police, as ACLED codes them.
      if (adjacent && keep.group && !m.group && !m.state && !m.bare_demonym && m.actor.sector &&
          (*m.actor.sector == "MIL" || *m.actor.sector == "COP")) {
        keep.actor.sector = m.actor.sector;
      }
      if (keep.bare_demonym && !m.bare_demonym) {
        keep.actor.name = m.actor.name;
        keep.actor.sector = m.actor.sector;
      }
      keep.bare_demonym = keep.bare_demonym && m.bare_demonym;
      continue;
    }
    out.push_back(std::move(m));
  }
  *mentions = std::move(out);
}

// Texts of merged mentions are refilled from their spans.
void FillTexts(const Document& doc, std::vector<ActorMention>* mentions) {
  for (ActorMention& m : *mentions) {
    if (m.actor.text.empty()) m.actor.text = std::string(doc.Slice(m.actor.span));
  }
}

}  // namespace

size_t SentenceContext::KeyAt(size_t orig_pos) const {
  for (size_t i = 0; i < orig_keys.size(); ++i) {
    if (orig_keys[i].start <= orig_pos && orig_pos < orig_keys[i].end) return i;
  }
  return keys.size();
}

size_t SentenceContext::KeyFrom(size_t orig_pos) const {
  auto it = std::lower_bound(orig_keys.begin(), orig_keys.end(), orig_pos,
                             [](const Span& s, size_t p) { return s.end <= p; });
  return static_cast<size_t>(it - orig_keys.begin());
}

namespace {

template <typename T>
void AddStarts(const std::vector<T>& items, std::vector<std::pair<Span, size_t>>* out) {
  out->reserve(items.size());
  for (size_t i = 0; i < items.size(); ++i) out->emplace_back(items[i].span, i);
  std::stable_sort(out->begin(), out->end(),
                   [](const auto& a, const auto& b) { return a.first.start < b.first.start; });
}

}  // namespace

RecordIndex::RecordIndex(const Record& record) {
  AddStarts(record.entities, &entities_);
  AddStarts(record.counts, &counts_);
  AddStarts(record.dates, &dates_);
}

std::vector<size_t> RecordIndex::In(const Starts& starts, const Span& orig) {
  std::vector<size_t> out;
  auto it = std::lower_bound(starts.begin(), starts.end(), orig.start,
                             [](const auto& s, size_t pos) { return s.first.start < pos; });
  for (; it != starts.end() && it->first.start < orig.end; ++it) {
    if (Inside(orig, it->first)) out.push_back(it->second);
  }
  std::sort(out.begin(), out.end());
  return out;
}

namespace {

// "Liberation", "Élysée": a capital then a small letter (acronyms like "IED" are no names).
bool Titlecase(std::string_view w) {
  auto upper = [&](size_t i) {
    const unsigned char c = static_cast<unsigned char>(w[i]);
    if (c >= 'A' && c <= 'Z') return size_t{1};
    const unsigned char next = i + 1 < w.size() ? static_cast<unsigned char>(w[i + 1]) : 0;
    const bool latin1 = c == 0xC3 && next >= 0x80 && next <= 0x9E;
    return latin1 ? size_t{2} : size_t{0};
  };
  const size_t n = w.empty() ? 0 : upper(0);
  return n > 0 && n < w.size() && upper(n) == 0 && static_cast<unsigned char>(w[n]) >= 'a';
}

}  // namespace

bool SentenceContext::InName(size_t begin, size_t end) const {
  if (begin == 0 || begin >= keys.size()) return false;  // the sentence's first word, or none
  auto titled_at = [&](size_t k) { return k < keys.size() && Titlecase(doc->Slice(orig_keys[k])); };
  const bool start = keys[begin - 1].punct ||
                     doc->Slice(Span{orig_keys[begin - 1].end, orig_keys[begin].start})
                             .find('\n') != std::string_view::npos;
  return !start && titled_at(begin) && (titled_at(begin - 1) || titled_at(end));
}

namespace {

// "Yemen's Houthi rebels", "Syria's army": a country's possessive and the actor after it are
// one actor, named by the second, of the country's country when it has none.
void JoinPossessives(const std::vector<Key>& keys, std::vector<ActorMention>* mentions) {
  for (size_t i = 0; i + 1 < mentions->size();) {
    ActorMention& owner = (*mentions)[i];
    ActorMention& owned = (*mentions)[i + 1];
    if (!owner.state || owner.end >= keys.size() || keys[owner.end].text != "'s" ||
        owned.begin != owner.end + 1 || owned.state || owned.bare_demonym) {
      ++i;
      continue;
    }
    if (!owned.actor.country) owned.actor.country = owner.actor.country;
    owned.begin = owner.begin;
    owned.actor.span.start = owner.actor.span.start;
    owned.actor.text.clear();  // refilled from the span
    mentions->erase(mentions->begin() + static_cast<std::ptrdiff_t>(i));
  }
}

// Keys allowed between a role word and the comma of the name in apposition to it (« Le maire
// de New York, Michael Bloomberg »).
constexpr size_t kAppositionReach = 4;

// Whether the keys [begin, end) only name whose the role is: "of"/« de » and capitalized
// words ("of New York", « de New York »), no verb, no place preposition.
bool OfName(const SentenceContext& ctx, size_t begin, size_t end) {
  for (size_t k = begin; k < end; ++k) {
    const bool of = std::any_of(ctx.Cues(Cue::kOf).begin(), ctx.Cues(Cue::kOf).end(),
                                [&](const Match& c) { return c.begin <= k && k < c.end; });
    if (!of && !Titlecase(ctx.doc->Slice(ctx.orig_keys[k]))) return false;
  }
  return true;
}

// A name without a sector right after a comma takes the sector (and, when it has none, the
// country) of the role word before the comma: « Le maire de New York, Michael Bloomberg, » is
// the government.
void TakeAppositionSectors(SentenceContext* ctx) {
  std::vector<ActorMention>& mentions = ctx->mentions;
  for (size_t i = 1; i < mentions.size(); ++i) {
    ActorMention& name = mentions[i];
    const ActorMention& role = mentions[i - 1];
    if (name.actor.sector || name.state || name.bare_demonym || name.begin == 0 ||
        ctx->keys[name.begin - 1].text != "," || !role.actor.sector || role.state ||
        role.bare_demonym || role.end + kAppositionReach < name.begin - 1 ||
        !OfName(*ctx, role.end, name.begin - 1)) {
      continue;
    }
    name.actor.sector = role.actor.sector;
    if (!name.actor.country) name.actor.country = role.actor.country;
  }
}

}  // namespace

SentenceContext MakeContext(const Lexicon& lex, const LangTables& tables,
                            const text::Analysis& analysis, const text::Sentence& sentence,
                            const Document& doc, const Record& record, const RecordIndex& index) {
  SentenceContext ctx;
  ctx.norm = sentence.span;
  ctx.orig = analysis.ToOriginal(sentence.span);
  ctx.keys = MakeKeys(analysis, sentence.first_token, sentence.end_token, lex.key_vocab());
  ctx.key_matchers = KeyMatchers(ctx.keys, lex.key_vocab());
  ctx.orig_keys.reserve(ctx.keys.size());
  for (const Key& k : ctx.keys) ctx.orig_keys.push_back(analysis.ToOriginal(k.span));
  ctx.doc = &doc;
  for (size_t c = 0; c < ctx.cues.size(); ++c) tables.cues[c].FindAll(ctx.keys, &ctx.cues[c], ctx.key_matchers);
  AddEntityMentions(doc, record, index, &ctx);
  AddWordMentions(lex, tables, doc, &ctx);
  ResolveOverlaps(&ctx.mentions);
  JoinPossessives(ctx.keys, &ctx.mentions);
  TakeAppositionSectors(&ctx);
  FillTexts(doc, &ctx.mentions);
  ctx.counts = index.CountsIn(ctx.orig);
  for (ActorMention& m : ctx.mentions) {
    for (size_t c : ctx.counts) {
      const Count& count = record.counts[c];
      if (count.subset_of && count.span.Contains(m.actor.span)) m.subset = true;
    }
  }
  ctx.dates = index.DatesIn(ctx.orig);
  return ctx;
}

}  // namespace sitrep::code
