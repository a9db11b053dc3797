// Headless Chromium: page ready (wasm fetched, compiled and instantiated, engine built) on a
// bench page served from www/, in a fresh browser context (empty cache) each run, plus one
// check of two inputs in the page. Prints JSON (medians over RUNS runs):
//   { ready_ms: since navigation start, engine_ms: from script start, check_us: {...} }
// check_us is measured after a warm-up (V8 first runs wasm from its baseline compiler).
//   node scripts/bench/wasm-chromium.mjs [RUNS=10]
import http from "node:http";
import { readFile } from "node:fs/promises";
import { chromium } from "playwright-core";
import { J } from "./inputs.mjs";

const runs = Number(process.argv[2] ?? 10);
const www = new URL("../../www/", import.meta.url);
const types = { ".js": "text/javascript", ".wasm": "application/wasm", ".html": "text/html", ".json": "application/json" };
const PAGE = `<!doctype html><meta charset="utf-8"><title>bench</title><script type="module">
const t0 = performance.now();
const glue = await import("/pkg/scamcheck.js");
await glue.default({ module_or_path: "/pkg/scamcheck_bg.wasm" });
const checker = new glue.Checker();
const t1 = performance.now();
const inputs = ${JSON.stringify({ zh300: J.zh300, url: J.url })};
const check_us = {};
for (const [name, text] of Object.entries(inputs)) {
  // Warm up until V8 has tiered the hot functions up from its baseline compiler.
  for (const w = performance.now(); performance.now() - w < 400;) checker.check(text, { lang: "zh" });
  const n = 300, s = performance.now();
  for (let i = 0; i < n; i++) checker.check(text, { lang: "zh" });
  check_us[name] = (performance.now() - s) * 1000 / n;
}
window.__bench = { ready_ms: t1, engine_ms: t1 - t0, check_us };
</script>`;

const server = http.createServer(async (req, res) => {
  const path = new URL(req.url, "http://x").pathname;
  if (path === "/__bench__.html") return res.writeHead(200, { "content-type": "text/html" }).end(PAGE);
  try {
    const body = await readFile(new URL(`.${path}`, www));
    res.writeHead(200, { "content-type": types[path.slice(path.lastIndexOf("."))] ?? "application/octet-stream" }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const port = server.address().port;
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
const results = [];
try {
  for (let i = 0; i < runs + 1; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/__bench__.html`);
    const r = await page.waitForFunction(() => window.__bench, null, { timeout: 30000 }).then((h) => h.jsonValue());
    if (i > 0) results.push(r); // the first run warms the browser process itself
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
console.log(JSON.stringify({
  ready_ms: median(results.map((r) => r.ready_ms)),
  engine_ms: median(results.map((r) => r.engine_ms)),
  check_us: Object.fromEntries(Object.keys(results[0].check_us).map((k) => [k, median(results.map((r) => r.check_us[k]))])),
}));
