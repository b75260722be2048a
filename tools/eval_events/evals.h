// The three event evaluations: ACLED development records, PLOVER gold records, PETRARCH2
// validation records. Each reads its set from ../shared at test time only.
#pragma once

#include <string>

#include "scores.h"
#include "sitrep/engine.h"
#include "sitrep/status.h"

namespace sitrep::eval_events {

struct EvalOptions {
  size_t limit = 0;      // 0: every record
  bool verbose = false;  // print each miss on stderr
};

// ACLED: each record's `notes` as an English document published on its event_date; the most
// confident event against event_type, sub_event_type, iso3, location/admin2/admin3,
// fatalities (where the note states them or says none) and inter1 (1, 2, 6, 7).
StatusOr<Scores> EvalAcled(const Engine& engine, const std::string& csv_path,
                           const EvalOptions& options);

// PLOVER gold (JSON list): event type of the most confident event (and of any event); older
// gold names map to PLOVER 2021 (DEMAND -> REQUEST, DISAPPROVE and INVESTIGATE -> ACCUSE,
// FIGHT -> ASSAULT).
StatusOr<Scores> EvalPlover(const Engine& engine, const std::string& json_path,
                            const EvalOptions& options);

// PETRARCH2 validation records: CAMEO root agreement, with the suite's own fictional actor
// dictionary (PETR.Validate.actors.txt beside the records) as the entities.
StatusOr<Scores> EvalPetrarch(const std::string& data_dir, const std::string& records_path,
                              const std::string& actors_path, const EvalOptions& options);

}  // namespace sitrep::eval_events
