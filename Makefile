# RER — two commands: `make run` and `make test`. Everything else here serves them.
#
# Tools are installed only when missing, and only where a user expects them: Rust tools in cargo's bin
# folder, node tools in this checkout's node_modules (put on PATH below). Nothing goes to system folders
# except Debian packages (chromium, postgresql for CI), installed through apt-get.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

CARGO_HOME ?= $(HOME)/.cargo
export PATH := $(CURDIR)/node_modules/.bin:$(CURDIR)/end2end/node_modules/.bin:$(CARGO_HOME)/bin:$(PATH)

CARGO_LEPTOS_VERSION := 0.3.6
# wasm-bindgen-cli must be exactly the wasm-bindgen version locked for the app.
WASM_BINDGEN_VERSION := $(shell awk '/^name = "wasm-bindgen"$$/ { getline; gsub(/"/, "", $$3); print $$3; exit }' Cargo.lock)
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

BIN := target/release/rer
# What the release binary needs to find the site built by cargo-leptos.
export LEPTOS_OUTPUT_NAME ?= rer
export LEPTOS_SITE_ROOT ?= target/site
export LEPTOS_SITE_PKG_DIR ?= pkg
export LEPTOS_HASH_FILES ?= true
export LEPTOS_ENV ?= PROD
export LEPTOS_SITE_ADDR ?= 127.0.0.1:3000

.PHONY: help
help:
	@echo "make run    set up what is missing, build, seed demo data on first start, serve on http://$(LEPTOS_SITE_ADDR)"
	@echo "make test   set up what is missing, then format, lint, unit, integration and end-to-end tests"
	@echo "make bench  size and load benchmarks (figures under bench/results/)"

# ---------------------------------------------------------------------------------------------- set-up

.PHONY: setup setup-rust setup-node setup-browser
setup: setup-rust setup-node

setup-rust:
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
	@cargo leptos --version 2>/dev/null | grep -q " $(CARGO_LEPTOS_VERSION)$$" \
		|| cargo install cargo-leptos --version $(CARGO_LEPTOS_VERSION) --locked
	@wasm-bindgen --version 2>/dev/null | grep -q " $(WASM_BINDGEN_VERSION)$$" \
		|| cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION)

setup-node: node_modules/.package-lock.json end2end/node_modules/.package-lock.json

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund

end2end/node_modules/.package-lock.json: end2end/package.json end2end/package-lock.json
	cd end2end && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund

# The end-to-end suite drives Debian's Chromium; Playwright never downloads a browser here.
setup-browser:
	@command -v chromium >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium; }

# ---------------------------------------------------------------------------------------------- run

.PHONY: build run
build: setup
	cargo leptos build --release --precompress

run: build
	@mkdir -p data
	$(BIN) seed --demo --if-empty
	$(BIN) serve

# ---------------------------------------------------------------------------------------------- test

.PHONY: test fmt lint unit integration end2end
test: setup setup-browser fmt lint unit integration end2end

fmt:
	cargo fmt --all --check

lint:
	cargo clippy --workspace --all-targets --features ssr -- -D warnings
	cargo clippy --lib --features hydrate --target wasm32-unknown-unknown -- -D warnings

unit:
	cargo test --workspace --lib --bins --features ssr

# Integration tests always run on SQLite, and on PostgreSQL too when TEST_DATABASE_URL is set.
integration:
	env -u TEST_DATABASE_URL cargo test --features ssr --test api
	@if [ -n "$${TEST_DATABASE_URL:-}" ]; then \
		echo "integration tests on PostgreSQL"; cargo test --features ssr --test api; fi

end2end: build setup-browser
	cd end2end && npx playwright test

# ---------------------------------------------------------------------------------------------- bench

.PHONY: bench
bench: build
	bench/wasm-size.sh
	node bench/login-storm.mjs
	node bench/directory.mjs
	node bench/feed.mjs
