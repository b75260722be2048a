// Coder: pattern matching over sentences, then actor roles, place, date and counts, then the
// mentions of one event merged (see mention.h and assemble.h).
#include "code/coder.h"

#include "code/assemble.h"
#include "code/deaths.h"
#include "code/filter.h"
#include "code/lexicon.h"
#include "code/mention.h"
#include "code/sentence.h"

namespace sitrep::code {
namespace {

// A modifier with no event of its type in its sentence refines the last such event of the
// two sentences before ("Protesters gathered... Police dispersed them.").
void AttachOrphans(const std::vector<const PatternRule*>& orphans, size_t sentence,
                   std::vector<EventMention>* mentions) {
  for (const PatternRule* r : orphans) {
    for (auto it = mentions->rbegin(); it != mentions->rend(); ++it) {
      if (it->sentence + 2 < sentence) break;
      if (r->type.compare(1, std::string::npos, it->rule->type) != 0) continue;
      if (!it->modifier || r->weight > it->modifier->weight) it->modifier = r;
      break;
    }
  }
}

// The PLOVER types (and weights) of the event triggers in a title.
std::vector<std::pair<std::string, double>> TitleTriggers(const std::string& title,
                                                          const std::string& lang,
                                                          const Lexicon& lex,
                                                          const LangTables& tables) {
  const text::Analysis a = text::Analyze(title, lang);
  std::vector<Match> found;
  tables.patterns.FindAll(MakeKeys(a, 0, a.tokens.size()), &found);
  std::vector<std::pair<std::string, double>> out;
  for (const Match& m : found) {
    const PatternRule& r = lex.patterns[static_cast<size_t>(m.id)];
    if (!r.modifier()) out.emplace_back(r.type, r.weight);
  }
  return out;
}

class CoderImpl : public Coder {
 public:
  CoderImpl(Lexicon lex, DeathCues deaths, DocumentRules rules)
      : lex_(std::move(lex)), deaths_(std::move(deaths)), rules_(std::move(rules)) {}

  void Run(const text::Analysis& analysis, const Document& doc, Record* record) const override {
    const LangTables& tables = lex_.For(doc.lang);
    std::vector<EventMention> mentions;
    std::vector<SentenceDeaths> deaths;
    DocumentShape shape;
    const RecordIndex index(*record);
    for (size_t i = 0; i < analysis.sentences.size(); ++i) {
      const text::Sentence& s = analysis.sentences[i];
      if (shape.sentences < rules_.lead_sentences) shape.lead_end = i + 1;
      if (s.end_token >= s.first_token + DocumentShape::kLeadTokens) ++shape.sentences;
      const SentenceContext ctx =
          MakeContext(lex_, tables, analysis, analysis.sentences[i], doc, *record, index);
      deaths.push_back(deaths_.Read(ctx, *record, doc.lang));
      std::vector<const PatternRule*> orphans;
      std::vector<EventMention> found = FindMentions(lex_, tables, ctx, *record, i, &orphans);
      MarkMentions(rules_, ctx, &found);
      AttachOrphans(orphans, i, &mentions);
      for (EventMention& m : found) mentions.push_back(std::move(m));
    }
    if (!mentions.empty() && doc.title) {
      shape.title = TitleTriggers(*doc.title, doc.lang, lex_, tables);
    }
    FilterMentions(rules_, *record, shape, &mentions);
    if (mentions.empty()) return;
    std::vector<Event> events = Assemble(mentions, *record, MainPlace(*record), deaths);
    FilterEvents(rules_, &events);
    DropUnsure(rules_, shape, &events);
    MergeByCountry(rules_, &events);
    FillHomeCountries(rules_, &events);
    for (Event& e : events) record->events.push_back(std::move(e));
  }

 private:
  Lexicon lex_;
  DeathCues deaths_;
  DocumentRules rules_;
};

}  // namespace

StatusOr<std::unique_ptr<Coder>> Coder::Load(const std::string& data_dir) {
  SITREP_ASSIGN_OR_RETURN(Lexicon lex, Lexicon::Load(data_dir));
  SITREP_ASSIGN_OR_RETURN(DeathCues deaths, DeathCues::Load(data_dir, lex.shared_key_vocab()));
  SITREP_ASSIGN_OR_RETURN(DocumentRules rules, DocumentRules::Load(data_dir));
  return std::unique_ptr<Coder>(
      std::make_unique<CoderImpl>(std::move(lex), std::move(deaths), std::move(rules)));
}

}  // namespace sitrep::code
