// EntityRecognizer: loads data/actors/ once and runs an EntityRun per document.
#include "recognize/entities.h"

#include "recognize/entity_dict.h"
#include "recognize/entity_run.h"

namespace sitrep::recognize {

struct EntityRecognizer::Impl {
  std::unique_ptr<entities_internal::EntityDict> dict;
};

EntityRecognizer::EntityRecognizer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

EntityRecognizer::~EntityRecognizer() = default;

StatusOr<std::unique_ptr<EntityRecognizer>> EntityRecognizer::Load(const std::string& data_dir) {
  auto impl = std::make_unique<Impl>();
  SITREP_ASSIGN_OR_RETURN(impl->dict, entities_internal::EntityDict::Load(data_dir + "/actors"));
  return std::unique_ptr<EntityRecognizer>(new EntityRecognizer(std::move(impl)));
}

void EntityRecognizer::Run(const text::Analysis& analysis, const Document& doc,
                           Record* record) const {
  entities_internal::EntityRun run(*impl_->dict, analysis, doc);
  run.Run(&record->entities);
}

}  // namespace sitrep::recognize
