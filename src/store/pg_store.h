// The PostgreSQL backend of sitrep::Store (see include/sitrep/store.h): one database shared by
// several workers or machines. Built when libpqxx is found (SITREP_WITH_POSTGRES).
#pragma once

#include <memory>
#include <string>

#include "sitrep/store.h"

namespace sitrep::store {

// `uri` is a libpq connection URI: postgresql://user:password@host:port/database.
StatusOr<std::unique_ptr<Store>> OpenPostgres(const std::string& uri);

}  // namespace sitrep::store
