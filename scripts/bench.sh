#!/usr/bin/env bash
# Runs every benchmark and prints one table, each figure against its budget (also written to
# BENCHMARKS.md). About 6–9 minutes on 2 cores. Steps:
#   native Criterion benches (benches/: engine, check, growth, worst),
#   the batch CLI on 100k synthetic messages and 100k URLs (one process, JSON in and out),
#   the wasm build under Node (ready time, per-check time) and in headless Chromium (page ready).
# SKIP_BUILD=1 reuses www/pkg and target/release; QUICK=1 runs only the budget figures.
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/bench-results
mkdir -p "$out"

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "== building (release CLI, wasm)" >&2
  cargo build --release --quiet --bin scamcheck
  scripts/build-wasm.sh >/dev/null
fi

echo "== Criterion benches" >&2
if [ "${QUICK:-0}" = 1 ]; then
  cargo bench --quiet --bench growth >/dev/null
else
  cargo bench --quiet --bench engine --bench check --bench growth --bench worst >/dev/null
fi

echo "== batch CLI throughput" >&2
if [ ! -s "$out/data/messages.jsonl" ] || [ scripts/bench/gen-batch.mjs -nt "$out/data/messages.jsonl" ]; then
  node scripts/bench/gen-batch.mjs "$out/data" 100000
fi
node scripts/bench/batch.mjs target/release/scamcheck "$out/data" 3 >"$out/batch.json"

echo "== wasm under Node" >&2
node scripts/bench/wasm-node.mjs www/pkg >"$out/wasm-node.json"

echo "== wasm in headless Chromium" >&2
if [ -x /usr/bin/chromium ]; then
  node scripts/bench/wasm-chromium.mjs 10 >"$out/wasm-chromium.json"
  node scripts/bench/wasm-chromium.mjs --trace 6 >"$out/wasm-chromium-trace.json"
else
  echo "(no /usr/bin/chromium: skipped)" >&2
  rm -f "$out/wasm-chromium.json" "$out/wasm-chromium-trace.json"
fi

node scripts/bench/report.mjs "$out"
