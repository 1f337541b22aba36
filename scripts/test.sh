#!/usr/bin/env bash
# Every test layer, each run even when an earlier one failed, then a summary.
# Exits non-zero when any layer failed.
#   1. host: cargo test (pure logic), node --test scripts/ (the Node tools and
#      the e2e KPI oracle),
#      cargo clippy (warnings are errors), cargo fmt --check
#   2. wasm: component tests in headless Chromium (wasm-bindgen-test)
#   3. e2e:  Playwright against the release build and a real json-server
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
export CHROMEDRIVER="${CHROMEDRIVER:-$(command -v chromedriver)}"

names=()
results=()
layer() {
  local name="$1"; shift
  printf '\n\033[1m== %s ==\033[0m\n' "$name"
  local start=$SECONDS
  if "$@"; then results+=("PASS"); else results+=("FAIL"); fi
  names+=("$name ($((SECONDS - start)) s)")
}

layer "host: cargo test" cargo test --quiet
layer "host: node tools" node --test --test-timeout=120000 scripts/
layer "lint: cargo clippy" cargo clippy --all-targets --quiet -- -D warnings
layer "lint: cargo fmt --check" cargo fmt --check
layer "wasm: headless Chromium" cargo test --target wasm32-unknown-unknown --test web
layer "e2e: build release" trunk build --release
if [ "${results[-1]}" = "PASS" ]; then
  layer "e2e: Playwright + json-server" node --test --test-concurrency=1 --test-timeout=180000 e2e/
fi

printf '\n\033[1m== summary ==\033[0m\n'
failed=0
for i in "${!names[@]}"; do
  printf '  %-4s  %s\n' "${results[$i]}" "${names[$i]}"
  [ "${results[$i]}" = "PASS" ] || failed=1
done
exit $failed
