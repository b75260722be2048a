// CountRecognizer: placeholder until the recognizer lands.
#include "recognize/counts.h"

namespace sitrep::recognize {

struct CountRecognizer::Impl {};

CountRecognizer::CountRecognizer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

CountRecognizer::~CountRecognizer() = default;

StatusOr<std::unique_ptr<CountRecognizer>> CountRecognizer::Load(const std::string&) {
  return std::unique_ptr<CountRecognizer>(new CountRecognizer(std::make_unique<Impl>()));
}

void CountRecognizer::Run(const text::Analysis&, const Document&, Record*) const {}

}  // namespace sitrep::recognize
