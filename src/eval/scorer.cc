// Scorer: placeholder until the evaluation lands.
#include "eval/scorer.h"
