// Two builds of the wasm module, compared check for check in the same page: the way to see a
// change of a few percent on this machine, where one build's check time moves by up to ±50%
// from one second to the next (scripts/size/notes.md, "Noise"). Both builds load side by side
// in each fresh page (headless Chromium, or a Node process); their batches of checks
// alternate, so that both see the same slow and fast moments, and the figure that counts is
// the median of the per-round ratios B / A. Prints one line per page:
//   { zh300: { a_us, b_us, ratio }, url: { … } }
// and then the median ratio over the pages. scripts/ab.sh builds the two directories.
//   node scripts/bench/wasm-ab.mjs A_PKG_DIR B_PKG_DIR [chromium|node] [PAGES=6]
import http from "node:http";
import { readFile } from "node:fs/promises";
import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
import { chromium } from "playwright-core";
import { J } from "./inputs.mjs";

const [dirA, dirB, where = "chromium", pagesArg = "6"] = process.argv.slice(2);
if (!dirA || !dirB) throw new Error("usage: wasm-ab.mjs A_PKG_DIR B_PKG_DIR [chromium|node] [PAGES]");
const pages = Number(pagesArg);
const median = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];

// The measuring code, the same in both places: `load("a")` and `load("b")` give a Checker of
// each build, `say` reports the result.
const MEASURE = `
const a = await load("a"), b = await load("b");
const inputs = ${JSON.stringify({ zh300: J.zh300, url: J.url })};
const med = (x) => [...x].sort((p, q) => p - q)[x.length >> 1];
const out = {};
for (const [name, text] of Object.entries(inputs)) {
  const opts = { lang: "zh" };
  const runs = [["a", () => a.check(text, opts)], ["b", () => b.check(text, opts)]];
  // Warm-up until V8 has optimized both (as the bench's 2 s).
  for (let k = 0; k < 2; k++) for (const [, f] of runs) for (const w = performance.now(); performance.now() - w < 700;) f();
  const us = { a: [], b: [] };
  for (let round = 0; round < 20; round++) {
    for (const [k, f] of round % 2 ? [...runs].reverse() : runs) {
      let n = 0;
      const s = performance.now();
      while (performance.now() - s < 50) { f(); n++; }
      us[k].push((performance.now() - s) * 1000 / n);
    }
  }
  out[name] = { a_us: +med(us.a).toFixed(1), b_us: +med(us.b).toFixed(1), ratio: +med(us.b.map((x, i) => x / us.a[i])).toFixed(3) };
}
say(JSON.stringify(out));`;

const results = [];
if (where === "node") {
  for (let i = 0; i < pages; i++) {
    const code = `import { readFileSync } from "node:fs";
const dirs = { a: ${JSON.stringify(resolve(dirA))}, b: ${JSON.stringify(resolve(dirB))} };
const load = async (k) => {
  const glue = await import(dirs[k] + "/scamcheck.js");
  glue.initSync({ module: new WebAssembly.Module(readFileSync(dirs[k] + "/scamcheck_bg.wasm")) });
  return new glue.Checker();
};
const say = (s) => console.log(s);
${MEASURE}`;
    results.push(JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", code]).toString()));
    console.log(JSON.stringify(results.at(-1)));
  }
} else {
  const PAGE = `<!doctype html><meta charset="utf-8"><script type="module">
const load = async (k) => {
  const glue = await import("/" + k + "/scamcheck.js");
  await glue.default({ module_or_path: "/" + k + "/scamcheck_bg.wasm" });
  return new glue.Checker();
};
const say = (s) => console.log("ab " + s);
${MEASURE}
</script>`;
  const dirs = { a: resolve(dirA), b: resolve(dirB) };
  const server = http.createServer(async (req, res) => {
    const [, k, file] = new URL(req.url, "http://x").pathname.split("/");
    if (k === "p.html") return res.writeHead(200, { "content-type": "text/html" }).end(PAGE);
    if (!dirs[k] || !/^scamcheck(_bg\.wasm|\.js)$/.test(file ?? "")) return res.writeHead(404).end();
    const body = await readFile(`${dirs[k]}/${file}`);
    res.writeHead(200, { "content-type": file.endsWith(".wasm") ? "application/wasm" : "text/javascript" }).end(body);
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    for (let i = 0; i < pages; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const line = new Promise((ok, fail) => {
        page.on("console", (m) => { if (m.text().startsWith("ab ")) ok(m.text().slice(3)); });
        page.on("pageerror", fail);
      });
      await page.goto(`http://127.0.0.1:${server.address().port}/p.html`);
      results.push(JSON.parse(await line));
      console.log(JSON.stringify(results.at(-1)));
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
}
const summary = {};
for (const name of Object.keys(results[0])) summary[name] = +median(results.map((r) => r[name].ratio)).toFixed(3);
console.log(`median B/A over ${pages} ${where === "node" ? "processes" : "pages"}: ${JSON.stringify(summary)}`);
