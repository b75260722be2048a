// QuoteRecognizer: direct and indirect quotes with cue and speaker; see quote_internal.h for
// the steps and data/quotes/README.md for the word lists.
#include "recognize/quotes.h"

#include <algorithm>

#include "recognize/quote_internal.h"

namespace sitrep::recognize {

struct QuoteRecognizer::Impl {
  quotes::Lexicon lexicon;
};

QuoteRecognizer::QuoteRecognizer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

QuoteRecognizer::~QuoteRecognizer() = default;

StatusOr<std::unique_ptr<QuoteRecognizer>> QuoteRecognizer::Load(const std::string& data_dir) {
  auto impl = std::make_unique<Impl>();
  SITREP_ASSIGN_OR_RETURN(impl->lexicon, quotes::LoadLexicon(data_dir + "/quotes"));
  return std::unique_ptr<QuoteRecognizer>(new QuoteRecognizer(std::move(impl)));
}

void QuoteRecognizer::Run(const text::Analysis& analysis, const Document& doc,
                          Record* record) const {
  const quotes::LangLexicon& lex = impl_->lexicon.For(doc.lang);
  quotes::Scan scan;
  quotes::ScanText(analysis.norm, lex, &scan);
  std::vector<quotes::Candidate> found = quotes::FindDirect(scan, lex);
  std::vector<quotes::Candidate> indirect = quotes::FindIndirect(scan, lex, found);
  found.insert(found.end(), indirect.begin(), indirect.end());
  // An interview answer is one quote of the interviewee: what it quotes or reports itself is
  // part of it.
  std::vector<quotes::Candidate> answers = quotes::FindInterview(scan);
  if (!answers.empty()) {
    std::erase_if(found, [&](const quotes::Candidate& c) {
      return std::any_of(answers.begin(), answers.end(), [&](const quotes::Candidate& a) {
        return c.text.start < a.text.end && a.text.start < c.text.end;
      });
    });
    found.insert(found.end(), answers.begin(), answers.end());
  }
  quotes::EmitQuotes(analysis, doc, scan, lex, std::move(found), record);
}

}  // namespace sitrep::recognize
