// Gazetteer loading and lookups.
#include "geo/gazetteer.h"

namespace sitrep::geo {
namespace {

class GazetteerImpl : public Gazetteer {
 public:
  void TagPlaces(const text::Analysis&, const Document&, Record*) const override {}
  void GeocodeEvents(const Document&, Record*) const override {}
};

}  // namespace

StatusOr<std::unique_ptr<Gazetteer>> Gazetteer::Load(const std::string&) {
  return std::unique_ptr<Gazetteer>(std::make_unique<GazetteerImpl>());
}

}  // namespace sitrep::geo
