// Coder: pattern matching over sentences, then actor roles, place, date and counts.
#include "code/coder.h"

namespace sitrep::code {
namespace {

class CoderImpl : public Coder {
 public:
  void Run(const text::Analysis&, const Document&, Record*) const override {}
};

}  // namespace

StatusOr<std::unique_ptr<Coder>> Coder::Load(const std::string&) {
  return std::unique_ptr<Coder>(std::make_unique<CoderImpl>());
}

}  // namespace sitrep::code
