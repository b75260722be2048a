// geo: an offline gazetteer (GeoNames cities with French, English and Arabic names, countries
// in many languages) that tags place mentions in text and geocodes event locations.
//
// Usage:
//   auto gaz = geo::Gazetteer::Load(data_dir);    // once
//   (*gaz)->TagPlaces(analysis, doc, &record);     // adds place entities (before coding)
//   (*gaz)->GeocodeEvents(doc, &record);           // fills event locations (after coding)
#pragma once

#include <memory>
#include <string>

#include "sitrep/record.h"
#include "sitrep/status.h"
#include "text/analysis.h"

namespace sitrep::geo {

class Gazetteer {
 public:
  static StatusOr<std::unique_ptr<Gazetteer>> Load(const std::string& data_dir);
  virtual ~Gazetteer() = default;

  // Adds an Entity of kind "place" (or "state" for countries) for each gazetteer name found,
  // with id = GeoNames id (or ISO alpha-3 for countries). Thread-safe.
  virtual void TagPlaces(const text::Analysis& analysis, const Document& doc,
                         Record* record) const = 0;

  // For each event whose location has text/name but no coordinates, resolves it: country,
  // admin1, lat/lon, geonames_id, precision; disambiguates by the countries the document is
  // about. A name not found keeps its text with null coordinates. Thread-safe.
  virtual void GeocodeEvents(const Document& doc, Record* record) const = 0;
};

}  // namespace sitrep::geo
