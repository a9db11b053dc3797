// Gathers the results of scripts/bench.sh (Criterion's estimates under target/criterion and the
// JSON files the other benches wrote) and prints one table, each figure against its budget;
// also writes it to BENCHMARKS.md.
//   node scripts/bench/report.mjs RESULTS_DIR
import { readFileSync, readdirSync, existsSync, statSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import os from "node:os";
import { execSync } from "node:child_process";

const root = new URL("../../", import.meta.url);
const dir = process.argv[2];
const load = (f) => (existsSync(`${dir}/${f}`) ? JSON.parse(readFileSync(`${dir}/${f}`, "utf8")) : null);

// Criterion: full_id → median ns.
const crit = {};
const walk = (d) => {
  for (const e of readdirSync(d)) {
    const p = `${d}/${e}`;
    if (!statSync(p).isDirectory()) continue;
    if (e === "new" && existsSync(`${p}/estimates.json`) && existsSync(`${p}/benchmark.json`)) {
      const id = JSON.parse(readFileSync(`${p}/benchmark.json`, "utf8")).full_id;
      crit[id] = JSON.parse(readFileSync(`${p}/estimates.json`, "utf8")).median.point_estimate;
    } else walk(p);
  }
};
const critDir = new URL("target/criterion", root).pathname;
if (existsSync(critDir)) walk(critDir);

const batch = load("batch.json"), node = load("wasm-node.json"), chrome = load("wasm-chromium.json");
const trace = load("wasm-chromium-trace.json");
const fmtTime = (ns) => ns == null ? "–" : ns >= 1e6 ? `${(ns / 1e6).toFixed(2)} ms` : ns >= 1e3 ? `${(ns / 1e3).toFixed(1)} µs` : `${ns.toFixed(0)} ns`;
const rows = [];
const row = (what, value, budget, ok, how) => rows.push([what, value, budget, ok == null ? "" : ok ? "ok" : "OVER", how]);

const wasmPath = new URL("www/pkg/scamcheck_bg.wasm", root);
if (existsSync(wasmPath)) {
  const gz = gzipSync(readFileSync(wasmPath), { level: 9 }).length;
  row("core wasm, gzip -9", `${(gz / 1024).toFixed(1)} KiB`, "≤ 300 KB", gz <= 300_000, "www/pkg/scamcheck_bg.wasm (SIZE.md)");
}
if (chrome) {
  row("page ready, Chromium (script start → engine built)", `${chrome.engine_ms.toFixed(1)} ms`, "≤ 30 ms", chrome.engine_ms <= 30, "wasm-chromium.mjs, median, first visit (fresh context)");
  const p = chrome.parts;
  row("page ready, Chromium (navigation start → engine built)", `${chrome.ready_ms.toFixed(1)} ms`, "(info)", null,
    `HTML received at ${p.html_ms.toFixed(1)}, script started at ${p.script_ms.toFixed(1)}; then, side by side since the script start, glue imported at ${p.glue_at_ms.toFixed(1)} and wasm fetched + compiled at ${p.wasm_at_ms.toFixed(1)}; instantiate ${p.instantiate_ms.toFixed(1)}, Engine::new ${p.build_ms.toFixed(1)} ms`);
  row("a page's floor, Chromium (script start → a one-line preloaded module imported)", `${chrome.floor_ms.toFixed(1)} ms`, "(info)", null,
    `the same page with the engine replaced by one line: what this machine's browser takes before any engine work (navigation start → imported: ${chrome.floor_nav_ms.toFixed(1)} ms)`);
  if (chrome.load_ms != null) {
    row("page ready without Engine::new, Chromium (script start → wasm instantiated)", `${chrome.load_ms.toFixed(1)} ms`, "(info)", null,
      "the bench page with the engine's build left out (same preloads, module, glue and wrapper): the part of page ready that no change to Engine::new can remove");
  }
  if (chrome.in_hand_ms != null) {
    const h = chrome.in_hand_parts;
    row("engine start-up in a page, module bytes in hand (compile + instantiate + Engine::new)", `${chrome.in_hand_ms.toFixed(1)} ms`, "(info)", null,
      `the page loaded and idle, the wasm already fetched: compile ${h.compile_ms.toFixed(1)}, instantiate ${h.instantiate_ms.toFixed(1)}, Engine::new ${h.build_ms.toFixed(1)} ms (first visit, fresh context)`);
  }
  if (chrome.index_ms != null) {
    const q = chrome.index_parts;
    row("the public page www/index.html (navigation start → engine built)", `${chrome.index_ms.toFixed(1)} ms`, "(info)", null,
      `the real page with its app script, styles and examples, median of 6: glue imported at ${q.glue_at_ms.toFixed(1)}, wasm compiled at ${q.wasm_at_ms.toFixed(1)}, instantiated at ${q.instantiated_ms.toFixed(1)} ms`);
  }
  if (trace) {
    row("Engine::new in the page, traced: V8 compiling functions on first call", `${trace.lazy_compile_ms.toFixed(1)} of ${trace.build_ms.toFixed(1)} ms`, "(info)", null,
      `${trace.lazy_compiled_functions} functions compiled on the main thread; meanwhile ${trace.tier_up_thread_ms.toFixed(1)} ms of optimizing compiles on other threads (wasm-chromium.mjs --trace, median of 6; tracing slows the page)`);
  }
  row("page ready, Chromium, returning visit (navigation start → engine built)", `${chrome.returning_ms.toFixed(1)} ms`, "(info)", null, "same context: HTTP cache and cached wasm code");
  for (const [k, v] of Object.entries(chrome.check_us)) row(`check in Chromium wasm: ${k}`, `${v.toFixed(1)} µs`, k === "url" ? "≤ 20 µs" : "≤ 50 µs", v <= (k === "url" ? 20 : 50), "optimized code: after 2 s of warm-up");
  for (const [k, v] of Object.entries(chrome.first_check_us)) row(`first check in Chromium wasm: ${k}`, fmtTime(v * 1000), "(info)", null, "a fresh page's first check, in V8's baseline code");
}
if (node) {
  row("wasm ready, Node, cold (compile + instantiate + engine)", `${node.ready_cold_ms.toFixed(1)} ms`, "(info)", null, "wasm-node.mjs, first run in the process");
  row("wasm ready, Node, warm (V8 reuses the compiled module)", `${node.ready_ms.toFixed(1)} ms`, "(info)", null, "wasm-node.mjs, median of 14 more");
  const b = { zh300: 50, url: 20 };
  for (const [k, v] of Object.entries(node.check_us)) row(`check in Node wasm: ${k}`, fmtTime(v * 1000), b[k] ? `≤ ${b[k]} µs` : "(info)", b[k] ? v <= b[k] : null, "wasm-node.mjs");
}
if (batch) {
  row("native batch: messages/s", batch.messages_per_s.toLocaleString("en"), "≥ 50,000", batch.messages_per_s >= 50_000, `${batch.messages_lines.toLocaleString("en")} lines, one process`);
  row("native batch: URLs/s", batch.urls_per_s.toLocaleString("en"), "≥ 100,000", batch.urls_per_s >= 100_000, `${batch.urls_lines.toLocaleString("en")} lines, one process`);
}
const g = (k) => crit[`growth/${k}`];
if (g("1k") && g("1024k")) {
  const perByte = (k, n) => g(k) / (n * 1024);
  const ratio = perByte("1024k", 1024) / perByte("1k", 1);
  row("growth 1 KB → 1 MB (time per byte, 1 MB ÷ 1 KB)", `${ratio.toFixed(2)}×`, "linear: ≤ 2×", ratio <= 2, ["1k", "4k", "16k", "64k", "256k", "1024k"].map((k) => `${k} ${fmtTime(g(k))}`).join(", "));
}
if (crit["engine/new"]) row("native Engine::new", fmtTime(crit["engine/new"]), "(info)", null, "benches/engine.rs");
for (const k of ["short", "zh300", "msg2k", "url", "qr", "text1m"]) if (crit[`check/${k}`]) row(`native check: ${k}`, fmtTime(crit[`check/${k}`]), "(info)", null, "benches/check.rs");
const worst = Object.entries(crit).filter(([k]) => k.startsWith("worst/")).sort((a, b) => b[1] - a[1]);
if (worst.length) {
  row(`slowest input (native): ${worst[0][0].slice(6)}`, fmtTime(worst[0][1]), "(bounded)", null, `of ${worst.length} ~1 MiB hostile inputs (benches/worst.rs); next: ${worst.slice(1, 4).map(([k, v]) => `${k.slice(6)} ${fmtTime(v)}`).join(", ")}`);
}

const head = ["figure", "measured", "budget", "", "how"];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
const line = (r) => r.map((c, i) => String(c).padEnd(widths[i])).join("  ");
console.log(line(head));
console.log(widths.map((w) => "-".repeat(w)).join("  "));
rows.forEach((r) => console.log(line(r)));

const cpu = os.cpus()[0]?.model ?? "?";
let commit = "?";
try { commit = execSync("git rev-parse --short HEAD", { cwd: root }).toString().trim(); } catch {}
const md = `# Benchmarks

Made by \`scripts/bench.sh\` (medians; ${new Date().toISOString().slice(0, 10)}, commit ${commit}, ${os.cpus().length} × ${cpu}).
Budgets are the project's; "(info)" rows have none. Inputs: \`benches/inputs/inputs.json\` and
generated text; batch files from \`scripts/bench/gen-batch.mjs\` (synthetic, 100k lines each).

| ${head.join(" | ")} |
| ${head.map(() => "---").join(" | ")} |
${rows.map((r) => `| ${r.join(" | ")} |`).join("\n")}

All Criterion medians:

| bench | median |
| --- | --- |
${Object.entries(crit).sort().map(([k, v]) => `| ${k} | ${fmtTime(v)} |`).join("\n")}
`;
writeFileSync(new URL("BENCHMARKS.md", root), md);
