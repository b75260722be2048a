// Engine: the only file that wires the stages together (see src/README.md):
// langid -> normalize/segment -> recognize -> tag places -> code events -> geocode.
#include "sitrep/engine.h"

#include "base/data_dir.h"
#include "base/sha256.h"
#include "code/coder.h"
#include "geo/gazetteer.h"
#include "recognize/recognizer.h"
#include "text/analysis.h"

namespace sitrep {

struct Engine::Impl {
  EngineOptions options;
  std::string data_dir;
  std::unique_ptr<recognize::Recognizer> recognizer;
  std::unique_ptr<geo::Gazetteer> gazetteer;
  std::unique_ptr<code::Coder> coder;
};

Engine::Engine(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

Engine::~Engine() = default;

StatusOr<std::unique_ptr<Engine>> Engine::Create(const EngineOptions& options) {
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  SITREP_ASSIGN_OR_RETURN(impl->data_dir, ResolveDataDir(options.data_dir));
  SITREP_ASSIGN_OR_RETURN(impl->recognizer, recognize::Recognizer::Load(impl->data_dir));
  SITREP_ASSIGN_OR_RETURN(impl->gazetteer, geo::Gazetteer::Load(impl->data_dir));
  SITREP_ASSIGN_OR_RETURN(impl->coder, code::Coder::Load(impl->data_dir));
  return std::unique_ptr<Engine>(new Engine(std::move(impl)));
}

const std::string& Engine::data_dir() const { return impl_->data_dir; }

Record Engine::Extract(Document doc) const {
  Record record;
  record.sha256 = Sha256Hex(doc.text);
  if (doc.lang.empty()) {
    doc.lang = text::DetectLanguage(doc.text);
  }
  record.doc = std::move(doc);
  const Document& d = record.doc;
  const text::Analysis analysis = text::Analyze(d.text, d.lang);
  impl_->recognizer->Run(analysis, d, &record);
  impl_->gazetteer->TagPlaces(analysis, d, &record);
  impl_->coder->Run(analysis, d, &record);
  impl_->gazetteer->GeocodeEvents(d, &record);
  if (impl_->options.min_confidence > 0) {
    std::erase_if(record.events,
                  [&](const Event& e) { return e.confidence < impl_->options.min_confidence; });
  }
  return record;
}

}  // namespace sitrep
