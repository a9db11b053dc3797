#!/usr/bin/env bash
# Prints the size report of the wasm modules (raw, gzip, brotli; what is big inside) and writes
# it to SIZE.md. Run scripts/build-wasm.sh first (or pass --build). Needs node; twiggy
# (`cargo install twiggy`) adds the breakdown by crate and item.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = --build ]; then scripts/build-wasm.sh >/dev/null; fi
node scripts/size/report.mjs | tee SIZE.md
