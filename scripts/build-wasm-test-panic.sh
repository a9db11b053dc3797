#!/usr/bin/env bash
# Builds a TEST-ONLY wasm module with the `test-panic` feature (exports panicForTest and
# abortForTest) into target/wasm-test-panic/, for tests/wasm/robustness.test.mjs. It is never
# copied to www/: the shipped module comes from scripts/build-wasm.sh, without the feature.
set -euo pipefail
cd "$(dirname "$0")/.."
wasm-pack --quiet build --profile wasm --target web --out-dir target/wasm-test-panic --no-pack --no-typescript . \
  -- --features test-panic >/dev/null 2>&1 || {
  echo "build-wasm-test-panic: wasm-pack failed; rerun without redirects to see why" >&2
  exit 1
}
node scripts/inline-snippets.mjs target/wasm-test-panic/scamcheck.js
