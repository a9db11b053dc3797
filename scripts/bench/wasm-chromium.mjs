// Headless Chromium: page ready (wasm fetched, compiled and instantiated, engine built) on a
// bench page served from www/, plus one check of two inputs in the page. Prints JSON (medians
// over RUNS runs):
//   { ready_ms, engine_ms, parts: { html_ms, script_ms, glue_at_ms, wasm_at_ms, instantiate_ms,
//     build_ms }, returning_ms, floor_ms, floor_nav_ms, load_ms, in_hand_ms, in_hand_parts, index_ms, index_parts, check_us,
//     first_check_us }
// - ready_ms: navigation start → engine built, first visit (a fresh browser context: empty
//   HTTP cache, no compiled code cached); engine_ms: the same from the page's script start.
// - parts: where ready_ms goes. html_ms: navigation start → the HTML's response received;
//   script_ms: navigation start → the page's script starts. The script imports the loader
//   (www/lib/engine.js, www/scamcheck-safe.js), which then does two things side by side:
//   glue_at_ms, both glue copies imported, and wasm_at_ms, the wasm fetched and compiled (both
//   since the script start, so they overlap). engine_ms is about the later of the two plus
//   instantiate_ms (the instance made from the compiled module) plus build_ms (Engine::new).
//   The parts come from the wrapper's User Timing marks.
// - returning_ms: navigation start → engine built on a second visit in the same context, when
//   Chromium may reuse the HTTP cache and the wasm code it cached.
// - floor_ms: the same kind of page with the engine replaced by a one-line module, preloaded
//   and imported the same way: script start → that module imported. What any page built like
//   ours pays on this machine before the engine's own work starts; floor_nav_ms is the same
//   from navigation start.
// - load_ms: the bench page with Engine::new left out (the same preloads, module and glue,
//   through the same wrapper): script start → wasm instantiated. No change to the engine's
//   start-up can bring engine_ms below this; only a smaller module or a faster browser can.
// - in_hand_ms: the engine's own start-up in a page, with the module's bytes already fetched
//   and the page loaded and idle: compiled, instantiated, engine built (in_hand_parts:
//   compile_ms, instantiate_ms, build_ms), first visit in a fresh context.
// - index_ms: the public page itself (www/index.html, with its own app script, styles and
//   example texts): navigation start → engine built, median of 6 first visits; index_parts
//   gives the wrapper's marks from navigation start. Read 3 s after navigation, so nothing
//   runs in the page while it loads.
// - check_us: one check once V8 has optimized the code (2 s of warm-up; median of 20 batches
//   taken in turn with the other input's, then of three pages); first_us: the first check of
//   each input on a fresh page, before any warm-up, in V8's baseline code, as a visitor's
//   first paste runs. Checks go through the crash-safe wrapper, as on the pages.
// Pages report their figures on the console: evaluating anything in the page while it loads
// (Playwright's waitForFunction injects a 330 KB script) would compete with the engine.
// The page loads the engine as www/index.html does: the same preload hints and the same loader,
// started from the page's first script (index.html's is `<script type="module" async
// src="lib/engine.js">`; here an inline one imports it, preloaded, so that the import counts
// in engine_ms). The server runs in its own thread so that driving the browser does not
// delay its answers.
// With --trace, it records a Chromium trace of each first visit instead and prints where the
// engine build (Engine::new, on the main thread) goes: V8 compiles each wasm function on its
// first call, and recompiles hot ones with its optimizing compiler on the other threads,
// which on a 2-core machine compete with the build. Tracing slows the page, so these runs
// give shares, not the bench's figures:
//   { build_ms, lazy_compile_ms, lazy_compiled_functions, tier_up_thread_ms } (medians)
//   node scripts/bench/wasm-chromium.mjs [--trace] [RUNS=10]
import { Worker } from "node:worker_threads";
import { chromium } from "playwright-core";
import { J } from "./inputs.mjs";

