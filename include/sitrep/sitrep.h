// sitrep: news reports in, structured conflict-event records with byte-exact evidence out.
// This umbrella header pulls in the whole public API.
#pragma once

#include "sitrep/document.h"
#include "sitrep/engine.h"
#include "sitrep/options.h"
#include "sitrep/record.h"
#include "sitrep/status.h"
