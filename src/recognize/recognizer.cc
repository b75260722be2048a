// Recognizer: runs entities, dates, counts, then quotes (speakers resolve against entities).
#include "recognize/recognizer.h"

#include "recognize/counts.h"
#include "recognize/dates.h"
#include "recognize/entities.h"
#include "recognize/quotes.h"
#include "recognize/word_tokens.h"

namespace sitrep::recognize {
namespace {

class RecognizerImpl : public Recognizer {
 public:
  void Run(const text::Analysis& analysis, const Document& doc, Record* record) const override {
    entities->Run(analysis, doc, record);
    if (share_words) {
      const WordTokens words = SplitWords(analysis, dates->elisions());
      dates->Run(analysis, words, doc, record);
      counts->Run(analysis, words, doc, record);
    } else {
      dates->Run(analysis, doc, record);
      counts->Run(analysis, doc, record);
    }
    quotes->Run(analysis, doc, record);
  }

  std::unique_ptr<EntityRecognizer> entities;
  std::unique_ptr<DateRecognizer> dates;
  std::unique_ptr<CountRecognizer> counts;
  std::unique_ptr<QuoteRecognizer> quotes;
  bool share_words = false;  // dates and counts split words alike: split once
};

}  // namespace

StatusOr<std::unique_ptr<Recognizer>> Recognizer::Load(const std::string& data_dir) {
  auto impl = std::make_unique<RecognizerImpl>();
  SITREP_ASSIGN_OR_RETURN(impl->entities, EntityRecognizer::Load(data_dir));
  SITREP_ASSIGN_OR_RETURN(impl->dates, DateRecognizer::Load(data_dir));
  SITREP_ASSIGN_OR_RETURN(impl->counts, CountRecognizer::Load(data_dir));
  SITREP_ASSIGN_OR_RETURN(impl->quotes, QuoteRecognizer::Load(data_dir));
  impl->share_words = impl->dates->elisions() == impl->counts->elisions();
  return std::unique_ptr<Recognizer>(std::move(impl));
}

}  // namespace sitrep::recognize