const args = process.argv.slice(2);
const tracing = args[0] === "--trace";
const runs = Number(args[tracing ? 1 : 0] ?? 10);
const www = new URL("../../www/", import.meta.url);
const PAGE = `<!doctype html><meta charset="utf-8"><title>bench</title>
<link rel="preload" href="/pkg/scamcheck_bg.wasm" as="fetch" type="application/wasm" crossorigin>
<link rel="modulepreload" href="/scamcheck-safe.js">
<link rel="modulepreload" href="/pkg/scamcheck.js?instance=0">
<link rel="modulepreload" href="/pkg/scamcheck.js?instance=1">
<link rel="modulepreload" href="/lib/engine.js">
<script type="module">
const t0 = performance.now();
const { loadChecker } = await import("/lib/engine.js");
const { checker } = await loadChecker();
const t1 = performance.now();
const at = (what) => performance.getEntriesByName("scamcheck.js " + what)[0].startTime;
const nav = performance.getEntriesByType("navigation")[0];
const parts = {
  html_ms: nav.responseEnd, script_ms: t0, glue_at_ms: at("glue imported") - t0, wasm_at_ms: at("compiled") - t0,
  instantiate_ms: at("instantiated") - Math.max(at("glue imported"), at("compiled")), build_ms: at("ready") - at("instantiated"),
};
const ready = { ready_ms: t1, engine_ms: t1 - t0, parts };
if (!location.search.includes("checks")) {
  console.log("bench " + JSON.stringify(ready));
} else {
  const inputs = ${JSON.stringify({ zh300: J.zh300, url: J.url })};
  const check_us = {}, first_us = {};
  const check = (text) => checker.check(text, { lang: "zh" });
  for (const [name, text] of Object.entries(inputs)) {
    const s = performance.now();
    check(text);
    first_us[name] = (performance.now() - s) * 1000;
  }
  // V8 runs new wasm code from its baseline compiler (Liftoff) and recompiles hot functions
  // with its optimizing one in the background: 400 ms of warm-up left a 300-character
  // Chinese check at ~190 µs where it settles at ~75 µs. So warm up for 2 s per input. Then
  // 20 rounds of a 60 ms batch of each input in turn, and the median batch: this machine has
  // slow moments of a few hundred ms (scripts/size/notes.md, "Noise"), and batches spread
  // over 2.4 s are less likely to sit in one of them than ten back to back.
  for (const text of Object.values(inputs)) for (const w = performance.now(); performance.now() - w < 2000;) check(text);
  const batches = Object.fromEntries(Object.keys(inputs).map((name) => [name, []]));
  for (let round = 0; round < 20; round++) {
    for (const [name, text] of Object.entries(inputs)) {
      let n = 0;
      const s = performance.now();
      while (performance.now() - s < 60) { check(text); n++; }
      batches[name].push((performance.now() - s) * 1000 / n);
    }
  }
  for (const [name, b] of Object.entries(batches)) check_us[name] = b.sort((x, y) => x - y)[b.length >> 1];
  console.log("bench " + JSON.stringify({ ...ready, check_us, first_us }));
}
</script>`;

// The control page: the same preloads and loader shape, a one-line module instead of the engine.
const FLOOR_PAGE = `<!doctype html><meta charset="utf-8"><title>floor</title>
<link rel="modulepreload" href="/__floor__.js">
<script type="module">
const t0 = performance.now();
await import("/__floor__.js");
const t1 = performance.now();
console.log("bench " + JSON.stringify({ floor_ms: t1 - t0, floor_nav_ms: t1 }));
</script>`;

// The bench page with the engine's build left out: the same preloads, the wrapper loading the
// same module and glue, the instance made, and no Engine::new. What the page would take if
// building the engine cost nothing: the part of page ready that the engine's start-up cannot
// reduce, at the module's present size. It imports the wrapper itself, since lib/engine.js
// builds the engine as it loads; one module fewer in the chain, so if anything it is low.
const LOAD_PAGE = PAGE.replace(/<script type="module">[^]*<\/script>$/, `<script type="module">
const t0 = performance.now();
const { createSafeInstance } = await import("/scamcheck-safe.js");
await createSafeInstance({ glue: "/pkg/scamcheck.js", module: "/pkg/scamcheck_bg.wasm" });
console.log("bench " + JSON.stringify({ load_ms: performance.now() - t0 }));
</script>`);
if (LOAD_PAGE === PAGE) throw new Error("the bench page's script was not found to replace");

