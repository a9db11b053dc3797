#!/usr/bin/env bash
# Is the working tree's wasm build faster than revision REV's? Builds both modules (REV's in a
# temporary worktree, with the same target directory so that only the engine recompiles) and
# runs scripts/bench/wasm-ab.mjs on them: per page, the check times of both builds and the
# median ratio working tree / REV (below 1: faster). A/A runs of one build give 0.99–1.02.
#   scripts/ab.sh [REV=HEAD] [chromium|node] [PAGES=6]
set -euo pipefail
cd "$(dirname "$0")/.."
rev=${1:-HEAD}
root=$PWD
out=$root/target/ab
rm -rf "$out" && mkdir -p "$out"
tree=$(mktemp -d)
trap 'git -C "$root" worktree remove --force "$tree" >/dev/null 2>&1 || true; rm -rf "$tree"' EXIT
git worktree add --detach --quiet "$tree" "$rev"
ln -s "$root/node_modules" "$tree/node_modules" # the same wasm-opt
echo "== building $rev" >&2
(cd "$tree" && CARGO_TARGET_DIR="$root/target" scripts/build-wasm.sh >/dev/null 2>&1)
cp -r "$tree/www/pkg" "$out/a"
echo "== building the working tree" >&2
scripts/build-wasm.sh >/dev/null 2>&1
cp -r www/pkg "$out/b"
node scripts/bench/wasm-ab.mjs "$out/a" "$out/b" "${2:-chromium}" "${3:-6}"
