// QuoteRecognizer: placeholder until the recognizer lands.
#include "recognize/quotes.h"

namespace sitrep::recognize {

struct QuoteRecognizer::Impl {};

QuoteRecognizer::QuoteRecognizer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

QuoteRecognizer::~QuoteRecognizer() = default;

StatusOr<std::unique_ptr<QuoteRecognizer>> QuoteRecognizer::Load(const std::string&) {
  return std::unique_ptr<QuoteRecognizer>(new QuoteRecognizer(std::make_unique<Impl>()));
}

void QuoteRecognizer::Run(const text::Analysis&, const Document&, Record*) const {}

}  // namespace sitrep::recognize
