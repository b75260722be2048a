// RecordJsonValue: a record as the JSON value that ToJson writes (keys in record.md's order),
// for code that edits the value before writing it, as the HTTP API does when it adds the
// article text to a record.
#pragma once

#include <nlohmann/json.hpp>

#include "sitrep/record.h"

namespace sitrep {

nlohmann::ordered_json RecordJsonValue(const Record& record);

}  // namespace sitrep
