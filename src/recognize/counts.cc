// CountRecognizer: WordTokens -> ScanCounts -> Record::counts with original spans.
#include "recognize/counts.h"

#include "recognize/count_lexicon.h"
#include "recognize/count_scanner.h"
#include "recognize/word_tokens.h"

namespace sitrep::recognize {

struct CountRecognizer::Impl {
  CountLexicon lexicon;
};

CountRecognizer::CountRecognizer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

CountRecognizer::~CountRecognizer() = default;

StatusOr<std::unique_ptr<CountRecognizer>> CountRecognizer::Load(const std::string& data_dir) {
  auto impl = std::make_unique<Impl>();
  SITREP_ASSIGN_OR_RETURN(impl->lexicon, CountLexicon::Load(data_dir + "/counts"));
  return std::unique_ptr<CountRecognizer>(new CountRecognizer(std::move(impl)));
}

const ElisionSet& CountRecognizer::elisions() const { return impl_->lexicon.elisions; }

void CountRecognizer::Run(const text::Analysis& analysis, const Document& doc,
                          Record* record) const {
  Run(analysis, SplitWords(analysis, impl_->lexicon.elisions), doc, record);
}

void CountRecognizer::Run(const text::Analysis& analysis, const WordTokens& words, const Document& doc,
                          Record* record) const {
  // The tokens with this lexicon's ids, in a buffer reused from text to text on this thread.
  thread_local std::vector<WordToken> buffer;
  impl_->lexicon.vocab.AssignTo(words.tokens, &buffer);
  const std::vector<WordToken>& tokens = buffer;
  const int base = static_cast<int>(record->counts.size());
  for (FoundCount& f : ScanCounts(tokens, impl_->lexicon)) {
    Count c;
    c.what = std::move(f.what);
    c.who = std::move(f.who);
    c.value = f.value;
    c.low = f.low;
    c.high = f.high;
    c.qualifier = std::move(f.qualifier);
    c.span = analysis.ToOriginal(Span{tokens[f.begin].span.start, tokens[f.end - 1].span.end});
    c.text = std::string(doc.Slice(c.span));
    if (f.subset_of >= 0) c.subset_of = base + f.subset_of;
    record->counts.push_back(std::move(c));
  }
}

}  // namespace sitrep::recognize
