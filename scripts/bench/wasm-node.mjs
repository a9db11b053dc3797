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
for (const [name, text, kind] of checkInputs()) {
  const opts = { kind, lang: "zh" };
  // Warm up until V8 has recompiled the hot functions with its optimizing compiler.
  const warm = performance.now();
  for (let i = 0; i < 3 || performance.now() - warm < (name === "text1m" ? 0 : 1000); i++) checker.check(text, opts);
  const samples = [];
  const deadline = performance.now() + (name === "text1m" ? 3000 : 700);
  while (performance.now() < deadline || samples.length < 5) {
    let k = 0;
    const t0 = performance.now();
    do { checker.check(text, opts); k++; } while (performance.now() - t0 < 20 && k < 1000);
    samples.push(((performance.now() - t0) * 1000) / k);
  }
  check_us[name] = median(samples);
}
console.log(JSON.stringify({ ready_cold_ms: ready[0], ready_ms: median(ready.slice(1)), compile_ms: median(compile), check_us }));
