// Recognizer: runs entities, dates, counts, then quotes (speakers resolve against entities).
#include "recognize/recognizer.h"

#include "recognize/counts.h"
#include "recognize/dates.h"
#include "recognize/entities.h"
#include "recognize/quotes.h"

namespace sitrep::recognize {
namespace {

class RecognizerImpl : public Recognizer {
 public:
  void Run(const text::Analysis& analysis, const Document& doc, Record* record) const override {
    entities->Run(analysis, doc, record);
    dates->Run(analysis, doc, record);
    counts->Run(analysis, doc, record);
    quotes->Run(analysis, doc, record);
  }

  std::unique_ptr<EntityRecognizer> entities;
  std::unique_ptr<DateRecognizer> dates;
  std::unique_ptr<CountRecognizer> counts;
  std::unique_ptr<QuoteRecognizer> quotes;
};

}  // namespace

StatusOr<std::unique_ptr<Recognizer>> Recognizer::Load(const std::string& data_dir) {
  auto impl = std::make_unique<RecognizerImpl>();
  SITREP_ASSIGN_OR_RETURN(impl->entities, EntityRecognizer::Load(data_dir));
  SITREP_ASSIGN_OR_RETURN(impl->dates, DateRecognizer::Load(data_dir));
  SITREP_ASSIGN_OR_RETURN(impl->counts, CountRecognizer::Load(data_dir));
  SITREP_ASSIGN_OR_RETURN(impl->quotes, QuoteRecognizer::Load(data_dir));
  return std::unique_ptr<Recognizer>(std::move(impl));
}

}  // namespace sitrep::recognize
