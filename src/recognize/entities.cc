// EntityRecognizer: placeholder until the recognizer lands.
#include "recognize/entities.h"

namespace sitrep::recognize {

struct EntityRecognizer::Impl {};

EntityRecognizer::EntityRecognizer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

EntityRecognizer::~EntityRecognizer() = default;

StatusOr<std::unique_ptr<EntityRecognizer>> EntityRecognizer::Load(const std::string&) {
  return std::unique_ptr<EntityRecognizer>(new EntityRecognizer(std::make_unique<Impl>()));
}

void EntityRecognizer::Run(const text::Analysis&, const Document&, Record*) const {}

}  // namespace sitrep::recognize
