// Store::Open: picks the backend from the URI.
#include "sitrep/store.h"
#include "store/sqlite_store.h"
#ifdef SITREP_HAVE_POSTGRES
#include "store/pg_store.h"
#endif

namespace sitrep {

StatusOr<std::unique_ptr<Store>> Store::Open(const std::string& uri) {
  if (uri.rfind("postgresql://", 0) == 0 || uri.rfind("postgres://", 0) == 0) {
#ifdef SITREP_HAVE_POSTGRES
    return store::OpenPostgres(uri);
#else
    return UnavailableError("this build of sitrep has no PostgreSQL store (libpqxx not found)");
#endif
  }
  return store::OpenSqlite(uri);
}

}  // namespace sitrep