// The engine's own start-up, with the module's bytes already in the page: the wasm compiled,
// instantiated and the engine built through the pages' wrapper, once the page has loaded and
// sat idle for 300 ms (the glue copies imported before, so only the engine's work is timed).
const IN_HAND_PAGE = `<!doctype html><meta charset="utf-8"><title>in hand</title>
<script type="module">
import { createSafeChecker } from "/scamcheck-safe.js";
await Promise.all([import("/pkg/scamcheck.js?instance=0"), import("/pkg/scamcheck.js?instance=1")]);
const bytes = await (await fetch("/pkg/scamcheck_bg.wasm")).arrayBuffer();
if (document.readyState !== "complete") await new Promise((resolve) => addEventListener("load", resolve));
await new Promise((resolve) => setTimeout(resolve, 300));
const t0 = performance.now();
await createSafeChecker({ glue: "/pkg/scamcheck.js", module: bytes });
const t1 = performance.now();
const at = (what) => performance.getEntriesByName("scamcheck.js " + what)[0].startTime;
console.log("bench " + JSON.stringify({ in_hand_ms: t1 - t0, in_hand_parts: {
  compile_ms: at("compiled") - t0, instantiate_ms: at("instantiated") - at("compiled"), build_ms: at("ready") - at("instantiated") } }));
</script>`;

// The static server, in a worker thread.
const SERVER = `
import http from "node:http";
import { readFile } from "node:fs/promises";
import { workerData, parentPort } from "node:worker_threads";
const types = { ".js": "text/javascript", ".wasm": "application/wasm", ".html": "text/html; charset=utf-8", ".css": "text/css" };
const www = new URL(workerData.www);
const server = http.createServer(async (req, res) => {
  const path = new URL(req.url, "http://x").pathname;
  if (path === "/__bench__.html") return res.writeHead(200, { "content-type": "text/html" }).end(workerData.page);
  if (path === "/__floor__.html") return res.writeHead(200, { "content-type": "text/html" }).end(workerData.floor);
  if (path === "/__inhand__.html") return res.writeHead(200, { "content-type": "text/html" }).end(workerData.inHand);
  if (path === "/__load__.html") return res.writeHead(200, { "content-type": "text/html" }).end(workerData.load);
  if (path === "/__floor__.js") return res.writeHead(200, { "content-type": "text/javascript" }).end("export const ready = true;");
  try {
    const body = await readFile(new URL("." + path, www));
    res.writeHead(200, {
      "content-type": types[path.slice(path.lastIndexOf("."))] ?? "application/octet-stream",
      "cache-control": "max-age=3600",
    }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
server.listen(0, "127.0.0.1", () => parentPort.postMessage(server.address().port));
`;
const worker = new Worker(SERVER, { eval: true, workerData: { www: www.href, page: PAGE, floor: FLOOR_PAGE, inHand: IN_HAND_PAGE, load: LOAD_PAGE } });
const port = await new Promise((resolve, reject) => {
  worker.once("message", resolve);
  worker.once("error", reject);
});

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
const visit = async (page, query = "", name = "__bench__") => {
  const figures = new Promise((resolve) => page.on("console", (message) => {
    if (message.text().startsWith("bench ")) resolve(JSON.parse(message.text().slice(6)));
  }));
  await page.goto(`http://127.0.0.1:${port}/${name}.html${query}`, { waitUntil: "commit" });
  return figures;
};
// Where a traced build goes: the wasm functions V8 compiled on the main thread during the build
// (first calls), and the time its other threads spent compiling wasm meanwhile.
const buildShares = (trace) => {
  const events = JSON.parse(trace).traceEvents;
  const names = new Map(events.filter((e) => e.ph === "M" && e.name === "thread_name").map((e) => [`${e.pid}/${e.tid}`, e.args.name]));
  const main = [...names].find(([, n]) => n === "CrRendererMain")[0];
  const complete = events.filter((e) => e.ph === "X");
  const lazy = complete.filter((e) => `${e.pid}/${e.tid}` === main && e.name === "wasm.CompileLazy");
  const from = Math.min(...lazy.map((e) => e.ts)), to = Math.max(...lazy.map((e) => e.ts + e.dur));
  const tierUp = complete
    .filter((e) => `${e.pid}/${e.tid}` !== main && e.pid === Number(main.split("/")[0]) && e.name === "wasm.ExecuteCompilationUnits")
    .reduce((sum, e) => sum + Math.max(0, Math.min(to, e.ts + e.dur) - Math.max(from, e.ts)), 0);
  return {
    lazy_compile_ms: lazy.reduce((sum, e) => sum + e.dur, 0) / 1000,
    lazy_compiled_functions: lazy.length,
    tier_up_thread_ms: tierUp / 1000,
  };
};

