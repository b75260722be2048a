// The SQLite backend of sitrep::Store (see include/sitrep/store.h).
#pragma once

#include <memory>
#include <string>

#include "sitrep/store.h"

namespace sitrep::store {

StatusOr<std::unique_ptr<Store>> OpenSqlite(const std::string& path);

}  // namespace sitrep::store
