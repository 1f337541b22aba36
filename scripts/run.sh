#!/usr/bin/env bash
# Starts the demo: json-server on the demo data and the built app, prints the
# URL, and stops both on Ctrl-C. `make run` builds first; ports come from
# HOST, API_PORT and APP_PORT; BASE_PATH serves the app under a sub-path.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"

HOST="${HOST:-127.0.0.1}"
API_PORT="${API_PORT:-3001}"
APP_PORT="${APP_PORT:-8080}"
BASE_PATH="${BASE_PATH:-/}"
DB=.run/db.json

mkdir -p .run
# A demo data set from an older version lacks collections this one writes to
# (json-server answers 404 to those): keep it aside and make a fresh one.
if [ -f "$DB" ] && ! node --input-type=module -e '
  import { readFileSync } from "node:fs";
  import { generate } from "./scripts/gen-demo.mjs";
  const have = Object.keys(JSON.parse(readFileSync(process.argv[1], "utf8")));
  process.exit(Object.keys(generate({ scale: 0.05 })).every((k) => have.includes(k)) ? 0 : 1);
' "$DB" 2>/dev/null; then
  echo "run: $DB lacks collections this version uses; kept as $DB.old"
  mv "$DB" "$DB.old"
fi
if [ ! -f "$DB" ]; then
  echo "run: making the demo data set ($DB; delete it for a fresh one)"
  node scripts/gen-demo.mjs --out "$DB"
fi

pids=()
stop() {
  trap - INT TERM EXIT
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap 'stop; exit 0' INT TERM
trap stop EXIT

json-server "$DB" --middlewares scripts/json-server-middleware.cjs \
  --host "$HOST" --port "$API_PORT" --quiet >.run/json-server.log 2>&1 &
pids+=($!)
node scripts/serve.mjs --dir dist --host "$HOST" --port "$APP_PORT" --base "$BASE_PATH" \
  --api "http://$HOST:$API_PORT" >.run/serve.log 2>&1 &
pids+=($!)

wait_for() {
  for _ in $(seq 1 100); do
    if node -e "fetch(process.argv[1]).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))" "$1"; then return 0; fi
    sleep 0.1
  done
  echo "run: $2 did not start; see .run/*.log" >&2
  cat .run/*.log >&2
  exit 1
}
wait_for "http://$HOST:$API_PORT/sla_policies" "json-server"
wait_for "http://$HOST:$APP_PORT${BASE_PATH%/}/config.json" "the app server"

echo
echo "  Watchfloor:  http://$HOST:$APP_PORT${BASE_PATH%/}/"
echo "  API:         http://$HOST:$API_PORT/  (json-server on $DB)"
echo
echo "  Ctrl-C stops both."
wait