const first = [], returning = [], floors = [], loads = [], inHand = [], traced = [], index = [];
const checks = [], firsts = [];
try {
  for (let i = 0; i < runs + 1; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    if (tracing) {
      await browser.startTracing(page, { categories: ["v8.wasm", "toplevel"] });
      const r = await visit(page);
      const shares = buildShares((await browser.stopTracing()).toString());
      if (i > 0) traced.push({ build_ms: r.parts.build_ms, ...shares });
      await context.close();
      continue;
    }
    const r = await visit(page);
    // A second page in the same context: the returning visitor.
    const again = await context.newPage();
    const back = await visit(again);
    await context.close();
    // The control page, in a fresh context too.
    const control = await browser.newContext();
    const floor = await visit(await control.newPage(), "", "__floor__");
    await control.close();
    const bare = await browser.newContext();
    const loaded = await visit(await bare.newPage(), "", "__load__");
    await bare.close();
    const idle = await browser.newContext();
    const held = await visit(await idle.newPage(), "", "__inhand__");
    await idle.close();
    if (i > 0) { // the first run warms the browser process itself
      first.push(r);
      returning.push(back.ready_ms);
      floors.push(floor);
      loads.push(loaded.load_ms);
      inHand.push(held);
    }
  }
  for (let i = 0; i < (tracing ? 0 : 6); i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/index.html`, { waitUntil: "commit" });
    await new Promise((resolve) => setTimeout(resolve, 3000));
    index.push(await page.evaluate(() => {
      const at = (what) => performance.getEntriesByName(`scamcheck.js ${what}`)[0]?.startTime ?? NaN;
      return { glue_at_ms: at("glue imported"), wasm_at_ms: at("compiled"), instantiated_ms: at("instantiated"), ready_ms: at("ready") };
    }));
    await context.close();
  }
  for (let i = 0; i < (tracing ? 0 : 3); i++) {
    const context = await browser.newContext();
    const r = await visit(await context.newPage(), "?checks");
    checks.push(r.check_us);
    firsts.push(r.first_us);
    await context.close();
  }
} finally {
  await browser.close();
  await worker.terminate();
}
const medians = (rows) => Object.fromEntries(Object.keys(rows[0]).map((k) => [k, median(rows.map((r) => r[k]))]));
if (tracing) {
  console.log(JSON.stringify(medians(traced)));
} else {
  const med = (f) => median(first.map(f));
  console.log(JSON.stringify({
    ready_ms: med((r) => r.ready_ms),
    engine_ms: med((r) => r.engine_ms),
    parts: medians(first.map((r) => r.parts)),
    returning_ms: median(returning),
    ...medians(floors),
    load_ms: median(loads),
    in_hand_ms: median(inHand.map((r) => r.in_hand_ms)),
    in_hand_parts: medians(inHand.map((r) => r.in_hand_parts)),
    index_ms: median(index.map((r) => r.ready_ms)),
    index_parts: medians(index),
    check_us: medians(checks),
    first_check_us: medians(firsts),
  }));
}
