// Finding sitrep's data folder (dictionaries, patterns, gazetteer) at run time.
#pragma once

#include <string>

#include "sitrep/status.h"

namespace sitrep {

// Returns the data folder: `configured` when non-empty, else $SITREP_DATA_DIR, else data/
// beside or above the running executable, else the source tree's data/ compiled in.
// kNotFound names every place tried when none holds a data folder.
StatusOr<std::string> ResolveDataDir(const std::string& configured);

}  // namespace sitrep
