// Coder: pattern matching over sentences, then actor roles, place, date and counts, then the
// mentions of one event merged (see mention.h and assemble.h).
#include "code/coder.h"

#include "code/assemble.h"
#include "code/deaths.h"
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

class CoderImpl : public Coder {
 public:
  CoderImpl(Lexicon lex, DeathCues deaths) : lex_(std::move(lex)), deaths_(std::move(deaths)) {}

  void Run(const text::Analysis& analysis, const Document& doc, Record* record) const override {
    const LangTables& tables = lex_.For(doc.lang);
    std::vector<EventMention> mentions;
    std::vector<SentenceDeaths> deaths;
    for (size_t i = 0; i < analysis.sentences.size(); ++i) {
      const SentenceContext ctx =
          MakeContext(lex_, tables, analysis, analysis.sentences[i], doc, *record);
      deaths.push_back(deaths_.Read(ctx, *record, doc.lang));
      std::vector<const PatternRule*> orphans;
      std::vector<EventMention> found = FindMentions(lex_, tables, ctx, *record, i, &orphans);
      AttachOrphans(orphans, i, &mentions);
      for (EventMention& m : found) mentions.push_back(std::move(m));
    }
    if (mentions.empty()) return;
    for (Event& e : Assemble(mentions, *record, MainPlace(*record), deaths)) {
      record->events.push_back(std::move(e));
    }
  }

 private:
  Lexicon lex_;
  DeathCues deaths_;
};

}  // namespace

StatusOr<std::unique_ptr<Coder>> Coder::Load(const std::string& data_dir) {
  SITREP_ASSIGN_OR_RETURN(Lexicon lex, Lexicon::Load(data_dir));
  SITREP_ASSIGN_OR_RETURN(DeathCues deaths, DeathCues::Load(data_dir));
  return std::unique_ptr<Coder>(std::make_unique<CoderImpl>(std::move(lex), std::move(deaths)));
}

}  // namespace sitrep::code
