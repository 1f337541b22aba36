#!/usr/bin/env bash
# Starts the demo: json-server on the demo data and the built app, prints the
# URL, and stops both on Ctrl-C. `make run` builds first; ports come from
# HOST, API_PORT and APP_PORT; BASE_PATH serves the app under a sub-path.
#
# BACKEND=pocketbase (`make run BACKEND=pocketbase`) starts PocketBase
# instead, on PB_PORT (8090) with its data in PB_DIR (.run/pocketbase/)
# (scripts/pocketbase.mjs: the demo data imported on its first start; delete
# the folder for a fresh one), and the app with the dialect "pocketbase";
# prints the demo user's email and password.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"

HOST="${HOST:-127.0.0.1}"
API_PORT="${API_PORT:-3001}"
APP_PORT="${APP_PORT:-8080}"
PB_PORT="${PB_PORT:-8090}"
BASE_PATH="${BASE_PATH:-/}"
BACKEND="${BACKEND:-json-server}"
DB=.run/db.json
PB_DIR="${PB_DIR:-.run/pocketbase}"

case "$BACKEND" in
  json-server | pocketbase) ;;
  *) echo "run: BACKEND must be json-server or pocketbase, not '$BACKEND'" >&2; exit 2 ;;
esac

mkdir -p .run
# A demo data set from an older version lacks collections this one writes to
# (json-server answers 404 to those): keep it aside and make a fresh one.
if [ "$BACKEND" = json-server ] && [ -f "$DB" ] && ! node --input-type=module -e '
  import { readFileSync } from "node:fs";
  import { generate } from "./scripts/gen-demo.mjs";
  const have = Object.keys(JSON.parse(readFileSync(process.argv[1], "utf8")));
  process.exit(Object.keys(generate({ scale: 0.05 })).every((k) => have.includes(k)) ? 0 : 1);
' "$DB" 2>/dev/null; then
  echo "run: $DB lacks collections this version uses; kept as $DB.old"
  mv "$DB" "$DB.old"
fi
if [ "$BACKEND" = json-server ] && [ ! -f "$DB" ]; then
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

config=()
if [ "$BACKEND" = pocketbase ]; then
  rm -f "$PB_DIR/ready" # left by a run that was killed
  node scripts/pocketbase.mjs --dir "$PB_DIR" --host "$HOST" --port "$PB_PORT" >.run/pocketbase.log 2>&1 &
  pids+=($!)
  api="http://$HOST:$PB_PORT"
  # The app's config with PocketBase's dialect; api/ stays relative: the
  # app server proxies it to PocketBase's root (api/api/collections/...).
  mkdir -p "$PB_DIR"
  node -e '
    const fs = require("fs");
    const config = JSON.parse(fs.readFileSync("public/config.json", "utf8"));
    fs.writeFileSync(process.argv[1], JSON.stringify({ ...config, dialect: "pocketbase" }, null, 2) + "\n");
  ' "$PB_DIR/config.json"
  config=(--config "$PB_DIR/config.json")
else
  json-server "$DB" --middlewares scripts/json-server-middleware.cjs \
    --host "$HOST" --port "$API_PORT" --quiet >.run/json-server.log 2>&1 &
  pids+=($!)
  api="http://$HOST:$API_PORT"
fi
node scripts/serve.mjs --dir dist --host "$HOST" --port "$APP_PORT" --base "$BASE_PATH" \
  --api "$api" ${config[@]+"${config[@]}"} >.run/serve.log 2>&1 &
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
if [ "$BACKEND" = pocketbase ]; then
  # Its first start imports the demo data (some seconds): wait for `ready`.
  printf 'run: starting PocketBase'
  for _ in $(seq 1 1200); do
    [ -f "$PB_DIR/ready" ] && break
    if ! kill -0 "${pids[0]}" 2>/dev/null; then
      echo; echo "run: PocketBase did not start; see .run/pocketbase.log" >&2
      cat .run/pocketbase.log "$PB_DIR/pocketbase.log" >&2 2>/dev/null || true
      exit 1
    fi
    sleep 0.1
  done
  echo
  [ -f "$PB_DIR/ready" ] || { echo "run: PocketBase was not ready within 120 s; see .run/pocketbase.log" >&2; exit 1; }
  grep -h '^pocketbase: imported' .run/pocketbase.log || true
else
  wait_for "http://$HOST:$API_PORT/sla_policies" "json-server"
fi
wait_for "http://$HOST:$APP_PORT${BASE_PATH%/}/config.json" "the app server"

echo
echo "  Watchfloor:  http://$HOST:$APP_PORT${BASE_PATH%/}/"
if [ "$BACKEND" = pocketbase ]; then
  echo "  API:         http://$HOST:$PB_PORT/  (PocketBase, data in $PB_DIR; its dashboard at /_/)"
  node -e '
    const { demo } = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    console.log(`  Sign in as:  ${demo.email}  password ${demo.password}`);
  ' "$PB_DIR/credentials.json"
  echo "               (the superuser for the dashboard is in $PB_DIR/credentials.json)"
else
  echo "  API:         http://$HOST:$API_PORT/  (json-server on $DB)"
fi
echo
echo "  Ctrl-C stops both."
wait
