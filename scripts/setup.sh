#!/usr/bin/env bash
# Installs everything scamcheck needs on a fresh machine; quick when already installed.
#   - the wasm32 target, wasm-bindgen-cli pinned to the crate's wasm-bindgen, wasm-pack
#   - Debian's chromium (browser tests) when the test suite asks for it (SETUP_BROWSER=1)
#   - the npm dev tools (package-lock.json): playwright-core, binaryen (wasm-opt), axe-core, …
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '\033[1msetup:\033[0m %s\n' "$*"; }

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# wasm-bindgen-cli must be exactly the version Cargo.toml pins.
wbg_version=$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)"/\1/p' Cargo.toml)
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$wbg_version" ]; then
  log "installing wasm-bindgen-cli $wbg_version (a few minutes, once)"
  cargo install wasm-bindgen-cli --version "$wbg_version" --force
fi

if ! command -v wasm-pack >/dev/null 2>&1; then
  log "installing wasm-pack (a few minutes, once)"
  cargo install wasm-pack
fi

# Chromium for the browser tests, and a CJK font so the screenshots show Chinese text.
if [ "${SETUP_BROWSER:-0}" = 1 ] && { ! command -v chromium >/dev/null 2>&1 || ! dpkg -s fonts-wqy-microhei >/dev/null 2>&1; }; then
  log "installing Debian's chromium and a CJK font for the browser tests"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  log "installing npm dev tools"
  npm ci --no-audit --no-fund --loglevel=error
fi
