#!/usr/bin/env bash
# Instruction counts (valgrind's callgrind) of Engine::new, of one check of the bench inputs
# zh300, url and short, and of encoding zh300's report as the tape the wasm build hands to JS:
# stable figures for comparing two versions on a machine whose wall-clock timings vary. Needs
# valgrind (Debian: apt-get install valgrind).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --quiet --profile bench --example profile
bin=target/release/examples/profile
count() {
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin" "$@" 2>&1 |
    sed -n 's/.*refs: *//p' | tr -d ,
}
base=$(count zh300 0)
echo "Engine::new (and process start): $base instructions"
for input in zh300 url short; do
  total=$(count "$input" 100)
  echo "one check, $input: $(((total - base) / 100)) instructions"
done
checks=$(count zh300 100)
with_tape=$(count zh300 100 tape)
echo "tape encoding of zh300's report: $(((with_tape - checks) / 100)) instructions"
