// DateRecognizer: placeholder until the recognizer lands.
#include "recognize/dates.h"

namespace sitrep::recognize {

struct DateRecognizer::Impl {};

DateRecognizer::DateRecognizer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

DateRecognizer::~DateRecognizer() = default;

StatusOr<std::unique_ptr<DateRecognizer>> DateRecognizer::Load(const std::string&) {
  return std::unique_ptr<DateRecognizer>(new DateRecognizer(std::make_unique<Impl>()));
}

void DateRecognizer::Run(const text::Analysis&, const Document&, Record*) const {}

}  // namespace sitrep::recognize
