// Instructions per check by function, from two callgrind runs of scripts/bench/wasm-count.mjs
// (N and 2N checks) with V8's perf map of each: the difference is N checks, start-up and
// warm-up cancel out. Prints the total (wasm functions and the rest) and the top functions.
//   node scripts/bench/callgrind-jit.mjs N OUT_A MAP_A OUT_B MAP_B [TOP=30]
import { readFileSync } from "node:fs";

const [n, outA, mapA, outB, mapB, top = "30"] = process.argv.slice(2);

/** Instructions by JIT symbol: callgrind's per-instruction costs mapped on V8's perf map. */
function costs(out, map) {
  const syms = readFileSync(map, "utf8").split("\n").filter(Boolean).map((line) => {
    const [a, size, ...name] = line.split(" ");
    return [parseInt(a, 16), parseInt(size, 16), name.join(" ").replace(/::h[0-9a-f]{16}/g, "").replace(/\[[0-9a-f]{16}\]/g, "")];
  }).sort((x, y) => x[0] - y[0]);
  const find = (addr) => {
    let lo = 0, hi = syms.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (syms[mid][0] <= addr) lo = mid + 1; else hi = mid - 1;
    }
    const s = syms[hi];
    return s && addr < s[0] + s[1] ? s[2] : null;
  };
  const total = new Map();
  let addr = 0, afterCall = false;
  // Lines "ADDR LINE COST" (positions: instr line); ADDR is absolute (0x…), relative (+n/-n)
  // or the same (*). The line after calls= is a call's inclusive cost: not the caller's own.
  for (const line of readFileSync(out, "utf8").split("\n")) {
    if (line.startsWith("calls=")) { afterCall = true; continue; }
    const c = line[0];
    if (!(c >= "0" && c <= "9") && c !== "+" && c !== "-" && c !== "*") continue;
    const [pos, , cost] = line.split(" ");
    if (pos.startsWith("0x")) addr = parseInt(pos, 16);
    else if (c === "+") addr += Number(pos.slice(1));
    else if (c === "-") addr -= Number(pos.slice(1));
    if (afterCall) { afterCall = false; continue; }
    if (cost === undefined) continue;
    const name = find(addr);
    if (name) total.set(name, (total.get(name) ?? 0) + Number(cost));
  }
  return total;
}

const a = costs(outA, mapA), b = costs(outB, mapB);
const per = new Map();
for (const [k, v] of b) per.set(k, (v - (a.get(k) ?? 0)) / Number(n));
const isWasm = (k) => /-(turbofan|liftoff)$/.test(k) && !k.includes("file://");
let wasm = 0, rest = 0;
for (const [k, v] of per) if (isWasm(k)) wasm += v; else rest += v;
console.log(`per check: ${Math.round(wasm).toLocaleString("en")} instructions in wasm, ${Math.round(rest).toLocaleString("en")} in JS and V8 builtins`);
for (const [k, v] of [...per].sort((x, y) => y[1] - x[1]).slice(0, Number(top))) {
  console.log(`${Math.round(v).toLocaleString("en").padStart(10)}  ${k.replace(/^JS:/, "").slice(0, 110)}`);
}
