// RecordJsonValue: a record as the JSON value that ToJson writes (keys in record.md's order),
// for code that edits the value before writing it, as the HTTP API does when it adds the
// article text to a record. AppendRecordJson: ToJson's text appended to *out, written
// directly (record_json_write.cc), so a caller writing many records can reuse one buffer.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "sitrep/record.h"

namespace sitrep {

nlohmann::ordered_json RecordJsonValue(const Record& record);

void AppendRecordJson(const Record& record, std::string* out);

}  // namespace sitrep
