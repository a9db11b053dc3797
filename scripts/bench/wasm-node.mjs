// The wasm build under Node: instantiate + engine ready, and per-check time on the bench
// inputs. Prints JSON { ready_ms, compile_ms, check_us: { name: µs } } (medians).
//   node scripts/bench/wasm-node.mjs [PKG_DIR=www/pkg]
import { readFileSync } from "node:fs";
import { checkInputs } from "./inputs.mjs";

const root = new URL("../../", import.meta.url);
const pkg = new URL(`${process.argv[2] ?? "www/pkg"}/`, root);
const bytes = readFileSync(new URL("scamcheck_bg.wasm", pkg));
const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];

// Ready: compile + instantiate + new Checker, on a fresh copy of the glue each time. Only the
// first run is cold: V8 keeps the compiled (and tiered-up) code of the same bytes for the
// process, so the median of the later runs is the warm figure.
const ready = [], compile = [];
for (let i = 0; i < 15; i++) {
  const glue = await import(`${new URL("scamcheck.js", pkg).href}?bench=${i}`);
  const t0 = performance.now();
  const module = await WebAssembly.compile(bytes);
  const t1 = performance.now();
  glue.initSync({ module });
  const checker = new glue.Checker();
  const t2 = performance.now();
  checker.free?.();
  compile.push(t1 - t0);
  ready.push(t2 - t0);
}

const glue = await import(new URL("scamcheck.js", pkg).href);
glue.initSync({ module: await WebAssembly.compile(bytes) });
const checker = new glue.Checker();
const check_us = {};
const sample = (text, opts, ms) => {
  let k = 0;
  const t0 = performance.now();
  do { checker.check(text, opts); k++; } while (performance.now() - t0 < ms && k < 1000);
  return ((performance.now() - t0) * 1000) / k;
};
const inputs = checkInputs().map(([name, text, kind]) => ({ name, text, opts: { kind, lang: "zh" }, samples: [] }));
const small = inputs.filter((i) => i.name !== "text1m");
// Warm up until V8 has recompiled the hot functions with its optimizing compiler.
for (const { text, opts } of small) for (const warm = performance.now(); performance.now() - warm < 1000;) checker.check(text, opts);
// Then 20 rounds of a 30 ms sample of each input in turn, and the median sample: this machine
// has slow moments of a few hundred ms (scripts/size/notes.md, "Noise"), and samples spread
// over 3 s are less likely to sit in one of them than a run of samples of one input.
for (let round = 0; round < 20; round++) for (const i of small) i.samples.push(sample(i.text, i.opts, 30));
// The 1 MB text: three runs to warm up, then 3 s of samples.
for (const i of inputs.filter((i) => i.name === "text1m")) {
  for (let k = 0; k < 3; k++) checker.check(i.text, i.opts);
  const deadline = performance.now() + 3000;
  while (performance.now() < deadline || i.samples.length < 5) i.samples.push(sample(i.text, i.opts, 20));
}
for (const i of inputs) check_us[i.name] = median(i.samples);
console.log(JSON.stringify({ ready_cold_ms: ready[0], ready_ms: median(ready.slice(1)), compile_ms: median(compile), check_us }));
