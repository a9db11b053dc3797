#!/usr/bin/env bash
# Set-up, wasm build, then serves www/ on http://127.0.0.1:${PORT:-8000}/ (Ctrl-C stops).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build-wasm.sh
exec node scripts/serve.mjs --port "${PORT:-8000}" --root www
