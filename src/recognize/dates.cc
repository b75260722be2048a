// DateRecognizer: WordTokens -> ScanDates -> Record::dates with original spans.
#include "recognize/dates.h"

#include "recognize/date_scanner.h"
#include "recognize/word_tokens.h"

namespace sitrep::recognize {

struct DateRecognizer::Impl {
  DateLexicon lexicon;
};

DateRecognizer::DateRecognizer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

DateRecognizer::~DateRecognizer() = default;

StatusOr<std::unique_ptr<DateRecognizer>> DateRecognizer::Load(const std::string& data_dir) {
  auto impl = std::make_unique<Impl>();
  SITREP_ASSIGN_OR_RETURN(impl->lexicon, DateLexicon::Load(data_dir));
  return std::unique_ptr<DateRecognizer>(new DateRecognizer(std::move(impl)));
}

const ElisionSet& DateRecognizer::elisions() const { return impl_->lexicon.elisions; }

void DateRecognizer::Run(const text::Analysis& analysis, const Document& doc,
                         Record* record) const {
  Run(analysis, SplitWords(analysis, impl_->lexicon.elisions), doc, record);
}

void DateRecognizer::Run(const text::Analysis& analysis, const WordTokens& words, const Document& doc,
                         Record* record) const {
  // The tokens with this lexicon's ids, in a buffer reused from text to text on this thread.
  thread_local std::vector<WordToken> buffer;
  impl_->lexicon.vocab.AssignTo(words.tokens, &buffer);
  const std::vector<WordToken>& tokens = buffer;
  for (FoundDate& f : ScanDates(tokens, impl_->lexicon, doc.published, doc.lang == "en")) {
    DateMention m;
    m.span = analysis.ToOriginal(Span{tokens[f.begin].span.start, tokens[f.end - 1].span.end});
    m.text = std::string(doc.Slice(m.span));
    m.date = std::move(f.date);
    m.relative = f.relative;
    record->dates.push_back(std::move(m));
  }
}

}  // namespace sitrep::recognize
