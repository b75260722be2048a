// CountRecognizer: WordTokens -> ScanCounts -> Record::counts with original spans.
#include "recognize/counts.h"

#include <algorithm>
#include <cstdint>
#include <vector>

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

namespace {

// One byte per token: 1 when the token starts the name of a person that record->entities holds
// (filled before counts, recognizer.cc), 2 when it is inside one. Empty when there is none.
std::vector<uint8_t> PersonMask(const text::Analysis& analysis,
                                const std::vector<WordToken>& tokens, const Record& record) {
  std::vector<Span> names;
  for (const Entity& e : record.entities) {
    if (e.kind == "person") names.push_back(e.span);
  }
  std::vector<uint8_t> mask;
  if (names.empty()) return mask;
  std::sort(names.begin(), names.end(),
            [](const Span& a, const Span& b) { return a.start < b.start; });
  mask.assign(tokens.size(), 0);
  size_t n = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const size_t at = analysis.ToOriginal(tokens[i].span).start;
    while (n < names.size() && names[n].end <= at) ++n;
    for (size_t k = n; k < names.size() && names[k].start <= at; ++k) {
      if (at < names[k].end) {
        mask[i] = at == names[k].start ? 1 : 2;
        break;
      }
    }
  }
  return mask;
}

}  // namespace

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
  const std::vector<uint8_t> person = PersonMask(analysis, tokens, *record);
  for (FoundCount& f : ScanCounts(tokens, impl_->lexicon, person.empty() ? nullptr : &person)) {
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
