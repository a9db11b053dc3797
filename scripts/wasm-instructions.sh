#!/usr/bin/env bash
# Instructions per check in the wasm build as V8 optimizes it, by function: valgrind's callgrind
# on Node (`--no-liftoff`, so every function runs optimized) with V8's perf map, run for N and
# 2N checks so that start-up cancels out. Stable where wall time on this VM is not; Node's V8 is
# older than Chromium's, so compare versions with it rather than read it as a browser's cost.
# Needs valgrind. Builds a module with function names into target/wasm-named/.
#   scripts/wasm-instructions.sh [INPUT=zh300] [N=500]
set -euo pipefail
cd "$(dirname "$0")/.."
input=${1:-zh300}
n=${2:-500}
cargo build --quiet --profile wasm --target wasm32-unknown-unknown --lib
wasm-bindgen --target web --out-dir target/wasm-named target/wasm32-unknown-unknown/wasm/scamcheck.wasm
node scripts/inline-snippets.mjs target/wasm-named/scamcheck.js
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
run() {
  (cd "$tmp" && valgrind --tool=callgrind --dump-instr=yes --callgrind-out-file="$tmp/out.$1" \
    node --no-liftoff --perf-basic-prof --no-wasm-lazy-compilation \
    "$OLDPWD/scripts/bench/wasm-count.mjs" "$OLDPWD/target/wasm-named" "$input" "$1" >/dev/null 2>&1)
  mv /tmp/perf-"$(sed -n 's/^pid: //p' "$tmp/out.$1")".map "$tmp/map.$1"
}
run "$n"
run $((2 * n))
node scripts/bench/callgrind-jit.mjs "$n" "$tmp/out.$n" "$tmp/map.$n" "$tmp/out.$((2 * n))" "$tmp/map.$((2 * n))"
