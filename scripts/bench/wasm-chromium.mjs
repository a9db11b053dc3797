// Headless Chromium: page ready (wasm fetched, compiled and instantiated, engine built) on a
// bench page served from www/, plus one check of two inputs in the page. Prints JSON (medians
// over RUNS runs):
//   { ready_ms, engine_ms, parts: { html_ms, script_ms, glue_at_ms, wasm_at_ms, instantiate_ms,
//     build_ms }, returning_ms, check_us, first_check_us }
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
// - check_us: one check once V8 has optimized the code (2 s of warm-up; median of ten batches,
//   then of three pages); first_us: the first check of each input on a fresh page, in V8's
//   baseline code, as a visitor's first paste runs. Checks go through the crash-safe wrapper,
//   as on the pages.
// The page loads the engine as www/index.html does: the same preload hints and the same loader,
// started from the page's first script (index.html's is `<script type="module" async
// src="lib/engine.js">`; here an inline one imports it, preloaded, so that the import counts
// in engine_ms). The server runs in its own thread so that driving the browser does not
// delay its answers.
//   node scripts/bench/wasm-chromium.mjs [RUNS=10]
import { Worker } from "node:worker_threads";
import { chromium } from "playwright-core";
import { J } from "./inputs.mjs";

const runs = Number(process.argv[2] ?? 10);
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
window.__ready = { ready_ms: t1, engine_ms: t1 - t0, parts };
if (!location.search.includes("checks")) {
  window.__bench = window.__ready;
} else {
  const inputs = ${JSON.stringify({ zh300: J.zh300, url: J.url })};
  const check_us = {}, first_us = {};
  for (const [name, text] of Object.entries(inputs)) {
    let s = performance.now();
    checker.check(text, { lang: "zh" });
    first_us[name] = (performance.now() - s) * 1000;
    // V8 runs new wasm code from its baseline compiler (Liftoff) and recompiles hot functions
    // with its optimizing one in the background: 400 ms of warm-up left a 300-character
    // Chinese check at ~190 µs where it settles at ~75 µs. So warm up for 2 s, then take the
    // median of ten 100 ms batches.
    for (const w = performance.now(); performance.now() - w < 2000;) checker.check(text, { lang: "zh" });
    const batches = [];
    for (let b = 0; b < 10; b++) {
      let n = 0;
      s = performance.now();
      while (performance.now() - s < 100) { checker.check(text, { lang: "zh" }); n++; }
      batches.push((performance.now() - s) * 1000 / n);
    }
    check_us[name] = batches.sort((x, y) => x - y)[5];
  }
  window.__bench = { ...window.__ready, check_us, first_us };
}
</script>`;

// The static server, in a worker thread.
const SERVER = `
import http from "node:http";
import { readFile } from "node:fs/promises";
import { workerData, parentPort } from "node:worker_threads";
const types = { ".js": "text/javascript", ".wasm": "application/wasm", ".html": "text/html" };
const www = new URL(workerData.www);
const server = http.createServer(async (req, res) => {
  const path = new URL(req.url, "http://x").pathname;
  if (path === "/__bench__.html") return res.writeHead(200, { "content-type": "text/html" }).end(workerData.page);
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
const worker = new Worker(SERVER, { eval: true, workerData: { www: www.href, page: PAGE } });
const port = await new Promise((resolve, reject) => {
  worker.once("message", resolve);
  worker.once("error", reject);
});

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
const visit = async (page, query = "") => {
  await page.goto(`http://127.0.0.1:${port}/__bench__.html${query}`);
  return page.waitForFunction(() => window.__bench, null, { timeout: 60000 }).then((h) => h.jsonValue());
};
const first = [], returning = [];
const checks = [], firsts = [];
try {
  for (let i = 0; i < runs + 1; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const r = await visit(page);
    // A second page in the same context: the returning visitor.
    const again = await context.newPage();
    const back = await visit(again);
    if (i > 0) { // the first run warms the browser process itself
      first.push(r);
      returning.push(back.ready_ms);
    }
    await context.close();
  }
  for (let i = 0; i < 3; i++) {
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
const med = (f) => median(first.map(f));
console.log(JSON.stringify({
  ready_ms: med((r) => r.ready_ms),
  engine_ms: med((r) => r.engine_ms),
  parts: Object.fromEntries(Object.keys(first[0].parts).map((k) => [k, med((r) => r.parts[k])])),
  returning_ms: median(returning),
  check_us: Object.fromEntries(Object.keys(checks[0]).map((k) => [k, median(checks.map((c) => c[k]))])),
  first_check_us: Object.fromEntries(Object.keys(firsts[0]).map((k) => [k, median(firsts.map((c) => c[k]))])),
}));
