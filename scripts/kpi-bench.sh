#!/usr/bin/env bash
# The KPI engine's benchmark: the whole KPI set (src/kpi/engine.rs) over
# 100,000 cases, 2,000 incidents and 200 people with their check-ins
# (src/kpi/synthetic.rs), for the dashboard's two windows, natively
# (examples/kpi_bench.rs) and in wasm in headless Chromium
# (tests/kpi_bench.rs). `make bench` runs it after the board's bench.
#
# Prints each figure beside the aim (<= 150 ms in wasm); exits non-zero only
# when a figure cannot be measured (a build failed, no browser), never
# because a figure misses the aim.
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-$(command -v chromedriver)}"

failed=0
out="$(mktemp)"
trap 'rm -f "$out"' EXIT

echo ""
echo "KPI engine bench: building the native one (cargo run --release --example kpi_bench)"
if cargo run --release --quiet --example kpi_bench >"$out" 2>&1; then
  cat "$out"
else
  cat "$out"
  echo "kpi bench: cannot measure natively (see above)" >&2
  failed=1
fi

echo ""
echo "KPI engine bench: building the wasm one (cargo test --release --target wasm32-unknown-unknown --test kpi_bench)"
if [ -z "$CHROMEDRIVER" ] || ! command -v wasm-bindgen-test-runner >/dev/null 2>&1; then
  echo "kpi bench: cannot measure in wasm: no chromedriver or wasm-bindgen-test-runner (make setup-browser)" >&2
  failed=1
else
  # --nocapture: the runner prints a passing test's console output only then.
  # No --quiet: cargo test hands it to the runner, which refuses it.
  WATCHFLOOR_KPI_BENCH=1 cargo test --release --target wasm32-unknown-unknown \
    --test kpi_bench -- --nocapture >"$out" 2>&1
  status=$?
  if [ $status -eq 0 ] && grep -q "kpi compute, wasm:" "$out"; then
    grep "kpi compute, wasm" "$out"
  else
    cat "$out"
    echo "kpi bench: cannot measure in wasm (exit $status, or no figure printed; see above)" >&2
    failed=1
  fi
fi
echo ""
exit $failed
