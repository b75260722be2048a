#!/usr/bin/env bash
# Browser test of the web page: stores the seed article, starts `sitrep serve` on a free
# loopback port, loads the page in headless Chromium (the page's JavaScript runs) and checks
# the DOM it built: countries drawn, the Al-Bab strike as a dot on the map and a bar on the
# timeline, the events table, and the article with the selected event's evidence and its
# place highlighted. Exits 77 (skipped) when Chromium is not installed.
# Usage: page_test.sh SITREP_BIN   (from the repository root, ../shared beside it)
set -euo pipefail
bin=$1
chromium=$(command -v chromium || command -v chromium-browser || true)
if [[ -z $chromium ]]; then
  echo "chromium is not installed: skipped (.ci/run installs it)"
  exit 77
fi
dir=$(mktemp -d)
pid=""
cleanup() { [[ -n $pid ]] && kill "$pid" 2>/dev/null; rm -rf "$dir"; }
trap cleanup EXIT
fail() { echo "FAIL: $*"; exit 1; }

"$bin" extract -q --store "$dir/s.db" --published 2016-12-23 \
  ../shared/seed/000_5345cd30320c7e53.txt >/dev/null
"$bin" serve --store "$dir/s.db" --port 0 2>"$dir/serve.log" &
pid=$!
port=""
for _ in $(seq 100); do
  port=$(grep -o '127.0.0.1:[0-9]*' "$dir/serve.log" | head -1 | cut -d: -f2 || true)
  [[ -n $port ]] && break
  sleep 0.2
done
[[ -n $port ]] || fail "sitrep serve did not start: $(cat "$dir/serve.log")"

HOME=$dir timeout 120 "$chromium" --headless --no-sandbox --disable-gpu \
  --user-data-dir="$dir/profile" --virtual-time-budget=15000 \
  --dump-dom "http://127.0.0.1:$port/?type=ASSAULT&country=SYR" >"$dir/dom.html" 2>"$dir/chromium.log" ||
  fail "chromium failed: $(tail -5 "$dir/chromium.log")"
dom=$dir/dom.html

grep -q 'data-ready="1"' "$dom" || fail "the page did not finish loading"
countries=$(grep -o '<path class="land"' "$dom" | wc -l)
((countries > 150)) || fail "map: $countries countries drawn"
dots=$(grep -o '<circle class="dot' "$dom" | wc -l)
((dots >= 1)) || fail "map: no event dot"
grep -q '<title>ASSAULT Al Bāb 2016-12-2[23]</title>' "$dom" || fail "map: no dot for the Al-Bab strike"
grep -q '<rect class="bar"' "$dom" || fail "timeline: no bar"
rows=$(grep -o '<tr class="event' "$dom" | wc -l)
((rows == dots)) || fail "table: $rows rows for $dots dots"
grep -q '<td>ASSAULT/aerial</td>' "$dom" || fail "table: no aerial assault"
grep -q '<mark class="[^"]*\bon\b[^"]*">' "$dom" || fail "article: the selected event's evidence is not highlighted"
grep -q '<mark class="[^"]*place[^"]*">Al-Bab</mark>' "$dom" || fail "article: Al-Bab is not highlighted as a place"
grep -q '<mark class="[^"]*speaker[^"]*">' "$dom" || fail "article: no speaker highlighted"
echo "ok: $countries countries, $dots dots, $rows events in the table"
