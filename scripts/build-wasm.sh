#!/usr/bin/env bash
# Builds the wasm modules into www/pkg (the engine) and optimizes them with a current wasm-opt.
set -euo pipefail
cd "$(dirname "$0")/.."
wasm-pack build --release --target web --out-dir www/pkg --no-pack .
if [ -x node_modules/.bin/wasm-opt ]; then
  node_modules/.bin/wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
    www/pkg/scamcheck_bg.wasm -o www/pkg/scamcheck_bg.wasm
fi
ls -l www/pkg/*.wasm
