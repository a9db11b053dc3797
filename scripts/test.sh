#!/usr/bin/env bash
# Runs every test: Rust unit and case tables, the same cases against the wasm build under
# Node, and the browser tests in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
SETUP_BROWSER=1 scripts/setup.sh
echo "== cargo test"
cargo test --workspace --all-targets --quiet
echo "== wasm build"
scripts/build-wasm.sh
echo "== case tables against the wasm build (Node)"
node --test tests/wasm/
if [ -d tests/browser ]; then
  echo "== browser tests (headless Chromium)"
  node --test --test-concurrency=1 tests/browser/
fi
