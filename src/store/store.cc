// Store::Open: picks the backend from the URI.
#include "sitrep/store.h"
#include "store/sqlite_store.h"

namespace sitrep {

StatusOr<std::unique_ptr<Store>> Store::Open(const std::string& uri) {
  if (uri.rfind("postgresql://", 0) == 0 || uri.rfind("postgres://", 0) == 0) {
    return UnavailableError("this build of sitrep has no PostgreSQL store: " + uri);
  }
  return store::OpenSqlite(uri);
}

}  // namespace sitrep
