// Where a check's time goes inside the wasm build, by V8's sampling profiler, in headless
// Chromium and in Node side by side: the functions with the most samples of their own, and
// the callers of Unicode table look-ups. Read Chromium's names with care: it put ~10% of a
// Chinese check in Unicode look-ups that this input never reaches, where Node showed none.
// (The "Chinese is twice as slow in Chromium" that led here was a bench warming up too
// briefly.) scripts/wasm-instructions.sh gives stable counts by function.
// Needs a module with function names, which the shipped one strips:
//   scripts/build-wasm.sh && wasm-bindgen --target web --out-dir target/wasm-profile \
//     target/wasm32-unknown-unknown/wasm/scamcheck.wasm &&
//   node scripts/inline-snippets.mjs target/wasm-profile/scamcheck.js &&
//   node scripts/bench/wasm-profile.mjs [INPUT=zh300]
import http from "node:http";
import { readFile } from "node:fs/promises";
import { readFileSync } from "node:fs";
import inspector from "node:inspector/promises";
import { chromium } from "playwright-core";
import { J } from "./inputs.mjs";

const text = J[process.argv[2] ?? "zh300"];
const dir = new URL("../../target/wasm-profile/", import.meta.url);
const WARM_MS = 1500, RUN_MS = 2000;

/** Runs checks for RUN_MS after WARM_MS of warm-up; returns µs per check. */
function loop(checker, text, now) {
  for (const w = now(); now() - w < WARM_MS;) checker.check(text, { lang: "zh" });
  let n = 0;
  const s = now();
  while (now() - s < RUN_MS) { checker.check(text, { lang: "zh" }); n++; }
  return ((now() - s) * 1000) / n;
}

/** The top functions by own samples, and who calls the Unicode look-ups. */
function summary(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n);
  const own = new Map(), lookups = new Map();
  const name = (n) => (n ? n.callFrame.functionName || "(anonymous)" : "?");
  for (const id of profile.samples) {
    const n = byId.get(id);
    own.set(name(n), (own.get(name(n)) ?? 0) + 1);
    if (/unicode_data/.test(name(n))) {
      const key = `${name(n)} <- ${name(parent.get(n.id))}`;
      lookups.set(key, (lookups.get(key) ?? 0) + 1);
    }
  }
  const top = (m, k) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k)
    .map(([f, v]) => `  ${((100 * v) / profile.samples.length).toFixed(1).padStart(5)}%  ${f.slice(0, 110)}`);
  return [...top(own, 20), "  Unicode look-ups by caller:", ...top(lookups, 6)].join("\n");
}

const server = http.createServer(async (req, res) => {
  const path = new URL(req.url, "http://x").pathname;
  if (path === "/") {
    return res.writeHead(200, { "content-type": "text/html" }).end(`<script type="module">
import * as glue from "/scamcheck.js";
await glue.default({ module_or_path: "/scamcheck_bg.wasm" });
const checker = new glue.Checker();
const loop = ${loop.toString()};
const WARM_MS = ${WARM_MS}, RUN_MS = ${RUN_MS};
window.run = () => loop(checker, ${JSON.stringify(text)}, () => performance.now());
window.ready = true;
</script>`);
  }
  try {
    const body = await readFile(new URL(`.${path}`, dir));
    res.writeHead(200, { "content-type": path.endsWith(".wasm") ? "application/wasm" : "text/javascript" }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox"] });
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForFunction(() => window.ready, null, { timeout: 60000 });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
  await cdp.send("Profiler.start");
  const us = await page.evaluate(() => window.run());
  const { profile } = await cdp.send("Profiler.stop");
  console.log(`Chromium: ${us.toFixed(1)} µs per check\n${summary(profile)}`);
} finally {
  await browser.close();
  server.close();
}

const glue = await import(new URL("scamcheck.js", dir).href);
glue.initSync({ module: new WebAssembly.Module(readFileSync(new URL("scamcheck_bg.wasm", dir))) });
const checker = new glue.Checker();
const session = new inspector.Session();
session.connect();
await session.post("Profiler.enable");
await session.post("Profiler.setSamplingInterval", { interval: 100 });
await session.post("Profiler.start");
const us = loop(checker, text, () => performance.now());
const { profile } = await session.post("Profiler.stop");
console.log(`Node: ${us.toFixed(1)} µs per check\n${summary(profile)}`);
