// Coder: pattern matching over sentences, then actor roles, place, date and counts, then the
// mentions of one event merged (see mention.h and assemble.h).
#include "code/coder.h"

#include "code/assemble.h"
#include "code/lexicon.h"
#include "code/mention.h"
#include "code/sentence.h"

namespace sitrep::code {
namespace {

class CoderImpl : public Coder {
 public:
  explicit CoderImpl(Lexicon lex) : lex_(std::move(lex)) {}

  void Run(const text::Analysis& analysis, const Document& doc, Record* record) const override {
    const LangTables& tables = lex_.For(doc.lang);
    std::vector<EventMention> mentions;
    for (size_t i = 0; i < analysis.sentences.size(); ++i) {
      const SentenceContext ctx =
          MakeContext(lex_, tables, analysis, analysis.sentences[i], doc, *record);
      std::vector<EventMention> found = FindMentions(lex_, tables, ctx, *record, i);
      for (EventMention& m : found) mentions.push_back(std::move(m));
    }
    if (mentions.empty()) return;
    for (Event& e : Assemble(mentions, *record, MainPlace(*record))) {
      record->events.push_back(std::move(e));
    }
  }

 private:
  Lexicon lex_;
};

}  // namespace

StatusOr<std::unique_ptr<Coder>> Coder::Load(const std::string& data_dir) {
  SITREP_ASSIGN_OR_RETURN(Lexicon lex, Lexicon::Load(data_dir));
  return std::unique_ptr<Coder>(std::make_unique<CoderImpl>(std::move(lex)));
}

}  // namespace sitrep::code
