#!/usr/bin/env bash
# Builds a TEST-ONLY wasm module with the `test-hooks` feature (exports panicForTest,
# abortForTest and checkJson) into target/wasm-test/, for the tests in tests/wasm/. It is never
# copied to www/: the shipped module comes from scripts/build-wasm.sh, without the feature.
set -euo pipefail
cd "$(dirname "$0")/.."
wasm-pack --quiet build --profile wasm --target web --out-dir target/wasm-test --no-pack --no-typescript . \
  -- --features test-hooks >/dev/null 2>&1 || {
  echo "build-wasm-test: wasm-pack failed; rerun without redirects to see why" >&2
  exit 1
}
node scripts/inline-snippets.mjs target/wasm-test/scamcheck.js
