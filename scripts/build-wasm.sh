#!/usr/bin/env bash
# Builds the wasm modules into www/pkg (the engine) and www/pkg-qr (the QR image decoder, a
# separate module so the engine's size and start-up do not pay for it), and optimizes them with
# a current wasm-opt.
set -euo pipefail
cd "$(dirname "$0")/.."
wasm-pack build --profile wasm --target web --out-dir www/pkg --no-pack .
node scripts/inline-snippets.mjs www/pkg/scamcheck.js
if [ -x node_modules/.bin/wasm-opt ]; then
  node_modules/.bin/wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
    www/pkg/scamcheck_bg.wasm -o www/pkg/scamcheck_bg.wasm
fi
wasm-pack build --profile wasm --target web --out-dir ../www/pkg-qr --out-name scamcheck_qr --no-pack qr
if [ -x node_modules/.bin/wasm-opt ]; then
  node_modules/.bin/wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
    www/pkg-qr/scamcheck_qr_bg.wasm -o www/pkg-qr/scamcheck_qr_bg.wasm
fi
ls -l www/pkg/*.wasm www/pkg-qr/*.wasm
