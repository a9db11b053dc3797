// axe-core scans of every surface, with results shown (no serious or critical violations),
// at desktop and phone sizes. CSP is bypassed only here, to inject axe.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launch, openPage, SCAM_ZH, PHONE, DESKTOP, ROOT } from "./helpers.mjs";

let server, base, browser;
before(async () => { ({ server, base } = await startServer()); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

const PAGES = {
  "index.html": async (page) => {
    await page.waitForSelector('html[data-ready="true"]');
    await page.fill("#input", SCAM_ZH);
    await page.waitForSelector('#result[data-state="done"]');
  },
  "index.html?lang=en": async (page) => {
    await page.waitForSelector('html[data-ready="true"]');
    await page.click('button[data-example="phishing"]');
    await page.waitForSelector('#result[data-state="done"]');
  },
  "demo-bank.html": async (page) => {
    await page.waitForSelector('scam-check[data-ready="true"]');
    await page.locator("scam-check textarea").fill(SCAM_ZH);
    await page.waitForSelector('scam-check[data-state="done"]');
  },
  "lessons.html": async (page) => {
    await page.waitForSelector('html[data-ready="true"]');
    await page.locator("#exercise .clause").first().click();
    await page.click("#ex-check");
  },
  "counter.html": async (page) => {
    await page.waitForSelector('html[data-ready="true"]');
    await page.check("#purpose-task");
    await page.check("#seen-nervous");
    await page.fill("#item-1", SCAM_ZH);
    await page.waitForSelector('.item-result[data-state="done"]');
  },
};

for (const [path, prepare] of Object.entries(PAGES)) {
  for (const [size, viewport] of [["desktop", DESKTOP], ["phone", PHONE]]) {
    test(`axe: ${path} (${size}) has no serious or critical violations`, async () => {
      const { page, context } = await openPage(browser, `${base}/${path}`, { viewport, ctxOptions: { bypassCSP: true } });
      await prepare(page);
      await page.addScriptTag({ path: `${ROOT}node_modules/axe-core/axe.min.js` });
      const results = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
      const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      const describe = bad.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join("\n  ")}`);
      assert.deepEqual(describe, []);
      await context.close();
    });
  }
}
