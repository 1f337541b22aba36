# Watchfloor: two commands on a fresh machine.
#   make run   build, make demo data, start json-server and the app, print the URL
#   make test  host tests, wasm tests in headless Chromium, e2e in a real browser
# Each installs what is missing first (scripts/setup.sh, idempotent).

SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export TRUNK_SKIP_VERSION_CHECK := true

HOST ?= 127.0.0.1
API_PORT ?= 3001
APP_PORT ?= 8080
export HOST API_PORT APP_PORT

SOURCES := $(shell find src style public sw -type f) index.html Cargo.toml Cargo.lock Trunk.toml scripts/csp.mjs scripts/sw.mjs

.PHONY: run test setup setup-browser build size bench lighthouse demo-data clean

run: setup dist/index.html
	@scripts/run.sh

test: setup setup-browser
	@scripts/test.sh

setup:
	@scripts/setup.sh

setup-browser:
	@scripts/setup.sh --browser

build: setup dist/index.html

# Rebuilt only when a source changed, so a second `make run` is up in seconds.
dist/index.html: $(SOURCES)
	trunk build --release

demo-data: setup
	node scripts/gen-demo.mjs --out .run/db.json

size: setup dist/index.html
	@node scripts/size.mjs dist

# Prints how fast the case board is with 5,000 open cases, then how fast the
# KPI engine computes over 100,000 cases, natively and in wasm (figures
# beside their aims; fails only when it cannot measure). Each part runs even
# when the other could not measure.
bench: setup setup-browser dist/index.html
	@node scripts/bench.mjs; board=$$?; scripts/kpi-bench.sh; kpi=$$?; exit $$(( board || kpi ))

# Lighthouse, mobile and first visit, on the now view and each area: prints
# the scores and fails under performance 90 or accessibility 95
# (LIGHTHOUSE_NO_FAIL=1 only prints; more in scripts/lighthouse.mjs).
lighthouse: setup setup-browser dist/index.html tools/lighthouse/node_modules/.package-lock.json
	@node scripts/lighthouse.mjs

# Lighthouse has its own folder so `make test` never installs it; npm ci
# runs again only when its lock changed.
tools/lighthouse/node_modules/.package-lock.json: tools/lighthouse/package-lock.json
	npm ci --prefix tools/lighthouse --no-audit --no-fund --loglevel=error

clean:
	rm -rf dist target .run e2e/.tmp
