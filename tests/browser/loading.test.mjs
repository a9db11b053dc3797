// How the pages load the engine (www/lib/engine.js through www/scamcheck-safe.js): it starts
// before the page's own script has loaded, the wasm is compiled while the glue loads, each
// preload hint is a request the page makes anyway and is used, the wasm is downloaded and
// compiled once, and a crash restarts the engine from that compiled module without
// downloading it again.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { startServer, launch, openPage, waitReady, checkText, cspViolations, ROOT, SCAM_ZH } from "./helpers.mjs";

let server, base, browser;
before(async () => { ({ server, base } = await startServer()); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

// Every page that loads the engine, and what it shows once the engine is ready.
const PAGES = {
  "/": 'html[data-ready="true"]',
  "/counter.html": 'html[data-ready="true"]',
  "/lessons.html": 'html[data-ready="true"]',
  "/demo-bank.html": 'scam-check[data-ready="true"]',
};
const HINT = /<link rel="(?:module)?preload"[^>]*>\n?/g;
const WASM = "/pkg/scamcheck_bg.wasm";
const count = (urls, url) => urls.filter((u) => u === url).length;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// The page's start-up marks (see www/scamcheck-safe.js), in ms since navigation start.
const marks = (page) => page.evaluate(() => Object.fromEntries(
  performance.getEntriesByType("mark").filter((m) => m.name.startsWith("scamcheck.js "))
    .map((m) => [m.name.slice("scamcheck.js ".length), m.startTime])));

test("each preload hint is a request the page makes without it, made once and not wasted", async () => {
  await Promise.all(Object.entries(PAGES).map(async ([path, ready]) => {
    // The page with its hints taken out: what the code itself requests.
    const bare = await openPage(browser, `${base}${path}`, {
      setup: (context) => context.route((u) => u.pathname === path, async (route) => {
        const response = await route.fetch();
        route.fulfill({ response, body: (await response.text()).replace(HINT, "") });
      }),
    });
    await bare.page.waitForSelector(ready, { timeout: 15000 });
    assert.equal(await bare.page.locator("link[rel=preload], link[rel=modulepreload]").count(), 0, path);
    const needed = new Set(bare.log.requests);
    await bare.context.close();

    const { page, log, context } = await openPage(browser, `${base}${path}`);
    await page.waitForSelector(ready, { timeout: 15000 });
    const hints = await page.$$eval("link[rel=preload], link[rel=modulepreload]", (ls) => ls.map((l) => l.href));
    assert.ok(hints.includes(`${base}${WASM}`), `${path} preloads the wasm`);
    // Chromium warns 3 s after the load event about preloads nobody used.
    await page.waitForLoadState("load");
    await sleep(3500);
    for (const href of hints) {
      assert.ok(needed.has(href), `${path}: ${href} is preloaded but the page does not load it`);
      assert.equal(count(log.requests, href), 1, `${path}: ${href} requested ${count(log.requests, href)} times`);
    }
    assert.deepEqual(log.console.filter((m) => /preload/i.test(m)), [], path);
    await context.close();
  }));
});

test("EMBED.md's snippet, with the widget on another origin: its preload is used, the wasm fetched once", async () => {
  // A bank page at http://bank.example/ made of the snippet's tags, with the widget's files
  // served from the test server as a CDN would (CORS headers), under EMBED.md's policy.
  const cdn = "https://static.example-bank.cn/scamcheck/";
  const tags = readFileSync(`${ROOT}www/EMBED.md`, "utf8").split("\n").filter((l) => l.startsWith("<") && l.includes(cdn));
  assert.deepEqual(tags.map((t) => t.match(/^<(\w+)/)[1]), ["script", "link"], "EMBED.md: the script tag and the preload hint");
  const host = "http://bank.example";
  const csp = `default-src 'self'; script-src 'self' ${base} 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self' ${base}; object-src 'none'; base-uri 'none'`;
  const { page, log, context } = await openPage(browser, `${host}/`, {
    setup: async (context) => {
      await context.route(`${host}/`, (route) => route.fulfill({
        contentType: "text/html; charset=utf-8",
        headers: { "Content-Security-Policy": csp },
        body: `<!doctype html><html lang="zh"><title>bank</title>${[...tags].reverse().join("\n").replaceAll(cdn, `${base}/`)}\n<scam-check lang="zh"></scam-check>`,
      }));
      await context.route(`${base}/**`, async (route) => {
        const response = await route.fetch();
        route.fulfill({ response, headers: { ...response.headers(), "access-control-allow-origin": host } });
      });
    },
  });
  await page.waitForSelector('scam-check[data-ready="true"]', { timeout: 15000 });
  await page.waitForLoadState("load");
  await sleep(3500);
  assert.equal(count(log.requests, `${base}${WASM}`), 1, "the wasm is requested once: the preload is used");
  assert.deepEqual(log.console.filter((m) => /preload/i.test(m)), []);
  assert.deepEqual(await cspViolations(page, log), []);
  await page.locator("scam-check textarea").fill(SCAM_ZH);
  await page.waitForSelector('scam-check[data-level="high"]');
  await context.close();
});

test("the wasm compiles while the glue loads", async () => {
  // Whichever of the two arrives late, the other is done by then: neither waits for the other.
  const late = (pattern) => ({
    setup: (context) => context.route(pattern, async (route) => { await sleep(1000); route.continue(); }),
  });
  const slowWasm = await openPage(browser, `${base}/`, late(`**${WASM}`));
  await waitReady(slowWasm.page);
  const a = await marks(slowWasm.page);
  assert.ok(a.compiled > 1000, `the wasm was held back: compiled at ${a.compiled}`);
  assert.ok(a["glue imported"] < a.compiled, `wasm late: glue imported at ${a["glue imported"]}, compiled at ${a.compiled}`);
  await slowWasm.context.close();

  const slowGlue = await openPage(browser, `${base}/`, late("**/pkg/scamcheck.js?instance=*"));
  await waitReady(slowGlue.page);
  const b = await marks(slowGlue.page);
  assert.ok(b["glue imported"] > 1000, `the glue was held back: imported at ${b["glue imported"]}`);
  assert.ok(b.compiled < b["glue imported"], `glue late: compiled at ${b.compiled}, glue imported at ${b["glue imported"]}`);
  await slowGlue.context.close();
});

test("the pages build the engine while their own script is still loading", async () => {
  const scripts = { "/": "/app.js", "/counter.html": "/counter.js", "/lessons.html": "/lessons.js" };
  for (const [path, script] of Object.entries(scripts)) {
    const { page, context } = await openPage(browser, `${base}${path}`, {
      setup: (context) => context.route(`**${script}`, async (route) => { await sleep(1000); route.continue(); }),
    });
    await waitReady(page);
    const { ready } = await marks(page);
    const arrived = await page.evaluate((url) => performance.getEntriesByName(url)[0].responseEnd, `${base}${script}`);
    assert.ok(ready < arrived, `${path}: engine ready at ${ready}, ${script} arrived at ${arrived}`);
    await context.close();
  }
});

test("after a crash the engine restarts from the compiled module, without another download", async () => {
  // The test-only build (panicForTest) in place of www/pkg, under the same URLs.
  execFileSync(`${ROOT}scripts/build-wasm-test.sh`, { stdio: "inherit" });
  const dir = `${ROOT}target/wasm-test`;
  const { page, log, context } = await openPage(browser, `${base}/`, {
    setup: async (context) => {
      await context.route("**/pkg/scamcheck.js*", (route) => route.fulfill({ contentType: "text/javascript", body: readFileSync(`${dir}/scamcheck.js`) }));
      await context.route(`**${WASM}`, (route) => route.fulfill({ contentType: "application/wasm", body: readFileSync(`${dir}/scamcheck_bg.wasm`) }));
    },
  });
  await waitReady(page);
  // The page's own checker: the module map gives this import the instance app.js uses.
  const r = await page.evaluate(async (text) => {
    const { loadChecker } = await import("/lib/engine.js");
    const { checker } = await loadChecker();
    const before = checker.check(text, { lang: "zh" });
    let error = null;
    try { checker.guard((g) => g.panicForTest("boom in the page")); } catch (e) { error = e.message; }
    const after = checker.check(text, { lang: "zh" });
    await checker.ready();
    return { same: JSON.stringify(before) === JSON.stringify(after), error, restarts: checker.restarts };
  }, SCAM_ZH);
  assert.match(r.error, /^scamcheck panicked: [^]*boom in the page/);
  assert.equal(r.restarts, 1);
  assert.ok(r.same, "the same report after the restart");
  const m = await page.evaluate(() => ["compiled", "instantiated"].map((w) => performance.getEntriesByName(`scamcheck.js ${w}`).length));
  assert.deepEqual(m, [1, 2], "compiled once, instantiated twice");
  assert.equal(count(log.requests, `${base}${WASM}`), 1, "the wasm is downloaded once");
  // Glue copies: the live one and the spare at start, a new spare after the crash.
  assert.deepEqual(log.requests.filter((u) => u.includes("/pkg/scamcheck.js")).map((u) => new URL(u).search),
    ["?instance=0", "?instance=1", "?instance=2"]);
  // The page goes on checking on the restarted engine.
  await checkText(page, "#input", SCAM_ZH);
  assert.equal(await page.getAttribute("#result", "data-level"), "high");
  await context.close();
});
