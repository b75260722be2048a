#!/usr/bin/env bash
# The README's first command: install what is missing, build (Release) into build/, then run
# the main job on the bundled sample articles into the embedded store (sitrep.db).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)"
echo "extracting samples/ into sitrep.db (records in sitrep-samples.jsonl)" >&2
build/sitrep extract samples/ --store sitrep.db > sitrep-samples.jsonl
